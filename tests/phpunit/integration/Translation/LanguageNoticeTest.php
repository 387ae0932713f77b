<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use Article;
use MediaWiki\Context\RequestContext;
use MediaWiki\Extension\Trainings\Hooks\LanguageNoticeHandler;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Request\FauxRequest;
use MediaWiki\SpecialPage\RedirectSpecialArticle;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * The reader's language on a module page view: notice and the player's language list, added
 * to the page view (not to the parser output, which is one per page).
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\LanguageNoticeHandler
 * @covers \MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver
 */
class LanguageNoticeTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private const MODULE = 'Notice test module';

	public function addDBDataOnce(): void {
		$text = "{{#training: | summary = S }}\nIntro.\n\n== One ==\nText.\n";
		foreach ( [ '', '/fr', '/ar' ] as $suffix ) {
			$this->editPage( Title::makeTitle( NS_TRAINING, self::MODULE . $suffix ), $text );
		}
		// A course is no module: no player, no notice.
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Notice test course' ),
			"{{#training: | summary = S }}\n{{#trainingcourse: | " . self::MODULE . " }}"
		);
	}

	/**
	 * @param string $page
	 * @param string $uselang
	 * @return array{0:string,1:mixed} The body HTML of the view and the config variable
	 */
	private function view( string $page, string $uselang ): array {
		$title = Title::makeTitle( NS_TRAINING, $page );
		$context = new RequestContext();
		$context->setRequest( new FauxRequest( [ 'uselang' => $uselang ] ) );
		$context->setTitle( $title );
		$context->setLanguage( $uselang );
		$article = Article::newFromTitle( $title, $context );
		$article->view();
		$out = $context->getOutput();
		$this->getServiceContainer()->getHookContainer()->run(
			'BeforePageDisplay', [ $out, $context->getSkin() ]
		);
		return [ $out->getHTML(), $out->getJsConfigVars()[LanguageNoticeHandler::CONFIG_VAR] ?? null ];
	}

	public function testFrenchReaderOfTheSourceIsToldOfTheFrenchVersion(): void {
		[ $html, $languages ] = $this->view( self::MODULE, 'fr' );

		$this->assertStringContainsString( 'trainings-language-notice', $html );
		$this->assertStringContainsString( 'Notice_test_module/fr', $html );
		$this->assertStringContainsString( 'uselang=fr', $html );
		$this->assertStringContainsString( '>français</a>', $html );
		$this->assertIsArray( $languages );
		$this->assertSame( 'en', $languages['shown'] );
		$this->assertSame( [ 'en', 'ar', 'fr' ], array_column( $languages['versions'], 'code' ) );
		$this->assertSame( [ 'English', 'العربية', 'français' ], array_column( $languages['versions'], 'name' ) );
	}

	public function testReaderWithoutATranslationIsToldItFellBack(): void {
		[ $html, $languages ] = $this->view( self::MODULE, 'qqx' );

		$this->assertStringContainsString( '(trainings-language-fallback: ', $html );
		$this->assertStringContainsString( 'action=edit', $html );
		$this->assertStringContainsString( 'Notice_test_module/qqx', $html );
		$this->assertIsArray( $languages );
		$this->assertNotNull( $languages['translateUrl'] );
	}

	public function testLanguageNamesArePlainText(): void {
		// A code MediaWiki accepts but has no name for is shown as typed: "__notoc__" is a
		// behaviour switch in wikitext, which would vanish from a parsed name.
		[ $html ] = $this->view( self::MODULE, 'x-__notoc__' );

		$this->assertStringContainsString( 'trainings-language-notice', $html );
		$this->assertStringContainsString( 'x-__notoc__', $html );
	}

	public function testNoNoticeInTheReadersLanguage(): void {
		[ $html ] = $this->view( self::MODULE . '/fr', 'fr' );
		$this->assertStringNotContainsString( 'trainings-language-notice', $html );

		[ $html ] = $this->view( self::MODULE, 'en' );
		$this->assertStringNotContainsString( 'trainings-language-notice', $html );
	}

	public function testEnglishReaderOfTheFrenchVersionIsToldOfTheSource(): void {
		[ $html, $languages ] = $this->view( self::MODULE . '/fr', 'en' );

		$this->assertStringContainsString( 'trainings-language-notice', $html );
		$this->assertStringContainsString( '>English</a>', $html );
		$this->assertIsArray( $languages );
		$this->assertSame( 'fr', $languages['shown'] );
	}

	public function testNothingOnOtherPages(): void {
		[ $html, $languages ] = $this->view( 'Notice test course', 'fr' );

		$this->assertStringNotContainsString( 'trainings-language-notice', $html );
		$this->assertNull( $languages );
	}

	public function testParserOutputDoesNotVaryByUserLanguage(): void {
		$services = $this->getServiceContainer();
		$page = $services->getWikiPageFactory()->newFromTitle( Title::makeTitle( NS_TRAINING, self::MODULE ) );
		$outputs = [];
		foreach ( [ 'en', 'fr', 'qqx' ] as $code ) {
			$options = ParserOptions::newFromUserAndLang(
				$this->getTestUser()->getUser(), $services->getLanguageFactory()->getLanguage( $code )
			);
			$output = $page->getParserOutput( $options, null, true );
			$this->assertNotFalse( $output );
			$this->assertNotContains( 'userlang', $output->getUsedOptions(), $code );
			$outputs[] = $output->getRawText();
		}
		$this->assertSame( $outputs[0], $outputs[1] );
		$this->assertSame( $outputs[0], $outputs[2] );
	}

	public function testSpecialMyLanguageFindsHandMadeVersions(): void {
		$special = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'MyLanguage' );
		$this->assertInstanceOf( RedirectSpecialArticle::class, $special );
		$expect = [ 'fr' => self::MODULE . '/fr', 'ar' => self::MODULE . '/ar', 'de' => self::MODULE,
			'frc' => self::MODULE . '/fr' ];
		foreach ( $expect as $code => $target ) {
			$context = new RequestContext();
			$context->setLanguage( $code );
			$special->setContext( $context );
			$redirect = $special->getRedirect( 'Training:' . self::MODULE );
			$this->assertInstanceOf( Title::class, $redirect, $code );
			$this->assertSame( $target, $redirect->getText(), $code );
		}
	}

}
