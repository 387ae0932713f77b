<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Catalog;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\CountsQueries;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\TitleValue;
use SpecialPageExecutor;
use Wikimedia\ObjectCache\WANObjectCache;

/**
 * The catalog costs the same number of queries whatever the size of the library: a card must
 * not query for itself (its language version, its translation figures, its progress). Counted
 * with a library of three modules and of nine, each with a French version, for a French reader.
 *
 * @group API
 * @group Database
 * @coversNothing
 */
class CatalogQueryCountTest extends ApiTestCase {

	use CountsQueries;
	use EditsAsReviewer;

	protected function setUp(): void {
		parent::setUp();
		// No cache: every request reaches the database.
		$this->setService( 'MainWANObjectCache', WANObjectCache::newEmpty() );
	}

	/**
	 * @param int $from
	 * @param int $to
	 */
	private function addModules( int $from, int $to ): void {
		for ( $i = $from; $i <= $to; $i++ ) {
			$name = "Counted module $i";
			$this->editPage( new TitleValue( NS_TRAINING, strtr( $name, ' ', '_' ) ),
				"{{#training: summary = Module $i. | level = beginner | duration = 10 | topics = events }}\n"
				. "Intro.\n== One ==\nStep one.\n" );
			$this->editPage( new TitleValue( NS_TRAINING, strtr( "$name/fr", ' ', '_' ) ),
				"Introduction.\n== Un ==\nÉtape un.\n" );
		}
		DeferredUpdates::doUpdates();
	}

	/**
	 * @return array{0:list<string>,1:int} The queries of one list=trainings request of an
	 *  anonymous French reader, and how many modules it listed
	 */
	private function apiQueries(): array {
		$listed = 0;
		$queries = $this->countQueries( function () use ( &$listed ) {
			[ $result ] = $this->doApiRequest( [ 'action' => 'query', 'list' => 'trainings',
				'trsearch' => 'counted module', 'trlimit' => 50, 'uselang' => 'fr', 'formatversion' => 2 ],
				null, false, $this->getServiceContainer()->getUserFactory()->newAnonymous() );
			$listed = count( $result['query']['trainings'] );
		} );
		return [ $queries, $listed ];
	}

	/**
	 * @return array{0:list<string>,1:int} The queries of Special:Trainings for a French reader,
	 *  and how many modules it listed
	 */
	private function pageQueries(): array {
		$listed = 0;
		$queries = $this->countQueries( function () use ( &$listed ) {
			$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'Trainings' );
			$this->assertNotNull( $page );
			[ $html ] = ( new SpecialPageExecutor() )->executeSpecialPage( $page, '',
				new FauxRequest( [ 'search' => 'counted module', 'limit' => 50 ] ), 'fr' );
			$listed = substr_count( $html, 'data-key="Counted_module_' );
		} );
		return [ $queries, $listed ];
	}

	public function testTheQueryCountDoesNotGrowWithTheLibrary(): void {
		$this->addModules( 1, 3 );
		// Warm what a page view has loaded anyway (the interface messages, the user).
		$this->apiQueries();
		$this->pageQueries();
		[ $smallApi, $listed ] = $this->apiQueries();
		$this->assertSame( 3, $listed );
		[ $smallPage, $listed ] = $this->pageQueries();
		$this->assertSame( 3, $listed );

		$this->addModules( 4, 9 );
		$this->apiQueries();
		$this->pageQueries();
		[ $largeApi, $listed ] = $this->apiQueries();
		$this->assertSame( 9, $listed );
		[ $largePage, $listed ] = $this->pageQueries();
		$this->assertSame( 9, $listed );

		$this->assertSame( count( $smallApi ), count( $largeApi ),
			"list=trainings, 3 then 9 modules:\n" . implode( "\n", $largeApi ) );
		$this->assertSame( count( $smallPage ), count( $largePage ),
			"Special:Trainings, 3 then 9 modules:\n" . implode( "\n", $largePage ) );
	}

}
