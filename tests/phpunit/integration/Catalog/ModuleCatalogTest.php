<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Catalog;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Title\Title;
use MediaWiki\Title\TitleValue;
use MediaWikiIntegrationTestCase;

/**
 * The catalog query against a real database, on pages parsed from real wikitext.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Catalog\ModuleCatalog
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogPage
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogEntry
 */
class ModuleCatalogTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	public function addDBDataOnce(): void {
		CatalogFixture::create( fn ( $title, $text ) => $this->editPage( $title, $text ) );
	}

	private function newCatalog(): ModuleCatalog {
		$services = $this->getServiceContainer();
		return new ModuleCatalog(
			$services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services ),
			'en'
		);
	}

	/**
	 * @param array<string,mixed> $options Parameters of CatalogQuery::fromParameters(), and
	 *  `searchLanguage`
	 * @return list<string> DB keys of the first page of results
	 */
	private function keys( array $options = [] ): array {
		$language = $options['searchLanguage'] ?? null;
		unset( $options['searchLanguage'] );
		return array_map(
			static fn ( CatalogEntry $entry ) => $entry->getDBkey(),
			$this->newCatalog()->find( CatalogQuery::fromParameters( $options )->withSearchLanguage( $language ) )
				->getEntries()
		);
	}

	public function testListsPublishedAndOutdatedModulesByTitle(): void {
		$page = $this->newCatalog()->find( CatalogQuery::all() );

		$this->assertSame( CatalogFixture::LISTED, array_map(
			static fn ( CatalogEntry $entry ) => $entry->getDBkey(), $page->getEntries()
		), 'no drafts, courses, subpages, redirects or other namespaces' );
		$this->assertNull( $page->getContinue(), 'one page holds everything' );
	}

	public function testEntryFields(): void {
		$entries = $this->newCatalog()->find( CatalogQuery::all() )->getEntries();

		$talk = $entries[1];
		$this->assertSame( 'How_to_talk_to_partners', $talk->getDBkey() );
		$this->assertSame( NS_TRAINING, $talk->getNamespace() );
		$this->assertSame(
			Title::makeTitle( NS_TRAINING, 'How to talk to partners' )->getArticleID(), $talk->getPageId()
		);
		$this->assertSame( $talk->getPageId(), $talk->getPage()->getId() );
		$this->assertSame( 'How to talk to partners', $talk->getDisplayTitle() );
		$this->assertSame( 'Plan a first meeting.', $talk->getSummary() );
		$this->assertSame( 'beginner', $talk->getLevel() );
		$this->assertSame( 30, $talk->getDuration() );
		$this->assertSame( [ 'partnerships', 'communication' ], $talk->getTopics() );
		$this->assertSame( [ 'quiz' ], $talk->getFormats() );
		$this->assertSame( [ 'en', 'de', 'fr' ], $talk->getLanguages(), 'source language first' );
		$this->assertSame( 'published', $talk->getStatus() );
		$this->assertSame( 2, $talk->getSteps() );
		$this->assertSame( 1, $talk->getQuizzes() );
		$this->assertSame( '2025-01-15', $talk->getReviewed() );
		$this->assertSame( [ 'Alice Example', 'Bob Example' ], $talk->getMaintainers() );
		$this->assertFalse( $talk->isCourse() );
		$this->assertSame( [], $talk->getModuleKeys() );

		$bare = $entries[0];
		$this->assertSame( 'How to measure your success', $bare->getDisplayTitle(), 'the page title without metadata' );
		$this->assertSame( '', $bare->getSummary() );
		$this->assertNull( $bare->getLevel() );
		$this->assertNull( $bare->getDuration() );
		$this->assertNotNull( $bare->getReviewed(), 'the date of the review, not of the wikitext' );
		$this->assertSame( 'published', $bare->getStatus(), 'a reviewer approved it (EditsAsReviewer)' );
		$this->assertSame( [ 'en' ], $bare->getLanguages() );

		$this->assertSame( 'outdated', $entries[2]->getStatus() );
		$meetup = $entries[3];
		$this->assertSame( 'Running a meetup', $meetup->getDisplayTitle(), 'the metadata title' );
		$this->assertSame( [ 'en', 'fr' ], $meetup->getLanguages(), '/2015 is no language version' );
	}

	public function testStatuses(): void {
		$this->assertSame( [ 'Writing_a_draft' ], $this->keys( [ 'status' => [ 'draft' ] ] ) );
		$this->assertSame( [ 'Organising_an_offline_event' ], $this->keys( [ 'status' => [ 'outdated' ] ] ) );
		$this->assertSame(
			[ 'How_to_measure_your_success', 'How_to_talk_to_partners', 'Running_a_local_meetup' ],
			$this->keys( [ 'status' => [ 'published' ] ] ),
			'modules without metadata are published'
		);
		$this->assertCount( 5, $this->keys( [ 'status' => [ 'draft', 'published', 'outdated' ] ] ) );
	}

	public function testCoursesOnlyWithKindCourse(): void {
		$courses = $this->newCatalog()->find( CatalogQuery::fromParameters( [ 'kind' => CatalogQuery::KIND_COURSE ] ) )
			->getEntries();

		$this->assertCount( 1, $courses );
		$this->assertSame( 'Partnership_course', $courses[0]->getDBkey() );
		$this->assertTrue( $courses[0]->isCourse() );
		$this->assertSame( [ 'How_to_talk_to_partners', 'Running_a_local_meetup' ], $courses[0]->getModuleKeys() );
		$this->assertSame( [], $this->keys( [ 'kind' => 'course', 'topic' => 'events' ] ) );
	}

	/** @return iterable<string,array{array<string,mixed>,list<string>}> */
	public static function provideFilters(): iterable {
		yield 'topic' => [ [ 'topic' => 'events' ], [ 'Organising_an_offline_event', 'Running_a_local_meetup' ] ];
		yield 'topic without modules' => [ [ 'topic' => 'tools' ], [] ];
		yield 'level' => [ [ 'level' => 'beginner' ], [ 'How_to_talk_to_partners', 'Running_a_local_meetup' ] ];
		yield 'format' => [ [ 'format' => 'quiz' ], [ 'How_to_talk_to_partners', 'Running_a_local_meetup' ] ];
		yield 'format without modules' => [ [ 'format' => 'video' ], [] ];
		yield 'language of versions' => [ [ 'language' => 'fr' ],
			[ 'How_to_talk_to_partners', 'Running_a_local_meetup' ] ];
		yield 'another language' => [ [ 'language' => 'de' ], [ 'How_to_talk_to_partners' ] ];
		yield 'source language matches all' => [ [ 'language' => 'en' ], CatalogFixture::LISTED ];
		yield 'language without versions' => [ [ 'language' => 'ar' ], [] ];
		yield 'max duration' => [ [ 'maxduration' => 30 ], [ 'How_to_talk_to_partners', 'Running_a_local_meetup' ] ];
		yield 'max duration, exclusive of missing' => [ [ 'maxduration' => 10000 ], [
			'How_to_talk_to_partners', 'Organising_an_offline_event', 'Running_a_local_meetup',
		] ];
		yield 'combined' => [ [ 'topic' => 'events', 'level' => 'beginner', 'language' => 'fr', 'maxduration' => 20 ],
			[ 'Running_a_local_meetup' ] ];
		yield 'drafts on request' => [ [ 'topic' => 'events', 'status' => [ 'draft', 'published' ] ],
			[ 'Running_a_local_meetup', 'Writing_a_draft' ] ];
	}

	/**
	 * @dataProvider provideFilters
	 * @param array<string,mixed> $options
	 * @param list<string> $expected
	 */
	public function testFilters( array $options, array $expected ): void {
		$this->assertSame( $expected, $this->keys( $options ) );
	}

	/** @return iterable<string,array{string,list<string>}> */
	public static function provideSorts(): iterable {
		yield 'title' => [ 'title', CatalogFixture::LISTED ];
		yield 'duration, missing last' => [ 'duration', [
			'Running_a_local_meetup', 'How_to_talk_to_partners', 'Organising_an_offline_event',
			'How_to_measure_your_success',
		] ];
		yield 'level, then title, missing last' => [ 'level', [
			'How_to_talk_to_partners', 'Running_a_local_meetup', 'Organising_an_offline_event',
			'How_to_measure_your_success',
		] ];
		// The page without a `reviewed` date was reviewed when the fixture was written: today.
		yield 'reviewed, latest first' => [ 'reviewed', [
			'How_to_measure_your_success', 'Running_a_local_meetup', 'How_to_talk_to_partners',
			'Organising_an_offline_event',
		] ];
	}

	/**
	 * @dataProvider provideSorts
	 * @param string $sort
	 * @param list<string> $expected
	 */
	public function testSorts( string $sort, array $expected ): void {
		$this->assertSame( $expected, $this->keys( [ 'sort' => $sort ] ) );
	}

	/**
	 * Every page size walks the whole list: no duplicate, no gap, same order.
	 *
	 * @dataProvider provideSorts
	 * @param string $sort
	 * @param list<string> $expected
	 */
	public function testContinuation( string $sort, array $expected ): void {
		$catalog = $this->newCatalog();
		foreach ( [ 1, 2, 3 ] as $limit ) {
			$query = CatalogQuery::fromParameters( [ 'sort' => $sort, 'limit' => $limit ] );
			$seen = [];
			for ( $pages = 0; $pages < 10; $pages++ ) {
				$page = $catalog->find( $query );
				$this->assertLessThanOrEqual( $limit, count( $page->getEntries() ) );
				foreach ( $page->getEntries() as $entry ) {
					$seen[] = $entry->getDBkey();
				}
				if ( $page->getContinue() === null ) {
					break;
				}
				$this->assertTrue( CatalogQuery::isValidContinue( $page->getContinue(), $sort ) );
				$query = $query->withContinue( $page->getContinue() );
			}
			$this->assertSame( $expected, $seen, "pages of $limit" );
		}
	}

	public function testContinuationWithFilters(): void {
		$query = CatalogQuery::fromParameters( [ 'topic' => 'events', 'status' => [ 'draft', 'published', 'outdated' ],
			'sort' => 'duration', 'limit' => 1 ] );
		$first = $this->newCatalog()->find( $query );
		$second = $this->newCatalog()->find( $query->withContinue( $first->getContinue() ) );

		$this->assertSame( 'Writing_a_draft', $first->getEntries()[0]->getDBkey() );
		$this->assertSame( '20|Running_a_local_meetup', $first->getContinue() );
		$this->assertSame( 'Running_a_local_meetup', $second->getEntries()[0]->getDBkey() );
	}

	public function testFindByKeys(): void {
		$entries = $this->newCatalog()->findByKeys( [
			'Running_a_local_meetup', 'Missing_module', 'Writing_a_draft', 'Talking_to_partners',
			'How_to_talk_to_partners/fr', 'Running_a_local_meetup',
		] );

		$this->assertSame( [ 'Running_a_local_meetup', 'Writing_a_draft' ], array_keys( $entries ),
			'in the order asked, any status; missing pages, redirects and subpages left out' );
		$this->assertSame( 'Running a meetup', $entries['Running_a_local_meetup']->getDisplayTitle() );
		$this->assertSame( [], $this->newCatalog()->findByKeys( [] ) );
	}

	public function testListLanguages(): void {
		$this->assertSame( [ 'en', 'de', 'fr' ], $this->newCatalog()->listLanguages() );
	}

	/** @return iterable<string,array{string,list<string>}> */
	public static function provideSearch(): iterable {
		yield 'lower case word inside titles' => [ 'how to',
			[ 'How_to_measure_your_success', 'How_to_talk_to_partners' ] ];
		yield 'upper case' => [ 'TALK', [ 'How_to_talk_to_partners' ] ];
		yield 'capitalised word inside a title' => [ 'Offline', [ 'Organising_an_offline_event' ] ];
		yield 'surrounding and repeated spaces' => [ '  talk   to  ', [ 'How_to_talk_to_partners' ] ];
		yield 'LIKE wildcards are literal' => [ 'how%talk', [] ];
		yield 'subpage text does not match' => [ '/fr', [] ];
		yield 'redirect title does not match' => [ 'Talking', [] ];
		yield 'blank is no filter' => [ '   ', CatalogFixture::LISTED ];
		yield 'words in any order' => [ 'partners talk', [ 'How_to_talk_to_partners' ] ];
		yield 'words in the title and the summary' => [ 'talk MEETING', [ 'How_to_talk_to_partners' ] ];
		yield 'words of the metadata title' => [ 'meetup running', [ 'Running_a_local_meetup' ] ];
		yield 'accents and case ignored' => [ 'ÉVÉNEMENT', [ 'Running_a_local_meetup' ] ];
		yield 'accents ignored in the query' => [ 'evenement benevole meetup', [ 'Running_a_local_meetup' ] ];
		yield 'percent sign is literal' => [ '100%', [ 'Running_a_local_meetup' ] ];
		yield 'underscore is no wildcard' => [ '1_0', [] ];
		yield 'words of the page title' => [ 'measure your', [ 'How_to_measure_your_success' ] ];
		yield 'words of the page title in any order' => [ 'success measure', [ 'How_to_measure_your_success' ] ];
		yield 'inside words, not across them' => [ 'talkto', [] ];
	}

	/**
	 * @dataProvider provideSearch
	 * @param string $search
	 * @param list<string> $expected
	 */
	public function testSearch( string $search, array $expected ): void {
		$this->assertSame( $expected, $this->keys( [ 'search' => $search ] ) );
	}

	/**
	 * Design record 0012: every language version's title, summary and topic labels are searched, and the
	 * learner's language ranks first.
	 */
	public function testSearchInEveryLanguageVersion(): void {
		$pages = [
			'Alpha quokka' => '{{#training: summary = Meet the quokka. | topics = partnerships }}'
				. "\nIntro.\n== One ==\nStep.",
			'Beta module' => '{{#training: summary = Plain English summary. | topics = events }}'
				. "\nIntro.\n== One ==\nStep.",
			'Beta module/fr' => '{{#training: title = Module bêta | summary = Rencontrer le quokka en sécurité.'
				. " | topics = events }}\nIntroduction.\n== Un ==\nÉtape.",
		];
		foreach ( $pages as $title => $text ) {
			$this->editPage( new TitleValue( NS_TRAINING, strtr( $title, ' ', '_' ) ), $text );
		}
		DeferredUpdates::doUpdates();

		$this->assertSame( [ 'Beta_module' ], $this->keys( [ 'search' => 'securite' ] ),
			'a word of a French summary finds the module' );
		$this->assertSame( [ 'Beta_module' ], $this->keys( [ 'search' => 'Module BÊTA' ] ),
			'a French title, case and accents ignored' );
		$this->assertSame( [ 'Beta_module' ], $this->keys( [ 'search' => 'événements' ] ),
			'a topic label in French' );
		$this->assertContains( 'Beta_module', $this->keys( [ 'search' => 'events' ] ), 'a topic label in English' );
		$this->assertSame( [ 'Alpha_quokka', 'Beta_module' ], $this->keys( [ 'search' => 'quokka' ] ),
			'without a learner language: by title' );
		$this->assertSame( [ 'Beta_module', 'Alpha_quokka' ],
			$this->keys( [ 'search' => 'quokka', 'searchLanguage' => 'fr' ] ),
			'a French learner: French matches first' );
		$this->assertSame( [ 'Alpha_quokka', 'Beta_module' ],
			$this->keys( [ 'search' => 'quokka', 'searchLanguage' => 'en' ] ),
			'an English learner: source matches first' );

		// Keyset continuation across the ranks.
		$query = CatalogQuery::fromParameters( [ 'search' => 'quokka', 'limit' => 1 ] )->withSearchLanguage( 'fr' );
		$first = $this->newCatalog()->find( $query );
		$this->assertSame( '1|Alpha_quokka', $first->getContinue() );
		$second = $this->newCatalog()->find( $query->withContinue( $first->getContinue() ) );
		$this->assertSame( [ 'Alpha_quokka' ], array_map( static fn ( CatalogEntry $e ) => $e->getDBkey(),
			$second->getEntries() ) );
		$this->assertNull( $second->getContinue() );
	}

	/**
	 * Design record 0023: the word index is what the search reads; update.php fills it again
	 * from the stored search keys (Maintenance\IndexSearchFragments).
	 *
	 * @covers \MediaWiki\Extension\Trainings\Reviews\SearchFragmentIndex
	 */
	public function testTheSearchReadsTheWordIndexWhichCanBeRebuilt(): void {
		$db = $this->getDb();
		$rows = static fn () => (int)$db->newSelectQueryBuilder()->select( 'COUNT(*)' )
			->from( 'trainings_search_fragment' )->caller( __METHOD__ )->fetchField();
		$before = $rows();
		$this->assertGreaterThan( 0, $before );
		$db->newDeleteQueryBuilder()->deleteFrom( 'trainings_search_fragment' )->where( '1 = 1' )
			->caller( __METHOD__ )->execute();
		$this->assertSame( [], $this->keys( [ 'search' => 'convivial' ] ), 'no index, nothing found' );

		$index = TrainingsServices::getSearchFragmentIndex( $this->getServiceContainer() );
		$this->assertGreaterThanOrEqual( 11, $index->rebuildAll() );
		$this->assertSame( $before, $rows() );
		$this->assertSame( [ 'Running_a_local_meetup' ], $this->keys( [ 'search' => 'convivial' ] ) );
	}

	public function testSearchCombinesWithFilters(): void {
		$this->assertSame( [ 'Running_a_local_meetup' ],
			$this->keys( [ 'search' => 'convivial meetup', 'language' => 'fr' ] ) );
		$this->assertSame( [ 'Partnership_course' ], $this->keys( [ 'search' => 'step', 'kind' => 'course' ] ) );
	}

}
