<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Title\TitleValue;
use stdClass;
use Wikimedia\Rdbms\IExpression;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\LikeValue;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * What ModuleCatalog selects of each module or course, and the CatalogEntry it reads back
 * from a row: the page, each shown property left joined by an alias of its own, and the
 * language versions with their reviewed revisions through one sub-select (design records
 * 0004 and 0017). Both halves name the same aliases and separators, so they live together.
 *
 * @license GPL-2.0-or-later
 */
final class CatalogEntryRows {

	/** Text properties shown, by the alias of their join. */
	private const TEXT_PROPERTIES = [
		'prop_title' => ModuleProperties::TITLE,
		'prop_summary' => ModuleProperties::SUMMARY,
		'prop_topics' => ModuleProperties::TOPICS,
		'prop_maintainers' => ModuleProperties::MAINTAINERS,
		'prop_image' => ModuleProperties::IMAGE,
		'prop_course' => ModuleProperties::COURSE,
	];

	/** Numeric properties shown, by the alias of their join. */
	private const NUMBER_PROPERTIES = [
		'prop_level' => ModuleProperties::LEVEL,
		'prop_duration' => ModuleProperties::DURATION,
		'prop_reviewed' => ModuleProperties::REVIEWED,
		'prop_status' => ModuleProperties::STATUS,
		'prop_steps' => ModuleProperties::STEPS,
		'prop_quizzes' => ModuleProperties::QUIZZES,
	];

	/** Separates the subpage titles in the sub-select; it cannot occur in titles. */
	private const VERSION_SEPARATOR = '|';
	/** Separates a subpage title from its reviewed revision in the sub-select; it cannot occur in titles. */
	private const REVISION_SEPARATOR = '#';

	/**
	 * @param LanguageSubpage $languageSubpage Tells language versions from other subpages
	 * @param string $sourceLanguage The wiki's content language code: every module's source
	 *  language
	 */
	public function __construct(
		private readonly LanguageSubpage $languageSubpage,
		private readonly string $sourceLanguage
	) {
	}

	/**
	 * The base query of ModuleCatalog::find() and findByKeys(): modules and courses with everything an entry
	 * shows, statuses and kinds not filtered yet.
	 */
	public function newQueryBuilder( IReadableDatabase $dbr ): SelectQueryBuilder {
		// The outer page is aliased, so the sub-selects on page can name it.
		$queryBuilder = $dbr->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_namespace', 'page_title' ] )
			->from( 'page', 'module' )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_is_redirect' => 0,
				$dbr->expr( 'page_title', IExpression::NOT_LIKE,
					new LikeValue( $dbr->anyString(), '/', $dbr->anyString() ) ),
			] );
		foreach ( self::TEXT_PROPERTIES as $alias => $name ) {
			$queryBuilder
				->leftJoin( ReviewedProperties::TABLE, $alias,
					[ "$alias.trp_page = page_id", "$alias.trp_propname" => $name ] )
				->select( [ $alias => "$alias.trp_value" ] );
		}
		foreach ( self::NUMBER_PROPERTIES as $alias => $name ) {
			// trp_value, not trp_sortkey: MySQL's FLOAT sort key would turn 20250115 into 20250100.
			$queryBuilder
				->leftJoin( ReviewedProperties::TABLE, $alias,
					[ "$alias.trp_page = page_id", "$alias.trp_propname" => $name ] )
				->select( [ $alias => "$alias.trp_value" ] );
		}
		foreach ( CatalogParameters::declared()->values( 'format' ) as $format ) {
			$alias = "prop_format_$format";
			$queryBuilder
				->leftJoin( ReviewedProperties::TABLE, $alias, [
					"$alias.trp_page = page_id",
					"$alias.trp_propname" => ModuleProperties::FORMAT_PREFIX . $format,
				] )
				->select( [ $alias => "$alias.trp_page" ] );
		}
		// The subpages, through the title range ("X/", "X0"): "0" follows "/", so the
		// (page_namespace, page_title) index finds exactly the titles that start with "X/".
		// Each with its reviewed revision (0 when readers do not get it: design record 0017).
		$versions = $dbr->newSelectQueryBuilder()
			->select( $dbr->buildConcat( [ 'version.page_title', $dbr->addQuotes( self::REVISION_SEPARATOR ),
				'COALESCE(version_review.trr_rev, 0)' ] ) )
			->from( 'page', 'version' )
			->leftJoin( ReviewStore::TABLE, 'version_review', [
				'version_review.trr_page = version.page_id', 'version_review.trr_state' => ReviewStore::SHOWN_STATES,
			] )
			->where( [
				'version.page_namespace' => NS_TRAINING,
				'version.page_is_redirect' => 0,
				'version.page_title > ' . $dbr->buildConcat( [ 'module.page_title', $dbr->addQuotes( '/' ) ] ),
				'version.page_title < ' . $dbr->buildConcat( [ 'module.page_title', $dbr->addQuotes( '0' ) ] ),
			] )
			->buildGroupConcatField( self::VERSION_SEPARATOR );
		return $queryBuilder->select( [ 'versions' => $versions, 'reviewed_rev' => 'module_review.trr_rev' ] )
			->leftJoin( ReviewStore::TABLE, 'module_review', [
				'module_review.trr_page = page_id', 'module_review.trr_state' => ReviewStore::SHOWN_STATES,
			] );
	}

	/**
	 * @return string SQL: the module of the base query has a version in this language
	 */
	public function hasVersion( IReadableDatabase $dbr, string $language ): string {
		$versionQuery = $dbr->newSelectQueryBuilder()
			->select( '1' )
			->from( 'page', 'version' )
			->where( [
				'version.page_namespace' => NS_TRAINING,
				'version.page_title = ' . $dbr->buildConcat(
					[ 'module.page_title', $dbr->addQuotes( '/' . $language ) ] ),
			] )
			->caller( __METHOD__ );
		return 'EXISTS (' . $versionQuery->getSQL() . ')';
	}

	public function newEntry( stdClass $row ): CatalogEntry {
		$dbKey = (string)$row->page_title;
		$level = self::number( $row->prop_level );
		$status = self::number( $row->prop_status ) ?? ModuleMetadata::STATUSES[ModuleReview::DRAFT];
		$reviewed = self::number( $row->prop_reviewed );
		// A published module offers readers only the versions a reviewer approved (a
		// hand-made `/xx` needs its own review); a draft, listed for its authors, all of them.
		[ $languages, $revisions ] = $this->languagesOf( $dbKey, self::text( $row->versions ),
			$row->reviewed_rev !== null );
		if ( $row->reviewed_rev !== null ) {
			$revisions = [ $this->sourceLanguage => (int)$row->reviewed_rev ] + $revisions;
		}
		$formats = [];
		foreach ( CatalogParameters::declared()->values( 'format' ) as $format ) {
			if ( $row->{"prop_format_$format"} !== null ) {
				$formats[] = $format;
			}
		}
		return CatalogEntry::fromArray( [
			'pageId' => (int)$row->page_id,
			'namespace' => (int)$row->page_namespace,
			'dbKey' => $dbKey,
			'displayTitle' => self::text( $row->prop_title ) ?? strtr( $dbKey, '_', ' ' ),
			'summary' => self::text( $row->prop_summary ) ?? '',
			'level' => $level === null ? null : ( array_search( $level, ModuleMetadata::LEVELS, true ) ?: null ),
			'duration' => self::number( $row->prop_duration ),
			'topics' => self::list( $row->prop_topics ),
			'formats' => $formats,
			'languages' => $languages,
			'status' => (string)( array_search( $status, ModuleMetadata::STATUSES, true ) ?: ModuleReview::DRAFT ),
			'steps' => self::number( $row->prop_steps ) ?? 0,
			'quizzes' => self::number( $row->prop_quizzes ) ?? 0,
			'image' => self::text( $row->prop_image ),
			'reviewed' => $reviewed === null ? null : sprintf( '%04d-%02d-%02d',
				intdiv( $reviewed, 10000 ), intdiv( $reviewed, 100 ) % 100, $reviewed % 100 ),
			'maintainers' => self::list( $row->prop_maintainers ),
			'course' => $row->prop_course !== null,
			'moduleKeys' => self::list( $row->prop_course ),
			'revisions' => $revisions,
		] );
	}

	/**
	 * @param string $dbKey The module
	 * @param string|null $versions Its subpages' DB keys, each with REVISION_SEPARATOR and its
	 *  reviewed revision, joined by VERSION_SEPARATOR
	 * @param bool $reviewedOnly Only the versions readers get (design record 0017)
	 * @return array{0:list<string>,1:array<string,int>} The source language, then the languages of
	 *  the versions, sorted; and the reviewed revision of each reviewed version by language
	 */
	private function languagesOf( string $dbKey, ?string $versions, bool $reviewedOnly ): array {
		$codes = [];
		$revisions = [];
		foreach ( explode( self::VERSION_SEPARATOR, $versions ?? '' ) as $item ) {
			$cut = strrpos( $item, self::REVISION_SEPARATOR );
			$version = $cut === false ? $item : substr( $item, 0, $cut );
			$revision = $cut === false ? 0 : (int)substr( $item, $cut + 1 );
			// Direct subpages only: "X/2015/fr" is a version of "X/2015".
			$suffix = substr( $version, strlen( $dbKey ) + 1 );
			if ( $version === '' || str_contains( $suffix, '/' ) ) {
				continue;
			}
			$code = $this->languageSubpage->languageCodeOf( new TitleValue( NS_TRAINING, $version ) );
			if ( $code !== null && $code !== $this->sourceLanguage && ( $revision > 0 || !$reviewedOnly ) ) {
				$codes[] = $code;
				if ( $revision > 0 ) {
					$revisions[$code] = $revision;
				}
			}
		}
		sort( $codes );
		ksort( $revisions );
		return [ array_merge( [ $this->sourceLanguage ], array_values( array_unique( $codes ) ) ), $revisions ];
	}

	/**
	 * @param mixed $value A trp_value from a left join
	 */
	private static function text( $value ): ?string {
		return $value === null || $value === '' ? null : (string)$value;
	}

	/**
	 * @param mixed $value A numeric trp_value from a left join
	 */
	private static function number( $value ): ?int {
		return $value === null ? null : (int)round( (float)$value );
	}

	/**
	 * @param mixed $value A list property (ModuleProperties::LIST_SEPARATOR)
	 * @return list<string>
	 */
	private static function list( $value ): array {
		$text = self::text( $value );
		return $text === null ? [] : explode( ModuleProperties::LIST_SEPARATOR, $text );
	}
}
