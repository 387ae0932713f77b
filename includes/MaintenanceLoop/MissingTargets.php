<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Linker\LinksMigration;
use MediaWiki\Title\Title;
use RepoGroup;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\RawSQLExpression;

/**
 * What modules link to that does not exist, for the maintainers' queue (ReviewQueue): pages
 * (one query on the wiki's links tables) and files (one query, plus the foreign file
 * repositories' own lookups when the wiki has any: a Commons file is no missing file).
 *
 * @license GPL-2.0-or-later
 */
class MissingTargets {

	/** Pages and files named per module at most. */
	private const MAX_TARGETS = 10;

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LinksMigration $linksMigration,
		private readonly RepoGroup $repoGroup
	) {
	}

	/**
	 * @param list<int> $moduleIds
	 * @return array<int,list<string>> Module id => prefixed titles of missing pages it links
	 */
	public function pages( array $moduleIds ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$info = $this->linksMigration->getQueryInfo( 'pagelinks' );
		[ $nsField, $titleField ] = $this->linksMigration->getTitleFields( 'pagelinks' );
		$rows = $dbr->newSelectQueryBuilder()
			->select( [ 'pl_from', 'ns' => $nsField, 'title' => $titleField ] )
			->tables( $info['tables'] )
			->joinConds( $info['joins'] )
			->leftJoin( 'page', null, [ "page_namespace = $nsField", "page_title = $titleField" ] )
			->where( [
				'pl_from' => $moduleIds,
				'page_id' => null,
				new RawSQLExpression( $dbr->buildComparison( '>=', [ $nsField => 0 ] ) ),
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$result = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$id = (int)$row->pl_from;
			if ( count( $result[$id] ?? [] ) < self::MAX_TARGETS ) {
				$result[$id][] = Title::makeTitle( (int)$row->ns, (string)$row->title )->getPrefixedText();
			}
		}
		return $result;
	}

	/**
	 * @param list<int> $moduleIds
	 * @return array<int,list<string>> Module id => names of missing files it uses
	 */
	public function files( array $moduleIds ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$rows = $dbr->newSelectQueryBuilder()
			->select( [ 'il_from', 'il_to' ] )
			->from( 'imagelinks' )
			->leftJoin( 'image', null, 'img_name = il_to' )
			->where( [ 'il_from' => $moduleIds, 'img_name' => null ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$candidates = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$candidates[(int)$row->il_from][] = (string)$row->il_to;
		}
		if ( $candidates !== [] && $this->repoGroup->hasForeignRepos() ) {
			// Files from a shared repository (Commons) exist though the local table lacks them.
			$names = array_values( array_unique( array_merge( ...array_values( $candidates ) ) ) );
			$found = $this->repoGroup->findFiles( $names );
			foreach ( $candidates as $id => $names ) {
				$candidates[$id] = array_values( array_filter( $names,
					static fn ( $name ) => !isset( $found[$name] ) ) );
			}
		}
		$result = [];
		foreach ( $candidates as $id => $names ) {
			if ( $names !== [] ) {
				$result[$id] = array_map( static fn ( $name ) => strtr( $name, '_', ' ' ),
					array_slice( $names, 0, self::MAX_TARGETS ) );
			}
		}
		return $result;
	}

}
