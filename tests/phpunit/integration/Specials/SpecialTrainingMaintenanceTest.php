<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\MaintenanceLoop\Feedback;
use MediaWiki\Extension\Trainings\Specials\SpecialTrainingMaintenance;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\MaintenanceLoop\ReviewFixture;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use SpecialPageTestBase;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Special:TrainingMaintenance as readers see it: the queue with a link to act on each row,
 * the one-click review that empties the module's rows, and the flags list, visible to the
 * maintainer (every flag, comments escaped) and to authors (their own, which they may delete).
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainingMaintenance
 * @covers \MediaWiki\Extension\Trainings\Specials\QueueTableRenderer
 * @covers \MediaWiki\Extension\Trainings\Specials\FeedbackListRenderer
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackAccess
 */
class SpecialTrainingMaintenanceTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use ReviewFixture;

	private User $maintainer;
	private User $learner;
	private Title $module;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->maintainer = $this->getMutableTestUser( [ 'trainings-reviewer' ] )->getUser();
		$this->learner = $this->getMutableTestUser()->getUser();
		$this->module = $this->saveReviewedModule( 'Queued module', $this->maintainer->getName(), '2023-05-01' );
		TrainingsServices::getFeedbackStore( $this->getServiceContainer() )->insert( new Feedback(
			0, $this->module->getArticleID(), 'en', 2, Feedback::BROKEN, '<b>bold</b> & <script>x</script>',
			$this->learner->getId(), '20250309100000' ) );
	}

	protected function newSpecialPage(): SpecialTrainingMaintenance {
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'TrainingMaintenance' );
		$this->assertInstanceOf( SpecialTrainingMaintenance::class, $page );
		return $page;
	}

	/**
	 * @param array<string,mixed> $query
	 * @return string The HTML
	 */
	private function show( array $query, ?Authority $performer = null, bool $posted = false ): string {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( $query, $posted ), null, $performer );
		return $html;
	}

	public function testQueueRowsLinkToWhereToAct(): void {
		$html = $this->show( [ 'maintainer' => $this->maintainer->getName() ] );
		$this->assertStringContainsString( 'data-type="review"', $html );
		$this->assertStringContainsString( 'data-type="feedback"', $html );
		$this->assertStringContainsString( '(trainings-maintenance-review-due: 2023-05-01)', $html );
		$this->assertStringContainsString( 'action=edit', $html );
		$this->assertStringContainsString( 'feedback=Training%3AQueued+module', $html );
		$this->assertStringNotContainsString( '<script>x', $html, 'no comment in the queue, and nothing unescaped' );
		$this->assertStringNotContainsString( '(trainings-maintenance-action-review)', $this->show( [] ),
			'anonymous readers cannot review' );
		$this->assertStringContainsString( '(trainings-maintenance-empty)',
			$this->show( [ 'maintainer' => $this->learner->getName() ] ) );
	}

	public function testMarkReviewedEmptiesTheModulesRows(): void {
		$this->assertStringContainsString( '(trainings-maintenance-action-review)',
			$this->show( [], $this->maintainer ) );
		// A posted request without wpEditToken gets the performer's own (SpecialPageExecutor).
		$request = new FauxRequest( [ 'do' => 'review', 'module' => 'Training:Queued module',
			'revid' => Title::makeTitle( NS_TRAINING, 'Queued module' )->getLatestRevID() ], true );
		[ $posted ] = $this->executeSpecialPage( '', $request, null, $this->maintainer );
		$this->assertStringNotContainsString( 'cdx-message--error', $posted );
		DeferredUpdates::doUpdates();
		$html = $this->show( [], $this->maintainer );
		$this->assertStringNotContainsString( 'data-module="Training:Queued module"', $html );
		$this->assertStringContainsString( '(trainings-maintenance-empty)', $html );
	}

	public function testOnlyAReviewThatHappenedIsAnnounced(): void {
		$module = Title::makeTitle( NS_TRAINING, 'Queued module' );
		// A name, any text, a page without a review: nothing (the notice reads the stored review).
		$unknown = (string)( $module->getArticleID() + 1000 );
		foreach ( [ 'Training:Queued module', '<b>made up</b>', $unknown ] as $value ) {
			$this->assertStringNotContainsString( 'trainings-maintenance-reviewed',
				$this->show( [ 'reviewed' => $value ], $this->maintainer ), $value );
		}
		$request = new FauxRequest( [ 'do' => 'review', 'module' => 'Training:Queued module',
			'revid' => $module->getLatestRevID() ], true );
		$this->executeSpecialPage( '', $request, null, $this->maintainer );
		$this->assertStringContainsString( '(trainings-maintenance-reviewed-published: Training:Queued module',
			$this->show( [ 'reviewed' => $module->getArticleID() ], $this->maintainer ) );
	}

	public function testBadTokenChangesNothing(): void {
		$html = $this->show( [ 'do' => 'review', 'module' => 'Training:Queued module', 'wpEditToken' => 'bad' ],
			$this->maintainer, true );
		$this->assertStringContainsString( '(sessionfailure)', $html );
		$this->assertStringContainsString( 'data-type="review"', $this->show( [], $this->maintainer ) );
	}

	public function testFlagsAreEscapedAndShownToWhomTheyConcern(): void {
		$html = $this->show( [ 'feedback' => 'Training:Queued module' ], $this->maintainer );
		$this->assertStringContainsString( '&lt;b>bold&lt;/b> &amp; &lt;script>x&lt;/script>', $html );
		$this->assertStringNotContainsString( '<script>x', $html );
		$this->assertStringNotContainsString( 'deletefeedback', $html, 'maintainers do not delete learners\' flags' );

		$own = $this->show( [ 'feedback' => 'Training:Queued module' ], $this->learner );
		$this->assertStringContainsString( 'deletefeedback', $own );
		$this->assertStringContainsString( '(trainings-feedback-kind-broken)', $own );

		$other = $this->getMutableTestUser()->getUser();
		$this->assertStringNotContainsString( 'bold',
			$this->show( [ 'feedback' => 'Training:Queued module' ], $other ) );
		$this->assertStringNotContainsString( 'bold', $this->show( [ 'feedback' => 'Training:Queued module' ] ) );
		$this->assertStringContainsString( 'bold',
			$this->show( [ 'feedback' => 'Training:Queued module' ], $this->getTestSysop()->getUser() ),
			'administrators see it' );
	}

}
