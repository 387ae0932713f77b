<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\Parser\Sanitizer;
use MediaWiki\User\UserNameUtils;

/**
 * Validates the arguments of `{{#training:}}` (design record 0003, §2): named
 * parameters only, each value checked against its rule. A value that breaks its
 * rule is reported and left out; the others are kept.
 *
 * @license GPL-2.0-or-later
 */
class MetadataParser {

	public const SERVICE_NAME = 'Trainings.MetadataParser';

	public const PARAMETERS = [
		'title', 'summary', 'level', 'duration', 'topics', 'maintainers', 'reviewed', 'status', 'image',
	];

	/** Longest title and summary, in characters of plain text. */
	public const MAX_TITLE = 200;
	public const MAX_SUMMARY = 500;

	/** Free text longer than this many times its cap, as wikitext, is refused before parsing. */
	private const WIKITEXT_FACTOR = 10;

	public const MAX_DURATION = 600;
	public const MAX_TOPICS = 8;
	public const MAX_MAINTAINERS = 10;

	/** Author input quoted in a problem is cut to this many characters. */
	private const EXCERPT_LENGTH = 60;

	/**
	 * @param UserNameUtils $userNameUtils
	 * @param Topics $topics The allowed topic keys (design record 0020)
	 */
	public function __construct(
		private readonly UserNameUtils $userNameUtils,
		private readonly Topics $topics
	) {
	}

	/**
	 * @param list<array{0:?string,1:string}> $arguments [ name, value ] pairs in order, names
	 *  and values trimmed and expanded; a null name for an argument without `=`
	 * @param MetadataContext $context
	 */
	public function parse( array $arguments, MetadataContext $context ): MetadataParseResult {
		$problems = [];
		$seen = [];
		/** @var array<string,string|int|list<string>> $values */
		$values = [];
		foreach ( $arguments as [ $name, $value ] ) {
			if ( $name === null ) {
				if ( $value !== '' ) {
					$problems[] = new Problem( 'trainings-metadata-error-unnamed', [ self::excerpt( $value ) ] );
				}
				continue;
			}
			$key = mb_strtolower( $name );
			if ( !in_array( $key, self::PARAMETERS, true ) ) {
				$problems[] = new Problem(
					'trainings-metadata-error-unknown',
					[ self::excerpt( $name ), implode( ', ', self::PARAMETERS ) ]
				);
				continue;
			}
			if ( $value === '' ) {
				// Empty arguments are ignored (a skeleton may leave them blank).
				continue;
			}
			if ( isset( $seen[$key] ) ) {
				$problems[] = new Problem( 'trainings-metadata-error-duplicate', [ $key ] );
				continue;
			}
			$seen[$key] = true;
			$problem = $this->parseValue( $key, $value, $context, $values );
			if ( $problem !== null ) {
				$problems[] = $problem;
			}
		}
		if ( !isset( $seen['summary'] ) ) {
			$problems[] = new Problem( 'trainings-metadata-error-missing-summary' );
		}

		return new MetadataParseResult(
			new ModuleMetadata(
				self::stringValue( $values, 'title' ),
				self::stringValue( $values, 'titleHtml' ),
				self::stringValue( $values, 'summary' ),
				self::stringValue( $values, 'summaryHtml' ),
				self::stringValue( $values, 'level' ),
				isset( $values['duration'] ) && is_int( $values['duration'] ) ? $values['duration'] : null,
				self::listValue( $values, 'topics' ),
				self::listValue( $values, 'maintainers' ),
				self::stringValue( $values, 'reviewed' ),
				self::stringValue( $values, 'status' ) ?? ModuleMetadata::DEFAULT_STATUS,
				self::stringValue( $values, 'image' )
			),
			$problems
		);
	}

	/**
	 * Checks one value and, when it is valid, stores it in $values.
	 *
	 * @param string $key A known parameter
	 * @param string $value Non-empty
	 * @param MetadataContext $context
	 * @param array<string,string|int|list<string>> &$values
	 */
	private function parseValue( string $key, string $value, MetadataContext $context, array &$values ): ?Problem {
		switch ( $key ) {
			case 'title':
			case 'summary':
				return $this->parseText( $key, $value, $key === 'title' ? self::MAX_TITLE : self::MAX_SUMMARY,
					$context, $values );
			case 'level':
				$level = mb_strtolower( $value );
				if ( !isset( ModuleMetadata::LEVELS[$level] ) ) {
					return new Problem( 'trainings-metadata-error-level', [ self::excerpt( $value ) ] );
				}
				$values['level'] = $level;
				return null;
			case 'duration':
				if ( !preg_match( '/^[0-9]{1,3}$/D', $value ) || (int)$value < 1 || (int)$value > self::MAX_DURATION ) {
					return new Problem( 'trainings-metadata-error-duration',
						[ self::excerpt( $value ), self::MAX_DURATION ] );
				}
				$values['duration'] = (int)$value;
				return null;
			case 'topics':
				return $this->parseTopics( $value, $values );
			case 'maintainers':
				return $this->parseMaintainers( $value, $values );
			case 'reviewed':
				if ( !preg_match( '/^([0-9]{4})-([0-9]{2})-([0-9]{2})$/D', $value, $m )
					|| !checkdate( (int)$m[2], (int)$m[3], (int)$m[1] )
				) {
					return new Problem( 'trainings-metadata-error-reviewed', [ self::excerpt( $value ) ] );
				}
				$values['reviewed'] = $value;
				return null;
			case 'status':
				$status = mb_strtolower( $value );
				if ( !isset( ModuleMetadata::STATUSES[$status] ) ) {
					return new Problem( 'trainings-metadata-error-status', [ self::excerpt( $value ) ] );
				}
				$values['status'] = $status;
				return null;
			default:
				// 'image'
				$file = strlen( $value ) <= 1000 ? $context->findFile( $value ) : null;
				if ( $file === null ) {
					return new Problem( 'trainings-metadata-error-image', [ self::excerpt( $value ) ] );
				}
				$values['image'] = $file;
				return null;
		}
	}

	/**
	 * @param string $key 'title' or 'summary'
	 * @param string $value
	 * @param int $max
	 * @param MetadataContext $context
	 * @param array<string,string|int|list<string>> &$values
	 */
	private function parseText(
		string $key, string $value, int $max, MetadataContext $context, array &$values
	): ?Problem {
		$wikitext = trim( TranslateMarkup::strip( $value ) );
		if ( mb_strlen( $wikitext ) > $max * self::WIKITEXT_FACTOR ) {
			return new Problem( 'trainings-metadata-error-too-long', [ $key, $max ] );
		}
		$html = $wikitext === '' ? '' : trim( $context->renderInline( $wikitext ) );
		$plain = self::plainText( $html );
		if ( $plain === '' ) {
			return new Problem( 'trainings-metadata-error-empty', [ $key ] );
		}
		if ( mb_strlen( $plain ) > $max ) {
			return new Problem( 'trainings-metadata-error-too-long', [ $key, $max ] );
		}
		$values[$key] = $plain;
		$values[$key . 'Html'] = $html;
		return null;
	}

	/**
	 * @param string $value
	 * @param array<string,string|int|list<string>> &$values
	 */
	private function parseTopics( string $value, array &$values ): ?Problem {
		$topics = self::splitList( mb_strtolower( $value ) );
		if ( count( $topics ) > self::MAX_TOPICS ) {
			return new Problem( 'trainings-metadata-error-too-many', [ 'topics', self::MAX_TOPICS ] );
		}
		$allowed = $this->topics->keys();
		foreach ( $topics as $topic ) {
			if ( !in_array( $topic, $allowed, true ) ) {
				return new Problem(
					'trainings-metadata-error-topic',
					[ self::excerpt( $topic ), implode( ', ', $allowed ) ]
				);
			}
		}
		if ( $topics !== [] ) {
			$values['topics'] = $topics;
		}
		return null;
	}

	/**
	 * @param string $value
	 * @param array<string,string|int|list<string>> &$values
	 */
	private function parseMaintainers( string $value, array &$values ): ?Problem {
		$names = self::splitList( $value );
		if ( count( $names ) > self::MAX_MAINTAINERS ) {
			return new Problem( 'trainings-metadata-error-too-many', [ 'maintainers', self::MAX_MAINTAINERS ] );
		}
		$maintainers = [];
		foreach ( $names as $name ) {
			$canonical = strlen( $name ) <= 255
				? $this->userNameUtils->getCanonical( $name, UserNameUtils::RIGOR_VALID )
				: false;
			if ( $canonical === false ) {
				return new Problem( 'trainings-metadata-error-maintainer', [ self::excerpt( $name ) ] );
			}
			$maintainers[] = $canonical;
		}
		$maintainers = array_values( array_unique( $maintainers ) );
		if ( $maintainers !== [] ) {
			$values['maintainers'] = $maintainers;
		}
		return null;
	}

	/**
	 * @param array<string,string|int|list<string>> $values
	 * @param string $key
	 */
	private static function stringValue( array $values, string $key ): ?string {
		return isset( $values[$key] ) && is_string( $values[$key] ) ? $values[$key] : null;
	}

	/**
	 * @param array<string,string|int|list<string>> $values
	 * @param string $key
	 * @return list<string>
	 */
	private static function listValue( array $values, string $key ): array {
		return isset( $values[$key] ) && is_array( $values[$key] ) ? $values[$key] : [];
	}

	/**
	 * @return list<string> The non-empty, trimmed, distinct items of a comma list
	 */
	private static function splitList( string $value ): array {
		$items = array_map( 'trim', explode( ',', $value ) );
		return array_values( array_unique( array_filter( $items, static fn ( string $item ) => $item !== '' ) ) );
	}

	/**
	 * @param string $html Safe HTML
	 * @return string Its text, entities decoded, white space collapsed
	 */
	public static function plainText( string $html ): string {
		return trim( (string)preg_replace( '/\s+/u', ' ', Sanitizer::stripAllTags( $html ) ) );
	}

	/**
	 * Author input, cut short enough to quote in a problem.
	 */
	private static function excerpt( string $value ): string {
		return mb_strlen( $value ) > self::EXCERPT_LENGTH
			? mb_substr( $value, 0, self::EXCERPT_LENGTH ) . '…'
			: $value;
	}

}
