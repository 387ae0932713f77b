<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Title\TitleValue;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IExpression;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\LikeValue;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * Lists the training modules and courses from their page properties, never parsing a page
 * (design record 0004, §1): the pages of the Training namespace that are neither redirects
 * nor subpages (`Training:X/fr` is the French version of `Training:X`, not a module of its
 * own).
 *
 * One query on a replica per page of results: the page table, each property shown LEFT
 * JOINed on the (trp_page, trp_propname) primary key, presence properties (topic, format)
 * INNER JOINed, ordered properties (level, duration) compared on trp_sortkey, the language
 * versions read through a sub-select over the subpage title range, and keyset continuation
 * (no OFFSET: the cost does not grow with the page number).
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
	}

	/**
	 * @inheritDoc
	 */
	public function find( CatalogQuery $query ): CatalogPage {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$queryBuilder = $this->newEntryQueryBuilder( $dbr )
			->where( $this->buildStatusCondition( $query ) )
			->limit( $query->getLimit() + 1 )
			->caller( __METHOD__ );

		// Courses are not modules: listed only when asked for.
		$queryBuilder->andWhere( $query->getKind() === CatalogQuery::KIND_COURSE
			? 'prop_course.trp_page IS NOT NULL'
			: 'prop_course.trp_page IS NULL' );

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
			$versionQuery = $dbr->newSelectQueryBuilder()
				->select( '1' )
				->from( 'page', 'version' )
				->where( [
					'version.page_namespace' => NS_TRAINING,
					'version.page_title = ' . $dbr->buildConcat(
						[ 'module.page_title', $dbr->addQuotes( '/' . $language ) ] ),
				] )
				->caller( __METHOD__ );
			$queryBuilder->andWhere( 'EXISTS (' . $versionQuery->getSQL() . ')' );
		}

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

		$entries = [];
		$continue = null;
		foreach ( $queryBuilder->fetchResultSet() as $row ) {
			/** @var stdClass $row */
			$entry = $this->newEntry( $row );
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
		$rows = $this->newEntryQueryBuilder( $dbr )
			->andWhere( [ 'page_title' => $dbKeys ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$found[(string)$row->page_title] = $this->newEntry( $row );
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
		$titles = $dbr->newSelectQueryBuilder()
			->select( 'page_title' )
			->from( 'page' )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_is_redirect' => 0,
				$dbr->expr( 'page_title', IExpression::LIKE,
					new LikeValue( $dbr->anyString(), '/', $dbr->anyString() ) ),
			] )
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
	 * The base query of find() and findByKeys(): modules and courses with everything an entry
	 * shows, statuses and kinds not filtered yet.
	 */
	private function newEntryQueryBuilder( IReadableDatabase $dbr ): SelectQueryBuilder {
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
		foreach ( CatalogQuery::FORMATS as $format ) {
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

	private function newEntry( stdClass $row ): CatalogEntry {
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
		foreach ( CatalogQuery::FORMATS as $format ) {
			if ( $row->{"prop_format_$format"} !== null ) {
				$formats[] = $format;
			}
		}
		return new CatalogEntry(
			(int)$row->page_id,
			(int)$row->page_namespace,
			$dbKey,
			self::text( $row->prop_title ) ?? strtr( $dbKey, '_', ' ' ),
			self::text( $row->prop_summary ) ?? '',
			$level === null ? null : ( array_search( $level, ModuleMetadata::LEVELS, true ) ?: null ),
			self::number( $row->prop_duration ),
			self::list( $row->prop_topics ),
			$formats,
			$languages,
			(string)( array_search( $status, ModuleMetadata::STATUSES, true ) ?: ModuleReview::DRAFT ),
			self::number( $row->prop_steps ) ?? 0,
			self::number( $row->prop_quizzes ) ?? 0,
			self::text( $row->prop_image ),
			$reviewed === null ? null : sprintf( '%04d-%02d-%02d',
				intdiv( $reviewed, 10000 ), intdiv( $reviewed, 100 ) % 100, $reviewed % 100 ),
			self::list( $row->prop_maintainers ),
			$row->prop_course !== null,
			self::list( $row->prop_course ),
			$revisions
		);
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
