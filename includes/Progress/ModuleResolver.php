<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\LatestProperties;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Linker\LinkTarget;
use MediaWiki\Page\PageIdentityValue;
use MediaWiki\Title\TitleValue;
use StatusValue;
use stdClass;
use Wikimedia\Message\ParamType;
use Wikimedia\Message\ScalarParam;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IReadableDatabase;

/**
 * Finds the module version progress is recorded against, from the title the learner reads
 * and an optional language code:
 * - `Training:X/fr` is the French version of the module `Training:X` (a language given as
 *   well must be "fr");
 * - `Training:X` with language "fr" is the same version, the page `Training:X/fr`;
 * - `Training:X` alone, or with the wiki's content language, is the base version.
 *
 * A module is a page of the Training namespace, not a redirect, not another subpage, whose
 * parse recorded a step count (courses have none). Reads core's page table and the latest
 * properties (LatestProperties) on a replica of the wiki's own database, one query per lookup.
 *
 * Errors are StatusValue messages whose keys start with ERROR_PREFIX.
 *
 * @license GPL-2.0-or-later
 */
class ModuleResolver {

	public const SERVICE_NAME = 'Trainings.ModuleResolver';

	public const ERROR_PREFIX = 'trainings-progress-error-';

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param LanguageSubpage $languageSubpage
	 * @param LatestProperties $latestProperties
	 * @param string $baseLanguage Language of base pages: the wiki's content language code
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LanguageSubpage $languageSubpage,
		private readonly LatestProperties $latestProperties,
		private readonly string $baseLanguage
	) {
	}

	/**
	 * @param LinkTarget $title The module's page or the page of one of its language versions
	 * @param string|null $language Language code of the version, when $title is the base page
	 * @return StatusValue Value: the ModuleVersion. Errors: nosuchmodule, language
	 */
	public function resolve( LinkTarget $title, ?string $language = null ): StatusValue {
		$names = $this->versionNames( $title, $language );
		if ( $names instanceof StatusValue ) {
			return $names;
		}
		[ $baseKey, $pageKey, $language ] = $names;
		$rows = $this->fetchPages( $this->connectionProvider->getReplicaDatabase(), [ $baseKey, $pageKey ] );
		$base = $rows[$baseKey] ?? null;
		$page = $rows[$pageKey] ?? null;
		if ( $base === null || $page === null || $page->steps === null ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'nosuchmodule',
				self::plain( ( new TitleValue( NS_TRAINING, $pageKey ) )->getText() ) );
		}
		return StatusValue::newGood( new ModuleVersion(
			new PageIdentityValue( (int)$base->page_id, NS_TRAINING, $baseKey, PageIdentityValue::LOCAL ),
			$language,
			new PageIdentityValue( (int)$page->page_id, NS_TRAINING, $pageKey, PageIdentityValue::LOCAL ),
			(int)$page->steps,
			(int)( $page->quizzes ?? 0 ),
			StepLayout::fromProperties( $page->stepids, $page->quizkeys )
		) );
	}

	/**
	 * The base page of a module, whatever its state now (for resetting progress of a module
	 * that stopped being one).
	 *
	 * @param LinkTarget $title The module's page or the page of one of its language versions
	 * @param string|null $language
	 * @return StatusValue Value: [ base page id (int), language code of the
	 *  version or null when $title is the base page and no language was given ]
	 */
	public function resolveModuleId( LinkTarget $title, ?string $language = null ): StatusValue {
		$names = $this->versionNames( $title, $language );
		if ( $names instanceof StatusValue ) {
			return $names;
		}
		$rows = $this->fetchPages( $this->connectionProvider->getReplicaDatabase(), [ $names[0] ] );
		if ( !isset( $rows[$names[0]] ) ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'nosuchmodule', self::plain( $title->getText() ) );
		}
		$explicit = $language !== null || $this->languageSubpage->languageCodeOf( $title ) !== null;
		return StatusValue::newGood( [ (int)$rows[$names[0]]->page_id, $explicit ? $names[2] : null ] );
	}

	/**
	 * The module versions of stored progress, in one query: what meta=trainingprogress shows.
	 *
	 * @param array<int,array{0:int,1:string}> $keys [ base page id, language ] pairs
	 * @return array<int,ModuleVersion|PageIdentityValue|null> For each key: the version, or the
	 *  base page when the version is no module now, or null when the base page is gone
	 */
	public function resolveStored( array $keys ): array {
		if ( $keys === [] ) {
			return [];
		}
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$bases = [];
		$res = $dbr->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_title' ] )
			->from( 'page' )
			->where( [
				'page_id' => array_values( array_unique( array_map( static fn ( $key ) => $key[0], $keys ) ) ),
				'page_namespace' => NS_TRAINING,
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$bases[(int)$row->page_id] = (string)$row->page_title;
		}
		$pageKeys = [];
		foreach ( $keys as $i => [ $id, $language ] ) {
			if ( isset( $bases[$id] ) ) {
				$pageKeys[$i] = $language === $this->baseLanguage ? $bases[$id] : $bases[$id] . '/' . $language;
			}
		}
		$rows = $this->fetchPages( $dbr, array_values( $pageKeys ) );
		$result = [];
		foreach ( $keys as $i => [ $id, $language ] ) {
			if ( !isset( $pageKeys[$i] ) ) {
				$result[$i] = null;
				continue;
			}
			$base = new PageIdentityValue( $id, NS_TRAINING, $bases[$id], PageIdentityValue::LOCAL );
			$page = $rows[$pageKeys[$i]] ?? null;
			$result[$i] = $page === null || $page->steps === null ? $base : new ModuleVersion(
				$base,
				$language,
				new PageIdentityValue( (int)$page->page_id, NS_TRAINING, $pageKeys[$i], PageIdentityValue::LOCAL ),
				(int)$page->steps,
				(int)( $page->quizzes ?? 0 ),
				StepLayout::fromProperties( $page->stepids, $page->quizkeys )
			);
		}
		return $result;
	}

	/**
	 * @return array{0:string,1:string,2:string}|StatusValue [ base DB key, version DB key,
	 *  language ] or the error
	 */
	private function versionNames( LinkTarget $title, ?string $language ): array|StatusValue {
		if ( $title->getNamespace() !== NS_TRAINING || $title->hasFragment() || $title->isExternal() ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'nosuchmodule', self::plain( $title->getText() ) );
		}
		$dbKey = $title->getDBkey();
		$subpageLanguage = $this->languageSubpage->languageCodeOf( $title );
		if ( $subpageLanguage !== null ) {
			if ( $language !== null && $language !== $subpageLanguage ) {
				return StatusValue::newFatal( self::ERROR_PREFIX . 'language', self::plain( $language ),
					self::plain( $title->getText() ) );
			}
			$baseKey = substr( $dbKey, 0, (int)strrpos( $dbKey, '/' ) );
			$language = $subpageLanguage;
		} else {
			$baseKey = $dbKey;
			if ( $language !== null && $language !== $this->baseLanguage ) {
				$probe = new TitleValue( NS_TRAINING, "$dbKey/$language" );
				if ( $this->languageSubpage->languageCodeOf( $probe ) !== $language ) {
					return StatusValue::newFatal( self::ERROR_PREFIX . 'language', self::plain( $language ),
					self::plain( $title->getText() ) );
				}
			}
			$language ??= $this->baseLanguage;
		}
		if ( str_contains( $baseKey, '/' ) ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'nosuchmodule', self::plain( $title->getText() ) );
		}
		$pageKey = $language === $this->baseLanguage ? $baseKey : "$baseKey/$language";
		return [ $baseKey, $pageKey, $language ];
	}

	/**
	 * Pages of the Training namespace that are not redirects, with their step and quiz counts.
	 *
	 * @param IReadableDatabase $dbr
	 * @param string[] $dbKeys
	 * @return array<string,stdClass> By DB key: page_id, steps (null when no module), quizzes
	 */
	private function fetchPages( IReadableDatabase $dbr, array $dbKeys ): array {
		if ( $dbKeys === [] ) {
			return [];
		}
		$query = $dbr->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_title' ] )
			->from( 'page' );
		$res = $this->latestProperties->joinTo( $query, [
			'steps' => ModuleProperties::STEPS,
			'quizzes' => ModuleProperties::QUIZZES,
			'stepids' => ModuleProperties::STEP_IDS,
			'quizkeys' => ModuleProperties::QUIZ_KEYS,
		] )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_title' => array_values( array_unique( $dbKeys ) ),
				'page_is_redirect' => 0,
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$pages = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$pages[(string)$row->page_title] = $row;
		}
		return $pages;
	}

	/** A request value in a message: plain text, never parsed as wikitext. */
	private static function plain( string $value ): ScalarParam {
		return new ScalarParam( ParamType::PLAINTEXT, $value );
	}

}
