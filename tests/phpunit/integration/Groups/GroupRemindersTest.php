<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Groups;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Notifications\Formatters\EchoEventPresentationModel;
use MediaWiki\Extension\Notifications\Model\Event;
use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupCompletion;
use MediaWiki\Extension\Trainings\Groups\GroupInput;
use MediaWiki\Extension\Trainings\Groups\GroupReminderNotifier;
use MediaWiki\Extension\Trainings\Groups\GroupReminders;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Groups\ReminderStore;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\User\User;
use MediaWikiIntegrationTestCase;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Reminders before a group's due date through Echo (design record 0015 §7): each participant
 * who has not completed everything is reminded once, from the organisers' number of days
 * before the due date; not those who completed or left, not for groups without a due date or
 * with reminders off, not before that day nor after the due date, and never twice, however
 * often or wherever the daily round runs.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Groups\GroupReminders
 * @covers \MediaWiki\Extension\Trainings\Groups\ReminderStore
 * @covers \MediaWiki\Extension\Trainings\Groups\GroupCompletion
 * @covers \MediaWiki\Extension\Trainings\Groups\GroupInputCheck
 * @covers \MediaWiki\Extension\Trainings\Integrations\EchoGroupReminder
 * @covers \MediaWiki\Extension\Trainings\Integrations\GroupReminderPresentationModel
 */
class GroupRemindersTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use GroupFixture;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Echo' ) ) {
			$this->markTestSkipped( 'Echo is not loaded' );
		}
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Reminder module one', 2, 0 );
		$this->saveModule( 'Reminder module two', 1, 0 );
		$this->savePage( 'Reminder course', "{{#trainingcourse:\n| Reminder module two\n}}" );
		// Twelve days before a due date of 2030-01-31: inside a 14-day reminder span.
		ConvertibleTimestamp::setFakeTime( '20300119120000' );
	}

	protected function tearDown(): void {
		ConvertibleTimestamp::setFakeTime( false );
		parent::tearDown();
	}

	private function group( string $due = '2030-01-31', string $remind = '14' ): TrainingGroup {
		$this->setGroupPermissions( 'user', 'trainings-organise', true );
		$status = $this->getServiceContainer()->get( CreateGroupCommand::SERVICE_NAME )->createIfAllowed(
			$this->getMutableTestUser()->getUser(),
			new GroupInput( 'Winter class', '', [ 'Reminder module one', 'Reminder course' ], $due, '', [], $remind ) );
		$this->assertStatusGood( $status );
		return $status->getValue();
	}

	private function participant( TrainingGroup $group ): User {
		$user = $this->getMutableTestUser()->getUser();
		$this->join( $user, $group );
		return $user;
	}

	private function runRound(): int {
		$reminded = $this->getServiceContainer()->get( GroupReminders::SERVICE_NAME )->run();
		DeferredUpdates::doUpdates();
		$this->runJobs( [ 'minJobs' => 0 ] );
		return $reminded;
	}

	/**
	 * @return string[] Names of the users who got a reminder, sorted
	 */
	private function remindedUsers(): array {
		$names = $this->getDb()->newSelectQueryBuilder()
			->select( 'user_name' )->from( 'echo_notification' )
			->join( 'echo_event', null, 'event_id = notification_event' )
			->join( 'user', null, 'user_id = notification_user' )
			->where( [ 'event_type' => GroupReminderNotifier::TYPE ] )
			->caller( __METHOD__ )->fetchFieldValues();
		sort( $names );
		return $names;
	}

	/**
	 * @param User ...$users
	 * @return string[]
	 */
	private static function names( User ...$users ): array {
		$names = array_map( static fn ( User $user ) => $user->getName(), $users );
		sort( $names );
		return $names;
	}

	public function testOnceToThoseWhoHaveNotCompletedNotToCompletersOrLeavers(): void {
		$group = $this->group();
		$completer = $this->participant( $group );
		$this->progress( $completer, 'Reminder module one', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->progress( $completer, 'Reminder module two', new ProgressUpdate( 1, [ 1 ] ) );
		$halfway = $this->participant( $group );
		$this->progress( $halfway, 'Reminder module one', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$idle = $this->participant( $group );
		$leaver = $this->participant( $group );
		$this->assertStatusGood( $this->getServiceContainer()->get( MembershipCommand::SERVICE_NAME )
			->leaveIfAllowed( $leaver, $group->id ) );

		$this->assertSame( 2, $this->runRound() );
		$this->assertSame( self::names( $halfway, $idle ), $this->remindedUsers() );

		$this->assertSame( 0, $this->runRound(), 'the daily round runs again' );
		ConvertibleTimestamp::setFakeTime( '20300120120000' );
		$this->assertSame( 0, $this->runRound(), 'the next day' );
		$this->assertSame( self::names( $halfway, $idle ), $this->remindedUsers(), 'once each' );
	}

	public function testTwoServersAtOnceRemindOnce(): void {
		$group = $this->group();
		$user = $this->participant( $group );
		$store = $this->getServiceContainer()->get( ReminderStore::SERVICE_NAME );
		// Two rounds that both read the participant as not reminded: only one takes the reminder.
		$this->assertSame( [ $user->getId() ], $store->notReminded( $group->id ) );
		$this->assertTrue( $store->claim( $group->id, $user->getId(), '20300119120000' ) );
		$this->assertFalse( $store->claim( $group->id, $user->getId(), '20300119120001' ) );
		$this->assertSame( 0, $this->runRound() );
		$this->assertSame( [], $this->remindedUsers() );
	}

	public function testNotBeforeTheDayNorAfterTheDueDate(): void {
		$group = $this->group( '2030-01-31', '3' );
		$user = $this->participant( $group );
		$this->assertSame( 0, $this->runRound(), 'twelve days before, reminders 3 days before' );
		ConvertibleTimestamp::setFakeTime( '20300201000001' );
		$this->assertSame( 0, $this->runRound(), 'after the due date' );
		ConvertibleTimestamp::setFakeTime( '20300128000000' );
		$this->assertSame( 1, $this->runRound(), 'from the start of the third day before' );
		$this->assertSame( self::names( $user ), $this->remindedUsers() );
	}

	public function testNothingWithoutADueDateOrWithRemindersOff(): void {
		$this->participant( $this->group( '2030-01-31', '' ) );
		$this->participant( $this->group( '', '' ) );
		$this->assertSame( 0, $this->runRound() );
		$this->assertSame( [], $this->remindedUsers() );
		$this->assertStatusError( 'trainings-group-error-remind', $this->getServiceContainer()
			->get( CreateGroupCommand::SERVICE_NAME )->createIfAllowed( $this->getMutableTestUser()->getUser(),
				new GroupInput( 'No date', '', [ 'Reminder module one' ], '', '', [], '5' ) ),
			'no due date to count from' );
		$this->assertStatusError( 'trainings-group-error-remind', $this->getServiceContainer()
			->get( CreateGroupCommand::SERVICE_NAME )->createIfAllowed( $this->getMutableTestUser()->getUser(),
				new GroupInput( 'Too far', '', [ 'Reminder module one' ], '2030-01-31', '', [], '61' ) ) );
	}

	public function testWithoutANotifierNothingIsTaken(): void {
		$group = $this->group();
		$user = $this->participant( $group );
		$services = $this->getServiceContainer();
		$reminders = new GroupReminders( $services->get( GroupStore::SERVICE_NAME ),
			$services->get( ReminderStore::SERVICE_NAME ), $services->get( GroupCompletion::SERVICE_NAME ), null );
		$this->assertSame( 0, $reminders->run() );
		$this->assertSame( [ $user->getId() ],
			$services->get( ReminderStore::SERVICE_NAME )->notReminded( $group->id ), 'reminded once Echo is there' );
	}

	public function testTheNotificationNamesTheGroupAndItsDueDate(): void {
		$group = $this->group();
		$user = $this->participant( $group );
		$this->assertSame( 1, $this->runRound() );
		$eventId = (int)$this->getDb()->newSelectQueryBuilder()->select( 'event_id' )->from( 'echo_event' )
			->where( [ 'event_type' => GroupReminderNotifier::TYPE ] )->caller( __METHOD__ )->fetchField();
		$event = Event::newFromID( $eventId );
		$this->assertInstanceOf( Event::class, $event );
		$model = EchoEventPresentationModel::factory( $event,
			$this->getServiceContainer()->getLanguageFactory()->getLanguage( 'en' ), $user );
		$this->assertTrue( $model->canRender() );
		$header = $model->getHeaderMessage()->text();
		$this->assertStringContainsString( 'Winter class', $header );
		$this->assertStringContainsString( '2030', $header );
		$link = $model->getPrimaryLink();
		$this->assertIsArray( $link );
		$this->assertStringContainsString( 'Special:MyTrainings', $link['url'] );
	}

}
