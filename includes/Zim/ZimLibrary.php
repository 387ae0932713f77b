<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Export\OfflineAssets;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Title\Title;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * Decides what the ZIM file of a language holds and when it is out of date.
 *
 * - Selection: the published courses and modules of the catalog (drafts and outdated modules
 *   stay out of a file that lives long on devices), each in the version that the player would
 *   show a reader of that language (LanguageVersionResolver: the language, its fallbacks, the
 *   source).
 * - Content key: one query over the Training namespace (latest revision, last touch, page
 *   count) plus the offline player's build. Any edit, new translation, deletion, template or
 *   image change that touches a training page changes it: a file built from another key is
 *   stale.
 * - Languages: a language gets a file of its own when at least a share of the modules
 *   ($wgTrainingsZimMinShare) has a version in it; the content language always does.
 *
 * @license GPL-2.0-or-later
 */
class ZimLibrary {

	public const SERVICE_NAME = 'Trainings.ZimLibrary';

	/** Changes when the builder writes files differently: old files become stale. */
	private const FORMAT_VERSION = 1;

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param CatalogLookup $catalog
	 * @param LanguageVersionResolver $resolver
	 * @param OfflineAssets $assets
	 * @param string $contentLanguage The wiki's content language code
	 * @param float $minShare Share of modules (0 to 1) a language needs for a file of its own
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly CatalogLookup $catalog,
		private readonly LanguageVersionResolver $resolver,
		private readonly OfflineAssets $assets,
		private readonly string $contentLanguage,
		private readonly float $minShare
	) {
	}

	public function getContentLanguage(): string {
		return $this->contentLanguage;
	}

	/**
	 * @param string $language
	 * @return string A key that changes whenever the file of that language would change
	 */
	public function contentKey( string $language ): string {
		// The reviews, not page_touched: a purge or an edit waiting for review changes nothing
		// readers get (design record 0017). Each review action has a timestamp of its own.
		$row = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( [
				'revisions' => 'SUM(trr_rev)',
				'latest' => 'MAX(trr_timestamp)',
				'pages' => 'COUNT(*)',
			] )
			->from( 'page' )
			->join( ReviewStore::TABLE, null, 'trr_page = page_id' )
			->where( [ 'page_namespace' => NS_TRAINING ] )
			->caller( __METHOD__ )
			->fetchRow();
		return sha1( implode( '|', [
			self::FORMAT_VERSION,
			$language,
			$row ? (string)$row->revisions : '',
			$row ? (string)$row->latest : '',
			$row ? (string)$row->pages : '',
			sha1( $this->assets->getScript() . $this->assets->getStyles() ),
		] ) );
	}

	/**
	 * @param string $language
	 * @return ZimSelection The courses and modules of that language's file
	 */
	public function select( string $language ): ZimSelection {
		$courses = [];
		foreach ( $this->published( CatalogQuery::KIND_COURSE ) as $entry ) {
			$courses[] = $this->entryFor( $entry, $language );
		}
		$modules = [];
		foreach ( $this->published( CatalogQuery::KIND_MODULE ) as $entry ) {
			$modules[] = $this->entryFor( $entry, $language );
		}
		return new ZimSelection( $language, $courses, $modules );
	}

	/**
	 * Whether a file may be built for this language on a reader's request: the content
	 * language, or a language with at least one module version (anything else would be a copy
	 * of the content language's file, built again for each code a crawler tries).
	 */
	public function isOffered( string $language ): bool {
		return $language === $this->contentLanguage || in_array( $language, $this->catalog->listLanguages(), true );
	}

	/**
	 * The file a reader is offered: the first language of the reader's language and its
	 * explicit fallbacks (LanguageVersionResolver's chain: arz → ar, zh-hk → zh-hant,
	 * de-at → de) that has a file, else the content language's.
	 *
	 * @param string $language A reader's language code
	 * @return string The language of the file
	 */
	public function fileLanguageFor( string $language ): string {
		if ( !ZimFileStore::isValidLanguage( $language ) ) {
			return $this->contentLanguage;
		}
		foreach ( $this->resolver->readerChains( $language )['strict'] as $code ) {
			if ( ZimFileStore::isValidLanguage( $code ) && $this->isOffered( $code ) ) {
				return $code;
			}
		}
		return $this->contentLanguage;
	}

	/**
	 * @param float|null $minShare Override of $wgTrainingsZimMinShare
	 * @return list<string> The languages with enough translated content for a file of their
	 *  own, the content language first
	 */
	public function languagesWithEnoughContent( ?float $minShare = null ): array {
		$minShare ??= $this->minShare;
		$modules = $this->published( CatalogQuery::KIND_MODULE );
		$counts = [];
		foreach ( $modules as $entry ) {
			foreach ( array_unique( $entry->getLanguages() ) as $code ) {
				$counts[$code] = ( $counts[$code] ?? 0 ) + 1;
			}
		}
		$languages = [ $this->contentLanguage ];
		foreach ( $this->catalog->listLanguages() as $code ) {
			if ( $code !== $this->contentLanguage && $modules !== []
				&& ( $counts[$code] ?? 0 ) / count( $modules ) >= $minShare
			) {
				$languages[] = $code;
			}
		}
		return $languages;
	}

	/**
	 * @return list<CatalogEntry> Every published module or course, by title
	 */
	private function published( string $kind ): array {
		$entries = [];
		$continue = null;
		do {
			$page = $this->catalog->find( CatalogQuery::fromParameters( [
				'kind' => $kind,
				'status' => [ 'published' ],
				'limit' => CatalogQuery::maxLimit(),
				'continue' => $continue,
			] ) );
			$entries = array_merge( $entries, $page->getEntries() );
			$continue = $page->getContinue();
		} while ( $continue !== null );
		return $entries;
	}

	private function entryFor( CatalogEntry $entry, string $language ): ZimEntry {
		$base = Title::makeTitle( $entry->getNamespace(), $entry->getDBkey() );
		$resolved = $this->resolver->resolve( $base, $language );
		$chosen = $resolved->chosen;
		// A version no reviewer approved is not offered: the source instead (design record 0017).
		if ( !$chosen->isSource && !isset( $entry->getRevisions()[$chosen->code] ) ) {
			$chosen = $resolved->available[0] ?? $chosen;
		}
		return new ZimEntry( $entry, $chosen, ZimEntry::fileNameFor( $entry->getDBkey() ) );
	}
}
