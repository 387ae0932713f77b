<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Title\TitleValue;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * Lists the training modules and courses from their page properties, never parsing a page
 * (design record 0004, §1): the pages of the Training namespace that are neither redirects
 * nor subpages (`Training:X/fr` is the French version of `Training:X`, not a module of its
 * own).
 *
 * One query on a replica per page of results (what it selects: CatalogEntryRows), presence
 * filters (topic, format) INNER JOINed, ordered ones (level, duration) compared on trp_sortkey,
 * and keyset continuation (no OFFSET: the cost does not grow with the page number).
 *
 * The search matches like the browser filter of Special:Trainings: every word of
 * the query, folded by SearchKey (case and accents ignored), must occur in the
 * `trainings-searchkey` page property (folded display title, summary and topic labels)
 * or the title of the module or of one of its language versions (`X/fr`, hand-made or
 * Translate's, each parsed in its language with its own properties), in any order; looked up
 * in the word index (SearchCondition, design record 0023). With the title sort and the
 * learner's language (CatalogQuery::getSearchLanguage()), modules matching in that language
 * come first (design 0012). A query may also name the modules to consider
 * (CatalogQuery::getModuleKeys(): search inside modules, a course's modules).
 *
 * Uncached: the service `Trainings.ModuleCatalog` is CachedModuleCatalog in front of this.
 *
 * @license GPL-2.0-or-later
 */
class ModuleCatalog implements CatalogLookup {

	private readonly CatalogEntryRows $rows;

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param LanguageSubpage $languageSubpage Tells language versions from other subpages
	 * @param string $sourceLanguage The wiki's content language code: every module's source
	 *  language
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LanguageSubpage $languageSubpage,
		private readonly string $sourceLanguage
	) {
		$this->rows = new CatalogEntryRows( $languageSubpage, $sourceLanguage );
	}

	/**
	 * @inheritDoc
	 */
	public function find( CatalogQuery $query ): CatalogPage {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$queryBuilder = $this->rows->newQueryBuilder( $dbr )
			->where( $this->buildStatusCondition( $query ) )
			->limit( $query->getLimit() + 1 )
			->caller( __METHOD__ );

		// Courses are not modules: listed only when asked for.
		$queryBuilder->andWhere( $query->getKind() === CatalogQuery::KIND_COURSE
			? 'prop_course.trp_page IS NOT NULL'
			: 'prop_course.trp_page IS NULL' );
		$rank = $this->addSearch( $queryBuilder, $query, $dbr );
		$this->addFilters( $queryBuilder, $query, $dbr );
		$this->addOrder( $queryBuilder, $query, $dbr, $rank );
		return $this->readPage( $queryBuilder, $query, $rank );
	}

	/**
	 * @return string|null The SQL of the search rank, when the search ranks its matches
	 */
	private function addSearch(
		SelectQueryBuilder $queryBuilder, CatalogQuery $query, IReadableDatabase $dbr
	): ?string {
		$words = SearchKey::words( $query->getSearch() );
		$rank = null;
		if ( $words !== [] ) {
			// The word index (design record 0023): a lookup, not a scan of the library.
			$queryBuilder->andWhere( SearchCondition::modulesMatching( $dbr, $words ) );
			if ( $query->ranksSearch() ) {
				// 0: matches in the learner's language version, 1: only in others.
				$language = (string)$query->getSearchLanguage();
				$rank = 'CASE WHEN ' . SearchCondition::modulesMatching( $dbr, $words,
					$language === $this->sourceLanguage ? '' : $language ) . ' THEN 0 ELSE 1 END';
				$queryBuilder->select( [ 'search_rank' => $rank ] );
			}
		}
		return $rank;
	}

	/**
	 * The modules already chosen, and the filters: topic, format, level, duration and language.
	 */
	private function addFilters( SelectQueryBuilder $queryBuilder, CatalogQuery $query, IReadableDatabase $dbr ): void {
		$keys = $query->getModuleKeys();
		if ( $keys !== null ) {
			// Already chosen (search inside modules, a course's modules): only those.
			$queryBuilder->andWhere( $keys === [] ? '1 = 0' : [ 'module.page_title' => $keys ] );
		}
		// Presence properties: an inner join on the primary key is the filter.
		if ( $query->getTopic() !== null ) {
			$queryBuilder->join( ReviewedProperties::TABLE, 'filter_topic', [
				'filter_topic.trp_page = page_id',
				'filter_topic.trp_propname' => ModuleProperties::TOPIC_PREFIX . $query->getTopic(),
			] );
		}
		if ( $query->getFormat() !== null ) {
			$queryBuilder->join( ReviewedProperties::TABLE, 'filter_format', [
				'filter_format.trp_page = page_id',
				'filter_format.trp_propname' => ModuleProperties::FORMAT_PREFIX . $query->getFormat(),
			] );
		}
		$level = $query->getLevelNumber();
		if ( $level !== null ) {
			$queryBuilder->andWhere( $dbr->expr( 'prop_level.trp_sortkey', '=', $level ) );
		}
		if ( $query->getMaxDuration() !== null ) {
			$queryBuilder->andWhere( 'prop_duration.trp_sortkey <= ' . (int)$query->getMaxDuration() );
		}
		$language = $query->getLanguage();
		// The source language matches every module.
		if ( $language !== null && $language !== $this->sourceLanguage ) {
			$queryBuilder->andWhere( $this->rows->hasVersion( $dbr, $language ) );
		}
	}

	/**
	 * The order and, past the first page, where the page starts (keyset continuation).
	 */
	private function addOrder(
		SelectQueryBuilder $queryBuilder, CatalogQuery $query, IReadableDatabase $dbr, ?string $rank
	): void {
		// Stable order: the sort key, then the title (unique in the namespace).
		[ $sortKey, $descending ] = $rank === null ? $this->sortKeyOf( $query->getSort(), $dbr ) : [ $rank, false ];
		$position = $query->getContinuePosition();
		if ( $rank !== null && $position !== null ) {
			$position[0] ??= 0;
		}
		if ( $sortKey === null ) {
			$queryBuilder->orderBy( 'page_title' );
			if ( $position !== null ) {
				$queryBuilder->andWhere( 'page_title >= ' . $dbr->addQuotes( $position[1] ) );
			}
		} else {
			$queryBuilder
				->orderBy( $sortKey, $descending ? SelectQueryBuilder::SORT_DESC : SelectQueryBuilder::SORT_ASC )
				->orderBy( 'page_title', SelectQueryBuilder::SORT_ASC );
			if ( $position !== null ) {
				$key = (int)$position[0];
				$queryBuilder->andWhere( $dbr->makeList( [
					$sortKey . ( $descending ? ' < ' : ' > ' ) . $key,
					$dbr->makeList( [
						"$sortKey = $key",
						'page_title >= ' . $dbr->addQuotes( $position[1] ),
					], IReadableDatabase::LIST_AND ),
				], IReadableDatabase::LIST_OR ) );
			}
		}
	}

	private function readPage( SelectQueryBuilder $queryBuilder, CatalogQuery $query, ?string $rank ): CatalogPage {
		$entries = [];
		$continue = null;
		foreach ( $queryBuilder->fetchResultSet() as $row ) {
			/** @var stdClass $row */
			$entry = $this->rows->newEntry( $row );
			if ( count( $entries ) === $query->getLimit() ) {
				// The row past the limit: where the next page starts.
				$continue = $rank === null ? $query->continueAt( $entry )
					: (int)$row->search_rank . '|' . $entry->getDBkey();
				break;
			}
			$entries[] = $entry;
		}
		return new CatalogPage( $entries, $continue );
	}

	/**
	 * @inheritDoc
	 */
	public function findByKeys( array $dbKeys ): array {
		$dbKeys = array_values( array_unique( array_map( 'strval', $dbKeys ) ) );
		if ( $dbKeys === [] ) {
			return [];
		}
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$found = [];
		$rows = $this->rows->newQueryBuilder( $dbr )
			->andWhere( [ 'page_title' => $dbKeys ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$found[(string)$row->page_title] = $this->rows->newEntry( $row );
		}
		$entries = [];
		foreach ( $dbKeys as $dbKey ) {
			if ( isset( $found[$dbKey] ) ) {
				$entries[$dbKey] = $found[$dbKey];
			}
		}
		return $entries;
	}

	/**
	 * @inheritDoc
	 */
	public function listLanguages(): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		// Only the titles of subpages: one row per language version, cached by the caller.
		$titles = LanguageSubpage::subpageTitlesQuery( $dbr, null )
			->caller( __METHOD__ )
			->fetchFieldValues();
		$codes = [];
		foreach ( $titles as $title ) {
			$code = $this->languageSubpage->languageCodeOf( new TitleValue( NS_TRAINING, (string)$title ) );
			if ( $code !== null && $code !== $this->sourceLanguage ) {
				$codes[$code] = true;
			}
		}
		$codes = array_keys( $codes );
		sort( $codes );
		return array_merge( [ $this->sourceLanguage ], array_map( 'strval', $codes ) );
	}

	/**
	 * Pages without a status property (no properties written yet) count as drafts: only a
	 * review publishes (design record 0017).
	 */
	private function buildStatusCondition( CatalogQuery $query ): string {
		$numbers = array_map(
			static fn ( string $status ) => ModuleMetadata::STATUSES[$status],
			$query->getStatuses()
		);
		return 'COALESCE(prop_status.trp_sortkey, ' . ModuleMetadata::STATUSES[ModuleReview::DRAFT]
			. ') IN (' . implode( ',', $numbers ) . ')';
	}

	/**
	 * @return array{0:?string,1:bool} The SQL of the sort key (null: title only) and whether it
	 *  sorts in descending order; a missing key always sorts last
	 */
	private function sortKeyOf( string $sort, IReadableDatabase $dbr ): array {
		switch ( $sort ) {
			case CatalogQuery::SORT_DURATION:
				return [ 'COALESCE(prop_duration.trp_sortkey, ' . CatalogQuery::MISSING_LAST . ')', false ];
			case CatalogQuery::SORT_LEVEL:
				return [ 'COALESCE(prop_level.trp_sortkey, ' . CatalogQuery::MISSING_LAST . ')', false ];
			case CatalogQuery::SORT_REVIEWED:
				// YYYYMMDD needs more digits than MySQL's FLOAT trp_sortkey keeps: the exact trp_value.
				return [ 'COALESCE(' . $dbr->buildIntegerCast( 'prop_reviewed.trp_value' ) . ', 0)', true ];
			default:
				return [ null, false ];
		}
	}

}
