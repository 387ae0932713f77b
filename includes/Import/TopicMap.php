<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * The administrator's table from Dashboard library categories to this wiki's topics, given
 * as `Category title=topic-key` pairs. A category without a row gives no topic (reported
 * once); a key that is not a topic here is caught by the metadata check of the page.
 *
 * @license GPL-2.0-or-later
 */
final class TopicMap {

	/** @param array<string,string> $topics Category title (case-insensitive) => topic key */
	public function __construct( private readonly array $topics ) {
	}

	/**
	 * @param list<string> $pairs "Category title=topic-key"
	 * @param ImportReport $report Gets a problem for a pair without "=" or with a bad key
	 */
	public static function fromPairs( array $pairs, ImportReport $report ): self {
		$topics = [];
		foreach ( $pairs as $pair ) {
			[ $category, $key ] = array_map( 'trim', array_pad( explode( '=', $pair, 2 ), 2, '' ) );
			if ( $category === '' || !preg_match( '/^[a-z0-9][a-z0-9-]{0,62}$/', $key ) ) {
				$report->problem( '--topic', null, "\"$pair\" is not \"Category title=topic-key\"" );
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
