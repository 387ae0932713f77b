<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Stats;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Stats\StatsCounts;
use MediaWiki\Extension\Trainings\Stats\StatsFilter;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Stats\StatsViewJob;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use Wikimedia\ScopedCallback;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * The statistics: deferred counting of views, starts, completions and first quiz answers
 * (through action=trainingprogress), and the aggregates per module, day and language.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsRecorder
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsViewJob
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsLookup
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsFilter
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsCounts
 * @covers \MediaWiki\Extension\Trainings\Progress\RecordProgressCommand
 */
class StatsRecorderTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private const MODULE = 'Training:Counted module';

	private Title $module;

	private ?ScopedCallback $deferring = null;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->module = $this->saveModule( 'Counted module', 3, 2 );
		$this->saveModule( 'Counted module/fr', 2, 0 );
		DeferredUpdates::doUpdates();
		// Command-line code runs deferred updates at once unless this holds them until doUpdates().
		$this->deferring = DeferredUpdates::preventOpportunisticUpdates();
	}

	protected function tearDown(): void {
		ScopedCallback::consume( $this->deferring );
		parent::tearDown();
	}

	private function recorder(): StatsRecorder {
		return TrainingsServices::getStatsRecorder( $this->getServiceContainer() );
	}

	/**
	 * @param array<string,mixed> $params
	 */
	private function recordProgress( array $params, Authority $performer, string $module = self::MODULE ): void {
		$this->doApiRequestWithToken(
			$params + [ 'action' => 'trainingprogress', 'module' => $module ], null, $performer
		);
	}

	private function totals( ?string $language = null, int $period = 7 ): StatsCounts {
		$byModule = TrainingsServices::getStatsLookup( $this->getServiceContainer() )
			->byModule( StatsFilter::lastDays( $period, null, $language ) );
		return $byModule[$this->module->getArticleID()] ?? new StatsCounts();
	}

	public function testProgressCountsStartsCompletionsAndFirstQuizAnswersOnce(): void {
		$learner = $this->getTestUser()->getAuthority();
		$this->recordProgress( [ 'step' => 1, 'stepsdone' => '1', 'quizzes' => '1:right:1' ], $learner );
		// Deferred: nothing is counted before the updates run.
		$this->assertSame( 0, $this->totals()->getStarts() );
		DeferredUpdates::doUpdates();
		$counts = $this->totals();
		$this->assertSame( [ 1, 0, 1, 1 ], [ $counts->getStarts(), $counts->getCompletions(),
			$counts->getQuizAnswers(), $counts->getQuizRight() ] );

		// The same request again, and a second answer to quiz 1: no new start, no new first answer.
		$this->recordProgress( [ 'step' => 1, 'stepsdone' => '1', 'quizzes' => '1:right:1' ], $learner );
		$this->recordProgress( [ 'step' => 2, 'stepsdone' => '1|2', 'quizzes' => '1:wrong:2|2:wrong:2' ], $learner );
		DeferredUpdates::doUpdates();
		$counts = $this->totals();
		$this->assertSame( [ 1, 0, 2, 1 ], [ $counts->getStarts(), $counts->getCompletions(),
			$counts->getQuizAnswers(), $counts->getQuizRight() ] );

		// Every step seen, but quiz 2 answered wrong only: not completed.
		$this->recordProgress( [ 'step' => 3, 'stepsdone' => '1|2|3' ], $learner );
		DeferredUpdates::doUpdates();
		$this->assertSame( 0, $this->totals()->getCompletions(), 'a wrong answer does not complete' );
		$complete = [ 'step' => 3, 'stepsdone' => '1|2|3', 'quizzes' => '2:right:1' ];
		$this->recordProgress( $complete, $learner );
		$this->recordProgress( $complete, $learner );
		DeferredUpdates::doUpdates();
		$this->assertSame( 1, $this->totals()->getCompletions() );
		$this->assertSame( [
			[ 'module' => $this->module->getArticleID(), 'quiz' => 2, 'learners' => 1, 'right' => 0 ],
			[ 'module' => $this->module->getArticleID(), 'quiz' => 1, 'learners' => 1, 'right' => 1 ],
		], TrainingsServices::getStatsLookup( $this->getServiceContainer() )
			->byQuestion( StatsFilter::lastDays( 7 ) ), 'per question, the least often right first' );
		$this->assertSame( 1.0, $this->totals()->getCompletionRate() );
		$this->assertSame( 0.5, $this->totals()->getQuizPassRate() );

		// A second learner, in French: counted under the language of the version.
		$this->recordProgress( [ 'step' => 1 ], $this->getTestSysop()->getAuthority(), self::MODULE . '/fr' );
		DeferredUpdates::doUpdates();
		$this->assertSame( 2, $this->totals()->getStarts() );
		$this->assertSame( 1, $this->totals( 'fr' )->getStarts() );
		$this->assertSame( 1, $this->totals( 'en' )->getStarts() );
	}

	public function testRefusedProgressCountsNothing(): void {
		try {
			$this->recordProgress( [ 'step' => 9 ], $this->getTestUser()->getAuthority() );
			$this->fail( 'badstep expected' );
		} catch ( \MediaWiki\Api\ApiUsageException $e ) {
			DeferredUpdates::doUpdates();
		}
		$this->assertSame( 0, $this->totals()->getStarts() );
	}

	public function testViewsOfModulesAreCountedAfterTheResponse(): void {
		$this->recorder()->recordView( $this->module );
		$this->recorder()->recordView( Title::makeTitle( NS_TRAINING, 'Counted module/fr' ) );
		$this->recorder()->recordView( Title::makeTitle( NS_TRAINING, 'Counted module/fr' ) );
		// Not modules: a missing page and a page of another namespace.
		$this->recorder()->recordView( Title::makeTitle( NS_TRAINING, 'No such module' ) );
		$this->recorder()->recordView( Title::makeTitle( NS_MAIN, 'Counted module' ) );
		$this->assertSame( 0, $this->totals()->getViews() );
		// A page view writes nothing: after the response a job is queued, which counts it.
		DeferredUpdates::doUpdates();
		$this->assertSame( [ 0, 0 ], [ $this->totals()->getViews(), $this->totals( 'fr' )->getViews() ],
			'queued, not counted yet' );
		$this->runJobs( [ 'minJobs' => 3 ], [ 'type' => StatsViewJob::TYPE ] );
		$this->assertSame( 3, $this->totals()->getViews() );
		$this->assertSame( 2, $this->totals( 'fr' )->getViews() );
		$this->assertSame( 1, $this->getDb()->newSelectQueryBuilder()->select( 'ts_page' )->distinct()
			->from( StatsRecorder::TABLE )->caller( __METHOD__ )->fetchRowCount() );
	}

	public function testAggregatesPerDayAndLanguageWithinThePeriod(): void {
		$id = $this->module->getArticleID();
		$recorder = $this->recorder();
		$recorder->increment( '20250310', $id, 'en', [ StatsRecorder::VIEWS => 5, StatsRecorder::STARTS => 2 ] );
		$recorder->increment( '20250310', $id, 'fr', [ StatsRecorder::VIEWS => 1 ] );
		$recorder->increment( '20250308', $id, 'en', [ StatsRecorder::VIEWS => 2, StatsRecorder::COMPLETIONS => 1 ] );
		// Outside a 7-day period, inside a 30-day one.
		$recorder->increment( '20250301', $id, 'en', [ StatsRecorder::VIEWS => 100 ] );
		$recorder->increment( '20250310', $id + 1000, 'en', [ StatsRecorder::VIEWS => 7 ] );

		$lookup = TrainingsServices::getStatsLookup( $this->getServiceContainer() );
		$filter = StatsFilter::lastDays( 7, $id );
		$byDay = $lookup->byDay( $filter );
		$this->assertSame( [ '20250304', '20250305', '20250306', '20250307', '20250308', '20250309', '20250310' ],
			array_map( 'strval', array_keys( $byDay ) ) );
		$this->assertSame( [ 0, 0, 0, 0, 2, 0, 6 ],
			array_values( array_map( static fn ( StatsCounts $c ) => $c->getViews(), $byDay ) ) );

		$byLanguage = $lookup->byLanguage( $filter );
		$this->assertSame( [ 'en', 'fr' ], array_keys( $byLanguage ) );
		$this->assertSame( 7, $byLanguage['en']->getViews() );
		$this->assertSame( 0.5, $byLanguage['en']->getCompletionRate() );

		$this->assertSame( 108, $this->totals( null, 30 )->getViews() );
		$all = $lookup->byModule( StatsFilter::lastDays( 7 ) );
		$this->assertSame( [ $id, $id + 1000 ], array_keys( $all ), 'most viewed first' );
		$this->assertCount( 4, $lookup->rows( StatsFilter::lastDays( 7 ) ) );
	}

}
