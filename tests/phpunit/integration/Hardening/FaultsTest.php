<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use MediaWiki\Context\RequestContext;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use MediaWiki\User\User;

/**
 * Faults around the extension: a read-only or locked database for the special page that writes,
 * a missing optional extension (Translate), a module deleted from under a course. Each gives a
 * clear message and loses nothing.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialMyTrainings
 * @covers \MediaWiki\Extension\Trainings\Content\CourseFunction
 * @covers \MediaWiki\Extension\Trainings\Hooks\TranslateMarkupHandler
 */
class FaultsTest extends ApiTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
	}

	private function progressRows(): int {
		return $this->getDb()->newSelectQueryBuilder()
			->select( '*' )->from( ProgressStore::TABLE )->caller( __METHOD__ )->fetchRowCount();
	}

	/**
	 * Special:MyTrainings as $user, optionally posting a form with a valid token.
	 *
	 * @param User $user
	 * @param array<string,string> $post
	 */
	private function myTrainings( User $user, array $post = [] ): string {
		$request = new FauxRequest( $post, $post !== [] );
		$request->getSession()->setUser( $user );
		if ( $post !== [] ) {
			$request->setVal( 'wpEditToken',
				( new CsrfTokenSet( $request ) )->getToken( 'trainings-mytrainings' )->toString() );
		}
		$context = new RequestContext();
		$context->setRequest( $request );
		$context->setUser( $user );
		$context->setLanguage( 'en' );
		$context->setTitle( Title::makeTitle( NS_SPECIAL, 'MyTrainings' ) );
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'MyTrainings' );
		$this->assertNotNull( $page );
		$page->setContext( $context );
		$page->execute( null );
		return $context->getOutput()->getHTML();
	}

	public function testReadOnlyAndLockedDatabaseOnTheSpecialPage(): void {
		$this->saveModule( 'Faulty module', 2, 0 );
		$user = $this->getMutableTestUser()->getUser();
		$this->doApiRequestWithToken( [ 'action' => 'trainingprogress', 'module' => 'Training:Faulty module',
			'step' => 1 ], null, $user );
		$this->assertSame( 1, $this->progressRows() );

		$lock = $this->getNewTempFile();
		file_put_contents( $lock, 'The database is locked for the hardening test' );
		$reasons = [
			MainConfigNames::ReadOnly => 'Read-only for the hardening test',
			MainConfigNames::ReadOnlyFile => $lock,
		];
		foreach ( $reasons as $setting => $value ) {
			$this->overrideConfigValue( $setting, $value );
			$html = $this->myTrainings( $user, [ 'wpAction' => 'resetall', 'wpConfirm' => '1' ] );
			$error = $this->single( self::xpath( $html ), self::byClass( 'cdx-message--error' ) );
			$this->assertStringContainsString( $setting === MainConfigNames::ReadOnly
				? 'Read-only for the hardening test' : 'locked for the hardening test', $error->textContent, $setting );
			$this->assertSame( 1, $this->progressRows(), "$setting: nothing lost" );
			$this->overrideConfigValue( $setting, null );
		}
		// Back to normal, the progress is there and can be reset.
		$html = $this->myTrainings( $user );
		$this->assertStringContainsString( 'Faulty module', $html );
	}

	public function testWithoutTranslate(): void {
		if ( ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'This wiki loads Translate: the test is for wikis without it' );
		}
		$text = "<languages/>\n{{#training: | summary = <translate><!--T:1--> Marked up for Translate</translate> }}\n"
			. "<translate>\n== Step one == <!--T:2-->\n\n<!--T:3-->\nText.\n</translate>\n";
		$this->saveModule( 'Marked up', 1, 0 );
		$this->savePage( 'Marked up', $text );
		$this->savePage( 'Marked up/fr', "{{#training: | summary = Balisé }}\n== Étape ==\nTexte.\n" );
		$page = $this->getServiceContainer()->getWikiPageFactory()
			->newFromTitle( Title::makeTitle( NS_TRAINING, 'Marked up' ) );
		$output = $page->getParserOutput( ParserOptions::newFromAnon() );
		$this->assertInstanceOf( ParserOutput::class, $output );
		$html = $output->getRawText();
		$this->assertStringNotContainsString( 'translate&gt;', $html, 'no Translate markup shown to readers' );
		$this->assertStringNotContainsString( 'languages', $html );
		$this->assertSame( [], $this->all( self::xpath( $html ), self::byClass( 'trainings-error' ) ) );
		$this->assertStringContainsString( 'Marked up for Translate', $html );
		$this->assertStringContainsString( 'data-trainings-steps="1"', $html );
	}

	public function testModuleDeletedFromUnderACourse(): void {
		$this->saveModule( 'Course part one', 2, 0 );
		$this->saveModule( 'Course part two', 2, 0 );
		$course = $this->savePage( 'Faulty course',
			"{{#trainingcourse:\n | Course part one\n | Course part two\n}}\n" );
		$courseHtml = function () use ( $course ): string {
			$output = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $course )
				->getParserOutput( ParserOptions::newFromAnon(), null, true );
			$this->assertInstanceOf( ParserOutput::class, $output );
			return $output->getRawText();
		};
		$touched = fn () => $this->getDb()->newSelectQueryBuilder()->select( 'page_touched' )->from( 'page' )
			->where( [ 'page_id' => $course->getArticleID() ] )->caller( __METHOD__ )->fetchField();
		$this->getDb()->newUpdateQueryBuilder()->update( 'page' )->set( [ 'page_touched' => '20200101000000' ] )
			->where( [ 'page_id' => $course->getArticleID() ] )->caller( __METHOD__ )->execute();
		$this->assertCount( 2, $this->all( self::xpath( $courseHtml() ), '//ol[@class="trainings-course"]/li' ) );

		$deleted = $this->getServiceContainer()->getDeletePageFactory()
			->newDeletePage( $this->getExistingTestPage( Title::makeTitle( NS_TRAINING, 'Course part one' ) ),
				$this->getTestSysop()->getAuthority() )
			->deleteIfAllowed( 'hardening test' );
		$this->assertStatusGood( $deleted );
		DeferredUpdates::doUpdates();
		$this->runJobs();

		// The deletion touched the course (its cached HTML is stale), and it parses with a notice.
		$this->assertGreaterThan( '20200101000000', $touched() );
		$xpath = self::xpath( $courseHtml() );
		$error = $this->single( $xpath, self::byClass( 'trainings-error' ) );
		$this->assertStringContainsString( 'There is no training module "Course part one"', $error->textContent );
		$items = $this->all( $xpath, '//ol[@class="trainings-course"]/li' );
		$this->assertCount( 1, $items );
		$this->assertSame( 'Course_part_two', $items[0]->getAttribute( 'data-trainings-module' ) );
	}

}
