<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Groups;

use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\SpecialPage\SpecialPage;
use SpecialPageTestBase;
use UserNotLoggedIn;

/**
 * Special:TrainingGroup/<id>: only the group's organisers see its table and its CSV; a
 * participant who left is in neither; formula cells are defused; actions need a token.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainingGroup
 * @covers \MediaWiki\Extension\Trainings\Specials\GroupTableRenderer
 */
class SpecialTrainingGroupTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use GroupFixture;
	use HtmlAssertions;
	use ProgressFixture;

	private const ROW = '//table[contains(@class, "ext-trainings-group-table")]/tbody/tr';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Group module one', 3, 1 );
	}

	protected function newSpecialPage(): SpecialPage {
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'TrainingGroup' );
		$this->assertInstanceOf( SpecialPage::class, $page );
		return $page;
	}

	/**
	 * @param Authority $performer
	 * @param string $subPage
	 * @param array<string,string> $query
	 * @param bool $post
	 * @return array{0:string,1:string} [ HTML of the page, CSV ]
	 */
	private function open( Authority $performer, string $subPage, array $query = [], bool $post = false ): array {
		$request = new FauxRequest( $query, $post );
		$request->getSession()->setUser( $this->getServiceContainer()->getUserFactory()
			->newFromUserIdentity( $performer->getUser() ) );
		if ( $post ) {
			$request->setVal( 'wpEditToken', ( new CsrfTokenSet( $request ) )->getToken( 'trainings-group' )
				->toString() );
		}
		/** @var \MediaWiki\Request\FauxResponse $response */
		[ $html, $response ] = $this->executeSpecialPage( $subPage, $request, 'qqx', $performer );
		// A CSV download replaces the page.
		$isCsv = $response->getHeader( 'Content-Type' ) === 'text/csv; charset=utf-8';
		return [ $isCsv ? '' : $html, $isCsv ? $html : '' ];
	}

	public function testOnlyOrganisersSeeTheTableAndTheCsv(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		$member = $this->getMutableTestUser( [], 'Learner' )->getUser();
		$this->join( $member, $group );
		$this->progress( $member, 'Group module one', new ProgressUpdate( 1, [ 1 ] ) );

		[ $html ] = $this->open( $organiser, (string)$group->id );
		$rows = $this->all( self::xpath( $html ), self::ROW );
		$this->assertCount( 1, $rows );
		$this->assertSame( $member->getName(), $rows[0]->getAttribute( 'data-trainings-participant' ) );
		$this->assertStringContainsString( '(trainings-group-cell-in-progress: 1, 3)', $rows[0]->textContent );
		[ , $csv ] = $this->open( $organiser, (string)$group->id, [ 'format' => 'csv' ] );
		$this->assertStringContainsString( $member->getName() . ',in-progress,1,3,', $csv );

		$otherOrganiser = $this->getMutableTestUser()->getUser();
		$otherGroup = $this->createGroup( $otherOrganiser, [ 'Group module one' ], 'Other class' );
		$otherMember = $this->getMutableTestUser()->getUser();
		$this->join( $otherMember, $otherGroup );
		foreach ( [
			'a non-organiser' => $this->getMutableTestUser()->getUser(),
			'a participant of the group' => $member,
			'the organiser of another group' => $otherOrganiser,
			'a participant of another group' => $otherMember,
		] as $who => $reader ) {
			[ $html ] = $this->open( $reader, (string)$group->id );
			$this->assertStringContainsString( '(trainings-group-error-notorganiser)', $html, $who );
			$this->assertStringNotContainsString( $member->getName(), $html, $who );
			[ $html, $csv ] = $this->open( $reader, (string)$group->id, [ 'format' => 'csv' ] );
			$this->assertSame( '', $csv, "$who gets no CSV" );
			$this->assertStringNotContainsString( $member->getName(), $html, $who );
		}
		[ $html ] = $this->open( $organiser, '999999' );
		$this->assertStringContainsString( '(trainings-group-error-notorganiser)', $html,
			'no such group: the same answer' );
	}

	public function testAnonymousReadersAreAskedToLogIn(): void {
		$group = $this->createGroup( $this->getMutableTestUser()->getUser(), [ 'Group module one' ] );
		$member = $this->getMutableTestUser()->getUser();
		$this->join( $member, $group );
		$this->progress( $member, 'Group module one', new ProgressUpdate( 1, [ 1 ] ) );
		// The table and the CSV alike.
		foreach ( [ [], [ 'format' => 'csv' ] ] as $query ) {
			try {
				$this->open( $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' ),
					(string)$group->id, $query );
				$this->fail( 'An anonymous reader saw the group ' . json_encode( $query ) );
			} catch ( UserNotLoggedIn $e ) {
				$this->assertStringNotContainsString( $member->getName(), $e->getMessage() );
			}
		}
	}

	public function testWhoLeftDisappearsFromTableAndCsv(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		$stays = $this->getMutableTestUser()->getUser();
		$leaves = $this->getMutableTestUser()->getUser();
		$this->join( $stays, $group );
		$this->join( $leaves, $group );
		$this->progress( $leaves, 'Group module one', new ProgressUpdate( 1, [ 1 ] ) );
		[ $html ] = $this->open( $organiser, (string)$group->id );
		$this->assertCount( 2, $this->all( self::xpath( $html ), self::ROW ) );

		$this->getServiceContainer()->get( MembershipCommand::SERVICE_NAME )->leaveIfAllowed( $leaves, $group->id );
		[ $html ] = $this->open( $organiser, (string)$group->id );
		$this->assertCount( 1, $this->all( self::xpath( $html ), self::ROW ) );
		$this->assertStringNotContainsString( $leaves->getName(), $html );
		[ , $csv ] = $this->open( $organiser, (string)$group->id, [ 'format' => 'csv' ] );
		$this->assertStringContainsString( $stays->getName(), $csv );
		$this->assertStringNotContainsString( $leaves->getName(), $csv );
	}

	public function testCsvDefusesFormulaCells(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		foreach ( [ '=HYPERLINK(1)', '+Plus', '-Minus', '@At' ] as $name ) {
			$user = $this->getServiceContainer()->getUserFactory()->newFromName( $name );
			$this->assertNotNull( $user );
			$user->addToDatabase();
			$this->join( $user, $group );
		}
		[ , $csv ] = $this->open( $organiser, (string)$group->id, [ 'format' => 'csv' ] );
		foreach ( [ "'=HYPERLINK(1)", "'+Plus", "'-Minus", "'@At" ] as $defused ) {
			$this->assertStringContainsString( "\r\n$defused,", $csv );
		}
	}

	public function testAnOrganiserChangesTheGroupAndTheChangeIsLogged(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		[ $html ] = $this->open( $organiser, (string)$group->id, [ 'edit' => '1' ] );
		$xpath = self::xpath( $html );
		$this->assertSame( 'Edit-a-thon', $this->single( $xpath, '//input[@name="wpname"]' )->getAttribute( 'value' ) );
		$this->assertSame( 'Training:Group module one', $this->single( $xpath, '//textarea[@name="wpitems"]' )
			->textContent );
		$this->assertSame( '2030-01-31', $this->single( $xpath, '//input[@name="wpdue"]' )->getAttribute( 'value' ) );

		$this->assertSame( '', $this->single( $xpath, '//input[@name="wpremind"]' )->getAttribute( 'value' ) );

		// A posted request without wpEditToken gets the performer's own (SpecialPageExecutor).
		$request = new FauxRequest( [ 'edit' => '1', 'wpname' => 'Renamed', 'wpitems' => 'Group module one',
			'wpdue' => '2030-01-31', 'wpremind' => '7', 'title' => 'Special:TrainingGroup/' . $group->id ], true );
		$this->executeSpecialPage( (string)$group->id, $request, 'qqx', $organiser );
		$stored = $this->getServiceContainer()->get( GroupStore::SERVICE_NAME )->get( $group->id, true );
		$this->assertSame( [ 'Renamed', 7 ], [ $stored->name, $stored->remindDays ] );
		[ $html ] = $this->open( $organiser, (string)$group->id, [ 'edit' => '1' ] );
		$this->assertSame( '7', $this->single( self::xpath( $html ), '//input[@name="wpremind"]' )
			->getAttribute( 'value' ) );
		[ $html ] = $this->open( $organiser, (string)$group->id );
		$this->assertStringContainsString( '(trainings-group-remind-days: 7)', $html );
		$this->assertSame( [ 'change', 'create' ], $this->getDb()->newSelectQueryBuilder()->select( 'log_action' )
			->from( 'logging' )->where( [ 'log_type' => 'traininggroup' ] )->orderBy( 'log_action' )
			->caller( __METHOD__ )->fetchFieldValues() );

		[ $html ] = $this->open( $this->getMutableTestUser()->getUser(), (string)$group->id, [ 'edit' => '1' ] );
		$this->assertStringContainsString( '(trainings-group-error-notorganiser)', $html, 'nobody else may' );
	}

	public function testCloseAndDeleteNeedTheTokenAndAnOrganiser(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		[ $html ] = $this->open( $organiser, (string)$group->id, [ 'wpAction' => 'close' ], false );
		$this->assertStringNotContainsString( '(trainings-group-done-close', $html, 'a GET does nothing' );
		[ $html ] = $this->open( $organiser, (string)$group->id, [ 'wpAction' => 'close' ], true );
		$this->assertStringContainsString( '(trainings-group-done-close', $html );
		$this->assertStringContainsString( '(trainings-group-state-closed)', $html );
		[ $html ] = $this->open( $organiser, (string)$group->id, [ 'wpAction' => 'delete' ], true );
		$this->assertStringContainsString( '(trainings-group-done-delete', $html );
		[ $html ] = $this->open( $organiser, (string)$group->id );
		$this->assertStringContainsString( '(trainings-group-error-notorganiser)', $html );
	}

}
