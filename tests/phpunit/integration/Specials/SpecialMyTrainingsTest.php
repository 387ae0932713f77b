<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use DOMXPath;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Extension\Trainings\Specials\SpecialMyTrainings;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use SpecialPageTestBase;
use UserNotLoggedIn;

/**
 * Special:MyTrainings: only the current user's own progress, and resetting it with a token.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialMyTrainings
 */
class SpecialMyTrainingsTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use HtmlAssertions;
	use ProgressFixture;

	private const ROW = '//table[contains(@class, "ext-trainings-mytrainings")]/tbody/tr';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Progress page one', 3, 1 );
		$this->saveModule( 'Progress page one/fr', 3, 1 );
		$this->saveModule( 'Progress page two', 2, 0 );
	}

	protected function newSpecialPage(): SpecialMyTrainings {
		$services = $this->getServiceContainer();
		return new SpecialMyTrainings(
			$services->getLanguageNameUtils(),
			$services->get( LearnerCheck::SERVICE_NAME ),
			$services->get( MembershipCommand::SERVICE_NAME ),
			$services->get( ModuleResolver::SERVICE_NAME ),
			$services->get( ProgressStore::SERVICE_NAME ),
			$services->get( ResetProgressCommand::SERVICE_NAME )
		);
	}

	private function record( User $user, string $page, ProgressUpdate $update ): void {
		$resolver = $this->getServiceContainer()->get( ModuleResolver::SERVICE_NAME );
		$module = $resolver->resolve( Title::makeTitle( NS_TRAINING, $page ) )->getValue();
		$this->assertInstanceOf( ModuleVersion::class, $module );
		$this->assertStatusGood( $this->getServiceContainer()->get( RecordProgressCommand::SERVICE_NAME )
			->recordIfAllowed( $user, $module, $update ) );
	}

	/**
	 * @param array<string,string> $post Posted fields (none: a GET)
	 * @param bool $withToken Add a valid CSRF token to a POST
	 */
	private function render( Authority $performer, array $post = [], bool $withToken = true ): DOMXPath {
		$request = new FauxRequest( $post, $post !== [] );
		// The performer's session, held here so that it lives (with its token) until the page ran.
		$session = $request->getSession();
		$userFactory = $this->getServiceContainer()->getUserFactory();
		$session->setUser( $userFactory->newFromUserIdentity( $performer->getUser() ) );
		if ( $post !== [] && $withToken ) {
			$request->setVal( 'wpEditToken',
				( new CsrfTokenSet( $request ) )->getToken( 'trainings-mytrainings' )->toString() );
		}
		[ $html ] = $this->executeSpecialPage( '', $request, 'qqx', $performer );
		$this->assertSame( $session->getSessionId(), $request->getSession()->getSessionId() );
		return self::xpath( $html );
	}

	/**
	 * @return list<string> "module|language" of each row
	 */
	private function rows( DOMXPath $xpath ): array {
		$keys = [];
		foreach ( $this->all( $xpath, self::ROW ) as $row ) {
			$keys[] = $row->getAttribute( 'data-trainings-module' ) . '|'
				. $row->getAttribute( 'data-trainings-language' );
		}
		sort( $keys );
		return $keys;
	}

	private function countRows( User $user ): int {
		$id = $this->getServiceContainer()->get( LearnerCheck::SERVICE_NAME )->learnerId( $user )->getValue();
		$store = $this->getServiceContainer()->get( ProgressStore::SERVICE_NAME );
		return count( $store->listForUser( $id, 100, null, [], true ) );
	}

	public function testAnonymousUsersAreAskedToLogIn(): void {
		$this->expectException( UserNotLoggedIn::class );
		$this->render( $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' ) );
	}

	public function testListsOnlyTheOwnProgress(): void {
		$me = $this->getMutableTestUser()->getUser();
		$other = $this->getMutableTestUser()->getUser();
		$this->record( $me, 'Progress page one', new ProgressUpdate( 2, [ 1 ] ) );
		$this->record( $me, 'Progress page two', new ProgressUpdate( 2, [ 1 ] ) );
		$this->record( $other, 'Progress page one/fr', new ProgressUpdate( 1 ) );

		$xpath = $this->render( $me );
		$this->assertSame( [ 'Progress_page_one|en', 'Progress_page_two|en' ], $this->rows( $xpath ),
			'own rows, never the other user\'s' );
		$one = $this->single( $xpath, self::ROW . '[@data-trainings-module="Progress_page_one"]' );
		$this->assertStringContainsString( '(trainings-mytrainings-state-step: 2, 3)', $one->textContent );
		$continue = $this->single( $xpath, self::ROW . '[@data-trainings-module="Progress_page_one"]'
			. '//a[@class="ext-trainings-mytrainings-continue"]' );
		$this->assertStringEndsWith( 'Progress_page_one#step-2', $continue->getAttribute( 'href' ) );
		$two = $this->single( $xpath, self::ROW . '[@data-trainings-module="Progress_page_two"]' );
		$this->assertStringContainsString( '(trainings-mytrainings-state-completed:', $two->textContent );

		$theirs = $this->render( $other );
		$this->assertSame( [ 'Progress_page_one|fr' ], $this->rows( $theirs ) );
		$this->assertStringContainsString( 'Progress_page_one/fr#step-1',
			$this->single( $theirs, self::ROW . '//a[@class="ext-trainings-mytrainings-continue"]' )
				->getAttribute( 'href' ) );

		$nobody = $this->render( $this->getMutableTestUser()->getUser() );
		$this->assertSame( [], $this->rows( $nobody ) );
		$this->single( $nobody, '//p[@class="ext-trainings-mytrainings-empty"]' );
	}

	public function testResetOneModuleNeedsAToken(): void {
		$me = $this->getMutableTestUser()->getUser();
		$other = $this->getMutableTestUser()->getUser();
		$this->record( $me, 'Progress page one', new ProgressUpdate( 1 ) );
		$this->record( $me, 'Progress page two', new ProgressUpdate( 1 ) );
		$this->record( $other, 'Progress page one', new ProgressUpdate( 1 ) );
		$moduleId = (string)Title::makeTitle( NS_TRAINING, 'Progress page one' )->getArticleID();
		$post = [ 'wpAction' => 'reset', 'wpModule' => $moduleId, 'wpLanguage' => 'en' ];

		$xpath = $this->render( $me, $post, false );
		$this->assertStringContainsString( '(sessionfailure)', $xpath->document->textContent );
		$this->assertSame( 2, $this->countRows( $me ), 'no token: nothing reset' );

		$xpath = $this->render( $me, $post );
		$this->assertStringContainsString( '(trainings-mytrainings-reset-done', $xpath->document->textContent );
		$this->assertSame( [ 'Progress_page_two|en' ], $this->rows( $xpath ) );
		$this->assertSame( 1, $this->countRows( $other ), 'the other user\'s progress stays' );

		// Every row offers a reset form with a token.
		$this->assertCount( 1, $this->all( $xpath, self::ROW . '//form[@method="post"]/input[@name="wpEditToken"]' ) );
	}

	public function testResetEverythingAsksForConfirmation(): void {
		$me = $this->getMutableTestUser()->getUser();
		$other = $this->getMutableTestUser()->getUser();
		$this->record( $me, 'Progress page one', new ProgressUpdate( 1 ) );
		$this->record( $me, 'Progress page two', new ProgressUpdate( 1 ) );
		$this->record( $other, 'Progress page two', new ProgressUpdate( 1 ) );

		$list = $this->render( $me );
		$this->single( $list, '//form[@id="ext-trainings-mytrainings-resetall"]' );

		$confirm = $this->render( $me, [ 'wpAction' => 'resetall' ] );
		$this->single( $confirm, '//form[@id="ext-trainings-mytrainings-confirm"]/input[@name="wpConfirm"]' );
		$this->assertSame( [], $this->rows( $confirm ), 'the confirmation replaces the list' );
		$this->assertSame( 2, $this->countRows( $me ), 'nothing reset before confirming' );

		$this->render( $me, [ 'wpAction' => 'resetall', 'wpConfirm' => '1' ], false );
		$this->assertSame( 2, $this->countRows( $me ), 'nothing reset without a token' );

		$done = $this->render( $me, [ 'wpAction' => 'resetall', 'wpConfirm' => '1' ] );
		$this->assertStringContainsString( '(trainings-mytrainings-resetall-done: 2)', $done->document->textContent );
		$this->assertSame( 0, $this->countRows( $me ) );
		$this->assertSame( 1, $this->countRows( $other ), 'only the own progress' );
	}

}
