<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Review;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Title\TitleValue;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * Loads every module of the wiki with what the queue needs, in a fixed number of queries
 * whatever the number of modules: one for the pages of the Training namespace with their
 * page properties and last edit, one for the last non-minor edit of the base pages that
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
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$rows = $dbr->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_title', 'rev_timestamp', 'pp_propname', 'pp_value' ] )
			->from( 'page' )
			->join( 'revision', null, 'rev_id = page_latest' )
			->leftJoin( 'page_props', null, [ 'pp_page = page_id', 'pp_propname' => self::PROPS ] )
			->where( [ 'page_namespace' => NS_TRAINING, 'page_is_redirect' => 0 ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$pages = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$id = (int)$row->page_id;
			$pages[$id] ??= [
				'key' => (string)$row->page_title, 'edited' => (string)$row->rev_timestamp, 'props' => [],
			];
			if ( $row->pp_propname !== null ) {
				$pages[$id]['props'][(string)$row->pp_propname] = (string)$row->pp_value;
			}
		}

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
				$versions[$key] ?? []
			);
		}

		$translated = array_keys( array_filter( $modules, static fn ( ModuleRecord $m ) => $m->versions !== [] ) );
		$majorEdits = [];
		if ( $translated !== [] ) {
			$rows = $dbr->newSelectQueryBuilder()
				->select( [ 'rev_page', 'last' => 'MAX(rev_timestamp)' ] )
				->from( 'revision' )
				->where( [ 'rev_page' => $translated, 'rev_minor_edit' => 0 ] )
				->groupBy( 'rev_page' )
				->caller( __METHOD__ )
				->fetchResultSet();
			foreach ( $rows as $row ) {
				/** @var stdClass $row */
				$majorEdits[(int)$row->rev_page] = wfTimestamp( TS_MW, $row->last ) ?: (string)$row->last;
			}
		}
		return [ $modules, $majorEdits ];
	}

	/**
	 * @return list<string>
	 */
	private static function split( string $list ): array {
		return $list === '' ? [] : explode( ModuleProperties::LIST_SEPARATOR, $list );
	}

}
