<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Extension\Trainings\Content\TranslateMarkup;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * Without the Translate extension, a module written for it (design record 0003 §1) shows no
 * `<translate>`, `<!--T:n-->`, `<tvar>` or `<languages/>` as text.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\TranslateMarkupHandler
 * @covers \MediaWiki\Extension\Trainings\Content\TranslateMarkup
 */
class TranslateMarkupTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private const SOURCE = <<<'WIKITEXT'
<languages/>
{{#training:
 | title   = <translate><!--T:1--> Talking to partners</translate>
 | summary = <translate><!--T:2--> Prepare a first conversation.</translate>
 | level   = beginner
}}
<translate>
<!--T:3-->
Libraries can open their collections.

== Before the meeting == <!--T:4-->

<!--T:5-->
Click <tvar name="btn">'''Publish changes'''</tvar> when done.
</translate>
<trainingquiz>
? <translate><!--T:6--> What first?</translate>
+ <translate><!--T:7--> Their needs.</translate>
- <translate><!--T:8--> A contract.</translate>
</trainingquiz>
<!-- an editor's comment stays a comment -->
<nowiki><translate>kept</translate></nowiki>
WIKITEXT;

	public function testSourcePageRendersWithoutTranslateMarkup(): void {
		if ( ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'Translate handles its markup itself' );
		}
		$title = Title::makeTitle( NS_TRAINING, 'Translate markup test' );
		$this->editPage( $title, self::SOURCE );
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$output = $page->getParserOutput( ParserOptions::newFromAnon(), null, true );
		$this->assertNotFalse( $output );
		$html = $output->getRawText();

		// Text in <nowiki> stays as written.
		$this->assertStringContainsString( '&lt;translate&gt;kept&lt;/translate&gt;', $html );
		$html = str_replace( '&lt;translate&gt;kept&lt;/translate&gt;', '', $html );
		foreach ( [ '&lt;translate', '&lt;/translate', '&lt;languages', '&lt;tvar', 'T:3', '&lt;!--' ] as $raw ) {
			$this->assertStringNotContainsString( $raw, $html, $raw );
		}
		$this->assertStringContainsString( "<b>Publish changes</b>", $html );
		$this->assertStringContainsString( 'data-trainings-steps="1"', $html );
		$this->assertStringContainsString( 'Before the meeting', $html );
		$this->assertStringContainsString( 'class="trainings-quiz"', $html );
		$this->assertSame( 'Talking to partners', $output->getPageProperty( 'trainings-title' ) );
		$this->assertSame( 'Prepare a first conversation.', $output->getPageProperty( 'trainings-summary' ) );
	}

	public function testStripFromPage(): void {
		$this->assertSame(
			"== Heading ==\n\nText with '''b'''.\n<!-- comment -->",
			TranslateMarkup::stripFromPage(
				"<translate>\n== Heading == <!--T:1-->\n\n<!--T:2-->\n" .
					"Text with <tvar name=x>'''b'''</tvar>.\n</translate>\n<!-- comment -->"
			)
		);
		$this->assertSame( 'plain', TranslateMarkup::stripFromPage( 'plain' ) );
	}

}
