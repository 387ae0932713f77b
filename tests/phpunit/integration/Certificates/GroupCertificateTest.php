<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Certificates;

use MediaWiki\Extension\Trainings\Certificates\Certificate;
use MediaWiki\Extension\Trainings\Certificates\CertificateCommand;
use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Extension\Trainings\Groups\ManageGroupCommand;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\QuizChoices;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Groups\GroupFixture;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;
use SpecialPageTestBase;

/**
 * A certificate for everything a group asks for (design record 0015 §4): opened only by a
 * participant who completed every module of the group and of its courses as the server
 * recorded them (a forged quiz answer completes nothing), apart from the course
 * certificates; verified by anyone with the group's name and what it asked for, also after
 * the group is deleted; revocable; its Open Badges class names the group.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Certificates\CertificateCommand
 * @covers \MediaWiki\Extension\Trainings\Certificates\CertificateStore
 * @covers \MediaWiki\Extension\Trainings\Groups\GroupCompletion
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainingCertificate
 * @covers \MediaWiki\Extension\Trainings\Specials\CertificateRenderer
 */
class GroupCertificateTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use GroupFixture;
	use HtmlAssertions;
	use ProgressFixture;

	private Authority $organiser;
	private TrainingGroup $group;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->overrideConfigValue( MainConfigNames::Sitename, 'Test wiki' );
		// One quiz in the first module (option 1 right, option 2 wrong); the second comes with a course.
		$this->saveModule( 'Group quiz module', 2, 1 );
		$this->saveModule( 'Group course module', 1, 0 );
		$this->savePage( 'Group course', "{{#trainingcourse:\n| Group course module\n}}" );
		$this->organiser = $this->getMutableTestUser()->getUser();
		$this->group = $this->createGroup( $this->organiser, [ 'Group quiz module', 'Group course' ],
			'Spring class' );
	}

	protected function newSpecialPage(): SpecialPage {
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'TrainingCertificate' );
		$this->assertInstanceOf( SpecialPage::class, $page );
		return $page;
	}

	/**
	 * @param Authority $performer
	 * @param string $subPage
	 * @param array<string,string> $fields
	 * @param bool $post
	 * @return array<int,mixed> [ HTML or JSON, FauxResponse ]
	 */
	private function open( Authority $performer, string $subPage, array $fields = [], bool $post = false ): array {
		$request = new FauxRequest( $fields, $post );
		$request->getSession()->setUser( $this->getServiceContainer()->getUserFactory()
			->newFromUserIdentity( $performer->getUser() ) );
		if ( $post ) {
			$request->setVal( 'wpEditToken',
				( new CsrfTokenSet( $request ) )->getToken( 'trainings-certificate' )->toString() );
		}
		return $this->executeSpecialPage( $subPage, $request, 'qqx', $performer );
	}

	private function anonymous(): Authority {
		return $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
	}

	private function command(): CertificateCommand {
		return $this->getServiceContainer()->get( CertificateCommand::SERVICE_NAME );
	}

	/**
	 * Everything the group asks for, with the right option of the quiz.
	 */
	private function completeEverything( Authority $learner ): void {
		$this->progress( $learner, 'Group quiz module',
			new ProgressUpdate( 2, [ 1, 2 ], [ 1 => 'right' ], [], [], new QuizChoices( [ 1 => [ 1 ] ] ) ) );
		$this->progress( $learner, 'Group course module', new ProgressUpdate( 1, [ 1 ] ) );
	}

	private function issue( Authority $learner ): Certificate {
		$status = $this->command()->issueForGroupIfAllowed( $learner, $this->group->id, 'en' );
		$this->assertStatusGood( $status );
		return $status->getValue();
	}

	public function testIssuedOnlyWhenEverythingIsCompleteAndNotForAForgedQuiz(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->join( $learner, $this->group );
		$command = $this->command();

		$this->progress( $learner, 'Group course module', new ProgressUpdate( 1, [ 1 ] ) );
		$this->assertStatusError( 'trainings-certificate-error-group-notcompleted',
			$command->issueForGroupIfAllowed( $learner, $this->group->id, 'en' ), 'the quiz module is missing' );

		// A client claims the quiz right with the wrong option: refused, nothing recorded.
		$version = $this->getServiceContainer()->get( ModuleResolver::SERVICE_NAME )
			->resolve( Title::makeTitle( NS_TRAINING, 'Group quiz module' ) )->getValue();
		$forged = $this->getServiceContainer()->get( RecordProgressCommand::SERVICE_NAME )->recordIfAllowed(
			$learner, $version, new ProgressUpdate( 2, [ 1, 2 ], [ 1 => 'right' ], [], [],
				new QuizChoices( [ 1 => [ 2 ] ] ) ) );
		$this->assertStatusError( 'trainings-progress-error-quizforged', $forged );
		$this->progress( $learner, 'Group quiz module', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->assertStatusError( 'trainings-certificate-error-group-notcompleted',
			$command->issueForGroupIfAllowed( $learner, $this->group->id, 'en' ),
			'every step seen, the quiz not right' );

		$this->completeEverything( $learner );
		$certificate = $this->issue( $learner );
		$this->assertSame( [ $this->group->id, 0, 'Spring class', $this->group->items ],
			[ $certificate->groupId, $certificate->pageId, $certificate->groupName, $certificate->groupItems ] );
		$this->assertSame( $certificate->code, $this->issue( $learner )->code, 'one certificate per group' );
		$course = $command->issueIfAllowed( $learner, Title::makeTitle( NS_TRAINING, 'Group course' ), 'en' );
		$this->assertStatusGood( $course );
		$this->assertNotSame( $certificate->code, $course->getValue()->code, 'the course has its own certificate' );
		$this->assertSame( [ [ (string)$this->group->id, '0' ] ], array_map( static fn ( $row ) => array_values(
			(array)$row ), iterator_to_array( $this->getDb()->newSelectQueryBuilder()
			->select( [ 'tc_group', 'tc_page' ] )->from( CertificateStore::TABLE )
			->where( [ 'tc_code' => $certificate->code ] )->caller( __METHOD__ )->fetchResultSet() ) ) );
	}

	public function testOnlyCurrentParticipantsGetOne(): void {
		$outsider = $this->getMutableTestUser()->getUser();
		$this->completeEverything( $outsider );
		$this->assertStatusError( 'trainings-certificate-error-notmember',
			$this->command()->issueForGroupIfAllowed( $outsider, $this->group->id, 'en' ),
			'completed, not a participant' );
		[ $html ] = $this->open( $outsider, '', [ 'group' => (string)$this->group->id ], true );
		$this->assertStringContainsString( '(trainings-certificate-error-notmember)', $html );
		$this->assertStringNotContainsString( 'ext-trainings-certificate-open', $html );
		$this->assertStatusError( 'trainings-certificate-error-notmember',
			$this->command()->issueForGroupIfAllowed( $outsider, 999999, 'en' ), 'no such group' );
	}

	public function testOpenedFromTheGroupLink(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->join( $learner, $this->group );
		[ $html ] = $this->open( $learner, '', [ 'group' => (string)$this->group->id ] );
		$this->single( self::xpath( $html ), '//button[contains(@class,"ext-trainings-certificate-open")]' );
		[ $html ] = $this->open( $learner, '', [ 'group' => (string)$this->group->id ], true );
		$this->assertStringContainsString( '(trainings-certificate-error-group-notcompleted: Spring class)', $html );
		$this->completeEverything( $learner );
		[ , $response ] = $this->open( $learner, '', [ 'group' => (string)$this->group->id ], true );
		$this->assertMatchesRegularExpression( '/Special:TrainingCertificate\/[0-9a-f]{24}$/',
			(string)$response->getHeader( 'Location' ) );
	}

	public function testVerificationOfValidUnknownAndRevokedGroupCertificates(): void {
		$learner = $this->getMutableTestUser( [], 'Group certified' )->getUser();
		$this->join( $learner, $this->group );
		$this->completeEverything( $learner );
		$certificate = $this->issue( $learner );
		// The group is deleted: the certificate still says what it certified.
		$this->assertStatusGood( $this->getServiceContainer()->get( ManageGroupCommand::SERVICE_NAME )
			->deleteIfAllowed( $this->organiser, $this->group->id ) );

		[ $html ] = $this->open( $this->anonymous(), $certificate->code );
		$this->assertStringContainsString( '(trainings-certificate-valid)', $html );
		$box = $this->single( self::xpath( $html ), '//div[contains(@class,"ext-trainings-certificate")][@lang="en"]' );
		$this->assertStringContainsString( 'has completed everything the training group asked for', $box->textContent );
		$this->assertStringContainsString( 'Spring class', $box->textContent );
		$this->assertStringContainsString( 'Trainings: Group quiz module, Group course', $box->textContent );
		$this->assertStringContainsString( $learner->getName(), $box->textContent );

		[ $json ] = $this->open( $this->anonymous(), $certificate->code, [ 'format' => 'badge' ] );
		$badge = json_decode( $json, true );
		$this->assertSame( 'Spring class', $badge['name'] );
		$this->assertStringContainsString( 'Group quiz module, Group course', $badge['criteria']['narrative'] );
		[ $json ] = $this->open( $this->anonymous(), $certificate->code, [ 'format' => 'json' ] );
		$this->assertArrayNotHasKey( 'revoked', json_decode( $json, true ) );

		[ $html ] = $this->open( $this->anonymous(), 'NoSuchGroupCode' );
		$this->assertStringContainsString( '(trainings-certificate-unknown)', $html );

		[ $html ] = $this->open( $learner, $certificate->code, [ 'wpAction' => 'revoke' ], true );
		$this->assertStringContainsString( '(trainings-certificate-revoked)', $html );
		[ $html ] = $this->open( $this->anonymous(), $certificate->code );
		$this->assertStringContainsString( '(trainings-certificate-revoked)', $html );
		$this->assertStringNotContainsString( '(trainings-certificate-valid)', $html );
		[ $json, $response ] = $this->open( $this->anonymous(), $certificate->code, [ 'format' => 'json' ] );
		$this->assertTrue( json_decode( $json, true )['revoked'] );
		$this->assertSame( 410, $response->getStatusCode() );
	}

	public function testReopenedAfterRevokingWithANewCode(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->join( $learner, $this->group );
		$this->completeEverything( $learner );
		$first = $this->issue( $learner );
		$this->assertStatusGood( $this->command()->revokeIfAllowed( $learner, $first->code ) );
		$second = $this->issue( $learner );
		$this->assertNotSame( $first->code, $second->code );
		$this->assertFalse( $second->isRevoked() );
		$this->assertSame( 'Spring class', $second->groupName );
	}

}
