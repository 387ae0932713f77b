<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * The administrator's table from Dashboard library categories to this wiki's topics, given
 * as `Category title=topic-key` pairs. A category without a row gives no topic (reported
 * once); a key that is not one of the wiki's topics is reported and left out.
 *
 * @license GPL-2.0-or-later
 */
final class TopicMap {

	/** @param array<string,string> $topics Category title (case-insensitive) => topic key */
	public function __construct( private readonly array $topics ) {
	}

	/**
	 * @param list<string> $pairs "Category title=topic-key"
	 * @param ImportReport $report Gets a problem for a pair without "=" or with a key that is
	 *  not one of this wiki's topics
	 * @param list<string>|null $knownTopics This wiki's topic keys (Topics::keys()); null: any
	 */
	public static function fromPairs( array $pairs, ImportReport $report, ?array $knownTopics = null ): self {
		$topics = [];
		foreach ( $pairs as $pair ) {
			[ $category, $key ] = array_map( 'trim', array_pad( explode( '=', $pair, 2 ), 2, '' ) );
			if ( $category === '' || !preg_match( '/^[a-z0-9][a-z0-9-]{0,62}$/', $key ) ) {
				$report->problem( '--topic', null, "\"$pair\" is not \"Category title=topic-key\"" );
				continue;
			}
			if ( $knownTopics !== null && !in_array( $key, $knownTopics, true ) ) {
				$report->problem( '--topic', null, "\"$key\" is not a topic of this wiki (its topics: "
					. implode( ', ', $knownTopics ) . ')' );
				continue;
			}
			$topics[mb_strtolower( $category )] = $key;
		}
		return new self( $topics );
	}

	public function topicOf( string $category ): ?string {
		return $this->topics[mb_strtolower( trim( $category ) )] ?? null;
	}
}
