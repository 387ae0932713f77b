<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Topics;

/**
 * The topics of the catalog in display order (design record 0020). Immutable; turns into plain
 * arrays for the WAN cache and back.
 *
 * @license GPL-2.0-or-later
 */
final class TopicList {

	/** @var array<string,Topic> By key, in display order */
	private array $topics = [];

	/**
	 * @param list<Topic> $topics Unique keys (TopicListParser checks)
	 * @param bool $fromWiki Whether the list comes from the configuration page (not the default)
	 */
	public function __construct( array $topics, public readonly bool $fromWiki = false ) {
		foreach ( $topics as $topic ) {
			$this->topics[$topic->key] = $topic;
		}
	}

	/**
	 * @return list<string> The keys in display order
	 */
	public function keys(): array {
		return array_keys( $this->topics );
	}

	public function has( string $key ): bool {
		return isset( $this->topics[$key] );
	}

	public function get( string $key ): ?Topic {
		return $this->topics[$key] ?? null;
	}

	/**
	 * @return list<array{key:string,labels:array<string,string>}>
	 */
	public function toArray(): array {
		return array_map(
			static fn ( Topic $topic ) => [ 'key' => $topic->key, 'labels' => $topic->labels ],
			array_values( $this->topics )
		);
	}

	/**
	 * @param list<array{key:string,labels:array<string,string>}> $data From toArray()
	 * @param bool $fromWiki
	 */
	public static function fromArray( array $data, bool $fromWiki ): self {
		return new self(
			array_map( static fn ( array $item ) => new Topic( $item['key'], $item['labels'] ), $data ),
			$fromWiki
		);
	}

}
