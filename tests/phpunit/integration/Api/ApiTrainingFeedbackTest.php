<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Block\DatabaseBlock;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\MaintenanceLoop\ReviewFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\User\User;
use stdClass;
use Wikimedia\ObjectCache\HashBagOStuff;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * action=trainingfeedback and action=trainingfeedbackdelete: flags are stored (never as page
 * edits), appear in the maintainers' queue and notify the maintainer once a day; missing
 * tokens, blocked users, floods, a read-only database and anonymous comments are refused and
 * store nothing.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingFeedback
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingFeedbackDelete
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\SubmitFeedbackCommand
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\DeleteFeedbackCommand
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainerNotifications
 */
class ApiTrainingFeedbackTest extends ApiTestCase {

	use EditsAsReviewer;
	use ReviewFixture;

	private const MODULE = 'Training:Flagged module';

	private User $maintainer;
	private User $learner;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->maintainer = $this->getMutableTestUser()->getUser();
		$this->learner = $this->getMutableTestUser()->getUser();
		$this->saveReviewedModule( 'Flagged module', $this->maintainer->getName(), '2025-03-01' );
		$this->saveReviewedModule( 'Flagged module/fr', $this->maintainer->getName(), '2025-03-01' );
	}

	/**
	 * @param array<string,mixed> $params
	 * @return array<string,mixed>
	 */
	private function flag( array $params, ?Authority $performer = null ): array {
		$params += [ 'action' => 'trainingfeedback', 'module' => self::MODULE, 'step' => 1, 'kind' => 'unclear' ];
		[ $result ] = $this->doApiRequestWithToken( $params, null, $performer ?? $this->learner );
		return $result['trainingfeedback'];
	}

	private function storedCount(): int {
		return $this->getDb()->newSelectQueryBuilder()
			->select( '*' )->from( FeedbackStore::TABLE )->caller( __METHOD__ )->fetchRowCount();
	}

	/**
	 * @param callable $call
	 * @param string $code
	 */
	private function assertRefused( callable $call, string $code ): void {
		$before = $this->storedCount();
		try {
			$call();
			$this->fail( "Expected the API error $code" );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, $code ), "Expected $code, got: " . $e->getMessage() );
		}
		$this->assertSame( $before, $this->storedCount(), 'nothing stored' );
	}

	public function testFlagIsStoredAndQueued(): void {
		$revisions = $this->getDb()->newSelectQueryBuilder()->select( '*' )->from( 'revision' )
			->caller( __METHOD__ )->fetchRowCount();
		$result = $this->flag( [ 'comment' => '<script>alert(1)</script> Which form?' ] );
		$this->assertSame( 'Success', $result['result'] );
		$this->flag( [ 'module' => self::MODULE . '/fr', 'step' => 2, 'kind' => 'broken' ] );

		$row = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'tf_step', 'tf_kind', 'tf_comment', 'tf_user', 'tf_lang' ] )
			->from( FeedbackStore::TABLE )->where( [ 'tf_id' => $result['id'] ] )
			->caller( __METHOD__ )->fetchRow();
		$this->assertInstanceOf( stdClass::class, $row );
		$this->assertSame(
			[ '1', 'unclear', '<script>alert(1)</script> Which form?', (string)$this->learner->getId(), 'en' ],
			[ (string)$row->tf_step, (string)$row->tf_kind, (string)$row->tf_comment, (string)$row->tf_user,
				(string)$row->tf_lang ] );
		$this->assertSame( $revisions, $this->getDb()->newSelectQueryBuilder()->select( '*' )->from( 'revision' )
			->caller( __METHOD__ )->fetchRowCount(), 'no page edit' );

		$this->assertSame( [
			'feedback Flagged_module en 1',
			'feedback Flagged_module fr 2',
		], array_values( array_filter( $this->queueRows(), static fn ( $r ) => str_starts_with( $r, 'feedback' ) ) ) );
	}

	public function testMissingToken(): void {
		$this->assertRefused( function () {
			$this->doApiRequest( [ 'action' => 'trainingfeedback', 'module' => self::MODULE, 'step' => 1,
				'kind' => 'unclear' ], null, false, $this->learner );
		}, 'missingparam' );
	}

	public function testBadToken(): void {
		$this->assertRefused( function () {
			$this->doApiRequest( [ 'action' => 'trainingfeedback', 'module' => self::MODULE, 'step' => 1,
				'kind' => 'unclear', 'token' => 'not+a+token\\' ], null, false, $this->learner );
		}, 'badtoken' );
	}

	public function testBlockedUser(): void {
		$block = new DatabaseBlock( [ 'address' => $this->learner, 'by' => $this->getTestSysop()->getUser(),
			'reason' => 'Test' ] );
		$this->getServiceContainer()->getDatabaseBlockStore()->insertBlock( $block );
		$this->learner->clearInstanceCache();
		$this->assertRefused( fn () => $this->flag( [] ), 'blocked' );
	}

	public function testRateLimit(): void {
		$this->overrideConfigValues( [
			MainConfigNames::RateLimits => [ 'trainingfeedback' => [ 'user' => [ 2, 3600 ], 'newbie' => [ 2, 3600 ] ] ],
			MainConfigNames::MainCacheType => 'hash',
		] );
		$this->setMainCache( new HashBagOStuff() );
		$this->flag( [] );
		$this->flag( [ 'step' => 2 ] );
		$this->assertRefused( fn () => $this->flag( [] ), 'ratelimited' );
		$this->assertSame( 2, $this->storedCount() );
	}

	public function testReadOnly(): void {
		$this->overrideConfigValue( MainConfigNames::ReadOnly, 'Maintenance' );
		$this->assertRefused( fn () => $this->flag( [] ), 'readonly' );
	}

	public function testBadInput(): void {
		$this->assertRefused( fn () => $this->flag( [ 'step' => 3 ] ), 'step' );
		$this->assertRefused( fn () => $this->flag( [ 'kind' => 'boring' ] ), 'badvalue' );
		$this->assertRefused( fn () => $this->flag( [ 'comment' => str_repeat( 'é', 501 ) ] ), 'maxchars' );
		$this->assertRefused( fn () => $this->flag( [ 'module' => 'Training:No such module' ] ), 'nosuchmodule' );
	}

	public function testAnonymousReaders(): void {
		$anon = $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
		$this->assertSame( 'Success', $this->flag( [ 'kind' => 'outdated' ], $anon )['result'] );
		$this->assertRefused( fn () => $this->flag( [ 'comment' => 'Hello' ], $anon ), 'anoncomment' );

		$this->overrideConfigValue( 'TrainingsFeedbackAnonymousComments', true );
		$this->assertSame( 'Success', $this->flag( [ 'comment' => 'Hello' ], $anon )['result'] );
		$this->assertSame( [ '0', '0' ], array_map( 'strval', $this->getDb()->newSelectQueryBuilder()
			->select( 'tf_user' )->from( FeedbackStore::TABLE )->caller( __METHOD__ )->fetchFieldValues() ) );
	}

	public function testAnonymousRateLimitByIp(): void {
		$this->overrideConfigValues( [
			MainConfigNames::RateLimits => [ 'trainingfeedback' => [ 'ip' => [ 1, 3600 ], 'anon' => [ 5, 3600 ] ] ],
			MainConfigNames::MainCacheType => 'hash',
		] );
		$this->setMainCache( new HashBagOStuff() );
		$anon = $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
		$this->flag( [], $anon );
		$this->assertRefused( fn () => $this->flag( [], $anon ), 'ratelimited' );
	}

	public function testAuthorDeletesOwnFlagOnly(): void {
		$id = $this->flag( [] )['id'];
		$delete = fn ( Authority $who ) => $this->doApiRequestWithToken(
			[ 'action' => 'trainingfeedbackdelete', 'id' => $id ], null, $who );
		$this->assertRefused( fn () => $delete( $this->maintainer ), 'notyours' );
		$delete( $this->learner );
		$this->assertSame( 0, $this->storedCount() );
		$this->assertRefused( fn () => $delete( $this->learner ), 'nosuchfeedback' );
	}

	public function testMaintainerIsNotifiedOncePerDay(): void {
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Echo' ) ) {
			$this->markTestSkipped( 'Echo is not loaded' );
		}
		$events = fn () => $this->getDb()->newSelectQueryBuilder()
			->select( 'notification_event' )->from( 'echo_notification' )
			->join( 'echo_event', null, 'event_id = notification_event' )
			->where( [ 'notification_user' => $this->maintainer->getId(), 'event_type' => 'trainings-flagged' ] )
			->caller( __METHOD__ )->fetchRowCount();
		$this->flag( [] );
		DeferredUpdates::doUpdates();
		$this->assertSame( 1, $events() );
		$this->flag( [ 'step' => 2 ] );
		DeferredUpdates::doUpdates();
		$this->assertSame( 1, $events(), 'one notification per module per day' );

		ConvertibleTimestamp::setFakeTime( '20250311090000' );
		$this->flag( [ 'step' => 2 ] );
		DeferredUpdates::doUpdates();
		$this->assertSame( 2, $events(), 'the next day again' );
	}

}
