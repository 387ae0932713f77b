<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

/**
 * One page of catalog results: the entries, and where the next page starts. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class CatalogPage {

	/**
	 * @param list<CatalogEntry> $entries In the query's sort order
	 * @param string|null $continue For CatalogQuery::withContinue(); null on the last page
	 * @param array<string,list<string>> $foundIn Search inside modules: by DB key, the language
	 *  codes of the versions whose text matched (design record 0023)
	 */
	public function __construct(
		private readonly array $entries,
		private readonly ?string $continue = null,
		private readonly array $foundIn = []
	) {
	}

	/**
	 * @return list<string> Search inside modules: the languages of the entry's versions whose
	 *  text matched, the source language as its code; empty otherwise
	 */
	public function getFoundIn( string $dbKey ): array {
		return $this->foundIn[$dbKey] ?? [];
	}

	/**
	 * @param array<string,list<string>> $foundIn See the constructor
	 */
	public function withFoundIn( array $foundIn ): self {
		return new self( $this->entries, $this->continue, $foundIn );
	}

	/** @return list<CatalogEntry> */
	public function getEntries(): array {
		return $this->entries;
	}

	public function getContinue(): ?string {
		return $this->continue;
	}

	/**
	 * @return array{entries:list<array<string,mixed>>,continue:?string}
	 */
	public function toArray(): array {
		return [
			'entries' => array_map( static fn ( CatalogEntry $entry ) => $entry->toArray(), $this->entries ),
			'continue' => $this->continue,
		];
	}

	/**
	 * @param array<string,mixed> $data From toArray()
	 */
	public static function fromArray( array $data ): self {
		$entries = [];
		foreach ( (array)( $data['entries'] ?? [] ) as $entry ) {
			$entries[] = CatalogEntry::fromArray( (array)$entry );
		}
		return new self( $entries, isset( $data['continue'] ) ? (string)$data['continue'] : null );
	}

}
