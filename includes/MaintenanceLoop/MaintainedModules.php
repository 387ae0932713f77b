<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Title\TitleValue;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IExpression;
use Wikimedia\Rdbms\LikeValue;
use Wikimedia\Rdbms\RawSQLExpression;

/**
 * Loads every module of the wiki with what the queue needs, in a fixed number of queries
 * whatever the number of modules: one for the pages of the Training namespace with the
 * properties readers get (their reviewed revision's, design record 0017) and last edit,
 * one for the last non-minor edit of the base pages that
 * have language versions (a minor edit, such as marking reviewed, does not outdate them).
 *
 * @license GPL-2.0-or-later
 */
class MaintainedModules {

	public const SERVICE_NAME = 'Trainings.MaintainedModules';

	private const PROPS = [
		ModuleProperties::TITLE, ModuleProperties::MAINTAINERS, ModuleProperties::TOPICS,
		ModuleProperties::REVIEWED, ModuleProperties::STATUS, ModuleProperties::QUIZZES,
		ModuleProperties::COURSE,
	];

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LanguageSubpage $languageSubpage
	) {
	}

	/**
	 * @return array{0:array<int,ModuleRecord>,1:array<int,string>} Modules by base page id, and the
	 *  TS_MW of each base page's last non-minor edit (only for modules with language versions)
	 */
	public function load(): array {
		return $this->loadWhere( [] );
	}

	/**
	 * One page of the modules, by DB key, with keyset continuation (as the catalog pages: the
	 * cost follows the page size, not the library). The topic and maintainer filters select in
	 * SQL; QueueFilter::matchesModule() still decides (a maintainer name matches as a substring here).
	 *
	 * @param QueueFilter $filter
	 * @param string|null $from DB key of the first module of the page
	 * @param int $limit Modules per page
	 * @return array{0:array<int,ModuleRecord>,1:array<int,string>,2:?string} As load(), and the DB key
	 *  the next page starts at (null on the last page)
	 */
	public function loadPage( QueueFilter $filter, ?string $from, int $limit ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$query = $dbr->newSelectQueryBuilder()
			->select( 'page_title' )
			->from( 'page' )
			->join( ReviewedProperties::TABLE, 'status', [
				'status.trp_page = page_id', 'status.trp_propname' => ModuleProperties::STATUS,
			] )
			->leftJoin( ReviewedProperties::TABLE, 'course', [
				'course.trp_page = page_id', 'course.trp_propname' => ModuleProperties::COURSE,
			] )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_is_redirect' => 0,
				'course.trp_page' => null,
				$dbr->expr( 'page_title', IExpression::NOT_LIKE,
					new LikeValue( $dbr->anyString(), '/', $dbr->anyString() ) ),
			] )
			->orderBy( 'page_title' )
			->limit( $limit + 1 )
			->caller( __METHOD__ );
		if ( $from !== null ) {
			$query->andWhere( 'page_title >= ' . $dbr->addQuotes( $from ) );
		}
		if ( $filter->topic !== null ) {
			$query->join( ReviewedProperties::TABLE, 'topic', [
				'topic.trp_page = page_id', 'topic.trp_propname' => ModuleProperties::TOPIC_PREFIX . $filter->topic,
			] );
		}
		if ( $filter->maintainer !== null ) {
			$query->join( ReviewedProperties::TABLE, 'maintainers', [
				'maintainers.trp_page = page_id', 'maintainers.trp_propname' => ModuleProperties::MAINTAINERS,
				$dbr->expr( 'maintainers.trp_value', IExpression::LIKE,
					new LikeValue( $dbr->anyString(), $filter->maintainer, $dbr->anyString() ) ),
			] );
		}
		$keys = array_map( 'strval', $query->fetchFieldValues() );
		$next = count( $keys ) > $limit ? $keys[$limit] : null;
		$keys = array_slice( $keys, 0, $limit );
		if ( $keys === [] ) {
			return [ [], [], null ];
		}
		// The modules and their language versions (the subpage title range of each).
		$conditions = [ $dbr->expr( 'page_title', '=', $keys ) ];
		foreach ( $keys as $key ) {
			$conditions[] = new RawSQLExpression( 'page_title > ' . $dbr->addQuotes( $key . '/' )
				. ' AND page_title < ' . $dbr->addQuotes( $key . '0' ) );
		}
		return [ ...$this->loadWhere( [ $dbr->orExpr( $conditions ) ] ), $next ];
	}

	/**
	 * @param array<int|string,mixed> $conditions On the page table
	 * @return array<int,array{key:string,edited:string,props:array<string,string>,latest:int,reviewed:?int,bytes:int}>
	 *  By page id
	 */
	private function readPages( array $conditions ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$rows = $dbr->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_title', 'page_latest', 'page_len', 'rev_timestamp' => 'latest.rev_timestamp',
				'trp_propname', 'trp_value', 'trr_rev', 'reviewed_len' => 'reviewed.rev_len' ] )
			->from( 'page' )
			->join( 'revision', 'latest', 'latest.rev_id = page_latest' )
			->leftJoin( ReviewStore::TABLE, null, [ 'trr_page = page_id', 'trr_state' => ReviewStore::SHOWN_STATES ] )
			->leftJoin( 'revision', 'reviewed', 'reviewed.rev_id = trr_rev' )
			->leftJoin( ReviewedProperties::TABLE, null, [ 'trp_page = page_id', 'trp_propname' => self::PROPS ] )
			->where( [ 'page_namespace' => NS_TRAINING, 'page_is_redirect' => 0 ] )
			->andWhere( $conditions )
			->caller( __METHOD__ )
			->fetchResultSet();
		$pages = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$id = (int)$row->page_id;
			$pages[$id] ??= [
				'key' => (string)$row->page_title, 'edited' => (string)$row->rev_timestamp, 'props' => [],
				'latest' => (int)$row->page_latest,
				'reviewed' => $row->trr_rev === null ? null : (int)$row->trr_rev,
				'bytes' => $row->trr_rev === null ? 0 : (int)$row->page_len - (int)$row->reviewed_len,
			];
			if ( $row->trp_propname !== null ) {
				$pages[$id]['props'][(string)$row->trp_propname] = (string)$row->trp_value;
			}
		}
		return $pages;
	}

	/**
	 * @param array<int|string,mixed> $conditions On the page table
	 * @return array{0:array<int,ModuleRecord>,1:array<int,string>}
	 */
	private function loadWhere( array $conditions ): array {
		$pages = $this->readPages( $conditions );

		$byKey = [];
		$versions = [];
		foreach ( $pages as $id => $page ) {
			$key = $page['key'];
			if ( !str_contains( $key, '/' ) ) {
				$byKey[$key] = $id;
				continue;
			}
			$code = $this->languageSubpage->languageCodeOf( new TitleValue( NS_TRAINING, $key ) );
			if ( $code !== null ) {
				$versions[substr( $key, 0, (int)strrpos( $key, '/' ) )][$code] =
					wfTimestamp( TS_MW, $page['edited'] ) ?: $page['edited'];
			}
		}

		$pending = $this->pendingEdits( array_keys( array_filter( $pages,
			static fn ( array $p ) => $p['reviewed'] !== null && $p['reviewed'] !== $p['latest'] ) ) );
		$modules = [];
		foreach ( $byKey as $key => $id ) {
			$props = $pages[$id]['props'];
			// A module is a base page whose {{#training:}} ran (it always stores a status); not a course.
			if ( !isset( $props[ModuleProperties::STATUS] ) || isset( $props[ModuleProperties::COURSE] ) ) {
				continue;
			}
			$status = array_search( (int)$props[ModuleProperties::STATUS], ModuleMetadata::STATUSES, true );
			$modules[$id] = new ModuleRecord(
				$id,
				(string)$key,
				$props[ModuleProperties::TITLE] ?? strtr( (string)$key, '_', ' ' ),
				self::split( $props[ModuleProperties::MAINTAINERS] ?? '' ),
				self::split( $props[ModuleProperties::TOPICS] ?? '' ),
				isset( $props[ModuleProperties::REVIEWED] ) ? (int)$props[ModuleProperties::REVIEWED] : null,
				is_string( $status ) ? $status : ModuleMetadata::DEFAULT_STATUS,
				(int)( $props[ModuleProperties::QUIZZES] ?? 0 ),
				$versions[$key] ?? [],
				$pages[$id]['latest'],
				$pages[$id]['reviewed'],
				$pending[$id][0] ?? 0,
				$pending[$id][1] ?? null,
				$pages[$id]['bytes']
			);
		}

		$translated = array_keys( array_filter( $modules, static fn ( ModuleRecord $m ) => $m->versions !== [] ) );
		return [ $modules, $this->majorEdits( $translated ) ];
	}

	/**
	 * @param int[] $pageIds Base pages with language versions
	 * @return array<int,string> By page id: the TS_MW of its last non-minor edit
	 */
	private function majorEdits( array $pageIds ): array {
		if ( $pageIds === [] ) {
			return [];
		}
		$rows = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( [ 'rev_page', 'last' => 'MAX(rev_timestamp)' ] )
			->from( 'revision' )
			->where( [ 'rev_page' => $pageIds, 'rev_minor_edit' => 0 ] )
			->groupBy( 'rev_page' )
			->caller( __METHOD__ )
			->fetchResultSet();
		$majorEdits = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$majorEdits[(int)$row->rev_page] = wfTimestamp( TS_MW, $row->last ) ?: (string)$row->last;
		}
		return $majorEdits;
	}

	/**
	 * @param int[] $pageIds Pages whose latest revision is not the reviewed one
	 * @return array<int,array{0:int,1:string}> By page id: the number of edits after the reviewed
	 *  revision and the TS_MW of the first
	 */
	private function pendingEdits( array $pageIds ): array {
		if ( $pageIds === [] ) {
			return [];
		}
		$rows = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( [ 'rev_page', 'edits' => 'COUNT(*)', 'oldest' => 'MIN(rev_timestamp)' ] )
			->from( 'revision' )
			->join( ReviewStore::TABLE, null, 'trr_page = rev_page' )
			->where( [ 'rev_page' => $pageIds, 'rev_id > trr_rev' ] )
			->groupBy( 'rev_page' )
			->caller( __METHOD__ )
			->fetchResultSet();
		$pending = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$pending[(int)$row->rev_page] = [
				(int)$row->edits, wfTimestamp( TS_MW, $row->oldest ) ?: (string)$row->oldest,
			];
		}
		return $pending;
	}

	/**
	 * @return list<string>
	 */
	private static function split( string $list ): array {
		return $list === '' ? [] : explode( ModuleProperties::LIST_SEPARATOR, $list );
	}

}
