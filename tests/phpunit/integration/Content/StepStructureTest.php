<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Context\RequestContext;
use MediaWiki\Extension\Trainings\Content\StepStructure;
use MediaWiki\Extension\Trainings\Content\StepStructureResult;
use MediaWikiIntegrationTestCase;

/**
 * The splicer on HTML as it stands when ParserAfterTidy runs (1.43: headings carry
 * data-mw-anchor and a <mw:editsection> placeholder), including the wrappers
 * Translate puts on a translation page.
 *
 * @covers \MediaWiki\Extension\Trainings\Content\StepStructure
 * @covers \MediaWiki\Extension\Trainings\Content\StepScanner
 * @covers \MediaWiki\Extension\Trainings\Content\StepBoundary
 * @covers \MediaWiki\Extension\Trainings\Content\StepStructureResult
 */
class StepStructureTest extends MediaWikiIntegrationTestCase {

	private function apply( string $html, int $quizzes = 0 ): StepStructureResult {
		$context = new RequestContext();
		$context->setLanguage( 'qqx' );
		return ( new StepStructure( $context ) )->apply( $html, $quizzes );
	}

	private static function heading( string $anchor, string $text, int $section ): string {
		return "<h2 data-mw-anchor=\"$anchor\">$text<mw:editsection page=\"Training:X\" section=\"$section\">"
			. "$text</mw:editsection></h2>";
	}

	public function testIntroductionStepListAndSteps(): void {
		$html = "<p>Intro.\n</p>\n" . self::heading( 'Before', 'Before &amp; <i>now</i>', 1 )
			. "\n<p>One.\n</p>\n<h3 data-mw-anchor=\"Sub\">Sub</h3>\n<p>Still one.</p>\n"
			. self::heading( 'During', 'During', 2 ) . "\n<p>Two.</p>\n";

		$result = $this->apply( $html, 1 );

		$this->assertSame( 2, $result->getStepCount() );
		$this->assertSame(
			"<div class=\"trainings-module\" data-trainings-steps=\"2\" data-trainings-quizzes=\"1\">\n"
			. "<div class=\"trainings-intro\"><p>Intro.\n</p>\n</div>\n"
			. '<nav class="trainings-steplist" aria-labelledby="trainings-steplist-label">'
			. '<p id="trainings-steplist-label">(trainings-steplist-label)</p><ol>'
			. '<li><a href="#step-1">Before &amp; now</a></li><li><a href="#step-2">During</a></li></ol></nav>' . "\n"
			. '<section class="trainings-step" id="step-1" data-trainings-step="1" data-trainings-step-id="before-now" '
			. 'aria-labelledby="Before">'
			. self::heading( 'Before', 'Before &amp; <i>now</i>', 1 )
			. "\n<p>One.\n</p>\n<h3 data-mw-anchor=\"Sub\">Sub</h3>\n<p>Still one.</p>\n</section>\n"
			. '<section class="trainings-step" id="step-2" data-trainings-step="2" data-trainings-step-id="during" '
			. 'aria-labelledby="During">'
			. self::heading( 'During', 'During', 2 ) . "\n<p>Two.</p>\n</section>\n</div>",
			$result->getHtml()
		);
	}

	public function testThePageHtmlIsKeptByteForByte(): void {
		$html = "<p>Intro <span class='x' data-a=\"1\">odd  quoting</span>\n</p>\n"
			. self::heading( 'A_&quot;b&quot;', 'A "b"', 1 ) . "\n<p>x<br/>y</p>\n"
			. "<style>h2 { content: '</div><h2>'; }</style>\n"
			. self::heading( 'C', 'C', 2 ) . "\n<pre>\n== not a heading ==</pre>\n";

		$result = $this->apply( $html );

		$this->assertSame( 2, $result->getStepCount(), 'tags inside <style> are text' );
		$this->assertSame( $html, preg_replace( [
			'/^<div class="trainings-module"[^>]*>\n<div class="trainings-intro">/',
			'/<\/div>\n<nav .*?<\/nav>\n/s',
			'/(<\/section>\n)?<section class="trainings-step"[^>]*>/',
			'/<\/section>\n<\/div>$/',
		], '', $result->getHtml() ) );
		$this->assertSame( 2, substr_count( $result->getHtml(), '<mw:editsection page="Training:X"' ) );
	}

	public function testNoSteps(): void {
		$result = $this->apply( "<p>Only an introduction.</p>\n<h3 data-mw-anchor=\"x\">Small</h3>" );

		$this->assertSame( 0, $result->getStepCount() );
		$this->assertSame(
			"<div class=\"trainings-module\" data-trainings-steps=\"0\" data-trainings-quizzes=\"0\">\n"
			. "<div class=\"trainings-intro\"><p>Only an introduction.</p>\n"
			. "<h3 data-mw-anchor=\"x\">Small</h3></div>\n</div>",
			$result->getHtml()
		);
	}

	public function testNestedAndOtherHeadingsDoNotSplit(): void {
		$result = $this->apply( "<h1>Title</h1><div class=\"box\"><h2>Inside a box</h2></div><p>Text</p>" );
		$this->assertSame( 0, $result->getStepCount() );
	}

	public function testLiteralH2WithoutAnchor(): void {
		$result = $this->apply( "<p>Intro</p><h2>Plain</h2><p>x</p><h2 id=\"own\"></h2>" );

		$this->assertSame( 2, $result->getStepCount() );
		$this->assertStringContainsString(
			'<section class="trainings-step" id="step-1" data-trainings-step="1" data-trainings-step-id="plain">'
				. '<h2>Plain</h2>', $result->getHtml() );
		$this->assertStringContainsString( 'aria-labelledby="own"', $result->getHtml() );
		$this->assertStringContainsString( '<a href="#step-2">(trainings-steplist-step: 2)</a>', $result->getHtml(),
			'a heading without text is listed by number' );
	}

	/**
	 * The HTML of a translation page `X/fr`: the first heading untranslated (a block unit in a
	 * wrapper that starts with it), the second translated (Translate's source anchor before it),
	 * the third outdated in the middle of a unit, so the wrapper is split.
	 */
	public function testTranslationPage(): void {
		$html = "<p>Introduction traduite.\n</p>\n"
			. "<div lang=\"en\" dir=\"ltr\" class=\"mw-content-ltr\">\n"
			. self::heading( 'Before_the_meeting', 'Before the meeting', 1 )
			. "\n<p>Untranslated text.\n</p>\n</div>\n"
			. "<p><span id=\"During_the_meeting\"></span>\n</p>\n"
			. self::heading( 'Pendant_la_rencontre', 'Pendant la rencontre', 2 ) . "\n<p>Texte.</p>\n"
			. "<div class=\"mw-translate-fuzzy\">\n<p>Ancien texte.\n</p>\n"
			. self::heading( 'Apr.C3.A8s', 'Après', 3 ) . "\n<p>Suite.</p>\n</div>\n";

		$result = $this->apply( $html );

		$this->assertSame( 3, $result->getStepCount() );
		$this->assertSame(
			"<div class=\"trainings-module\" data-trainings-steps=\"3\" data-trainings-quizzes=\"0\">\n"
			. "<div class=\"trainings-intro\"><p>Introduction traduite.\n</p>\n</div>\n"
			. '<nav class="trainings-steplist" aria-labelledby="trainings-steplist-label">'
			. '<p id="trainings-steplist-label">(trainings-steplist-label)</p><ol>'
			. '<li><a href="#step-1" lang="en" dir="ltr">Before the meeting</a></li>'
			. '<li><a href="#step-2">Pendant la rencontre</a></li>'
			. '<li><a href="#step-3">Après</a></li></ol></nav>' . "\n"
			// The untranslated heading's wrapper opens the step.
			. '<section class="trainings-step" id="step-1" data-trainings-step="1" '
			. 'data-trainings-step-id="before-the-meeting" aria-labelledby="Before_the_meeting">'
			. "<div lang=\"en\" dir=\"ltr\" class=\"mw-content-ltr\">\n"
			. self::heading( 'Before_the_meeting', 'Before the meeting', 1 )
			. "\n<p>Untranslated text.\n</p>\n</div>\n</section>\n"
			// The source anchor joins the step of its heading.
			. '<section class="trainings-step" id="step-2" data-trainings-step="2" '
			. 'data-trainings-step-id="pendant-la-rencontre" aria-labelledby="Pendant_la_rencontre">'
			. "<p><span id=\"During_the_meeting\"></span>\n</p>\n"
			. self::heading( 'Pendant_la_rencontre', 'Pendant la rencontre', 2 ) . "\n<p>Texte.</p>\n"
			// The outdated unit is split: both halves keep its wrapper.
			. "<div class=\"mw-translate-fuzzy\">\n<p>Ancien texte.\n</p>\n</div></section>\n"
			. '<section class="trainings-step" id="step-3" data-trainings-step="3" '
			. 'data-trainings-step-id="apres" aria-labelledby="Apr.C3.A8s">'
			. '<div class="mw-translate-fuzzy">'
			. self::heading( 'Apr.C3.A8s', 'Après', 3 ) . "\n<p>Suite.</p>\n</div>\n</section>\n</div>",
			$result->getHtml()
		);
	}

	public function testAnchorRunIsBrokenByContent(): void {
		$html = "<p><span id=\"a\"></span></p><p>Text</p>" . self::heading( 'H', 'H', 1 );
		$result = $this->apply( $html );

		$this->assertStringContainsString(
			"<p>Text</p></div>\n", $result->getHtml(), 'an anchor followed by text stays in the introduction' );
		$this->assertStringContainsString(
			'<div class="trainings-intro"><p><span id="a"></span></p>', $result->getHtml() );
	}

	public function testInlineTranslateWrapperInsideHeadingGivesTheLanguage(): void {
		$html = "<h2 data-mw-anchor=\"X\"><span lang=\"en\" dir=\"ltr\" class=\"mw-content-ltr\">X</span></h2>";
		$this->assertStringContainsString(
			'<a href="#step-1" lang="en" dir="ltr">X</a>', $this->apply( $html )->getHtml() );
	}

}
