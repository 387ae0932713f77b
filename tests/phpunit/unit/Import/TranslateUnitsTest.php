<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Import;

use MediaWiki\Extension\Trainings\Import\TranslateUnits;
use MediaWikiUnitTestCase;

/**
 * Lining up a language's conversion with the marked source's units (decision record 0021).
 *
 * @covers \MediaWiki\Extension\Trainings\Import\TranslateUnits
 */
class TranslateUnitsTest extends MediaWikiUnitTestCase {

	private const MARKED = <<<'WIKITEXT'
{{#training:
 | title = <translate><!--T:1--> Running an edit-a-thon</translate>
}}
{{#trainingstep: before}}
<translate>
== Before the event == <!--T:2-->

<!--T:3-->
Book a room.

<!--T:4-->
{{#trainingvideo: Tour.webm}}
</translate>
WIKITEXT;

	public function testStripRemovesMarkersAsTranslateWritesThem(): void {
		$this->assertSame( "{{#training:\n | title = <translate>Running an edit-a-thon</translate>\n}}\n"
			. "{{#trainingstep: before}}\n<translate>\n== Before the event ==\n\nBook a room.\n\n"
			. "{{#trainingvideo: Tour.webm}}\n</translate>",
			( new TranslateUnits() )->strip( self::MARKED ) );
	}

	public function testAlignFillsTranslatedUnitsAndWordlessOnes(): void {
		$translated = "{{#training:\n | title = <translate>Einen Edit-a-thon durchführen</translate>\n}}\n"
			. "{{#trainingstep: before}}\n<translate>\n== Vor der Veranstaltung ==\n\n"
			. "<div lang=\"en\" dir=\"ltr\" class=\"mw-content-ltr\">\nBook a room.\n</div>\n\n"
			. "{{#trainingvideo: Tour.webm}}\n</translate>";
		$aligned = ( new TranslateUnits() )->align( self::MARKED, $translated );
		$this->assertSame( [
			'1' => 'Einen Edit-a-thon durchführen',
			'2' => '== Vor der Veranstaltung ==',
			// The video has no words to translate: the unit is filled, the language complete.
			'4' => '{{#trainingvideo: Tour.webm}}',
		], $aligned['units'], 'the unit Translate marked English on Meta-Wiki stays untranslated' );
		$this->assertSame( 0, $aligned['mismatched'] );
	}

	public function testABlockWithAnotherNumberOfParagraphsIsLeftOut(): void {
		$translated = "{{#training:\n | title = <translate>Titel</translate>\n}}\n"
			. "<translate>\n== Vorher ==\n\nEins.\n\nZwei.\n\nDrei.\n</translate>";
		$aligned = ( new TranslateUnits() )->align( self::MARKED, $translated );
		$this->assertSame( [ '1' => 'Titel' ], $aligned['units'] );
		$this->assertSame( 1, $aligned['mismatched'] );
	}

	public function testCarryMarkersKeepsTheIdsOfUnchangedUnits(): void {
		$new = "{{#training:\n | title = <translate>Running an edit-a-thon</translate>\n}}\n{{#trainingstep: before}}\n"
			. "<translate>\n== Before the event ==\n\nBook a bigger room.\n\n"
			. "{{#trainingvideo: Tour.webm}}\n</translate>";
		$this->assertSame( "{{#training:\n | title = <translate><!--T:1--> Running an edit-a-thon</translate>\n}}\n"
			. "{{#trainingstep: before}}\n<translate>\n== Before the event == <!--T:2-->\n\nBook a bigger room.\n\n"
			. "<!--T:4-->\n{{#trainingvideo: Tour.webm}}\n</translate>",
			( new TranslateUnits() )->carryMarkers( self::MARKED, $new ) );
	}
}
