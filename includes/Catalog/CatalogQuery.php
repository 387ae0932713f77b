<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use InvalidArgumentException;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;

/**
 * What to list from the catalog (design record 0004, §1): filters, sort, page size and the
 * position to continue from. Immutable and always valid: the adapters (special page, API)
 * turn user input into one and decide what to do with bad values; the constructor only
 * guards against programming errors. Built by name: fromParameters() takes the parameters
 * catalogParameters.json declares (design record 0025), all() lists everything, and the
 * with…() methods change one part.
 *
 * Null (or an empty string) means "no filter". Statuses default to published and outdated,
 * drafts being shown only on request; an empty list means that default as well.
 *
 * @license GPL-2.0-or-later
 */
final class CatalogQuery {

	public const KIND_MODULE = 'module';
	public const KIND_COURSE = 'course';

	public const SORT_TITLE = 'title';
	/** Shortest first. */
	public const SORT_DURATION = 'duration';
	/** Beginner first. */
	public const SORT_LEVEL = 'level';
	/** Most recently reviewed first. */
	public const SORT_REVIEWED = 'reviewed';

	/** Where a missing sort key sorts in ascending sorts: after every real value. */
	public const MISSING_LAST = 1000000000;

	/** The parameters fromParameters() takes: the declared ones (catalogParameters.json) it uses. */
	private const PARAMETERS = [ 'search', 'fulltext', 'kind', 'topic', 'level', 'format', 'language', 'maxduration',
		'status', 'sort', 'limit', 'continue' ];

	private readonly string $search;
	private readonly ?string $topic;
	private readonly ?string $level;
	private readonly ?string $format;
	private readonly ?string $language;
	/** @var list<string> */
	private readonly array $statuses;
	private readonly ?string $continue;
	/** @var list<string>|null */
	private readonly ?array $moduleKeys;

	/**
	 * Private: see fromParameters() for the meaning of each part.
	 *
	 * @param string[] $statuses
	 * @param string[]|null $moduleKeys See withModuleKeys()
	 * @throws InvalidArgumentException On a value adapters should have refused
	 */
	private function __construct(
		string $search,
		private readonly string $kind,
		?string $topic,
		?string $level,
		?string $format,
		?string $language,
		private readonly ?int $maxDuration,
		array $statuses,
		private readonly string $sort,
		private readonly int $limit,
		?string $continue,
		private readonly ?string $searchLanguage,
		private readonly bool $searchesText,
		?array $moduleKeys
	) {
		$declared = CatalogParameters::declared();
		$this->moduleKeys = $moduleKeys === null ? null
			: array_values( array_unique( array_map( 'strval', $moduleKeys ) ) );
		// Whitespace runs mean nothing to the search: one spelling, one cache entry.
		$this->search = trim( (string)preg_replace( '/\s+/u', ' ', $search ) );
		$this->topic = self::nullIfEmpty( $topic );
		$this->level = self::nullIfEmpty( $level );
		$this->format = self::nullIfEmpty( $format );
		$this->language = self::nullIfEmpty( $language );
		$this->continue = self::nullIfEmpty( $continue );
		// Canonical order and no duplicates, so equal queries share a cache key.
		$allStatuses = $declared->values( 'status' );
		$this->statuses = $statuses === []
			? self::defaultStatuses()
			: array_values( array_intersect( $allStatuses, $statuses ) );

		self::check( in_array( $kind, $declared->values( 'kind' ), true ), 'kind', $kind );
		self::check( $this->level === null || in_array( $this->level, $declared->values( 'level' ), true ),
			'level', $level );
		self::check( $this->format === null || in_array( $this->format, $declared->values( 'format' ), true ),
			'format', $format );
		self::check( $this->topic === null || !str_contains( $this->topic, '|' ), 'topic', $topic );
		self::check( $maxDuration === null || $declared->get( 'maxduration' )->allows( (string)$maxDuration ),
			'maxDuration', (string)$maxDuration );
		self::check( count( $this->statuses ) === count( array_unique( $statuses ) ) || $statuses === [],
			'statuses', implode( '|', $statuses ) );
		self::check( in_array( $sort, $declared->values( 'sort' ), true ), 'sort', $sort );
		self::check( $declared->get( 'limit' )->allows( (string)$limit ), 'limit', (string)$limit );
		self::check( $this->continue === null || self::isValidContinue( $this->continue, $sort ),
			'continue', (string)$continue );
	}

	/**
	 * Everything of the default statuses, by title, one page of the default size.
	 */
	public static function all(): self {
		return self::fromParameters( [] );
	}

	/**
	 * A query from the declared parameters (catalogParameters.json), by name; those left out
	 * take their defaults.
	 *
	 * - `search`: words to look for (see ModuleCatalog); blank for all
	 * - `fulltext`: search inside modules: the search text goes to the wiki's search engine
	 *   (TextSearchCatalog, design record 0023) instead of the catalog's word index
	 * - `kind`: modules, or courses only
	 * - `topic`: a topic key (design record 0020); `level`, `format`: one of their values
	 * - `language`: a language code: modules with a version in that language
	 * - `maxduration`: at most this many minutes; modules without a duration do not match
	 * - `status`: the statuses to list; empty for the default ones
	 * - `sort`, `limit` (entries per page)
	 * - `continue`: from CatalogPage::getContinue() of the same query; see isValidContinue()
	 *
	 * @param array<string,mixed> $values By declared name: strings, `fulltext` a boolean,
	 *  `maxduration` and `limit` integers, `status` a list of strings; null for the default
	 * @throws InvalidArgumentException On an unknown parameter or a value adapters should have refused
	 */
	public static function fromParameters( array $values ): self {
		$unknown = array_diff( array_keys( $values ), self::PARAMETERS );
		if ( $unknown !== [] ) {
			throw new InvalidArgumentException( 'Unknown catalog query parameter: ' . implode( ', ', $unknown ) );
		}
		$declared = CatalogParameters::declared();
		$string = static fn ( string $name ): ?string => isset( $values[$name] ) ? (string)$values[$name] : null;
		$default = static fn ( string $name ): string => $declared->get( $name )->defaultValue();
		return new self(
			search: $string( 'search' ) ?? '',
			kind: $string( 'kind' ) ?? $default( 'kind' ),
			topic: $string( 'topic' ),
			level: $string( 'level' ),
			format: $string( 'format' ),
			language: $string( 'language' ),
			maxDuration: isset( $values['maxduration'] ) ? (int)$values['maxduration'] : null,
			statuses: array_map( 'strval', (array)( $values['status'] ?? [] ) ),
			sort: $string( 'sort' ) ?? $default( 'sort' ),
			limit: isset( $values['limit'] ) ? (int)$values['limit'] : (int)$default( 'limit' ),
			continue: $string( 'continue' ),
			searchLanguage: null,
			searchesText: (bool)( $values['fulltext'] ?? false ),
			moduleKeys: null
		);
	}

	/** The largest page a query may ask for. */
	public static function maxLimit(): int {
		return CatalogParameters::declared()->max( 'limit' );
	}

	/**
	 * @return list<string> The statuses listed unless others are asked for
	 */
	public static function defaultStatuses(): array {
		return CatalogParameters::declared()->get( 'status' )->defaultValues();
	}

	private static function nullIfEmpty( ?string $value ): ?string {
		return $value === null || $value === '' ? null : $value;
	}

	private static function check( bool $valid, string $name, ?string $value ): void {
		if ( !$valid ) {
			throw new InvalidArgumentException( "Invalid catalog query $name: " . var_export( $value, true ) );
		}
	}

	/**
	 * Whether a continuation string can come from a page of a query with this sort:
	 * `<sortkey>|<page title>`, the sort key being empty for the title sort (or 0/1, the
	 * rank of a search in the learner's language) and an integer otherwise. Adapters check it
	 * before building a query.
	 */
	public static function isValidContinue( string $continue, string $sort ): bool {
		$parts = explode( '|', $continue, 2 );
		if ( count( $parts ) !== 2 || $parts[1] === '' || str_contains( $parts[1], '|' ) ) {
			return false;
		}
		return $sort === self::SORT_TITLE
			? in_array( $parts[0], [ '', '0', '1' ], true )
			: preg_match( '/^-?[0-9]{1,12}$/', $parts[0] ) === 1;
	}

	/** The learner's language, by which a search ranks its matches (null: no ranking). */
	public function getSearchLanguage(): ?string {
		return $this->searchLanguage;
	}

	/** The same query, ranking a search's matches in this language first. */
	public function withSearchLanguage( ?string $language ): self {
		return $this->copy( [ 'searchLanguage' => $language === '' ? null : $language ] );
	}

	/**
	 * A copy with some constructor arguments changed.
	 *
	 * @param array<string,mixed> $changes By constructor parameter name
	 */
	private function copy( array $changes ): self {
		return new self( ...array_merge( [
			'search' => $this->search, 'kind' => $this->kind, 'topic' => $this->topic,
			'level' => $this->level, 'format' => $this->format, 'language' => $this->language,
			'maxDuration' => $this->maxDuration, 'statuses' => $this->statuses, 'sort' => $this->sort,
			'limit' => $this->limit, 'continue' => $this->continue, 'searchLanguage' => $this->searchLanguage,
			'searchesText' => $this->searchesText, 'moduleKeys' => $this->moduleKeys,
		], $changes ) );
	}

	/** Whether a search or a filter narrows the list (sort, statuses and paging do not). */
	public function isFiltering(): bool {
		return $this->search !== '' || $this->topic !== null || $this->level !== null || $this->format !== null
			|| $this->language !== null || $this->maxDuration !== null;
	}

	/** Whether the search text goes to the wiki's search engine (search inside modules). */
	public function searchesText(): bool {
		return $this->searchesText && $this->search !== '';
	}

	/** The same query, searching inside modules or not. */
	public function withSearchesText( bool $searchesText ): self {
		return $this->copy( [ 'searchesText' => $searchesText ] );
	}

	/**
	 * @return list<string>|null The only modules or courses to consider (DB keys), or null for all
	 */
	public function getModuleKeys(): ?array {
		return $this->moduleKeys;
	}

	/**
	 * The same filters on other modules: a search already done (search inside modules) or a
	 * course's modules. The search text is dropped unless $keepSearch.
	 *
	 * @param string[] $dbKeys
	 * @param bool $keepSearch
	 */
	public function withModuleKeys( array $dbKeys, bool $keepSearch = false ): self {
		$changes = [ 'moduleKeys' => $dbKeys ];
		if ( !$keepSearch ) {
			$changes += [ 'search' => '', 'searchesText' => false ];
		}
		return $this->copy( $changes );
	}

	/** The same filters and search for another kind of entry (modules or courses). */
	public function withKind( string $kind ): self {
		return $this->copy( [ 'kind' => $kind, 'continue' => null ] );
	}

	/** Whether the search ranks matches in the learner's language first (title sort only). */
	public function ranksSearch(): bool {
		return $this->search !== '' && $this->searchLanguage !== null && $this->sort === self::SORT_TITLE;
	}

	public function getSearch(): string {
		return $this->search;
	}

	/** @return string One of KINDS */
	public function getKind(): string {
		return $this->kind;
	}

	public function getTopic(): ?string {
		return $this->topic;
	}

	public function getLevel(): ?string {
		return $this->level;
	}

	/** The level as stored in the `trainings-level` page property (1..3), or null. */
	public function getLevelNumber(): ?int {
		return $this->level === null ? null : ModuleMetadata::LEVELS[$this->level];
	}

	public function getFormat(): ?string {
		return $this->format;
	}

	public function getLanguage(): ?string {
		return $this->language;
	}

	public function getMaxDuration(): ?int {
		return $this->maxDuration;
	}

	/** @return list<string> In the order of STATUSES, never empty */
	public function getStatuses(): array {
		return $this->statuses;
	}

	/** @return string One of SORTS */
	public function getSort(): string {
		return $this->sort;
	}

	public function getLimit(): int {
		return $this->limit;
	}

	public function getContinue(): ?string {
		return $this->continue;
	}

	/**
	 * @return array{0:?int,1:string}|null The sort key (null for the title sort) and the DB key
	 *  of the first entry to list, or null to start at the beginning
	 */
	public function getContinuePosition(): ?array {
		if ( $this->continue === null ) {
			return null;
		}
		[ $sortKey, $dbKey ] = explode( '|', $this->continue, 2 );
		return [ $sortKey === '' ? null : (int)$sortKey, $dbKey ];
	}

	/**
	 * The continuation string that makes this query start at an entry: `<sort key>|<DB key>`,
	 * the sort key being the value the query sorts by (a missing one sorting last), empty for
	 * the title sort.
	 */
	public function continueAt( CatalogEntry $entry ): string {
		switch ( $this->sort ) {
			case self::SORT_DURATION:
				$sortKey = (string)( $entry->getDuration() ?? self::MISSING_LAST );
				break;
			case self::SORT_LEVEL:
				$level = $entry->getLevel();
				$sortKey = (string)( $level === null ? self::MISSING_LAST : ModuleMetadata::LEVELS[$level] );
				break;
			case self::SORT_REVIEWED:
				// Descending: a missing date sorts last as the smallest value.
				$sortKey = str_replace( '-', '', $entry->getReviewed() ?? '0' );
				break;
			default:
				$sortKey = '';
		}
		return $sortKey . '|' . $entry->getDBkey();
	}

	/** The same query, continuing from another position (null: from the start). */
	public function withContinue( ?string $continue ): self {
		return $this->copy( [ 'continue' => $continue ] );
	}

	/** The same query with another page size. */
	public function withLimit( int $limit ): self {
		return $this->copy( [ 'limit' => $limit ] );
	}

	/**
	 * The query as strings, equal for equal queries, for cache keys.
	 *
	 * @return list<string>
	 */
	public function cacheKeyParts(): array {
		return [
			$this->kind,
			$this->sort,
			(string)$this->limit,
			implode( ',', $this->statuses ),
			$this->topic ?? '',
			$this->level ?? '',
			$this->format ?? '',
			$this->language ?? '',
			(string)$this->maxDuration,
			// Only a ranked search depends on the learner's language.
			$this->ranksSearch() ? (string)$this->searchLanguage : '',
			$this->searchesText() ? 'text' : '',
			// Free text last, hashed: any length, any character.
			md5( $this->search . "\n" . ( $this->continue ?? '' ) . "\n" .
				( $this->moduleKeys === null ? '*' : implode( '|', $this->moduleKeys ) ) ),
		];
	}

}
