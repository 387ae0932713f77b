<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Groups;

use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupInput;
use MediaWiki\Extension\Trainings\Groups\GroupReportBuilder;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\ManageGroupCommand;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\QuizChoices;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWikiIntegrationTestCase;

/**
 * Creating, joining, leaving, closing and deleting groups, with what the database holds and
 * what the organiser's table shows after each.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Groups\CreateGroupCommand
 * @covers \MediaWiki\Extension\Trainings\Groups\ManageGroupCommand
 * @covers \MediaWiki\Extension\Trainings\Groups\MembershipCommand
 * @covers \MediaWiki\Extension\Trainings\Groups\GroupReportBuilder
 */
class GroupCommandsTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use GroupFixture;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Group module one', 3, 1 );
		$this->saveModule( 'Group module two', 2, 0 );
		$this->savePage( 'Group course', "{{#trainingcourse:\n| Group module one\n| Group module two\n}}" );
	}

	public function testCreateNeedsTheRightAndValidInput(): void {
		$command = $this->getServiceContainer()->get( CreateGroupCommand::SERVICE_NAME );
		$user = $this->getMutableTestUser()->getUser();
		$this->setGroupPermissions( [
			'user' => [ 'trainings-organise' => false ], 'autoconfirmed' => [ 'trainings-organise' => false ],
		] );
		$this->assertStatusError( 'trainings-group-error-right',
			$command->createIfAllowed( $user, new GroupInput( 'G', '', [ 'Group module one' ] ) ) );

		$this->setGroupPermissions( 'user', 'trainings-organise', true );
		$user = $this->getMutableTestUser()->getUser();
		$status = $command->createIfAllowed( $user, new GroupInput( str_repeat( 'x', 101 ), '',
			[ 'Group module one', 'Not a module' ], '2030-02-30', '', [ 'Nobody such' ] ) );
		foreach ( [ 'trainings-group-error-name', 'trainings-group-error-item', 'trainings-group-error-due',
			'trainings-group-error-user' ] as $error ) {
			$this->assertStatusError( $error, $status );
		}
		$this->assertSame( 0, (int)$this->getDb()->newSelectQueryBuilder()->select( 'COUNT(*)' )
			->from( GroupStore::TABLE )->caller( __METHOD__ )->fetchField(), 'nothing stored' );
	}

	public function testCreateStoresTheGroupAndLogsIt(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$other = $this->getMutableTestUser()->getUser();
		$this->setGroupPermissions( 'user', 'trainings-organise', true );
		$status = $this->getServiceContainer()->get( CreateGroupCommand::SERVICE_NAME )->createIfAllowed( $organiser,
			new GroupInput( 'Edit-a-thon', 'Desc', [ 'Training:Group course', 'Group module two' ], '2030-01-31',
				'Main Page', [ $other->getName() ] ) );
		$this->assertStatusGood( $status );
		$group = $this->getServiceContainer()->get( GroupStore::SERVICE_NAME )->get( $status->getValue()->id, true );
		$this->assertSame( 'Edit-a-thon', $group->name );
		$this->assertSame( '20300131235959', $group->due );
		$this->assertSame( 'Main_Page', $group->event );
		$this->assertCount( 2, $group->items );
		$this->assertCount( 2, $group->organisers );
		$this->assertSame( 1, (int)$this->getDb()->newSelectQueryBuilder()->select( 'COUNT(*)' )->from( 'logging' )
			->where( [ 'log_type' => 'traininggroup', 'log_action' => 'create' ] )->caller( __METHOD__ )
				->fetchField() );
		$this->assertCount( 1, $this->getServiceContainer()->get( GroupStore::SERVICE_NAME )
			->listForOrganiser( (int)$group->organisers[1], 10, true ), 'the second organiser sees it listed' );
	}

	public function testJoinLeaveAndTheTable(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group course' ] );
		$done = $this->getMutableTestUser()->getUser();
		$started = $this->getMutableTestUser()->getUser();
		$this->join( $done, $group );
		$this->join( $started, $group );
		$this->progress( $done, 'Group module one', new ProgressUpdate( 3, [ 1, 2, 3 ],
			[ 1 => ModuleProgress::QUIZ_RIGHT ], [], [], new QuizChoices( [ 1 => [ 1 ] ] ) ) );
		$this->progress( $done, 'Group module two', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->progress( $started, 'Group module one', new ProgressUpdate( 1, [ 1 ],
			[ 1 => ModuleProgress::QUIZ_WRONG ], [], [], new QuizChoices( [ 1 => [ 2 ] ] ) ) );

		$report = $this->getServiceContainer()->get( GroupReportBuilder::SERVICE_NAME )->build( $group );
		$this->assertSame( [ $done->getName(), $started->getName() ],
			array_values( array_intersect( array_values( $report->names ), [ $done->getName(),
				$started->getName() ] ) ) );
		$course = $report->columns[0];
		$this->assertTrue( $course->isCourse() );
		$this->assertCount( 3, $report->columns, 'the course, then its two modules' );
		$ids = array_flip( $report->names );
		$this->assertSame( 'completed', $report->cells[$ids[$done->getName()]][$course->pageId]->state );
		$startedCell = $report->cells[$ids[$started->getName()]][$report->columns[1]->pageId];
		$this->assertSame( [ 'in-progress', 1, 3 ], [ $startedCell->state, $startedCell->done, $startedCell->total ] );
		$this->assertSame( [ 'not-started' => 0, 'in-progress' => 1, 'completed' => 1 ],
			$report->totals[$course->pageId] );
		$this->assertSame( [ 1 => [ 2, 1 ] ], $report->firstTries[$report->columns[1]->pageId], 'two answered,
			one right' );

		$this->assertTrue( $this->getServiceContainer()->get( MembershipCommand::SERVICE_NAME )
			->leaveIfAllowed( $started, $group->id )->getValue() );
		$after = $this->getServiceContainer()->get( GroupReportBuilder::SERVICE_NAME )->build( $group );
		$this->assertSame( [ $done->getName() ], array_values( $after->names ), 'who left is gone' );
		$this->assertSame( [ 1 => [ 1, 1 ] ], $after->firstTries[$after->columns[1]->pageId] );
	}

	public function testProgressBeforeJoiningAndOfOtherModulesIsNotShown(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module two' ] );
		$learner = $this->getMutableTestUser()->getUser();
		$this->progress( $learner, 'Group module one', new ProgressUpdate( 1, [ 1 ] ) );
		$this->join( $learner, $group );
		$report = $this->getServiceContainer()->get( GroupReportBuilder::SERVICE_NAME )->build( $group );
		$this->assertCount( 1, $report->columns );
		$cell = $report->cells[array_key_first( $report->names )][$report->columns[0]->pageId];
		$this->assertSame( 'not-started', $cell->state, 'module one is not the group\'s' );
	}

	public function testCloseStopsJoiningAndDeleteRemovesEverything(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		$manage = $this->getServiceContainer()->get( ManageGroupCommand::SERVICE_NAME );
		$stranger = $this->getMutableTestUser()->getUser();
		$this->assertStatusError( 'trainings-group-error-notorganiser', $manage->closeIfAllowed( $stranger,
			$group->id ) );
		$this->join( $this->getMutableTestUser()->getUser(), $group );
		$this->assertStatusGood( $manage->closeIfAllowed( $organiser, $group->id ) );
		$this->assertStatusError( 'trainings-group-error-closed', $this->getServiceContainer()
			->get( MembershipCommand::SERVICE_NAME )->joinIfAllowed( $this->getMutableTestUser()->getUser(),
				$group->code ) );

		$this->assertStatusError( 'trainings-group-error-notorganiser', $manage->deleteIfAllowed( $stranger,
			$group->id ) );
		$this->assertStatusGood( $manage->deleteIfAllowed( $organiser, $group->id ) );
		foreach ( [ GroupStore::TABLE, GroupStore::ITEM_TABLE, GroupStore::ORGANISER_TABLE,
			GroupStore::MEMBER_TABLE ] as $table ) {
			$this->assertSame( 0, (int)$this->getDb()->newSelectQueryBuilder()->select( 'COUNT(*)' )->from( $table )
				->caller( __METHOD__ )->fetchField(), $table );
		}
		$this->assertSame( [ 'close', 'create', 'delete' ], $this->getDb()->newSelectQueryBuilder()
			->select( 'log_action' )
			->from( 'logging' )->where( [ 'log_type' => 'traininggroup' ] )->orderBy( 'log_action' )
			->caller( __METHOD__ )->fetchFieldValues() );
	}

	public function testAnOrganiserAddsAnother(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		$second = $this->getMutableTestUser()->getUser();
		$manage = $this->getServiceContainer()->get( ManageGroupCommand::SERVICE_NAME );
		$this->assertStatusError( 'trainings-group-error-notorganiser',
			$manage->addOrganisersIfAllowed( $second, $group->id, [ $second->getName() ] ) );
		$this->assertStatusGood( $manage->addOrganisersIfAllowed( $organiser, $group->id, [ $second->getName() ] ) );
		$this->assertStatusGood( $manage->closeIfAllowed( $second, $group->id ), 'the new organiser may act' );
	}

}
