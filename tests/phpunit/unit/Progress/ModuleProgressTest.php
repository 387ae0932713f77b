<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Progress;

use InvalidArgumentException;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWikiUnitTestCase;

/**
 * The state of a learner's progress: the compact encoding, merging updates, the completion rule.
 *
 * @covers \MediaWiki\Extension\Trainings\Progress\ModuleProgress
 * @covers \MediaWiki\Extension\Trainings\Progress\ProgressUpdate
 */
class ModuleProgressTest extends MediaWikiUnitTestCase {

	private const T1 = '20250101000000';
	private const T2 = '20250102000000';
	private const T3 = '20250103000000';

	private function empty(): ModuleProgress {
		return ModuleProgress::newEmpty( 7, 42, 'fr', self::T1 );
	}

	public function testEncodingRoundTrip(): void {
		$progress = new ModuleProgress( 7, 42, 'fr', 3, [ 3, 1, 3 ], [ 4 => 'wrong', 1 => 'right', 2 => 'partial' ],
			null, self::T1 );
		$this->assertSame( '101', $progress->getEncodedStepsDone() );
		$this->assertSame( 'rp-w', $progress->getEncodedQuizzes() );

		$decoded = ModuleProgress::newFromEncoded( 7, 42, 'fr', 3, '101', 'rp-w', null, self::T1 );
		$this->assertSame( [ 1, 3 ], $decoded->getStepsDone() );
		$this->assertSame( [ 1 => 'right', 2 => 'partial', 4 => 'wrong' ], $decoded->getQuizzes() );
		$this->assertTrue( $decoded->sameStateAs( $progress ) );
	}

	public function testEmptyEncoding(): void {
		$this->assertSame( '', $this->empty()->getEncodedStepsDone() );
		$this->assertSame( '', $this->empty()->getEncodedQuizzes() );
		$decoded = ModuleProgress::newFromEncoded( 1, 1, 'en', 0, '', '', null, self::T1 );
		$this->assertSame( [], $decoded->getStepsDone() );
	}

	public function testRejectsOutOfRangeValues(): void {
		$this->expectException( InvalidArgumentException::class );
		new ModuleProgress( 1, 1, 'en', 0, [ 0 ], [], null, self::T1 );
	}

	public function testRejectsUnknownQuizOutcome(): void {
		$this->expectException( InvalidArgumentException::class );
		new ModuleProgress( 1, 1, 'en', 0, [], [ 1 => 'maybe' ], null, self::T1 );
	}

	public function testUpdateMergesAndCountsTheStepShownAsSeen(): void {
		$progress = $this->empty()
			->withUpdate( new ProgressUpdate( 2, [ 1 ], [ 1 => 'wrong' ] ), 3, 2, self::T2 )
			->withUpdate( new ProgressUpdate( 1, [], [ 1 => 'right' ] ), 3, 2, self::T3 );
		$this->assertSame( 1, $progress->getStep(), 'the step reached is the latest, even going back' );
		$this->assertSame( [ 1, 2 ], $progress->getStepsDone() );
		$this->assertSame( [ 1 => 'right' ], $progress->getQuizzes(), 'a quiz keeps its latest outcome' );
		$this->assertSame( [ 3 ], $progress->getMissingSteps( 3 ) );
		$this->assertSame( [ 2 ], $progress->getMissingQuizzes( 2 ) );
		$this->assertSame( self::T3, $progress->getUpdated() );
	}

	public function testTheIntroductionIsNoStep(): void {
		$progress = $this->empty()->withUpdate( new ProgressUpdate( 0 ), 3, 0, self::T2 );
		$this->assertSame( [], $progress->getStepsDone() );
		$this->assertSame( 0, $progress->getStep() );
	}

	public function testSameUpdateTwiceChangesNothing(): void {
		$update = new ProgressUpdate( 2, [ 1 ], [ 1 => 'right' ] );
		$once = $this->empty()->withUpdate( $update, 3, 1, self::T2 );
		$twice = $once->withUpdate( $update, 3, 1, self::T3 );
		$this->assertTrue( $twice->sameStateAs( $once ) );
		$this->assertSame( self::T2, $twice->getUpdated(), 'no change, no new timestamp' );
	}

	public function testCompletionNeedsEveryStepAndEveryQuizRightOnce(): void {
		$allSeen = $this->empty()->withUpdate( new ProgressUpdate( 3, [ 1, 2 ] ), 3, 1, self::T2 );
		$this->assertFalse( $allSeen->isCompleted(), 'a quiz is not answered' );
		$this->assertTrue( $allSeen->meetsCompletionRule( 3, 0 ) );

		$wrong = $allSeen->withUpdate( new ProgressUpdate( 3, [], [ 1 => 'wrong' ] ), 3, 1, self::T2 );
		$this->assertFalse( $wrong->isCompleted(), 'a wrong answer is not enough' );
		$this->assertSame( [ 1 ], $wrong->getMissingQuizzes( 1 ) );
		$partial = $wrong->withUpdate( new ProgressUpdate( 3, [], [ 1 => 'partial' ] ), 3, 1, self::T2 );
		$this->assertFalse( $partial->isCompleted(), 'nor a partly right one' );

		$done = $partial->withUpdate( new ProgressUpdate( 3, [], [ 1 => 'right' ] ), 3, 1, self::T3 );
		$this->assertTrue( $done->isCompleted(), 'right after a retry: completed, without being asked' );
		$this->assertSame( self::T3, $done->getCompleted() );
		$this->assertSame( [ 1 => 'wrong' ], $done->getQuizFirst(), 'the first try stays wrong' );

		$again = $done->withUpdate( new ProgressUpdate( 3, [], [ 1 => 'wrong' ] ), 3, 1, self::T3 );
		$this->assertSame( [ 1 ], $again->getQuizPassed(), 'a quiz stays passed after a later wrong answer' );

		$later = $done->withUpdate( new ProgressUpdate( 1 ), 4, 1, '20250104000000' );
		$this->assertSame( self::T3, $later->getCompleted(), 'completion is kept' );
	}

	public function testADeepLinkToTheLastStepDoesNotComplete(): void {
		$jumped = $this->empty()->withUpdate( new ProgressUpdate( 3 ), 3, 0, self::T2 );
		$this->assertFalse( $jumped->isCompleted() );
		$this->assertSame( [ 1, 2 ], $jumped->getMissingSteps( 3 ) );
	}

	public function testFirstTriesAndPassedQuizzesAreEncodedAndKept(): void {
		$progress = $this->empty()->withUpdate(
			new ProgressUpdate( 1, [], [ 1 => 'right', 3 => 'wrong' ], [ 1 => 'partial' ], [ 2 ] ), 3, 3, self::T2 );
		$this->assertSame( [ 1 => 'partial', 3 => 'wrong' ], $progress->getQuizFirst(),
			'the reported first try, else the outcome' );
		$this->assertSame( [ 1, 2 ], $progress->getQuizPassed(), 'reported as passed, or right now' );
		$this->assertSame( 'p-w', $progress->getEncodedQuizFirst() );
		$this->assertSame( '11', $progress->getEncodedQuizPassed() );
		$decoded = ModuleProgress::newFromEncoded( 7, 42, 'en', 1, '1', 'r-w', null, self::T2, 'p-w', '11' );
		$this->assertTrue( $decoded->sameStateAs( $progress ) );

		$later = $progress->withUpdate(
			new ProgressUpdate( 1, [], [ 3 => 'right' ], [ 3 => 'right' ] ), 3, 3, self::T3 );
		$this->assertSame( 'wrong', $later->getQuizFirst()[3], 'a first try is recorded once' );
		$this->assertSame( [ 1, 2, 3 ], $later->getQuizPassed() );

		$old = ModuleProgress::newFromEncoded( 7, 42, 'en', 1, '1', 'rw', null, self::T2 );
		$this->assertSame( [ 1 ], $old->getQuizPassed(),
			'rows from before the columns: a right latest outcome is passed' );
	}

	public function testModuleWithoutSteps(): void {
		$this->assertSame( [], $this->empty()->getMissingSteps( 0 ) );
		$done = $this->empty()->withUpdate( new ProgressUpdate( 0 ), 0, 0, self::T2 );
		$this->assertTrue( $done->isCompleted() );
	}

	public function testUpdateFromAnotherVersionFollowsItsLanguage(): void {
		$english = ModuleProgress::newEmpty( 7, 42, 'en', self::T1 )
			->withUpdate( new ProgressUpdate( 1 ), 3, 0, self::T1, 'en' );
		$french = $english->withUpdate( new ProgressUpdate( 1 ), 3, 0, self::T2, 'fr' );
		$this->assertSame( 'fr', $french->getLanguage() );
		$this->assertSame( self::T2, $french->getUpdated(), 'a change of language is a change' );
		$this->assertSame( 'en', $english->withUpdate( new ProgressUpdate( 1 ), 3, 0, self::T2 )->getLanguage() );
	}

	public function testMergeOfLanguageVersionRows(): void {
		$english = ModuleProgress::newFromEncoded( 7, 42, 'en', 2, '11', 'w-p', null, self::T1 );
		$german = ModuleProgress::newFromEncoded( 7, 42, 'de', 1, '1', 'p', self::T2, self::T2 );
		$french = ModuleProgress::newFromEncoded( 7, 42, 'fr', 3, '011', 'r-w', '20250104000000', self::T3 );
		$merged = ModuleProgress::merge( $english, $french, $german );
		$this->assertSame( [ 1, 2, 3 ], $merged->getStepsDone(), 'steps seen united' );
		$this->assertSame( [ 1 => 'right', 3 => 'partial' ], $merged->getQuizzes(), 'best outcome per quiz' );
		$this->assertSame( self::T2, $merged->getCompleted(), 'earliest completion' );
		$this->assertSame( 'fr', $merged->getLanguage(), 'the language of the latest row' );
		$this->assertSame( 3, $merged->getStep() );
		$this->assertSame( self::T3, $merged->getUpdated() );
		$this->assertTrue( ModuleProgress::merge( $english )->sameStateAs( $english ) );
	}

	public function testMergeRefusesRowsOfAnotherModule(): void {
		$this->expectException( InvalidArgumentException::class );
		ModuleProgress::merge( $this->empty(), ModuleProgress::newEmpty( 7, 43, 'fr', self::T1 ) );
	}

}
