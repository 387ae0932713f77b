<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Topics;

use MediaWiki\Message\Message;
use StatusValue;
use stdClass;

/**
 * Reads the topic configuration page (design record 0020):
 *
 *     { "topics": [ { "key": "copyright", "labels": { "en": "Copyright", "fr": "Droit d'auteur" } },
 *                   { "key": "events" } ] }
 *
 * and says exactly what is wrong when it cannot, so that the save is refused with that
 * message and the previous list stays in use.
 *
 * @license GPL-2.0-or-later
 */
class TopicListParser {

	public const SERVICE_NAME = 'Trainings.TopicListParser';

	/** Keys become page property names (`trainings-topic-<key>`, at most 60 bytes) and URL values. */
	public const KEY_PATTERN = '/^[a-z0-9]+(?:-[a-z0-9]+)*$/';
	public const MAX_KEY_LENGTH = 40;
	public const MAX_TOPICS = 50;
	public const MAX_LABEL_LENGTH = 60;

	/**
	 * @param callable(string):bool $isLanguage Whether a code is a known language tag
	 * @param callable(string):bool $hasMessage Whether an interface message exists
	 */
	public function __construct(
		private $isLanguage,
		private $hasMessage
	) {
	}

	/**
	 * @param mixed $data The page's JSON, decoded with objects as stdClass
	 * @return StatusValue Good with a TopicList, or fatal with one message per problem
	 */
	public function parse( $data ): StatusValue {
		$status = StatusValue::newGood();
		$topics = $data instanceof stdClass && array_keys( (array)$data ) === [ 'topics' ] ? $data->topics : null;
		if ( !is_array( $topics ) ) {
			return StatusValue::newFatal( 'trainings-topics-config-error-shape' );
		}
		if ( $topics === [] || count( $topics ) > self::MAX_TOPICS ) {
			return StatusValue::newFatal( 'trainings-topics-config-error-count',
				Message::numParam( count( $topics ) ), Message::numParam( self::MAX_TOPICS ) );
		}
		$list = [];
		foreach ( array_values( $topics ) as $i => $item ) {
			$topic = $this->parseTopic( $i + 1, $item, $status );
			if ( $topic !== null && isset( $list[$topic->key] ) ) {
				$status->fatal( 'trainings-topics-config-error-duplicate', Message::numParam( $i + 1 ),
					Message::plaintextParam( $topic->key ) );
			} elseif ( $topic !== null ) {
				$list[$topic->key] = $topic;
			}
		}
		if ( $status->isOK() ) {
			$status->setResult( true, new TopicList( array_values( $list ), true ) );
		}
		return $status;
	}

	/**
	 * @param int $position 1 for the first topic
	 * @param mixed $item
	 * @param StatusValue $status Gets the problems
	 */
	private function parseTopic( int $position, $item, StatusValue $status ): ?Topic {
		$number = Message::numParam( $position );
		if ( !$item instanceof stdClass || !isset( $item->key ) ) {
			$status->fatal( 'trainings-topics-config-error-topic', $number );
			return null;
		}
		$unknown = array_diff( array_keys( (array)$item ), [ 'key', 'labels' ] );
		if ( $unknown !== [] ) {
			$status->fatal( 'trainings-topics-config-error-member', $number,
				Message::plaintextParam( self::excerpt( (string)array_values( $unknown )[0] ) ) );
			return null;
		}
		$key = $item->key;
		if ( !is_string( $key ) || strlen( $key ) > self::MAX_KEY_LENGTH || !preg_match( self::KEY_PATTERN, $key ) ) {
			$status->fatal( 'trainings-topics-config-error-key', $number,
				Message::plaintextParam( is_string( $key ) ? self::excerpt( $key ) : (string)json_encode( $key ) ),
				Message::numParam( self::MAX_KEY_LENGTH ) );
			return null;
		}
		$labels = $this->parseLabels( $number, $key, $item->labels ?? new stdClass(), $status );
		if ( $labels === null ) {
			return null;
		}
		if ( $labels === [] && !( $this->hasMessage )( 'trainings-topic-' . $key ) ) {
			$status->fatal( 'trainings-topics-config-error-nolabel', $number, Message::plaintextParam( $key ) );
			return null;
		}
		return new Topic( $key, $labels );
	}

	/**
	 * @param mixed $number The topic's position, as a message parameter
	 * @param string $key
	 * @param mixed $value
	 * @param StatusValue $status
	 * @return array<string,string>|null Code => label, or null on a problem
	 */
	private function parseLabels( $number, string $key, $value, StatusValue $status ): ?array {
		if ( !$value instanceof stdClass ) {
			$status->fatal( 'trainings-topics-config-error-labels', $number, Message::plaintextParam( $key ) );
			return null;
		}
		$labels = [];
		foreach ( (array)$value as $code => $label ) {
			$code = (string)$code;
			if ( !( $this->isLanguage )( $code ) ) {
				$status->fatal( 'trainings-topics-config-error-language', $number, Message::plaintextParam( $key ),
					Message::plaintextParam( self::excerpt( $code ) ) );
				return null;
			}
			$label = is_string( $label ) ? trim( $label ) : '';
			if ( $label === '' || mb_strlen( $label ) > self::MAX_LABEL_LENGTH ) {
				$status->fatal( 'trainings-topics-config-error-label', $number, Message::plaintextParam( $key ),
					Message::plaintextParam( $code ), Message::numParam( self::MAX_LABEL_LENGTH ) );
				return null;
			}
			$labels[$code] = $label;
		}
		return $labels;
	}

	private static function excerpt( string $text ): string {
		return mb_strlen( $text ) > self::MAX_KEY_LENGTH ? mb_substr( $text, 0, self::MAX_KEY_LENGTH ) . '…' : $text;
	}

}
