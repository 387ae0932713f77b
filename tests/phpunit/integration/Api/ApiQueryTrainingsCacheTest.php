<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Permissions\UltimateAuthority;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use Wikimedia\ObjectCache\HashBagOStuff;
use Wikimedia\ObjectCache\WANObjectCache;
use Wikimedia\Rdbms\IDBAccessObject;

/**
 * `list=trainings` is cached (a real WAN cache on a hash), and fresh right after an edit,
 * a move, a deletion or a restore of a Training page.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Catalog\CachedModuleCatalog
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogCache
 * @covers \MediaWiki\Extension\Trainings\Hooks\CatalogInvalidationHandler
 */
class ApiQueryTrainingsCacheTest extends ApiTestCase {

	use EditsAsReviewer;

	/** The cache's clock (UNIX time). */
	private ?float $clock = null;

	protected function setUp(): void {
		parent::setUp();
		$cache = new WANObjectCache( [ 'cache' => new HashBagOStuff() ] );
		$this->clock = microtime( true );
		$cache->setMockTime( $this->clock );
		$this->setService( 'MainWANObjectCache', $cache );
		$this->createModule( 'Cache module', 'First summary.' );
		$this->later( 20 );
	}

	/**
	 * Lets time pass. After a purge, the WAN cache reuses a value regenerated less than 0.1 s
	 * ago (stampede protection), and regenerates values on every read for 11 s (hold-off,
	 * against replication lag). Steps of 20 s step over both, so that each read after a change
	 * is fresh only because that change purged the cache; they stay far below the TTL (a day).
	 */
	private function later( int $seconds ): void {
		$this->clock = ( $this->clock ?? microtime( true ) ) + $seconds;
	}

	private function createModule( string $title, string $summary ): void {
		$this->editPage( Title::makeTitle( NS_TRAINING, $title ),
			"{{#training: summary = $summary | duration = 10 }}\nIntro.\n== One ==\nStep." );
		DeferredUpdates::doUpdates();
	}

	/**
	 * @return array<string,string> Summaries by title
	 */
	private function summaries(): array {
		[ $result ] = $this->doApiRequest( [ 'action' => 'query', 'list' => 'trainings' ] );
		return array_column( $result['query']['trainings'], 'summary', 'title' );
	}

	public function testValuesComeFromTheCache(): void {
		$this->assertSame( [ 'Training:Cache module' => 'First summary.' ], $this->summaries() );

		// Behind MediaWiki's back: no hook runs, so the cached list is still served.
		$this->getDb()->newUpdateQueryBuilder()
			->update( 'page_props' )
			->set( [ 'pp_value' => 'Changed in the database.' ] )
			->where( [
				'pp_page' => Title::makeTitle( NS_TRAINING, 'Cache module' )->getArticleID(),
				'pp_propname' => 'trainings-summary',
			] )
			->caller( __METHOD__ )
			->execute();
		$this->later( 20 );
		$this->assertSame( [ 'Training:Cache module' => 'First summary.' ], $this->summaries() );
	}

	public function testEdit(): void {
		$this->assertSame( [ 'Training:Cache module' => 'First summary.' ], $this->summaries() );

		$this->createModule( 'Cache module', 'Second summary.' );
		$this->later( 20 );
		$this->assertSame( [ 'Training:Cache module' => 'Second summary.' ], $this->summaries() );

		$this->createModule( 'Another module', 'New.' );
		$this->later( 20 );
		$this->assertSame(
			[ 'Training:Another module' => 'New.', 'Training:Cache module' => 'Second summary.' ],
			$this->summaries()
		);
	}

	public function testMoveDeleteAndRestore(): void {
		$this->assertSame( [ 'Training:Cache module' => 'First summary.' ], $this->summaries() );
		$services = $this->getServiceContainer();
		$authority = new UltimateAuthority( $this->getTestSysop()->getUser() );

		$status = $services->getMovePageFactory()
			->newMovePage(
				Title::makeTitle( NS_TRAINING, 'Cache module' ), Title::makeTitle( NS_TRAINING, 'Moved module' )
			)
			->moveIfAllowed( $authority, 'test', false );
		$this->assertStatusGood( $status );
		DeferredUpdates::doUpdates();
		$this->later( 20 );
		$this->assertSame( [ 'Training:Moved module' => 'First summary.' ], $this->summaries() );

		$moved = $services->getWikiPageFactory()->newFromTitle( Title::makeTitle( NS_TRAINING, 'Moved module' ) );
		$this->deletePage( $moved );
		DeferredUpdates::doUpdates();
		$this->later( 20 );
		$this->assertSame( [], $this->summaries() );

		$status = $services->getUndeletePageFactory()
			->newUndeletePage( $moved, $authority )
			->undeleteUnsafe( 'test' );
		$this->assertStatusGood( $status );
		DeferredUpdates::doUpdates();
		$this->later( 20 );
		$this->assertSame( [], $this->summaries(), 'a restored page arrives unreviewed (design record 0017)' );

		$restored = Title::makeTitle( NS_TRAINING, 'Moved module' );
		$this->assertStatusGood( TrainingsServices::getReviewCommand( $services )->review( $authority, $restored,
			$restored->getLatestRevID( IDBAccessObject::READ_LATEST ), 'published', '' ) );
		$this->later( 20 );
		$this->assertSame( [ 'Training:Moved module' => 'First summary.' ], $this->summaries() );
	}

	public function testMoveOutOfTheNamespace(): void {
		$this->assertSame( [ 'Training:Cache module' => 'First summary.' ], $this->summaries() );

		$status = $this->getServiceContainer()->getMovePageFactory()
			->newMovePage(
				Title::makeTitle( NS_TRAINING, 'Cache module' ), Title::makeTitle( NS_MAIN, 'Not a module' )
			)
			->move( $this->getTestSysop()->getUser(), 'test', false );
		$this->assertStatusGood( $status );
		DeferredUpdates::doUpdates();
		$this->later( 20 );
		$this->assertSame( [], $this->summaries() );
	}

}
