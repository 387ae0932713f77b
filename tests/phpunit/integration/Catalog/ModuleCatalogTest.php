<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Catalog;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Catalog\ModuleSummary;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Catalog\ModuleCatalog
 */
class ModuleCatalogTest extends MediaWikiIntegrationTestCase {

	public function addDBDataOnce(): void {
		$modules = [
			'How to talk to partners' =>
				"{{#training: summary = Plan a first meeting.}}\nIntro.\n== Prepare ==\nStep one.",
			'How to measure your success' => "Intro.\n== Goals ==\nStep one.",
			'Organising an offline event' => "Intro.\n== Venue ==\nStep one.",
			'Running a local meetup' =>
				"{{#training: summary = Un événement convivial, 100% bénévole.}}\nIntro.\n== Venue ==\nStep one.",
			// A language version: a subpage, not a module of its own.
			'How to talk to partners/fr' => "Introduction.\n== Préparer ==\nÉtape un.",
			// A redirect is not a module either.
			'Talking to partners' => '#REDIRECT [[Training:How to talk to partners]]',
		];
		foreach ( $modules as $title => $text ) {
			$this->editPage( Title::makeTitle( NS_TRAINING, $title ), $text );
		}
		// Page properties are written by the secondary data updates.
		DeferredUpdates::doUpdates();
		// Pages in other namespaces are never modules.
		$this->editPage( Title::makeTitle( NS_MAIN, 'How to talk to partners' ), 'Not a module.' );
		$this->editPage( Title::makeTitle( NS_TRAINING_TALK, 'How to talk to partners' ), 'Talk.' );
	}

	private function newCatalog(): ModuleCatalog {
		return TrainingsServices::getModuleCatalog( $this->getServiceContainer() );
	}

	/**
	 * @param ModuleSummary[] $modules
	 * @return string[]
	 */
	private static function titles( array $modules ): array {
		return array_map( static fn ( ModuleSummary $module ) => $module->getTitleText(), $modules );
	}

	public function testListsBaseModulesSortedByTitle(): void {
		$modules = $this->newCatalog()->listModules();

		$this->assertSame(
			[
				'How to measure your success', 'How to talk to partners', 'Organising an offline event',
				'Running a local meetup',
			],
			self::titles( $modules )
		);
		$page = $modules[1]->getPage();
		$this->assertSame( NS_TRAINING, $page->getNamespace() );
		$this->assertSame( 'How_to_talk_to_partners', $page->getDBkey() );
		$this->assertSame(
			Title::makeTitle( NS_TRAINING, 'How to talk to partners' )->getArticleID(),
			$page->getId()
		);
		$this->assertSame( 'Plan a first meeting.', $modules[1]->getSummary(), 'the summary from the module metadata' );
		$this->assertSame( '', $modules[0]->getSummary(), 'a module without metadata has no summary' );
	}

	/** @return iterable<string,array{string,string[]}> */
	public static function provideSearch(): iterable {
		yield 'lower case word inside titles' => [
			'how to', [ 'How to measure your success', 'How to talk to partners' ]
		];
		yield 'upper case' => [ 'TALK', [ 'How to talk to partners' ] ];
		yield 'capitalised word inside a title' => [ 'Offline', [ 'Organising an offline event' ] ];
		yield 'underscores count as spaces' => [ 'offline_event', [ 'Organising an offline event' ] ];
		yield 'surrounding and repeated spaces' => [ '  talk   to  ', [ 'How to talk to partners' ] ];
		yield 'LIKE wildcards are literal' => [ 'how%talk', [] ];
		yield 'subpage text does not match' => [ '/fr', [] ];
		yield 'redirect title does not match' => [ 'Talking', [] ];
		yield 'no match' => [ 'quantum', [] ];
		yield 'blank is no filter' => [ '   ', [
			'How to measure your success', 'How to talk to partners', 'Organising an offline event',
			'Running a local meetup',
		] ];
		// Search key: every folded word in the folded title and summary, as the browser filter does.
		yield 'words in any order' => [ 'partners talk', [ 'How to talk to partners' ] ];
		yield 'words in the title and the summary' => [ 'talk MEETING', [ 'How to talk to partners' ] ];
		yield 'words only in the summary' => [ 'convivial bénévole', [ 'Running a local meetup' ] ];
		yield 'accents and case ignored' => [ 'ÉVÉNEMENT', [ 'Running a local meetup' ] ];
		yield 'accents ignored in the query' => [ 'evenement benevole meetup', [ 'Running a local meetup' ] ];
		yield 'accents added in the query' => [ 'Rünning lôcal', [ 'Running a local meetup' ] ];
		yield 'a missing word' => [ 'meetup quantum', [] ];
		yield 'percent sign is literal' => [ '100%', [ 'Running a local meetup' ] ];
		yield 'percent sign is no wildcard' => [ '10%', [] ];
		yield 'underscore is no wildcard' => [ '1_0', [] ];
		yield 'underscore is no wildcard in a word' => [ 'l_cal', [] ];
		// Pages without a search key (no metadata) only match their title, with the whole text.
		yield 'title fallback, whole text' => [ 'measure your', [ 'How to measure your success' ] ];
		yield 'title fallback, not word by word' => [ 'success measure', [] ];
	}

	/**
	 * @dataProvider provideSearch
	 * @param string $search
	 * @param string[] $expected
	 */
	public function testSearch( string $search, array $expected ): void {
		$this->assertSame( $expected, self::titles( $this->newCatalog()->listModules( $search ) ) );
	}

	public function testSearchKeyIsStored(): void {
		$value = $this->getDb()->newSelectQueryBuilder()
			->select( 'pp_value' )
			->from( 'page_props' )
			->where( [
				'pp_page' => Title::makeTitle( NS_TRAINING, 'Running a local meetup' )->getArticleID(),
				'pp_propname' => 'trainings-searchkey',
			] )
			->caller( __METHOD__ )
			->fetchField();

		$this->assertSame( 'running a local meetup un evenement convivial, 100% benevole.', $value );
		$this->assertFalse( $this->getDb()->newSelectQueryBuilder()
			->select( 'pp_value' )
			->from( 'page_props' )
			->where( [
				'pp_page' => Title::makeTitle( NS_TRAINING, 'How to measure your success' )->getArticleID(),
				'pp_propname' => 'trainings-searchkey',
			] )
			->caller( __METHOD__ )
			->fetchField(), 'no search key without metadata' );
	}

	public function testLimit(): void {
		$catalog = $this->newCatalog();

		$this->assertSame( [ 'How to measure your success' ], self::titles( $catalog->listModules( '', 1 ) ) );
		$this->assertCount( 1, $catalog->listModules( '', 0 ), 'a limit below 1 is raised to 1' );
	}

}
