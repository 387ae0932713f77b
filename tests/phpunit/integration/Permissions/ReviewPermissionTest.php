<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Permissions;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use MediaWiki\User\User;

/**
 * The review state of a module (its `reviewed` date, the status "published") changes only by
 * an editor with the right `trainings-review`: through PageUpdater (every save path) and the
 * action API, with the refused text never stored.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\ReviewPermissionHandler
 * @covers \MediaWiki\Extension\Trainings\Permissions\ReviewStateLookup
 * @covers \MediaWiki\Extension\Trainings\Permissions\ReviewRule
 */
class ReviewPermissionTest extends ApiTestCase {

	use EditsAsReviewer;

	private const NAME = 'Review permission';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
	}

	private static function module( string $status, ?string $reviewed, string $body = 'Text.' ): string {
		return "{{#training: | summary = Reviews | status = $status"
			. ( $reviewed === null ? '' : " | reviewed = $reviewed" ) . " }}\n== Step ==\n$body\n";
	}

	private function author(): Authority {
		return $this->getTestUser()->getAuthority();
	}

	private function reviewer(): Authority {
		return $this->getTestUser( [ 'trainings-reviewer' ] )->getAuthority();
	}

	/**
	 * @return list<string> Message keys of the errors, [] when the save went through
	 */
	private function save( string $text, Authority $performer, string $name = self::NAME ): array {
		$status = $this->editPage( Title::makeTitle( NS_TRAINING, $name ), $text, 'test', NS_MAIN, $performer );
		DeferredUpdates::doUpdates();
		return array_values( array_map( static fn ( $message ) => $message->getKey(), $status->getMessages() ) );
	}

	private function storedText( string $name = self::NAME ): ?string {
		$page = $this->getServiceContainer()->getWikiPageFactory()
			->newFromTitle( Title::makeTitle( NS_TRAINING, $name ) );
		$content = $page->getContent();
		return $content === null ? null : $content->serialize() . "\n";
	}

	public function testAuthorsWriteDraftsReviewersPublish(): void {
		$draft = self::module( 'draft', null );
		$this->assertSame( [], $this->save( $draft, $this->author() ) );
		$this->assertSame( [], $this->save( self::module( 'draft', null, 'More text.' ), $this->author() ) );

		$this->assertSame( [ 'trainings-permissions-error-status' ],
			$this->save( self::module( 'published', null ), $this->author() ) );
		$this->assertSame( [ 'trainings-permissions-error-reviewed-new' ],
			$this->save( self::module( 'draft', '2025-06-01' ), $this->author() ) );
		$this->assertSame( self::module( 'draft', null, 'More text.' ), $this->storedText(), 'nothing stored' );

		$this->assertSame( [], $this->save( self::module( 'published', '2025-06-01' ), $this->reviewer() ) );
		// Ordinary edits of a published, reviewed module keep its state and go through.
		$this->assertSame( [],
			$this->save( self::module( 'published', '2025-06-01', 'Fixed a typo.' ), $this->author() ) );
		$this->assertSame( [ 'trainings-permissions-error-reviewed' ],
			$this->save( self::module( 'published', '2026-01-01', 'Fixed a typo.' ), $this->author() ) );
		$this->assertSame( [], $this->save( self::module( 'outdated', '2025-06-01' ), $this->author() ),
			'anyone may say a module is outdated' );
		$this->assertSame( [ 'trainings-permissions-error-status' ],
			$this->save( self::module( 'published', '2025-06-01' ), $this->author() ) );
		$this->assertSame( self::module( 'outdated', '2025-06-01' ), $this->storedText() );
		$this->assertSame( [], $this->save( self::module( 'published', '2025-06-01' ),
			$this->getTestSysop()->getAuthority() ), 'sysops have the right by default' );
	}

	public function testNewPagesClaimNothingLanguageVersionsKeepTheirSourcesState(): void {
		// A new module claims no review and no publication (left out, the status is "published").
		$text = "{{#training: | summary = No status given: published | reviewed = 2025-06-01 }}\n== Step ==\nText.\n";
		$this->assertSame( [ 'trainings-permissions-error-reviewed-new', 'trainings-permissions-error-status' ],
			$this->save( $text, $this->author() ) );
		$this->assertNull( $this->storedText(), 'nothing stored' );
		$this->assertSame( [ 'trainings-permissions-error-status' ],
			$this->save( self::module( 'published', null ), $this->author(), self::NAME . ' other' ) );
		$this->assertSame( [], $this->save( self::module( 'draft', null ), $this->author() ) );
		$this->assertSame( [], $this->save( self::module( 'published', '2025-06-01' ), $this->reviewer() ) );

		// A hand-made translation copies its source's state; it may not claim a review of its own.
		$this->assertSame( [], $this->save( self::module( 'published', '2025-06-01' ), $this->author(),
			self::NAME . '/fr' ) );
		$this->assertSame( [ 'trainings-permissions-error-reviewed' ],
			$this->save( self::module( 'published', '2027-01-01' ), $this->author(), self::NAME . '/de' ) );
		$this->assertNull( $this->storedText( self::NAME . '/de' ) );
		$this->assertSame( [ 'trainings-permissions-error-reviewed' ],
			$this->save( self::module( 'published', '2027-01-01' ), $this->author(), self::NAME . '/fr' ) );
		$this->assertSame( self::module( 'published', '2025-06-01' ), $this->storedText( self::NAME . '/fr' ) );
		$this->assertSame( [ 'trainings-permissions-error-status' ],
			$this->save( self::module( 'published', null ), $this->author(), 'No such source/es' ),
			'a version of a module that does not exist has no state to copy' );
	}

	public function testAPlainPageBecomingAModuleIsPublishedByAReviewer(): void {
		$this->assertSame( [], $this->save( "Not a module yet.\n", $this->author() ) );
		$this->assertSame( [ 'trainings-permissions-error-status' ],
			$this->save( "{{#training: | summary = Now a module }}\n== Step ==\nText.\n", $this->author() ) );
		$this->assertSame( [], $this->save( self::module( 'draft', null ), $this->author() ) );
	}

	public function testSystemUsersAndOtherNamespaces(): void {
		$system = User::newSystemUser( 'Trainings test import', [ 'steal' => true ] );
		$this->assertNotNull( $system );
		$this->assertSame( [], $this->save( self::module( 'published', '2025-06-01' ), $system ) );
		$status = $this->editPage( 'Project:Review', self::module( 'published', '2025-06-01' ), '', NS_MAIN,
			$this->author() );
		$this->assertStatusGood( $status );
	}

	public function testConfigurableStatuses(): void {
		$this->overrideConfigValue( 'TrainingsReviewedStatuses', [] );
		$this->assertSame( [], $this->save( self::module( 'published', null ), $this->author() ) );
		$this->assertSame( [ 'trainings-permissions-error-reviewed-new' ],
			$this->save( self::module( 'published', '2025-06-01' ), $this->author() ) );
	}

	public function testApiEditIsRefusedWithTheMessage(): void {
		$this->assertSame( [], $this->save( self::module( 'draft', null ), $this->author() ) );
		try {
			$this->doApiRequestWithToken( [
				'action' => 'edit',
				'title' => 'Training:' . self::NAME,
				'text' => self::module( 'published', '2025-06-01' ),
			], null, $this->author() );
			$this->fail( 'The API saved a forged review' );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, 'trainings-permissions-error-reviewed-new' ),
				$e->getMessage() );
			$this->assertStringContainsString( 'Only training reviewers', $e->getMessage() );
		}
		$this->assertSame( self::module( 'draft', null ), $this->storedText() );
	}

	public function testRightIsDeclared(): void {
		$permissions = $this->getServiceContainer()->getGroupPermissionsLookup();
		$this->assertContains( 'trainings-review',
			$this->getServiceContainer()->getPermissionManager()->getAllPermissions() );
		$this->assertTrue( $permissions->groupHasPermission( 'sysop', 'trainings-review' ) );
		$this->assertTrue( $permissions->groupHasPermission( 'trainings-reviewer', 'trainings-review' ) );
		$this->assertFalse( $permissions->groupHasPermission( 'user', 'trainings-review' ) );
	}

}
