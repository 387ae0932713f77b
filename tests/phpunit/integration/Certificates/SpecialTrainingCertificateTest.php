<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Certificates;

use MediaWiki\Extension\Trainings\Certificates\Certificate;
use MediaWiki\Extension\Trainings\Certificates\CertificateCommand;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
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
 * Certificates: opened only for what the server recorded as completed; verified by anyone
 * (valid, unknown and revoked codes); the Open Badges assertion; a name typed for printing is
 * not stored unless asked.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Certificates\CertificateCommand
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainingCertificate
 * @covers \MediaWiki\Extension\Trainings\Certificates\OpenBadges
 */
class SpecialTrainingCertificateTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use GroupFixture;
	use HtmlAssertions;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->overrideConfigValue( MainConfigNames::Sitename, 'Test wiki' );
		$this->saveModule( 'Cert module one', 2, 0 );
		$this->saveModule( 'Cert module two', 1, 0 );
		$this->savePage( 'Cert course', "{{#trainingcourse:\n| Cert module one\n| Cert module two\n}}" );
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

	private function issue( Authority $learner ): Certificate {
		$status = $this->getServiceContainer()->get( CertificateCommand::SERVICE_NAME )
			->issueIfAllowed( $learner, Title::makeTitle( NS_TRAINING, 'Cert course' ), 'en' );
		$this->assertStatusGood( $status );
		return $status->getValue();
	}

	public function testOnlyACompletedCourseGetsACertificate(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$command = $this->getServiceContainer()->get( CertificateCommand::SERVICE_NAME );
		$course = Title::makeTitle( NS_TRAINING, 'Cert course' );
		$this->progress( $learner, 'Cert module one', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->assertStatusError( 'trainings-certificate-error-notcompleted',
			$command->issueIfAllowed( $learner, $course, 'en' ) );
		$this->progress( $learner, 'Cert module two', new ProgressUpdate( 1, [ 1 ] ) );
		$first = $this->issue( $learner );
		$this->assertSame( $first->code, $this->issue( $learner )->code, 'one certificate per course' );
		$this->assertStatusError( 'trainings-group-error-item',
			$command->issueIfAllowed( $learner, Title::makeTitle( NS_TRAINING, 'No such course' ), 'en' ) );
	}

	public function testVerificationOfValidUnknownAndRevokedCodes(): void {
		$learner = $this->getMutableTestUser( [], 'Certified' )->getUser();
		$this->progress( $learner, 'Cert module one', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->progress( $learner, 'Cert module two', new ProgressUpdate( 1, [ 1 ] ) );
		$certificate = $this->issue( $learner );

		[ $html ] = $this->open( $this->anonymous(), $certificate->code );
		$this->assertStringContainsString( '(trainings-certificate-valid)', $html );
		$box = $this->single( self::xpath( $html ), '//div[contains(@class,"ext-trainings-certificate")][@lang="en"]' );
		$this->assertStringContainsString( $learner->getName(), $box->textContent );
		$this->assertStringContainsString( 'Cert course', $box->textContent );
		$this->assertStringContainsString( 'Issued by Test wiki', $box->textContent, 'in the learner\'s language' );
		$this->assertStringNotContainsString( 'ext-trainings-certificate-owner', $html, 'no owner forms for others' );

		[ $json, $response ] = $this->open( $this->anonymous(), $certificate->code, [ 'format' => 'json' ] );
		$assertion = json_decode( $json, true );
		$this->assertSame( 'Assertion', $assertion['type'] );
		$this->assertSame( [ 'type' => 'hosted' ], $assertion['verification'] );
		$this->assertStringContainsString( $certificate->code, $assertion['id'] );
		$this->assertArrayNotHasKey( 'revoked', $assertion );
		$this->assertStringNotContainsString( $learner->getName(), $json, 'the recipient is hashed' );
		$this->assertSame( 'application/ld+json; charset=utf-8', $response->getHeader( 'Content-Type' ) );
		[ $badge ] = $this->open( $this->anonymous(), $certificate->code, [ 'format' => 'badge' ] );
		$this->assertSame( 'Cert course', json_decode( $badge, true )['name'] );

		[ $html, $response ] = $this->open( $this->anonymous(), 'NoSuchCode123' );
		$this->assertStringContainsString( '(trainings-certificate-unknown)', $html );
		$this->assertStringNotContainsString( '(trainings-certificate-valid)', $html );

		[ $html ] = $this->open( $this->getMutableTestUser()->getUser(), $certificate->code,
			[ 'wpAction' => 'revoke' ], true );
		$this->assertStringContainsString( '(trainings-certificate-valid)', $html, 'only its holder revokes it' );
		[ $html ] = $this->open( $learner, $certificate->code, [ 'wpAction' => 'revoke' ], true );
		$this->assertStringContainsString( '(trainings-certificate-revoked)', $html );
		[ $html ] = $this->open( $this->anonymous(), $certificate->code );
		$this->assertStringContainsString( '(trainings-certificate-revoked)', $html );
		$this->assertStringNotContainsString( '(trainings-certificate-valid)', $html );
		[ $json, $response ] = $this->open( $this->anonymous(), $certificate->code, [ 'format' => 'json' ] );
		$this->assertTrue( json_decode( $json, true )['revoked'] );
		$this->assertSame( 410, $response->getStatusCode() );
	}

	public function testATypedNameIsStoredOnlyWhenAsked(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->progress( $learner, 'Cert module one', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->progress( $learner, 'Cert module two', new ProgressUpdate( 1, [ 1 ] ) );
		$certificate = $this->issue( $learner );
		[ $html ] = $this->open( $learner, $certificate->code, [ 'wpName' => 'Ada Lovelace' ], true );
		$this->assertStringContainsString( 'Ada Lovelace', $html, 'printed with the typed name' );
		[ $html ] = $this->open( $this->anonymous(), $certificate->code );
		$this->assertStringNotContainsString( 'Ada Lovelace', $html, 'not stored' );
		$this->open( $learner, $certificate->code, [ 'wpName' => 'Ada Lovelace', 'wpStore' => '1' ], true );
		[ $html ] = $this->open( $this->anonymous(), $certificate->code );
		$this->assertStringContainsString( 'Ada Lovelace', $html, 'stored when asked' );
	}

	public function testPrintedInTheLearnersLanguageAndDirection(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->progress( $learner, 'Cert module one', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->progress( $learner, 'Cert module two', new ProgressUpdate( 1, [ 1 ] ) );
		$status = $this->getServiceContainer()->get( CertificateCommand::SERVICE_NAME )
			->issueIfAllowed( $learner, Title::makeTitle( NS_TRAINING, 'Cert course' ), 'ar' );
		[ $html ] = $this->open( $this->anonymous(), $status->getValue()->code );
		$this->single( self::xpath( $html ),
			'//div[contains(@class,"ext-trainings-certificate")][@lang="ar"][@dir="rtl"]' );
	}

	public function testOpeningFromTheCoursePage(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->progress( $learner, 'Cert module one', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$this->progress( $learner, 'Cert module two', new ProgressUpdate( 1, [ 1 ] ) );
		[ , $response ] = $this->open( $learner, '', [ 'course' => 'Training:Cert course' ], true );
		$this->assertStringContainsString( 'Special:TrainingCertificate/', (string)$response->getHeader( 'Location' ) );
	}

}
