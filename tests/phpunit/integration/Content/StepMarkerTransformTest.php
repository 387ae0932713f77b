<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Content\TextContent;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * The pre-save transform that gives step headings their `{{#trainingstep:}}` marker (design
 * record 0019), through a real save: on a plain page, on a Translate source page (markers
 * outside `<translate>`, unit markers kept with their units), never on a language version or
 * a course, never changing an id an author wrote.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\StepMarkerHandler
 * @covers \MediaWiki\Extension\Trainings\Content\StepMarkerTransform
 * @covers \MediaWiki\Extension\Trainings\Content\StepId
 */
class StepMarkerTransformTest extends MediaWikiIntegrationTestCase {

	private const META = "{{#training: | summary = Saved steps. }}\n";

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function saved( string $name, string $text, int $namespace = NS_TRAINING ): string {
		$title = Title::makeTitle( $namespace, $name );
		$this->assertStatusOK( $this->editPage( $title, $text ) );
		DeferredUpdates::doUpdates();
		// MediaWiki's own pre-save transform trims the end; put the last newline back.
		$content = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )->getContent();
		$this->assertInstanceOf( TextContent::class, $content );
		return $content->getText() . "\n";
	}

	public function testPlainPage(): void {
		$this->assertSame(
			self::META . "Intro.\n{{#trainingstep: before-the-meeting}}\n== Before the [[Meeting|meeting]] ==\nOne.\n"
			. "=== Details ===\n{{#trainingstep: mine}}\n\n== During ==\nTwo.\n"
			. "{{#trainingstep: during}}\n== During ==\n<pre>\n== Not a heading ==\n</pre>\n"
			. "{{#trainingstep: step-2025}}\n==2025==\n",
			$this->saved( 'Plain steps', self::META . "Intro.\n== Before the [[Meeting|meeting]] ==\nOne.\n"
				. "=== Details ===\n{{#trainingstep: mine}}\n\n== During ==\nTwo.\n"
				. "== During ==\n<pre>\n== Not a heading ==\n</pre>\n==2025==\n" )
		);
	}

	public function testSourcePageOfTranslate(): void {
		$text = "<languages/>\n" . self::META . "<translate>\n<!--T:1-->\nIntro text.\n\n<!--T:2-->\n"
			. "== Before the meeting ==\n\n<!--T:3-->\nFind out.\n</translate>\n"
			. "<trainingquiz>\n? <translate><!--T:4--> Ready?</translate>\n+ <translate><!--T:5--> Yes</translate>\n"
			. "- <translate><!--T:6--> No</translate>\n</trainingquiz>\n"
			. "<translate>\n<!--T:7-->\n== During the meeting ==\n\nAsk.\n</translate>\n";

		$this->assertSame(
			"<languages/>\n" . self::META . "<translate>\n<!--T:1-->\nIntro text.\n\n</translate>\n"
			. "{{#trainingstep: before-the-meeting}}\n<translate>\n<!--T:2-->\n"
			. "== Before the meeting ==\n\n<!--T:3-->\nFind out.\n</translate>\n"
			. "<trainingquiz>\n? <translate><!--T:4--> Ready?</translate>\n+ <translate><!--T:5--> Yes</translate>\n"
			. "- <translate><!--T:6--> No</translate>\n</trainingquiz>\n"
			. "{{#trainingstep: during-the-meeting}}\n<translate>\n<!--T:7-->\n"
			. "== During the meeting ==\n\nAsk.\n</translate>\n",
			$this->saved( 'Translatable steps', $text )
		);
	}

	public function testSavingAgainChangesNothing(): void {
		$once = $this->saved( 'Saved twice', self::META . "== A ==\nx\n== B ==\ny\n" );
		$status = $this->editPage( Title::makeTitle( NS_TRAINING, 'Saved twice' ), $once );
		$this->assertStatusWarning( 'edit-no-change', $status );
	}

	public function testLanguageVersionsCoursesAndOtherNamespacesAreLeftAlone(): void {
		$this->saved( 'Versioned', self::META . "== A ==\nx\n" );
		$text = self::META . "== Un ==\nx\n";
		$this->assertSame( $text, $this->saved( 'Versioned/fr', $text ) );
		$course = self::META . "{{#trainingcourse: | Versioned }}\n== Not a step ==\n";
		$this->assertSame( $course, $this->saved( 'A course', $course ) );
		$this->assertSame( "== Talk ==\n", $this->saved( 'Steps elsewhere', "== Talk ==\n", NS_MAIN ) );
	}

}
