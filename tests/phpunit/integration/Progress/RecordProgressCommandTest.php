<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Progress;

use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\QuizChoices;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Title\Title;
use MediaWiki\Title\TitleValue;
use MediaWikiIntegrationTestCase;
use StatusValue;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Recording and resetting progress against real module pages and the real table.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Progress\RecordProgressCommand
 * @covers \MediaWiki\Extension\Trainings\Progress\ResetProgressCommand
 * @covers \MediaWiki\Extension\Trainings\Progress\LearnerCheck
 * @covers \MediaWiki\Extension\Trainings\Progress\ModuleResolver
 * @covers \MediaWiki\Extension\Trainings\Progress\ProgressStore
 * @covers \MediaWiki\Extension\Trainings\Progress\ModuleVersion
 * @covers \MediaWiki\Extension\Trainings\Hooks\SchemaUpdatesHandler
 */
class RecordProgressCommandTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250101000000' );
	}

	private function module( string $name, ?string $language = null ): ModuleVersion {
		$status = TrainingsServices::getModuleResolver()->resolve( new TitleValue( NS_TRAINING, $name ), $language );
		$this->assertStatusGood( $status );
		$module = $status->getValue();
		$this->assertInstanceOf( ModuleVersion::class, $module );
		return $module;
	}

	private function record( Authority $performer, ModuleVersion $module, ProgressUpdate $update ): StatusValue {
		return TrainingsServices::getRecordProgressCommand()->recordIfAllowed( $performer, $module, $update );
	}

	private function rowCount(): int {
		return $this->getDb()->newSelectQueryBuilder()
			->select( '*' )->from( ProgressStore::TABLE )->caller( __METHOD__ )->fetchRowCount();
	}

	public function testResolvesModulesAndLanguageVersions(): void {
		$base = $this->saveModule( 'Resolve', 3, 2 );
		$this->saveModule( 'Resolve/fr', 4, 1 );

		$module = $this->module( 'Resolve' );
		$this->assertSame( $base->getArticleID(), $module->getModuleId() );
		$this->assertSame( 'en', $module->getLanguage() );
		$this->assertSame( 3, $module->getStepCount() );
		$this->assertSame( 2, $module->getQuizCount() );

		$french = $this->module( 'Resolve/fr' );
		$this->assertSame( $base->getArticleID(), $french->getModuleId(), 'keyed by the base page' );
		$this->assertSame( 'fr', $french->getLanguage() );
		$this->assertSame( 4, $french->getStepCount(), 'counts of the version read' );
		$this->assertSame( 'Resolve/fr', $french->getPage()->getDBkey() );
		$this->assertSame( 'Resolve/fr', $this->module( 'Resolve', 'fr' )->getPage()->getDBkey() );
		$this->assertSame( 'Resolve', $this->module( 'Resolve', 'en' )->getPage()->getDBkey() );
	}

	/**
	 * @return iterable<string,array{0:int,1:string,2:string|null,3:string}>
	 */
	public static function provideNoModule(): iterable {
		yield 'missing page' => [ NS_TRAINING, 'Nothing here', null, 'trainings-progress-error-nosuchmodule' ];
		yield 'other namespace' => [ NS_MAIN, 'Resolve', null, 'trainings-progress-error-nosuchmodule' ];
		yield 'missing version' => [ NS_TRAINING, 'Resolve', 'de', 'trainings-progress-error-nosuchmodule' ];
		yield 'unknown language' => [ NS_TRAINING, 'Resolve', 'xx-nonsense', 'trainings-progress-error-language' ];
		yield 'language mismatch' => [ NS_TRAINING, 'Resolve/fr', 'de', 'trainings-progress-error-language' ];
		yield 'redirect' => [ NS_TRAINING, 'Redirect', null, 'trainings-progress-error-nosuchmodule' ];
		yield 'course' => [ NS_TRAINING, 'A course', null, 'trainings-progress-error-nosuchmodule' ];
		yield 'other subpage' => [ NS_TRAINING, 'Resolve/Notes', null, 'trainings-progress-error-nosuchmodule' ];
	}

	/**
	 * @dataProvider provideNoModule
	 */
	public function testRejectsWhatIsNoModule( int $namespace, string $name, ?string $language, string $error ): void {
		$this->saveModule( 'Resolve' );
		$this->saveModule( 'Resolve/fr' );
		$this->saveModule( 'Resolve/Notes' );
		$this->savePage( 'Redirect', '#REDIRECT [[Training:Resolve]]' );
		$this->savePage( 'A course', "{{#training: | summary = A course }}\n{{#trainingcourse:\n| Resolve\n}}" );
		$status = TrainingsServices::getModuleResolver()->resolve( new TitleValue( $namespace, $name ), $language );
		$this->assertStatusError( $error, $status );
	}

	public function testRoundTripAndIdempotency(): void {
		$this->saveModule( 'Round trip', 3, 2 );
		$module = $this->module( 'Round trip' );
		$learner = $this->getTestUser()->getAuthority();

		$update = new ProgressUpdate( 2, [ 1 ], [ 1 => 'right' ], [], [], new QuizChoices( [ 1 => [ 1 ] ] ) );
		$status = $this->record( $learner, $module, $update );
		$this->assertStatusGood( $status );
		ConvertibleTimestamp::setFakeTime( '20250101000100' );
		$this->assertStatusGood( $this->record( $learner, $module, $update ) );
		$this->assertSame( 1, $this->rowCount() );

		$centralId = $this->getServiceContainer()->getCentralIdLookup()
			->centralIdFromLocalUser( $learner->getUser() );
		$stored = TrainingsServices::getProgressStore()->get( $centralId, $module->getModuleId() );
		$this->assertInstanceOf( ModuleProgress::class, $stored );
		$this->assertSame( 2, $stored->getStep() );
		$this->assertSame( [ 1, 2 ], $stored->getStepsDone() );
		$this->assertSame( [ 1 => 'right' ], $stored->getQuizzes() );
		$this->assertFalse( $stored->isCompleted() );
		$this->assertSame( '20250101000000', $stored->getUpdated(), 'the repeat changed nothing' );

		$list = TrainingsServices::getProgressStore()->listForUser( $centralId, 10 );
		$this->assertCount( 1, $list );
		$this->assertTrue( $list[0]->sameStateAs( $stored ) );
	}

	public function testProgressBelongsToTheModuleNotTheLanguageVersion(): void {
		$this->saveModule( 'Languages', 3, 1 );
		$this->saveModule( 'Languages/fr', 3, 1 );
		$learner = $this->getTestUser()->getAuthority();
		$this->assertStatusGood( $this->record( $learner, $this->module( 'Languages' ),
			new ProgressUpdate( 2, [ 1 ], [ 1 => 'wrong' ], [], [], new QuizChoices( [ 1 => [ 2 ] ] ) ) ) );
		ConvertibleTimestamp::setFakeTime( '20250101000100' );
		// Switching to French carries on: step 3 and a right answer complete the module seen partly in English.
		$status = $this->record( $learner, $this->module( 'Languages/fr' ),
			new ProgressUpdate( 3, [], [ 1 => 'right' ], [], [], new QuizChoices( [ 1 => [ 1 ] ] ) ) );
		$this->assertStatusGood( $status );
		$this->assertSame( 1, $this->rowCount() );
		$progress = $status->getValue();
		$this->assertSame( 'fr', $progress->getLanguage(), 'the language followed last' );
		$this->assertSame( [ 1, 2, 3 ], $progress->getStepsDone() );
		$this->assertSame( [ 1 => 'right' ], $progress->getQuizzes() );
		$this->assertSame( [ 1 => 'wrong' ], $progress->getQuizFirst(), 'the first try, in English' );
		$this->assertTrue( $progress->isCompleted() );

		// Back in English: still one record, the language follows the learner.
		$status = $this->record( $learner, $this->module( 'Languages' ), new ProgressUpdate( 1 ) );
		$this->assertSame( 'en', $status->getValue()->getLanguage() );
		$this->assertTrue( $status->getValue()->isCompleted() );
		$this->assertSame( 1, $this->rowCount() );
	}

	public function testCompletionRule(): void {
		$this->saveModule( 'Completion', 2, 1 );
		$module = $this->module( 'Completion' );
		$learner = $this->getTestUser()->getAuthority();

		// A deep link to the last step: only that step is seen.
		$status = $this->record( $learner, $module, new ProgressUpdate( 2 ) );
		$this->assertStatusGood( $status );
		$this->assertFalse( $status->getValue()->isCompleted(), 'step 1 not seen, quiz not answered' );
		$this->assertSame( [ 1 ], $status->getValue()->getMissingSteps( 2 ) );

		$status = $this->record( $learner, $module, new ProgressUpdate( 2, [ 1 ] ) );
		$this->assertFalse( $status->getValue()->isCompleted(), 'quiz not answered' );

		$status = $this->record( $learner, $module, new ProgressUpdate( 2, [], [ 1 => 'wrong' ],
			[], [], new QuizChoices( [ 1 => [ 2 ] ] ) ) );
		$this->assertFalse( $status->getValue()->isCompleted(), 'quiz answered wrong' );
		$this->assertSame( [ '11', 'w', '', null ], $this->storedRow(), 'what the table holds: not completed' );

		ConvertibleTimestamp::setFakeTime( '20250102000000' );
		$status = $this->record( $learner, $module, new ProgressUpdate( 2, [], [ 1 => 'right' ],
			[], [], new QuizChoices( [ 1 => [ 1 ] ] ) ) );
		$this->assertTrue( $status->getValue()->isCompleted(), 'every step seen, the quiz right once' );
		$this->assertSame( '20250102000000', $status->getValue()->getCompleted() );
		$row = $this->storedRow();
		$this->assertSame( [ '11', 'w', '1' ], array_slice( $row, 0, 3 ),
			'steps seen, the first try (wrong) and the quiz passed, as stored' );
		$this->assertNotNull( $row[3], 'tp_completed set by the server' );
	}

	/**
	 * @return array{0:string,1:string,2:string,3:?string} tp_steps_done, tp_quiz_first,
	 *  tp_quiz_passed, tp_completed of the only row
	 */
	private function storedRow(): array {
		$row = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'tp_steps_done', 'tp_quiz_first', 'tp_quiz_passed', 'tp_completed' ] )
			->from( 'trainings_progress' )
			->caller( __METHOD__ )
			->fetchRow();
		$this->assertIsObject( $row );
		return [ (string)$row->tp_steps_done, (string)$row->tp_quiz_first, (string)$row->tp_quiz_passed,
			$row->tp_completed === null ? null : (string)$row->tp_completed ];
	}

	/**
	 * @return iterable<string,array{0:ProgressUpdate,1:string}>
	 */
	public static function provideBadUpdates(): iterable {
		yield 'step below' => [ new ProgressUpdate( -1 ), 'trainings-progress-error-badstep' ];
		yield 'step above' => [ new ProgressUpdate( 4 ), 'trainings-progress-error-badstep' ];
		yield 'step done 0' => [ new ProgressUpdate( 1, [ 0 ] ), 'trainings-progress-error-badstepsdone' ];
		yield 'step done above' => [ new ProgressUpdate( 1, [ 4 ] ), 'trainings-progress-error-badstepsdone' ];
		yield 'quiz above' => [ new ProgressUpdate( 1, [], [ 3 => 'right' ] ), 'trainings-progress-error-badquiz' ];
		yield 'quiz outcome' => [ new ProgressUpdate( 1, [], [ 1 => 'yes' ] ), 'trainings-progress-error-badquiz' ];
		yield 'outcome without options' => [ new ProgressUpdate( 1, [], [ 1 => 'right' ] ),
			'trainings-progress-error-quiznooptions' ];
		yield 'forged right' => [
			new ProgressUpdate( 1, [], [ 1 => 'right' ], [], [], new QuizChoices( [ 1 => [ 2 ] ] ) ),
			'trainings-progress-error-quizforged' ];
		yield 'forged pass' => [
			new ProgressUpdate( 1, [], [], [], [ 1 ], new QuizChoices( [], [], [ 1 => [ 2 ] ] ) ),
			'trainings-progress-error-quizforged' ];
	}

	/**
	 * @dataProvider provideBadUpdates
	 */
	public function testBadUpdatesWriteNothing( ProgressUpdate $update, string $error ): void {
		$this->saveModule( 'Ranges', 3, 2 );
		$status = $this->record( $this->getTestUser()->getAuthority(), $this->module( 'Ranges' ), $update );
		$this->assertStatusError( $error, $status );
		$this->assertSame( 0, $this->rowCount() );
	}

	public function testAnonymousCannotRecord(): void {
		$this->saveModule( 'Anonymous' );
		$anon = $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
		$status = $this->record( $anon, $this->module( 'Anonymous' ), new ProgressUpdate( 1 ) );
		$this->assertStatusError( 'trainings-progress-error-notloggedin', $status );
		$this->assertSame( 0, $this->rowCount() );
	}

	public function testBlockedUserCannotRecord(): void {
		$this->saveModule( 'Blocked' );
		$user = $this->getMutableTestUser()->getUser();
		$this->assertStatusGood( $this->getServiceContainer()->getBlockUserFactory()
			->newBlockUser( $user, $this->getTestSysop()->getAuthority(), 'infinity', 'test' )
			->placeBlock() );
		$user = $this->getServiceContainer()->getUserFactory()->newFromId( $user->getId() );
		$status = $this->record( $user, $this->module( 'Blocked' ), new ProgressUpdate( 1 ) );
		$this->assertStatusError( 'trainings-progress-error-blocked', $status );
		$this->assertSame( 0, $this->rowCount() );
	}

	public function testReadOnlyDatabase(): void {
		$this->saveModule( 'Read only' );
		$module = $this->module( 'Read only' );
		$this->overrideConfigValue( MainConfigNames::ReadOnly, 'Maintenance' );
		$status = $this->record( $this->getTestUser()->getAuthority(), $module, new ProgressUpdate( 1 ) );
		$this->assertStatusError( 'trainings-progress-error-readonly', $status );
		$this->overrideConfigValue( MainConfigNames::ReadOnly, false );
		$this->assertSame( 0, $this->rowCount() );
	}

	public function testResetDeletesOnlyOwnProgress(): void {
		$this->saveModule( 'Reset one', 2, 0 );
		$this->saveModule( 'Reset one/fr', 2, 0 );
		$this->saveModule( 'Reset two', 2, 0 );
		$learner = $this->getMutableTestUser()->getAuthority();
		$other = $this->getMutableTestUser()->getAuthority();
		foreach ( [ $learner, $other ] as $performer ) {
			foreach ( [ 'Reset one', 'Reset one/fr', 'Reset two' ] as $name ) {
				$this->assertStatusGood( $this->record( $performer, $this->module( $name ), new ProgressUpdate( 1 ) ) );
			}
		}
		$reset = TrainingsServices::getResetProgressCommand();
		$resolver = TrainingsServices::getModuleResolver();

		$this->assertSame( 4, $this->rowCount(), 'one row per learner and module' );
		$one = $resolver->resolveModuleId( Title::makeTitle( NS_TRAINING, 'Reset one/fr' ) )->getValue();
		$this->assertSame( 1, $reset->resetIfAllowed( $learner, $one[0] )->getValue(),
			'the module, named by a version' );
		$this->assertSame( 0, $reset->resetIfAllowed( $learner, $one[0] )->getValue(), 'nothing left of it' );
		$this->assertSame( 1, $reset->resetIfAllowed( $learner )->getValue(), 'the rest' );
		$this->assertSame( 2, $this->rowCount(), 'the other learner keeps theirs' );

		$anon = $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
		$this->assertStatusError( 'trainings-progress-error-notloggedin', $reset->resetIfAllowed( $anon ) );
	}

}
