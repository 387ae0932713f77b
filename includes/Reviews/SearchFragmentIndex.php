<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\SearchFragments;
use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWiki\Title\TitleValue;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The catalog's word index (table trainings_search_fragment, design record 0023): the fragments
 * of the words readers get, i.e. of the `trainings-searchkey` property ReviewedProperties
 * writes, plus the words of the page title (so that pages without metadata are found by
 * title). Written in the same transaction as the properties, so it is never staler than they
 * are; the catalog query reads it (Catalog\ModuleCatalog).
 *
 * @license GPL-2.0-or-later
 */
class SearchFragmentIndex {

	public const SERVICE_NAME = 'Trainings.SearchFragmentIndex';

	public const TABLE = 'trainings_search_fragment';

	/** Rows inserted per statement. */
	private const BATCH = 500;

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LanguageSubpage $languageSubpage
	) {
	}

	/**
	 * Replaces the page's rows with the fragments of its search key and title.
	 *
	 * @param int $pageId A Training page
	 * @param string $searchKey Its folded search key as readers get it ('' when none)
	 */
	public function update( int $pageId, string $searchKey ): void {
		$dbw = $this->connectionProvider->getPrimaryDatabase();
		$dbKey = $dbw->newSelectQueryBuilder()
			->select( 'page_title' )
			->from( 'page' )
			->where( [ 'page_id' => $pageId, 'page_namespace' => NS_TRAINING ] )
			->caller( __METHOD__ )
			->fetchField();
		$this->delete( $pageId );
		if ( $dbKey === false ) {
			return;
		}
		$dbKey = (string)$dbKey;
		$language = $this->languageSubpage->languageCodeOf( new TitleValue( NS_TRAINING, $dbKey ) );
		$module = $language === null ? $dbKey : substr( $dbKey, 0, (int)strrpos( $dbKey, '/' ) );
		// A version's title is its module's plus a code: only the base page adds title words.
		$text = $language === null ? $searchKey . ' ' . SearchKey::fold( strtr( $dbKey, '_', ' ' ) ) : $searchKey;
		$rows = [];
		foreach ( SearchFragments::of( SearchKey::fold( $text ) ) as $fragment ) {
			$rows[] = [
				'tsf_fragment' => $fragment,
				'tsf_page' => $pageId,
				'tsf_module' => $module,
				'tsf_language' => $language ?? '',
			];
		}
		foreach ( array_chunk( $rows, self::BATCH ) as $batch ) {
			$dbw->newInsertQueryBuilder()
				->insertInto( self::TABLE )
				->rows( $batch )
				->caller( __METHOD__ )
				->execute();
		}
	}

	/**
	 * Indexes every Training page from the properties readers get: for wikis whose pages were
	 * saved before the index existed (update.php runs it once, Maintenance\IndexSearchFragments).
	 *
	 * @return int Pages indexed
	 */
	public function rebuildAll(): int {
		$dbr = $this->connectionProvider->getPrimaryDatabase();
		$after = 0;
		$count = 0;
		do {
			$rows = $dbr->newSelectQueryBuilder()
				->select( [ 'page_id', 'key' => 'trp_value' ] )
				->from( 'page' )
				->leftJoin( ReviewedProperties::TABLE, null, [
					'trp_page = page_id', 'trp_propname' => ModuleProperties::SEARCH_KEY,
				] )
				->where( [ 'page_namespace' => NS_TRAINING, 'page_id > ' . $after ] )
				->orderBy( 'page_id' )
				->limit( self::BATCH )
				->caller( __METHOD__ )
				->fetchResultSet();
			foreach ( $rows as $row ) {
				/** @var stdClass $row */
				$after = (int)$row->page_id;
				$this->update( $after, (string)( $row->key ?? '' ) );
				$count++;
			}
		} while ( $rows->numRows() === self::BATCH );
		return $count;
	}

	public function delete( int $pageId ): void {
		$this->connectionProvider->getPrimaryDatabase()->newDeleteQueryBuilder()
			->deleteFrom( self::TABLE )
			->where( [ 'tsf_page' => $pageId ] )
			->caller( __METHOD__ )
			->execute();
	}

}
