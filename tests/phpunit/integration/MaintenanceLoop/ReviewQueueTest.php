<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\MaintenanceLoop;

use MediaWiki\Content\TextContent;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\MaintenanceLoop\Feedback;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueFilter;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueRow;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use MediaWikiIntegrationTestCase;
use StatusValue;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * The maintainers' queue on real pages: review dates passing as the clock moves (with the
 * tracking category and the parser cache expiry that follow them), translations becoming
 * outdated, flags and low first-try rates since the last review, missing pages and files,
 * the filters, marking reviewed (which clears what a review answers) and the daily
 * notifications.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewQueue
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainedModules
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewSchedule
 * @covers \MediaWiki\Extension\Trainings\Reviews\ReviewCommand
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\DueNotifications
 * @covers \MediaWiki\Extension\Trainings\Hooks\ReviewTrackingHandler
 */
class ReviewQueueTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use ReviewFixture;

	private const CATEGORY = 'Training_modules_needing_review';

	private User $maintainer;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValues( [
			MainConfigNames::LanguageCode => 'en',
			'TrainingsReviewIntervalDays' => 365,
			'TrainingsFirstTryMinAnswers' => 10,
			'TrainingsLowFirstTryRate' => 0.5,
		] );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->maintainer = $this->getMutableTestUser( [ 'trainings-reviewer' ] )->getUser();
	}

	private function inCategory( Title $title ): bool {
		return (bool)$this->getDb()->newSelectQueryBuilder()
			->select( 'cl_from' )->from( 'categorylinks' )
			->where( [ 'cl_from' => $title->getArticleID(), 'cl_to' => self::CATEGORY ] )
			->caller( __METHOD__ )->fetchField();
	}

	private function pageText( Title $title ): string {
		$content = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )->getContent();
		$this->assertInstanceOf( TextContent::class, $content );
		return $content->getText();
	}

	/** The performer vouches again for the module's reviewed revision, as the queue's button does. */
	private function review( User $performer, Title $module ): StatusValue {
		$current = TrainingsServices::getReviewStore( $this->getServiceContainer() )
			->get( $module->getArticleID(), true );
		return TrainingsServices::getReviewCommand( $this->getServiceContainer() )->review( $performer, $module,
			$current ? $current->revisionId : $module->getLatestRevID(), ModuleReview::PUBLISHED, '' );
	}

	private function flag( Title $module, int $step, string $language = 'en' ): void {
		TrainingsServices::getFeedbackStore( $this->getServiceContainer() )->insert( new Feedback(
			0, $module->getArticleID(), $language, $step, Feedback::UNCLEAR, '', 0,
			ConvertibleTimestamp::now( TS_MW ) ) );
	}

	public function testReviewDatePassesAsTheClockMoves(): void {
		$title = $this->saveReviewedModule( 'Yearly', $this->maintainer->getName(), '2024-03-20' );
		$this->assertSame( [], $this->queueRows(), 'reviewed less than a year ago' );
		$this->assertFalse( $this->inCategory( $title ) );
		$output = $this->getServiceContainer()->getParserOutputAccess()->getParserOutput(
			$this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title ),
			ParserOptions::newFromAnon() )->getValue();
		$this->assertLessThanOrEqual( 10 * 86400 + 1, $output->getCacheExpiry(),
			'the parser cache expires when the review falls due (in 10 days)' );

		ConvertibleTimestamp::setFakeTime( '20250320000001' );
		$this->assertSame( [ 'review Yearly en' ], $this->queueRows() );
		// The daily round refreshes the links of modules that fell due; here an edit updates them.
		$this->editPage( $title, $this->pageText( $title ) . "\n", '', NS_MAIN, $this->getTestSysop()->getAuthority() );
		DeferredUpdates::doUpdates();
		$this->assertTrue( $this->inCategory( $title ), 'in the tracking category once due' );
	}

	public function testTranslationBecomesOutdated(): void {
		$base = $this->saveReviewedModule( 'Translated', $this->maintainer->getName(), '2025-03-01' );
		ConvertibleTimestamp::setFakeTime( '20250311120000' );
		$this->saveReviewedModule( 'Translated/fr', $this->maintainer->getName(), '2025-03-01' );
		$this->assertSame( [], $this->queueRows(), 'the translation is newer than the source' );

		ConvertibleTimestamp::setFakeTime( '20250312120000' );
		$this->saveReviewedModule( 'Translated', $this->maintainer->getName(), '2025-03-01', "\n== Step 3 ==\nNew.\n" );
		$this->assertSame( [ 'translation-outdated Translated fr' ], $this->queueRows() );
		$this->assertSame( [], $this->queueRows( new QueueFilter( null, null, 'de' ) ), 'filtered by language' );

		// A review (no edit at all) does not outdate translations; updating the translation clears the row.
		$this->assertStatusGood( $this->review( $this->maintainer, $base ) );
		DeferredUpdates::doUpdates();
		ConvertibleTimestamp::setFakeTime( '20250313120000' );
		$this->saveReviewedModule( 'Translated/fr', $this->maintainer->getName(), '2025-03-01',
			"\n== Step 3 ==\nNouveau.\n" );
		$this->assertSame( [], $this->queueRows() );
	}

	public function testMarkingReviewedClearsWhatAReviewAnswers(): void {
		$title = $this->saveReviewedModule( 'Neglected', $this->maintainer->getName(), '2023-01-15',
			"<trainingquiz>\n? Right?\n+ Yes\n: Yes.\n- No\n: No.\n</trainingquiz>\n\n[[Training:No such module]]\n" );
		$this->flag( $title, 2 );
		$this->flag( $title, 2, 'fr' );
		$stats = TrainingsServices::getStatsRecorder( $this->getServiceContainer() );
		$stats->increment( '20250305', $title->getArticleID(), 'en',
			[ StatsRecorder::QUIZ_ANSWERS => 12, StatsRecorder::QUIZ_RIGHT => 3 ] );
		$this->assertSame( [
			'review Neglected en',
			'feedback Neglected en 2',
			'feedback Neglected fr 2',
			'quiz Neglected en',
			'missing-pages Neglected en',
		], $this->queueRows() );

		$someone = $this->getMutableTestUser()->getUser();
		$latest = $title->getLatestRevID();
		$this->assertStatusNotOK( $this->review( $someone, $title ) );

		$status = $this->review( $this->maintainer, $title );
		$this->assertStatusGood( $status );
		DeferredUpdates::doUpdates();
		$this->assertSame( '20250310', substr( $status->getValue()->timestamp, 0, 8 ), 'reviewed today' );
		$this->assertSame( $latest, $title->getLatestRevID(), 'a review is no edit' );
		$this->assertSame( [ 'missing-pages Neglected en' ], $this->queueRows(),
			'the review answers the due date, the flags and the quiz answers so far; not the missing page' );

		// A flag after the review's day shows again.
		ConvertibleTimestamp::setFakeTime( '20250311080000' );
		$this->flag( $title, 1 );
		$this->assertSame( [ 'feedback Neglected en 1', 'missing-pages Neglected en' ], $this->queueRows() );
	}

	public function testTheQueuePagesThroughTheModules(): void {
		$other = $this->getMutableTestUser()->getUser();
		foreach ( [ 'Paged A', 'Paged B', 'Paged C' ] as $name ) {
			$this->saveReviewedModule( $name, $this->maintainer->getName(), '2020-01-01' );
		}
		$this->saveReviewedModule( 'Paged D', $other->getName(), '2020-01-01' );
		$queue = TrainingsServices::getReviewQueue( $this->getServiceContainer() );
		$keys = static fn ( array $rows ) => array_map( static fn ( QueueRow $row ) => $row->module->dbKey, $rows );

		[ $first, $next ] = $queue->buildPage( new QueueFilter(), null, 2 );
		$this->assertSame( [ 'Paged_A', 'Paged_B' ], $keys( $first ) );
		$this->assertSame( 'Paged_C', $next );
		[ $second, $last ] = $queue->buildPage( new QueueFilter(), $next, 2 );
		$this->assertSame( [ 'Paged_C', 'Paged_D' ], $keys( $second ) );
		$this->assertNull( $last );

		// Filters select in SQL: a page holds only matching modules.
		[ $mine, $after ] = $queue->buildPage( new QueueFilter( $this->maintainer->getName() ), 'Paged_B', 2 );
		$this->assertSame( [ 'Paged_B', 'Paged_C' ], $keys( $mine ) );
		$this->assertNull( $after );
		[ $byTopic ] = $queue->buildPage( new QueueFilter( null, 'events' ), null, 10 );
		$this->assertCount( 4, $byTopic );
		[ $none ] = $queue->buildPage( new QueueFilter( null, 'no-such-topic' ), null, 10 );
		$this->assertSame( [], $none );
	}

	public function testMissingFilesAndFilters(): void {
		$other = $this->getMutableTestUser()->getUser();
		$this->saveReviewedModule( 'With files', $this->maintainer->getName(), '2025-03-01',
			"[[File:No such picture.png]]\n" );
		$this->saveReviewedModule( 'Someone else', $other->getName(), '2020-01-01' );
		$this->assertSame( [ 'review Someone_else en', 'missing-files With_files en' ], $this->queueRows() );
		$this->assertSame( [ 'missing-files With_files en' ],
			$this->queueRows( new QueueFilter( $this->maintainer->getName() ) ) );
		$this->assertSame( [], $this->queueRows( new QueueFilter( null, 'tools' ) ) );
		$this->assertSame( [ 'review Someone_else en', 'missing-files With_files en' ],
			$this->queueRows( new QueueFilter( null, 'events', 'en' ) ) );
	}

	public function testDailyNotifications(): void {
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Echo' ) ) {
			$this->markTestSkipped( 'Echo is not loaded' );
		}
		$this->saveReviewedModule( 'Due', $this->maintainer->getName(), '2024-01-01' );
		$this->saveReviewedModule( 'Fresh', $this->maintainer->getName(), '2025-03-01' );
		$due = TrainingsServices::getDueNotifications( $this->getServiceContainer() );
		$result = $due->run();
		DeferredUpdates::doUpdates();
		$this->assertSame( 1, $result['notified'] );
		$this->assertSame( [ 'Due' ], array_map( static fn ( $m ) => $m->dbKey, $result['due'] ) );
		$count = fn () => $this->getDb()->newSelectQueryBuilder()
			->select( 'event_id' )->from( 'echo_event' )
			->join( 'echo_notification', null, 'notification_event = event_id' )
			->where( [ 'event_type' => 'trainings-review-due', 'notification_user' => $this->maintainer->getId() ] )
			->caller( __METHOD__ )->fetchRowCount();
		$this->assertSame( 1, $count() );
		$this->assertSame( 0, $due->run()['notified'], 'not twice a day' );
		ConvertibleTimestamp::setFakeTime( '20250311120000' );
		$this->assertSame( 1, $due->run()['notified'], 'again the next day' );
		DeferredUpdates::doUpdates();
		$this->assertSame( 2, $count() );
	}

}
