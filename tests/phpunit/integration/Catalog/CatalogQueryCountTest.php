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

	/** @return list<string> The queries of one list=trainings request of an anonymous French reader */
	private function apiQueries(): array {
		return $this->countQueries( function () {
			[ $result ] = $this->doApiRequest( [ 'action' => 'query', 'list' => 'trainings',
				'trsearch' => 'counted module', 'trlimit' => 50, 'uselang' => 'fr', 'formatversion' => 2 ],
				null, false, $this->getServiceContainer()->getUserFactory()->newAnonymous() );
			$this->listed = count( $result['query']['trainings'] );
		} );
	}

	/** @return list<string> The queries of Special:Trainings for a French reader */
	private function pageQueries(): array {
		return $this->countQueries( function () {
			$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'Trainings' );
			$this->assertNotNull( $page );
			[ $html ] = ( new SpecialPageExecutor() )->executeSpecialPage( $page, '',
				new FauxRequest( [ 'search' => 'counted module', 'limit' => 50 ] ), 'fr' );
			$this->listed = substr_count( $html, 'data-key="Counted_module_' );
		} );
	}

	private int $listed = 0;

	public function testTheQueryCountDoesNotGrowWithTheLibrary(): void {
		$this->addModules( 1, 3 );
		// Warm what a page view has loaded anyway (the interface messages, the user).
		$this->apiQueries();
		$this->pageQueries();
		$smallApi = $this->apiQueries();
		$this->assertSame( 3, $this->listed );
		$smallPage = $this->pageQueries();
		$this->assertSame( 3, $this->listed );

		$this->addModules( 4, 9 );
		$this->apiQueries();
		$this->pageQueries();
		$largeApi = $this->apiQueries();
		$this->assertSame( 9, $this->listed );
		$largePage = $this->pageQueries();
		$this->assertSame( 9, $this->listed );

		$this->assertSame( count( $smallApi ), count( $largeApi ),
			"list=trainings, 3 then 9 modules:\n" . implode( "\n", $largeApi ) );
		$this->assertSame( count( $smallPage ), count( $largePage ),
			"Special:Trainings, 3 then 9 modules:\n" . implode( "\n", $largePage ) );
	}

}
