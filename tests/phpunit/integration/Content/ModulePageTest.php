<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use DOMElement;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Parser\ParserOutputFlags;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use stdClass;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * A module page through the real parser and the real hooks: the markup of
 * design record 0003 and the page properties in the database. Errors, previews
 * and tracking categories: ModulePageErrorsTest.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserFirstCallInitHandler
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserAfterTidyHandler
 * @covers \MediaWiki\Extension\Trainings\Content\TrainingFunction
 * @covers \MediaWiki\Extension\Trainings\Content\QuizTag
 * @covers \MediaWiki\Extension\Trainings\Content\QuizRenderer
 * @covers \MediaWiki\Extension\Trainings\Content\MetadataRenderer
 * @covers \MediaWiki\Extension\Trainings\Content\ProblemRenderer
 * @covers \MediaWiki\Extension\Trainings\Content\ModuleProperties
 * @covers \MediaWiki\Extension\Trainings\Content\ParserMetadataContext
 * @covers \MediaWiki\Extension\Trainings\Content\ParserMessageLocalizer
 * @covers \MediaWiki\Extension\Trainings\Content\FormatDetector
 */
class ModulePageTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const MODULE = <<<'WIKITEXT'
{{#training:
 | title       = How to talk to partners
 | summary     = Prepare, hold and '''follow up''' a first [[Main Page|conversation]].
 | level       = beginner
 | duration    = 30
 | topics      = partnerships, communication
 | maintainers = Alice Example, Bob Example
 | reviewed    = 2025-01-15
 | status      = published
}}
Libraries can open their collections to the Wikimedia projects.

== Before the meeting ==

Find out what the organisation does.

=== Details ===
Who decides there?
<trainingquiz>
? What should you find out before your first meeting?
- How to word a contract.
: Too early: you do not know yet what they need.
+ What the organisation needs this year.
: Right: a partnership starts from shared goals.
</trainingquiz>

== During the meeting ==

Ask open questions.
<trainingquiz multiple>
? Which are good questions?
+ What do you need?
- Shall we sign?
+ Who else should we meet?
</trainingquiz>
WIKITEXT;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function save( string $name, string $text ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$status = $this->editPage( $title, $text );
		$this->assertStatusGood( $status );
		DeferredUpdates::doUpdates();
		return $title;
	}

	private function parserOutput( Title $title ): ParserOutput {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$output = $page->getParserOutput( ParserOptions::newFromAnon(), null, true );
		$this->assertInstanceOf( ParserOutput::class, $output );
		return $output;
	}

	/**
	 * The HTML readers get, after the post-cache transformations (edit section links).
	 */
	private function readerHtml( ParserOutput $output ): string {
		return $output->runOutputPipeline( ParserOptions::newFromAnon(), [ 'enableSectionEditLinks' => true ] )
			->getContentHolderText();
	}

	/**
	 * @return array<string,string> Page properties of a page, from the database
	 */
	private function storedProps( Title $title ): array {
		$rows = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'pp_propname', 'pp_value', 'pp_sortkey' ] )
			->from( 'page_props' )
			->where( [ 'pp_page' => $title->getArticleID() ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$props = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			// pp_sortkey is a FLOAT on MySQL (about 7 significant digits) and a REAL on SQLite:
			// compare it at the precision both keep.
			$props[$row->pp_propname] = $row->pp_value
				. ( $row->pp_sortkey === null ? '' : ' #'
					// One spelling of the exponent whatever the C library prints ("e+07" or "e+7").
					. preg_replace( '/e([+-])0*(\d)/', 'e$1$2', sprintf( '%.6g', (float)$row->pp_sortkey ) ) );
		}
		ksort( $props );
		return $props;
	}

	public function testModuleMarkup(): void {
		$output = $this->parserOutput( $this->save( 'How to talk to partners', self::MODULE ) );
		$xpath = self::xpath( $this->readerHtml( $output ) );

		$module = $this->single( $xpath, "//div[@class='trainings-module']" );
		$this->assertSame( '2', $module->getAttribute( 'data-trainings-steps' ) );
		$this->assertSame( '2', $module->getAttribute( 'data-trainings-quizzes' ) );
		$children = $this->all( $xpath, "//div[@class='trainings-module']/*" );
		$this->assertSame(
			[ 'div.trainings-intro', 'nav.trainings-steplist', 'section.trainings-step', 'section.trainings-step' ],
			array_map( static fn ( DOMElement $e ) => $e->tagName . '.' . $e->getAttribute( 'class' ), $children )
		);

		// Introduction with the metadata box.
		$meta = $this->single( $xpath, "//div[@class='trainings-intro']/div[@class='trainings-meta']" );
		$this->assertSame( 'beginner', $meta->getAttribute( 'data-trainings-level' ) );
		$this->assertSame( '30', $meta->getAttribute( 'data-trainings-duration' ) );
		$this->assertSame( 'published', $meta->getAttribute( 'data-trainings-status' ) );
		$this->assertSame( '2025-01-15', $meta->getAttribute( 'data-trainings-reviewed' ) );
		$this->assertSame( 'partnerships communication', $meta->getAttribute( 'data-trainings-topics' ) );
		$summary = $this->single( $xpath, "//p[@class='trainings-meta-summary']" );
		$this->assertSame( 'Prepare, hold and follow up a first conversation.', $summary->textContent );
		$this->single( $xpath, "//p[@class='trainings-meta-summary']/b" );
		$this->single( $xpath, "//p[@class='trainings-meta-summary']/a[contains(@href, 'Main_Page')]" );
		$this->assertSame(
			[ 'Level', 'Beginner', 'Duration', '30 minutes', 'Topics', 'Partnerships, Communication',
				'Maintained by', 'Alice Example, Bob Example', 'Last reviewed', '2025-01-15', 'Status', 'Published' ],
			array_map( static fn ( DOMElement $e ) => $e->textContent,
				$this->all( $xpath, "//dl[@class='trainings-meta-facts']/*" ) )
		);
		$this->assertStringContainsString(
			'Libraries can open', $this->single( $xpath, "//div[@class='trainings-intro']" )->textContent
		);

		// Step list.
		$nav = $this->single( $xpath, '//nav' );
		$this->assertSame( 'trainings-steplist-label', $nav->getAttribute( 'aria-labelledby' ) );
		$this->assertSame( 'Steps', $this->single( $xpath, "//nav/p[@id='trainings-steplist-label']" )->textContent );
		$links = $this->all( $xpath, '//nav/ol/li/a' );
		$this->assertSame(
			[ '#step-1', '#step-2' ], array_map( static fn ( $a ) => $a->getAttribute( 'href' ), $links )
		);
		$this->assertSame( [ 'Before the meeting', 'During the meeting' ],
			array_map( static fn ( $a ) => $a->textContent, $links ) );

		// Steps: id, number, labelled by their heading, which keeps its id and edit link.
		$step = $this->single( $xpath, "//section[@id='step-1']" );
		$this->assertSame( '1', $step->getAttribute( 'data-trainings-step' ) );
		$this->assertSame( 'Before_the_meeting', $step->getAttribute( 'aria-labelledby' ) );
		$this->single( $xpath, "//section[@id='step-1']//h2[descendant-or-self::*[@id='Before_the_meeting']]" );
		$this->single( $xpath, "//section[@id='step-1']//h3" );
		// The source editor's link (VisualEditor, where loaded, adds its own beside it).
		$editLink = $this->single( $xpath,
			"//section[@id='step-2']//span[@class='mw-editsection']/a[contains(@href, '&action=edit')]" );
		$this->assertStringContainsString( 'section=3', $editLink->getAttribute( 'href' ) );
		$this->assertStringContainsString( 'action=edit', $editLink->getAttribute( 'href' ) );

		// Quizzes, numbered in page order, in their steps.
		$quiz = $this->single( $xpath, "//section[@id='step-1']/div[@class='trainings-quiz']" );
		$this->assertSame( 'quiz-1', $quiz->getAttribute( 'id' ) );
		$this->assertSame( '1', $quiz->getAttribute( 'data-trainings-quiz' ) );
		$this->assertSame( 'single', $quiz->getAttribute( 'data-trainings-quiz-type' ) );
		$this->assertSame( 'What should you find out before your first meeting?',
			$this->single( $xpath, "//div[@id='quiz-1']/fieldset/legend[@class='trainings-quiz-question']" )
				->textContent );
		$inputs = $this->all(
			$xpath, "//div[@id='quiz-1']/fieldset/ul[@class='trainings-quiz-options']/li/label/input"
		);
		$this->assertSame( [ 'radio:trainings-quiz-1:1', 'radio:trainings-quiz-1:2' ], array_map(
			static fn ( $i ) => $i->getAttribute( 'type' ) . ':' . $i->getAttribute( 'name' ) . ':'
				. $i->getAttribute( 'value' ),
			$inputs
		) );
		$this->assertSame( 'Show the answers',
			$this->single( $xpath, "//div[@id='quiz-1']/details[@class='trainings-quiz-answers']/summary" )
				->textContent );
		$answers = $this->all( $xpath, "//div[@id='quiz-1']/details/ul/li" );
		$this->assertSame( [ '1:0', '2:1' ], array_map(
			static fn ( $li ) => $li->getAttribute( 'data-trainings-option' ) . ':'
				. $li->getAttribute( 'data-trainings-correct' ),
			$answers
		) );
		$this->assertSame(
			'Not right:',
			$this->single( $xpath, "//div[@id='quiz-1']//li[@data-trainings-option='1']/strong" )->textContent
		);
		$this->assertSame( 'Right: a partnership starts from shared goals.',
			$this->single( $xpath,
				"//div[@id='quiz-1']//li[@data-trainings-option='2']/div[@class='trainings-quiz-feedback']" )
				->textContent );

		$second = $this->single( $xpath, "//section[@id='step-2']/div[@class='trainings-quiz']" );
		$this->assertSame( 'quiz-2', $second->getAttribute( 'id' ) );
		$this->assertSame( 'multiple', $second->getAttribute( 'data-trainings-quiz-type' ) );
		$this->assertCount(
			3, $this->all( $xpath, "//div[@id='quiz-2']//input[@type='checkbox'][@name='trainings-quiz-2']" )
		);
	}

	public function testParserOutputMetadata(): void {
		// Within a year of the review date (2025-01-15): not yet among the modules needing review.
		ConvertibleTimestamp::setFakeTime( '20250301000000' );
		$output = $this->parserOutput( $this->save( 'How to talk to partners', self::MODULE ) );

		$this->assertTrue( $output->getOutputFlag( ParserOutputFlags::NO_TOC ) );
		$this->assertContains( 'ext.trainings.styles', $output->getModuleStyles() );
		$this->assertArrayNotHasKey( 'wgTrainingsCourse', $output->getJsConfigVars() );
		$this->assertContains( 'ext.trainings.player', $output->getModules() );
		$this->assertSame( 'How to talk to partners', $output->getDisplayTitle() );
		$this->assertSame( [], $output->getCategoryNames() );
		$this->assertSame( [], $output->getWarnings() );
		$this->assertArrayHasKey(
			'Main_Page', $output->getLinks()[NS_MAIN] ?? [], 'links in the summary are recorded'
		);
	}

	public function testPagePropertiesAreStored(): void {
		$title = $this->save( 'How to talk to partners', self::MODULE );

		$this->assertSame( [
			'displaytitle' => 'How to talk to partners',
			'trainings-duration' => '30 #30',
			'trainings-format-quiz' => '',
			'trainings-level' => '1 #1',
			'trainings-maintainers' => 'Alice Example|Bob Example',
			'trainings-quiz-keys' => 'before-the-meeting:1|during-the-meeting:1',
			'trainings-quizzes' => '2 #2',
			'trainings-reviewed' => '20250115 #2.02501e+7',
			'trainings-searchkey' => 'how to talk to partners prepare, hold and follow up a first conversation.'
				. ' partnerships communication',
			'trainings-status' => '1 #1',
			'trainings-step-ids' => 'before-the-meeting|during-the-meeting',
			'trainings-steps' => '2 #2',
			'trainings-summary' => 'Prepare, hold and follow up a first conversation.',
			'trainings-title' => 'How to talk to partners',
			'trainings-topic-communication' => '',
			'trainings-topic-partnerships' => '',
			'trainings-topics' => 'partnerships|communication',
		], $this->storedProps( $title ) );
	}

	/**
	 * HTML, script and event handlers in every field come out as text.
	 */
	public function testMarkupInEveryFieldIsEscaped(): void {
		// Any title may become the display title (DisplayTitleTest has the restricted rule).
		$this->overrideConfigValue( 'RestrictDisplayTitle', false );
		$evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
		$text = "{{#training:\n | title = T $evil\n | summary = S $evil\n | level = $evil\n | duration = $evil\n"
			. " | topics = $evil\n | maintainers = $evil\n | reviewed = $evil\n | status = $evil\n | image = $evil\n"
			. " | $evil = 1\n}}\n== H $evil ==\n<trainingquiz>\n? Q $evil\n+ A $evil\n: F $evil\n- B\n</trainingquiz>\n"
			. "<trainingquiz onclick=\"alert(3)\">\n? $evil\n$evil\n</trainingquiz>";
		$output = $this->parserOutput( $this->save( 'Evil', $text ) );
		$html = $this->readerHtml( $output );

		$this->assertStringNotContainsString( '<script', $html );
		$this->assertStringNotContainsString( '<img', $html );
		$this->assertStringContainsString( '&lt;script&gt;alert(1)&lt;/script&gt;', $html );
		$xpath = self::xpath( $html );
		$this->assertSame( [], $this->all( $xpath, '//script | //img | //*[@*[starts-with(name(), "on")]]' ) );
		$this->assertStringContainsString( "S <script>alert(1)</script>",
			$this->single( $xpath, "//p[@class='trainings-meta-summary']" )->textContent );
		$this->assertStringContainsString( 'Q <script>',
			$this->single( $xpath, "//legend[@class='trainings-quiz-question']" )->textContent );
		$this->assertStringContainsString( 'H <script>', $this->single( $xpath, '//nav/ol/li/a' )->textContent );
		$errors = $this->all( $xpath, "//div[@class='error trainings-error'][@role='note']" );
		$this->assertCount( 2, $errors, 'one box for the metadata, one for the broken quiz' );
		$this->assertStringContainsString(
			'"<script>alert(1)</script><img src=x onerror=alert(2)>', $errors[0]->textContent
		);

		$title = $output->getDisplayTitle();
		$this->assertIsString( $title );
		$this->assertStringStartsWith( 'T &lt;script&gt;alert(1)&lt;/script&gt;', $title );
		$this->assertStringNotContainsString( '<', $title );
		$props = $this->storedProps( Title::makeTitle( NS_TRAINING, 'Evil' ) );
		$this->assertSame( 'S <script>alert(1)</script><img src=x onerror=alert(2)>"\'&', $props['trainings-summary'] );
		foreach ( [ 'level', 'duration', 'topics', 'maintainers', 'reviewed', 'image' ] as $key ) {
			$this->assertArrayNotHasKey( "trainings-$key", $props, "a bad $key is not stored" );
		}
		$this->assertSame( '1 #1', $props['trainings-status'], 'a bad status leaves the default' );
		$this->assertSame( '1 #1', $props['trainings-quizzes'], 'the broken quiz is not counted' );
	}

}
