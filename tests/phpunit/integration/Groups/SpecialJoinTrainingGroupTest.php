<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Groups;

use MediaWiki\Extension\Trainings\Groups\ManageGroupCommand;
use MediaWiki\Extension\Trainings\Groups\MemberStore;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
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
 * Special:JoinTrainingGroup/<code>: the consent page says what organisers will see, joins
 * only on a confirmed POST with a token, asks anonymous readers to log in; leaving from
 * Special:MyTrainings.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialJoinTrainingGroup
 * @covers \MediaWiki\Extension\Trainings\Specials\GroupMembershipSection
 */
class SpecialJoinTrainingGroupTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use GroupFixture;
	use HtmlAssertions;
	use ProgressFixture;

	private string $pageName = 'JoinTrainingGroup';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Group module one', 3, 1 );
	}

	protected function newSpecialPage(): SpecialPage {
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( $this->pageName );
		$this->assertInstanceOf( SpecialPage::class, $page );
		return $page;
	}

	/**
	 * @param Authority $performer
	 * @param string $subPage
	 * @param bool $post
	 * @param string $salt Of the token posted
	 * @param array<string,string> $fields
	 * @return string HTML
	 */
	private function open( Authority $performer, string $subPage, bool $post = false, string $salt = 'trainings-join',
		array $fields = []
	): string {
		$request = new FauxRequest( $fields, $post );
		$request->getSession()->setUser( $this->getServiceContainer()->getUserFactory()
			->newFromUserIdentity( $performer->getUser() ) );
		if ( $post ) {
			$request->setVal( 'wpEditToken', ( new CsrfTokenSet( $request ) )->getToken( $salt )->toString() );
		}
		[ $html ] = $this->executeSpecialPage( $subPage, $request, 'qqx', $performer );
		return $html;
	}

	private function isMember( Authority $learner, TrainingGroup $group ): bool {
		$id = $this->getServiceContainer()->get( LearnerCheck::SERVICE_NAME )->learnerId( $learner )->getValue();
		return $this->getServiceContainer()->get( MemberStore::SERVICE_NAME )->isMember( $group->id, $id, true );
	}

	public function testConsentThenJoin(): void {
		$group = $this->createGroup( $this->getMutableTestUser( [], 'Organiser' )->getUser(), [ 'Group module one' ] );
		$learner = $this->getMutableTestUser()->getUser();
		$html = $this->open( $learner, $group->code );
		foreach ( [ 'started', 'steps', 'completed', 'firsttry' ] as $what ) {
			$this->assertStringContainsString( "(trainings-join-sees-$what)", $html );
		}
		$this->assertStringContainsString( '(trainings-join-sees-nothing-else)', $html );
		$this->assertStringContainsString( '(trainings-privacy-groups)', $html );
		$this->assertStringContainsString( 'Organiser', $html, 'the organisers are named' );
		$this->assertStringContainsString( 'Group module one', $html );
		$this->assertFalse( $this->isMember( $learner, $group ), 'opening the page joins nobody' );

		$html = $this->open( $learner, $group->code, true, 'wrong-salt' );
		$this->assertStringContainsString( '(sessionfailure)', $html );
		$this->assertFalse( $this->isMember( $learner, $group ) );

		$html = $this->open( $learner, $group->code, true );
		$this->assertStringContainsString( '(trainings-join-done', $html );
		$this->assertTrue( $this->isMember( $learner, $group ) );
	}

	public function testUnknownCodeAndClosedGroup(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Group module one' ] );
		$learner = $this->getMutableTestUser()->getUser();
		$this->assertStringContainsString( '(trainings-group-error-nosuchgroup)', $this->open( $learner, 'nope' ) );
		$this->getServiceContainer()->get( ManageGroupCommand::SERVICE_NAME )->closeIfAllowed( $organiser, $group->id );
		$html = $this->open( $learner, $group->code, true );
		$this->assertStringContainsString( '(trainings-group-error-closed', $html );
		$this->assertFalse( $this->isMember( $learner, $group ) );
	}

	public function testAnonymousReadersAreAskedToLogIn(): void {
		$group = $this->createGroup( $this->getMutableTestUser()->getUser(), [ 'Group module one' ] );
		$this->expectException( UserNotLoggedIn::class );
		$this->open( $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' ), $group->code );
	}

	public function testMyTrainingsLinksACompletedModuleToItsCertificate(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->saveModule( 'Group module two', 1, 0 );
		$this->progress( $learner, 'Group module two', new ProgressUpdate( 1, [ 1 ] ) );
		$this->progress( $learner, 'Group module one', new ProgressUpdate( 1, [ 1 ] ) );
		$this->pageName = 'MyTrainings';
		$xpath = self::xpath( $this->open( $learner, '' ) );
		$link = $this->single( $xpath, '//a[@class="ext-trainings-mytrainings-certificate"]' );
		$this->assertStringContainsString( 'course=Group+module+two', $link->getAttribute( 'href' ) );
	}

	public function testLeavingFromMyTrainings(): void {
		$group = $this->createGroup( $this->getMutableTestUser()->getUser(), [ 'Group module one' ] );
		$learner = $this->getMutableTestUser()->getUser();
		$this->join( $learner, $group );
		$this->pageName = 'MyTrainings';
		$xpath = self::xpath( $this->open( $learner, '' ) );
		$this->single( $xpath, '//ul[@class="ext-trainings-mytrainings-groups"]/li[@data-trainings-group="'
			. $group->id . '"]//button[@class="ext-trainings-mytrainings-leave"]' );
		$certificate = $this->single( $xpath, '//li[@data-trainings-group="' . $group->id
			. '"]/a[@class="ext-trainings-mytrainings-group-certificate"]' );
		$this->assertStringContainsString( 'group=' . $group->id, $certificate->getAttribute( 'href' ) );
		$html = $this->open( $learner, '', true, 'trainings-mytrainings',
			[ 'wpAction' => 'leave', 'wpGroup' => (string)$group->id ] );
		$this->assertStringContainsString( '(trainings-mytrainings-left: Edit-a-thon)', $html );
		$this->assertFalse( $this->isMember( $learner, $group ) );
		$this->assertStringNotContainsString( 'ext-trainings-mytrainings-groups', $html );
	}

}
