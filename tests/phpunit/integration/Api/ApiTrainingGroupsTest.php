<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Extension\Trainings\Certificates\CertificateCommand;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Groups\GroupFixture;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;

/**
 * The API for dashboards (design record 0015): groups one organises, a group's progress for
 * its organisers only, joining and leaving, certificate verification for anyone.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainingGroups
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainingGroupProgress
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingGroupMembership
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainingCertificate
 */
class ApiTrainingGroupsTest extends ApiTestCase {

	use EditsAsReviewer;
	use GroupFixture;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Api module', 2, 0 );
	}

	/**
	 * @param Authority $performer
	 * @param int $group
	 * @return array<string,mixed>
	 */
	private function progressOf( Authority $performer, int $group ): array {
		return $this->doApiRequest( [ 'action' => 'query', 'list' => 'traininggroupprogress', 'tgpgroup' => $group ],
			null, false, $performer )[0]['query']['traininggroupprogress'];
	}

	public function testOrganisersListTheirGroupsAndSeeTheirProgress(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Api module' ] );
		$learner = $this->getMutableTestUser()->getUser();
		$this->doApiRequestWithToken( [ 'action' => 'traininggroupmembership', 'join' => $group->code ],
			null, $learner );
		$this->progress( $learner, 'Api module', new ProgressUpdate( 1, [ 1 ] ) );

		$list = $this->doApiRequest( [ 'action' => 'query', 'list' => 'traininggroups' ], null, false, $organiser );
		$this->assertSame( [ $group->id ], array_column( $list[0]['query']['traininggroups'], 'id' ) );
		$this->assertSame( 1, $list[0]['query']['traininggroups'][0]['participants'] );
		$data = $this->progressOf( $organiser, $group->id );
		$this->assertSame( $learner->getName(), $data['participants'][0]['name'] );
		$this->assertSame( [ 'in-progress', 1, 2 ], [ $data['participants'][0]['progress'][0]['state'],
			$data['participants'][0]['progress'][0]['done'], $data['participants'][0]['progress'][0]['of'] ] );

		$left = $this->doApiRequestWithToken( [ 'action' => 'traininggroupmembership', 'leave' => $group->id ],
			null, $learner );
		$this->assertTrue( $left[0]['traininggroupmembership']['wasmember'] );
		$this->assertSame( [], $this->progressOf( $organiser, $group->id )['participants'], 'who left is gone' );
	}

	public function testNobodyElseSeesAGroupsProgress(): void {
		$organiser = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $organiser, [ 'Api module' ] );
		$member = $this->getMutableTestUser()->getUser();
		$this->join( $member, $group );
		$other = $this->createGroup( $this->getMutableTestUser()->getUser(), [ 'Api module' ], 'Other' );
		$otherMember = $this->getMutableTestUser()->getUser();
		$this->join( $otherMember, $other );
		foreach ( [
			'a non-organiser' => [ $this->getMutableTestUser()->getUser(), 'trainings-group-error-notorganiser' ],
			'a participant' => [ $member, 'trainings-group-error-notorganiser' ],
			'a participant of another group' => [ $otherMember, 'trainings-group-error-notorganiser' ],
			'an anonymous user' => [ $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' ),
				'trainings-progress-error-notloggedin' ],
		] as $who => [ $reader, $error ] ) {
			try {
				$this->progressOf( $reader, $group->id );
				$this->fail( "$who saw the group's progress" );
			} catch ( ApiUsageException $e ) {
				$this->assertStatusError( $error, $e->getStatusValue(), $who );
			}
		}
	}

	public function testJoinNeedsAToken(): void {
		$group = $this->createGroup( $this->getMutableTestUser()->getUser(), [ 'Api module' ] );
		$learner = $this->getMutableTestUser()->getUser();
		$this->expectException( ApiUsageException::class );
		$this->doApiRequest( [ 'action' => 'traininggroupmembership', 'join' => $group->code ], null, false, $learner );
	}

	public function testParametersAreSizeLimited(): void {
		$this->expectException( ApiUsageException::class );
		$this->doApiRequestWithToken( [ 'action' => 'traininggroupmembership', 'join' => str_repeat( 'x', 33 ) ],
			null, $this->getMutableTestUser()->getUser() );
	}

	public function testCertificateVerificationForAnyone(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$this->progress( $learner, 'Api module', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$command = $this->getServiceContainer()->get( CertificateCommand::SERVICE_NAME );
		$certificate = $command->issueIfAllowed( $learner, Title::makeTitle( NS_TRAINING, 'Api module' ), 'en' )
			->getValue();
		$anonymous = $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
		$check = fn ( string $code ) => $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingcertificate',
			'tccode' => $code ], null, false, $anonymous )[0]['query']['trainingcertificate'];
		$valid = $check( $certificate->code );
		$this->assertSame( 'valid', $valid['status'] );
		$this->assertSame( 'Training:Api module', $valid['training'] );
		$this->assertSame( $learner->getName(), $valid['name'] );
		$this->assertSame( 'unknown', $check( 'NoSuchCode' )['status'] );
		$command->revokeIfAllowed( $learner, $certificate->code );
		$this->assertSame( 'revoked', $check( $certificate->code )['status'] );
	}

	public function testGroupCertificateVerificationNamesTheGroupAndItsTrainings(): void {
		$learner = $this->getMutableTestUser()->getUser();
		$group = $this->createGroup( $this->getMutableTestUser()->getUser(), [ 'Api module' ], 'Api class' );
		$this->join( $learner, $group );
		$this->progress( $learner, 'Api module', new ProgressUpdate( 2, [ 1, 2 ] ) );
		$command = $this->getServiceContainer()->get( CertificateCommand::SERVICE_NAME );
		$certificate = $command->issueForGroupIfAllowed( $learner, $group->id, 'en' )->getValue();
		$anonymous = $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
		$check = fn ( string $code ) => $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingcertificate',
			'tccode' => $code ], null, false, $anonymous )[0]['query']['trainingcertificate'];
		$valid = $check( $certificate->code );
		$this->assertSame( [ 'valid', 'Api class', [ 'Training:Api module' ], null ],
			[ $valid['status'], $valid['group'], $valid['items'], $valid['training'] ] );
		$command->revokeIfAllowed( $learner, $certificate->code );
		$this->assertSame( 'revoked', $check( $certificate->code )['status'] );
	}

}
