<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Stats;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Stats\StatsViewJob;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Title\Title;
use MediaWiki\WikiMap\WikiMap;
use MediaWikiIntegrationTestCase;
use stdClass;
use Wikimedia\ScopedCallback;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Sampled view counting ($wgTrainingsStatsViewSampling): with N = 1 each view counts 1; with
 * N > 1 a view is recorded when the random source draws 0 out of N, and then counts N.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsRecorder
 * @covers \MediaWiki\Extension\Trainings\Stats\PhpRandomSource
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsViewJob
 */
class StatsViewSamplingTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private Title $module;

	private Title $french;

	private ?ScopedCallback $deferring = null;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->module = $this->saveModule( 'Sampled module', 2, 0 );
		$this->french = $this->saveModule( 'Sampled module/fr', 2, 0 );
		DeferredUpdates::doUpdates();
		$this->deferring = DeferredUpdates::preventOpportunisticUpdates();
	}

	protected function tearDown(): void {
		ScopedCallback::consume( $this->deferring );
		parent::tearDown();
	}

	/**
	 * @param int $sampling
	 * @param int[] $draws What the random source returns, in turn
	 * @return array{0:StatsRecorder,1:FixedRandomSource}
	 */
	private function recorder( int $sampling, array $draws = [] ): array {
		$random = new FixedRandomSource( $draws );
		$services = $this->getServiceContainer();
		return [ new StatsRecorder(
			$services->getConnectionProvider(),
			$services->getPageStore(),
			TrainingsServices::getLanguageSubpage( $services ),
			'en',
			WikiMap::getCurrentWikiId(),
			$services->getJobQueueGroup(),
			$sampling,
			$random
		), $random ];
	}

	/**
	 * @return array<string,int> Views of the module today, by language
	 */
	private function views(): array {
		$rows = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'ts_lang', 'ts_views' ] )
			->from( StatsRecorder::TABLE )
			->where( [ 'ts_page' => $this->module->getArticleID(), 'ts_day' => '20250310' ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$views = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$views[(string)$row->ts_lang] = (int)$row->ts_views;
		}
		ksort( $views );
		return $views;
	}

	/** Sends the lazily queued jobs (after the response, as a page view does), then runs them. */
	private function runViewJobs(): void {
		DeferredUpdates::doUpdates();
		$this->runJobs( [ 'minJobs' => 0 ], [ 'type' => StatsViewJob::TYPE ] );
	}

	public function testWithoutSamplingEachViewCountsOne(): void {
		[ $recorder, $random ] = $this->recorder( 1 );
		$recorder->recordView( $this->module );
		$recorder->recordView( $this->module );
		$recorder->recordView( $this->french );
		$this->assertSame( [], $this->views(), 'counted by jobs, later' );
		$this->runViewJobs();
		$this->assertSame( [ 'en' => 2, 'fr' => 1 ], $this->views() );
		$this->assertSame( [], $random->asked, 'no randomness needed' );
	}

	public function testASampledViewCountsNAndTheOthersNothing(): void {
		[ $recorder, $random ] = $this->recorder( 4, [ 3, 0, 1, 2 ] );
		$recorder->recordView( $this->module );
		$this->runViewJobs();
		$this->assertSame( [], $this->views(), 'not sampled: nothing written' );
		$this->assertSame( 0, DeferredUpdates::pendingUpdatesCount(), 'no job queued' );

		$recorder->recordView( $this->module );
		$this->runViewJobs();
		$this->assertSame( [ 'en' => 4 ], $this->views(), 'sampled: counts as 4' );

		$recorder->recordView( $this->module );
		$recorder->recordView( $this->module );
		$this->runViewJobs();
		$this->assertSame( [ 'en' => 4 ], $this->views() );
		$this->assertSame( [ 4, 4, 4, 4 ], $random->asked );
	}

	public function testASampledLanguageVersionCountsUnderItsBasePage(): void {
		[ $recorder ] = $this->recorder( 4, [ 0, 2 ] );
		$recorder->recordView( $this->french );
		$recorder->recordView( $this->french );
		$this->runViewJobs();
		$this->assertSame( [ 'fr' => 4 ], $this->views() );
	}

	public function testPagesThatCannotBeModulesDrawNothing(): void {
		$this->savePage( 'Sampled module/Notes', 'Notes' );
		$this->savePage( 'Orphan/fr', 'Une version sans page de base' );
		[ $recorder ] = $this->recorder( 1 );
		$recorder->recordView( Title::makeTitle( NS_TRAINING, 'Sampled module/Notes' ) );
		$recorder->recordView( Title::makeTitle( NS_TRAINING, 'Orphan/fr' ) );
		$recorder->recordView( Title::makeTitle( NS_MAIN, 'Sampled module' ) );
		$this->runViewJobs();
		$this->assertSame( 0, $this->getDb()->newSelectQueryBuilder()->select( '*' )
			->from( StatsRecorder::TABLE )->caller( __METHOD__ )->fetchRowCount() );
	}

	public function testSamplingComesFromTheConfiguration(): void {
		$this->overrideConfigValue( 'TrainingsStatsViewSampling', 20 );
		$this->assertSame( 20, TrainingsServices::getStatsRecorder( $this->getServiceContainer() )->getViewSampling() );
		$this->overrideConfigValue( 'TrainingsStatsViewSampling', 0 );
		$this->assertSame( 1, TrainingsServices::getStatsRecorder( $this->getServiceContainer() )->getViewSampling() );
	}

}
