<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\MaintenanceLoop;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\MainConfigNames;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\User\User;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * A user named as maintainer of many modules gets at most
 * `$wgTrainingsNotificationsPerRecipientPerDay` Echo notifications a day across them, however
 * many of their modules are flagged; the other maintainers are not held back by that cap.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainerNotifications
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\NotificationLimiter
 */
class NotificationCapTest extends ApiTestCase {

	use EditsAsReviewer;
	use ReviewFixture;

	private User $named;
	private User $other;

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Echo' ) ) {
			$this->markTestSkipped( 'Echo is not loaded' );
		}
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->named = $this->getMutableTestUser()->getUser();
		$this->other = $this->getMutableTestUser()->getUser();
	}

	private function notificationsOf( User $user ): int {
		return $this->getDb()->newSelectQueryBuilder()
			->select( 'notification_event' )->from( 'echo_notification' )
			->join( 'echo_event', null, 'event_id = notification_event' )
			->where( [ 'notification_user' => $user->getId(), 'event_type' => 'trainings-flagged' ] )
			->caller( __METHOD__ )->fetchRowCount();
	}

	private function flag( string $module ): void {
		$this->doApiRequestWithToken( [ 'action' => 'trainingfeedback', 'module' => "Training:$module",
			'step' => 1, 'kind' => 'unclear' ], null, $this->getTestUser()->getAuthority() );
		DeferredUpdates::doUpdates();
	}

	public function testDailyCapPerRecipientAcrossModules(): void {
		$cap = $this->getConfVar( 'TrainingsNotificationsPerRecipientPerDay' );
		$this->assertSame( 5, $cap, 'the documented default' );
		$modules = [];
		for ( $i = 1; $i <= $cap + 3; $i++ ) {
			$modules[] = "Capped module $i";
			$maintainers = $i === $cap + 3 ? $this->named->getName() . ', ' . $this->other->getName()
				: $this->named->getName();
			$this->saveReviewedModule( "Capped module $i", $maintainers, '2025-03-01' );
		}
		foreach ( $modules as $module ) {
			$this->flag( $module );
		}
		$this->assertSame( $cap, $this->notificationsOf( $this->named ), 'the cap across modules' );
		$this->assertSame( 1, $this->notificationsOf( $this->other ), 'another maintainer is still told' );

		// The next day, the count starts again.
		ConvertibleTimestamp::setFakeTime( '20250311090000' );
		$this->flag( $modules[0] );
		$this->assertSame( $cap + 1, $this->notificationsOf( $this->named ) );
	}

}
