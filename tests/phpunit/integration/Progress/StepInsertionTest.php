<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Progress;

use MediaWiki\Content\TextContent;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\Stats\StatsFilter;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use MediaWiki\Title\TitleValue;
use MediaWiki\User\User;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * A step inserted in the middle of a module whose learners recorded progress, flagged a step
 * and answered quizzes, and that another page links to by the step's stable fragment (design
 * record 0019): afterwards the progress, the flag, the first-try counts and the link all point
 * to the same steps and quizzes as before, which now have other numbers.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\StepLayoutHandler
 * @covers \MediaWiki\Extension\Trainings\Hooks\StepMarkerHandler
 * @covers \MediaWiki\Extension\Trainings\Progress\ProgressRemap
 * @covers \MediaWiki\Extension\Trainings\Progress\ProgressStore
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsRecorder
 * @covers \MediaWiki\Extension\Trainings\Content\StepLayout
 */
class StepInsertionTest extends ApiTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const QUIZ = "<trainingquiz>\n? Ready?\n+ Yes\n- No\n</trainingquiz>\n";

	private const BEFORE = "{{#training: | summary = Steps that move. }}\nIntro.\n"
		. "== Prepare ==\nRead.\n== Meet ==\nTalk.\n" . self::QUIZ
		. "== Follow up ==\nWrite.\n" . self::QUIZ;

	private const AFTER = "{{#training: | summary = Steps that move. }}\nIntro.\n"
		. "== Prepare ==\nRead.\n== Plan ==\nA new step.\n" . self::QUIZ . "== Meet ==\nTalk.\n" . self::QUIZ
		. "== Follow up ==\nWrite.\n" . self::QUIZ;

	private User $learner;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->learner = $this->getMutableTestUser()->getUser();
	}

	private function save( string $name, string $text ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$this->assertStatusGood( $this->editPage( $title, $text ) );
		DeferredUpdates::doUpdates();
		return $title;
	}

	private function module( string $name ): ModuleVersion {
		$status = TrainingsServices::getModuleResolver()->resolve( new TitleValue( NS_TRAINING, $name ) );
		$this->assertStatusGood( $status );
		return $status->getValue();
	}

	private function progress( Title $title ): ModuleProgress {
		$centralId = $this->getServiceContainer()->getCentralIdLookup()->centralIdFromLocalUser( $this->learner );
		$progress = TrainingsServices::getProgressStore()->get( $centralId, $title->getArticleID() );
		$this->assertInstanceOf( ModuleProgress::class, $progress );
		return $progress;
	}

	/**
	 * @return array<int,array{0:int,1:int}> quiz number => [ learners, right on the first try ]
	 */
	private function firstTries( Title $title ): array {
		$rows = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'tqs_quiz', 'tqs_learners', 'tqs_first_right' ] )
			->from( StatsRecorder::QUIZ_TABLE )
			->where( [ 'tqs_page' => $title->getArticleID() ] )
			->orderBy( 'tqs_quiz' )
			->caller( __METHOD__ )
			->fetchResultSet();
		$counts = [];
		foreach ( $rows as $row ) {
			/** @var \stdClass $row */
			$counts[(int)$row->tqs_quiz] = [ (int)$row->tqs_learners, (int)$row->tqs_first_right ];
		}
		return $counts;
	}

	private function flaggedStep( int $id ): int {
		return (int)$this->getDb()->newSelectQueryBuilder()
			->select( 'tf_step' )->from( FeedbackStore::TABLE )->where( [ 'tf_id' => $id ] )
			->caller( __METHOD__ )->fetchField();
	}

	private function text( Title $title ): string {
		$content = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )->getContent();
		$this->assertInstanceOf( TextContent::class, $content );
		return $content->getText();
	}

	private function sectionOf( Title $title, string $elementId ): string {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$output = $page->getParserOutput( ParserOptions::newFromAnon() );
		$this->assertInstanceOf( ParserOutput::class, $output );
		$html = $output->getRawText();
		$section = $this->single( self::xpath( $html ),
			"//section[@class='trainings-step'][descendant-or-self::*[@id='$elementId']]" );
		return $section->getAttribute( 'data-trainings-step' ) . ' '
			. $section->getAttribute( 'data-trainings-step-id' );
	}

	public function testInsertingAStepKeepsWhatPointsToTheOthers(): void {
		$module = $this->save( 'Moving steps', self::BEFORE );
		$this->save( 'Reading list', "Then [[Training:Moving steps#step-follow-up|write to them]]." );
		$this->assertSame( '3 follow-up', $this->sectionOf( $module, 'step-follow-up' ) );

		$centralId = $this->getServiceContainer()->getCentralIdLookup()->centralIdFromLocalUser( $this->learner );
		// Steps 1 and 3 seen, now on step 3; Meet's quiz right at once, Follow up's wrong.
		TrainingsServices::getRecordProgressCommand()->recordUnsafe( $centralId, $this->module( 'Moving steps' ),
			new ProgressUpdate( 3, [ 1, 3 ], [ 1 => ModuleProgress::QUIZ_RIGHT, 2 => ModuleProgress::QUIZ_WRONG ] ) );
		DeferredUpdates::doUpdates();
		[ $result ] = $this->doApiRequestWithToken( [ 'action' => 'trainingfeedback',
			'module' => 'Training:Moving steps', 'step' => 3, 'kind' => 'unclear' ], null, $this->learner );
		$flag = (int)$result['trainingfeedback']['id'];
		$this->assertSame( [ 1 => [ 1, 1 ], 2 => [ 1, 0 ] ], $this->firstTries( $module ) );

		$this->save( 'Moving steps', self::AFTER );

		$text = $this->text( $module );
		$this->assertStringContainsString( "{{#trainingstep: plan}}\n== Plan ==", $text, 'the new step got its id' );
		$progress = $this->progress( $module );
		$this->assertSame( [ 1, 4 ], $progress->getStepsDone(), 'Prepare and Follow up seen' );
		$this->assertSame( 4, $progress->getStep(), 'still on Follow up' );
		$this->assertSame( [ 2 => ModuleProgress::QUIZ_RIGHT, 3 => ModuleProgress::QUIZ_WRONG ],
			$progress->getQuizFirst() );
		$this->assertSame( [ 2 ], $progress->getQuizPassed() );
		$this->assertSame( 4, $this->flaggedStep( $flag ), 'the flag stays on Follow up' );
		$this->assertSame( [ 2 => [ 1, 1 ], 3 => [ 1, 0 ] ], $this->firstTries( $module ), 'counts follow their quiz' );
		$this->assertSame( '4 follow-up', $this->sectionOf( $module, 'step-follow-up' ), 'the link follows' );
		$this->assertSame( [ '2: 1 of 1', '3: 0 of 1' ], array_map(
			static fn ( $row ) => "{$row['quiz']}: {$row['right']} of {$row['learners']}",
			$this->statsByQuestion( $module )
		), 'Special:TrainingStats by question' );

		// Numbered links keep working: they name today's numbers.
		$this->assertSame( '4 follow-up', $this->sectionOf( $module, 'step-4' ) );
	}

	/**
	 * @return list<array{module:int,quiz:int,learners:int,right:int}> Special:TrainingStats' rows
	 */
	private function statsByQuestion( Title $module ): array {
		$filter = new StatsFilter( 30, '20250310', $module->getArticleID() );
		$rows = TrainingsServices::getStatsLookup()->byQuestion( $filter );
		usort( $rows, static fn ( $a, $b ) => $a['quiz'] <=> $b['quiz'] );
		return $rows;
	}

	public function testRemovingAndReorderingSteps(): void {
		$module = $this->save( 'Shuffled steps', self::BEFORE );
		$centralId = $this->getServiceContainer()->getCentralIdLookup()->centralIdFromLocalUser( $this->learner );
		TrainingsServices::getRecordProgressCommand()->recordUnsafe( $centralId, $this->module( 'Shuffled steps' ),
			new ProgressUpdate( 2, [ 1, 2, 3 ], [ 2 => ModuleProgress::QUIZ_RIGHT ] ) );
		DeferredUpdates::doUpdates();

		// Follow up moves first, Prepare goes.
		[ $intro, $prepare, $meet, $followUp ] = preg_split( '/(?=\{\{#trainingstep)/', $this->text( $module ) ) ?: [];
		$this->assertStringContainsString( 'Prepare', $prepare );
		$this->save( 'Shuffled steps', $intro . $followUp . "\n" . $meet );

		$progress = $this->progress( $module );
		$this->assertSame( [ 1, 2 ], $progress->getStepsDone() );
		$this->assertSame( 2, $progress->getStep(), 'Meet, now second' );
		$this->assertSame( [ 1 => ModuleProgress::QUIZ_RIGHT ], $progress->getQuizzes(),
			'Follow up\'s quiz, now first' );
		$this->assertNull( $progress->getCompleted() );
	}

}
