<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use DOMElement;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Parser\ParserOutputFlags;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use stdClass;

/**
 * Course pages (`{{#trainingcourse:}}`, design record 0003, §6) through the real parser,
 * with real module pages: the list, labels, links and page property, every error,
 * escaping, and that a course gets no step structure or player.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\CourseFunction
 * @covers \MediaWiki\Extension\Trainings\Content\CourseParser
 * @covers \MediaWiki\Extension\Trainings\Content\CourseRenderer
 * @covers \MediaWiki\Extension\Trainings\Content\Course
 * @covers \MediaWiki\Extension\Trainings\Content\CourseModule
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserFirstCallInitHandler
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserAfterTidyHandler
 */
class CourseTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const MODULES = [
		'How to talk to partners',
		'How to start a partnership in a developing country',
		'How to cultivate a partnership without internet access',
	];

	private const COURSE = <<<'WIKITEXT'
{{#training:
 | title = <translate>Partnerships</translate>
 | summary = <translate>From a first conversation to a lasting partnership, in three modules.</translate>
 | level = beginner | topics = partnerships
}}
Intro of the course.

== About this course ==
Some text.
{{#trainingcourse:
 | How to talk to partners = <translate>Talking to '''partners'''</translate>
 | Training:How to start a partnership in a developing country
 | how to cultivate a partnership without internet access =
}}
WIKITEXT;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function save( string $name, string $text ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$this->assertStatusGood( $this->editPage( $title, $text ) );
		DeferredUpdates::doUpdates();
		return $title;
	}

	private function saveModules(): void {
		foreach ( self::MODULES as $name ) {
			$this->save( $name, "{{#training: summary = About $name}}\n== Step ==\nText" );
		}
	}

	private function parserOutput( Title $title ): ParserOutput {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$output = $page->getParserOutput( ParserOptions::newFromAnon(), null, true );
		$this->assertInstanceOf( ParserOutput::class, $output );
		return $output;
	}

	private function parseText( string $text, string $name = 'Course' ): ParserOutput {
		$options = ParserOptions::newFromAnon();
		$options->setIsPreview( true );
		return $this->getServiceContainer()->getParserFactory()->create()->parse(
			$text, Title::makeTitle( NS_TRAINING, $name ), $options
		);
	}

	/**
	 * @return list<string> The lines of the error box
	 */
	private function problems( ParserOutput $output ): array {
		return array_map(
			static fn ( DOMElement $li ) => $li->textContent,
			$this->all( self::xpath( $output->getRawText() ),
				"//div[@class='error trainings-error'][@role='note']/ul/li" )
		);
	}

	/**
	 * @return list<string> data-trainings-module of the list items, in order
	 */
	private function listedModules( ParserOutput $output ): array {
		return array_map(
			static fn ( DOMElement $li ) => $li->getAttribute( 'data-trainings-module' ),
			$this->all( self::xpath( $output->getRawText() ), "//ol[@class='trainings-course']/li" )
		);
	}

	/**
	 * @return array<string,string> Page properties of a page, from the database
	 */
	private function storedProps( Title $title ): array {
		$rows = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'pp_propname', 'pp_value' ] )
			->from( 'page_props' )
			->where( [ 'pp_page' => $title->getArticleID() ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$props = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$props[$row->pp_propname] = $row->pp_value;
		}
		return $props;
	}

	public function testCourseList(): void {
		$this->saveModules();
		$output = $this->parserOutput( $this->save( 'Partnerships', self::COURSE ) );
		$xpath = self::xpath( $output->getRawText() );

		$items = $this->all( $xpath, "//ol[@class='trainings-course']/li" );
		$this->assertSame( [
			'How_to_talk_to_partners',
			'How_to_start_a_partnership_in_a_developing_country',
			'How_to_cultivate_a_partnership_without_internet_access',
		], array_map( static fn ( DOMElement $li ) => $li->getAttribute( 'data-trainings-module' ), $items ) );
		$this->assertSame( [
			'Talking to partners',
			'How to start a partnership in a developing country',
			'How to cultivate a partnership without internet access',
		], array_map( static fn ( DOMElement $li ) => $li->textContent, $items ) );
		$links = $this->all( $xpath, "//ol[@class='trainings-course']/li/a" );
		$this->assertCount( 3, $links, 'one link per module, nothing else' );
		$this->assertStringEndsWith(
			'Special:MyLanguage/Training:How_to_talk_to_partners', $links[0]->getAttribute( 'href' )
		);
		$this->assertStringEndsWith( 'Special:MyLanguage/Training:How_to_start_a_partnership_in_a_developing_country',
			$links[1]->getAttribute( 'href' ) );
		$this->single( $xpath, "//ol[@class='trainings-course']/li[1]/a/b[.='partners']" );

		$this->assertSame( [], $this->problems( $output ) );
		$this->assertSame( [], $output->getCategoryNames() );
		$this->assertSame( [], $output->getWarnings() );
		$this->assertSame( 'Partnerships', $output->getDisplayTitle() );
	}

	public function testCourseIsNotAModule(): void {
		$this->saveModules();
		$title = $this->save( 'Partnerships', self::COURSE );
		$output = $this->parserOutput( $title );
		$html = $output->runOutputPipeline( ParserOptions::newFromAnon(), [ 'enableSectionEditLinks' => true ] )
			->getContentHolderText();

		$xpath = self::xpath( $html );
		$this->assertSame( [], $this->all( $xpath,
			self::byClass( 'trainings-module' ) . ' | ' . self::byClass( 'trainings-step' ) . ' | //nav' ) );
		$this->single( $xpath, "//div[@class='trainings-meta']" );
		$this->single( $xpath, "//ol[@class='trainings-course']" );
		// The learner's progress through the course, in the browser: the player's script, told
		// the page is a course, with the styles of every server-rendered page.
		$this->assertSame( [ 'ext.trainings.player' ], $output->getModules() );
		$this->assertSame( [ 'ext.trainings.styles' ], $output->getModuleStyles() );
		$this->assertSame( [ 'wgTrainingsCourse' => true ], $output->getJsConfigVars() );
		$this->assertFalse( $output->getOutputFlag( ParserOutputFlags::NO_TOC ) );
		$this->assertNull( $output->getPageProperty( 'trainings-steps' ) );
		$this->assertNull( $output->getPageProperty( 'trainings-quizzes' ) );
	}

	public function testLinksAndPagePropertyAreStored(): void {
		$this->saveModules();
		$course = $this->save( 'Partnerships', self::COURSE );

		$props = $this->storedProps( $course );
		$this->assertSame( 'How_to_talk_to_partners|How_to_start_a_partnership_in_a_developing_country|'
			. 'How_to_cultivate_a_partnership_without_internet_access', $props['trainings-course'] );
		$this->assertSame( 'Partnerships', $props['trainings-title'] );
		$this->assertStringStartsWith( 'partnerships ', $props['trainings-searchkey'], 'courses are searchable too' );
		$this->assertArrayNotHasKey( 'trainings-steps', $props );
		$this->assertArrayNotHasKey( 'trainings-quizzes', $props );

		// "Which courses contain this module?" is one backlinks query.
		foreach ( self::MODULES as $name ) {
			$backlinks = $this->getServiceContainer()->getBacklinkCacheFactory()
				->getBacklinkCache( Title::makeTitle( NS_TRAINING, $name ) )
				->getLinkPages( 'pagelinks' );
			$this->assertSame( [ 'Partnerships' ], array_map(
				static fn ( PageIdentity $page ) => $page->getDBkey(), iterator_to_array( $backlinks, false )
			), $name );
		}
	}

	public function testErrorsInPlaceWithCategoryAndWarning(): void {
		$this->saveModules();
		$this->save( 'Other/Sub', "{{#training: summary = S}}" );
		$output = $this->parseText( "{{#training: summary = S}}\nBefore\n{{#trainingcourse:\n"
			. " | How to talk to partners\n"
			. " | Bad[title]\n"
			. " | Help:How to talk to partners\n"
			. " | How to talk to partners/fr = Parler\n"
			. " | Training:Course\n"
			. " | how_to_talk_to_partners = Again\n"
			. " | Nowhere\n"
			. " | Other/Sub\n"
			. " | Training:How to talk to partners#Step\n"
			. " |\n"
			. "}}\nAfter" );

		$this->assertSame( [
			'"Bad[title]" is not a valid page title.',
			'"Help:How to talk to partners" is not a training module: a course lists pages of the Training '
				. 'namespace only.',
			'"How to talk to partners/fr" is a translation of a module. List the module itself: readers get it in '
				. 'their language.',
			'"Training:Course" is this course itself.',
			'"how_to_talk_to_partners" is listed more than once: only the first entry is used.',
			'"Training:How to talk to partners#Step" is not a valid page title.',
			'There is no training module "Nowhere".',
		], $this->problems( $output ) );
		$this->assertSame( [ 'How_to_talk_to_partners', 'Other/Sub' ], $this->listedModules( $output ) );
		$this->assertSame( 'How_to_talk_to_partners|Other/Sub', $output->getPageProperty( 'trainings-course' ) );
		$this->assertSame( [ 'Training_pages_with_metadata_errors' ], $output->getCategoryNames() );
		$this->assertSame(
			[ 'The course on this page has 7 problems. See the box with the details in the preview below.' ],
			$output->getWarnings()
		);
		// The missing module is linked (red in the links table), so creating it parses the course again.
		$links = $output->getLinks()[NS_TRAINING] ?? [];
		$this->assertSame( 0, $links['Nowhere'] ?? null );
		$this->assertGreaterThan( 0, $links['How_to_talk_to_partners'] ?? 0 );
		$this->assertArrayNotHasKey( 'Course', $links );
		$html = $output->getRawText();
		$this->assertMatchesRegularExpression(
			'/Before.*trainings-error.*trainings-course.*After/s', $html, 'errors and list stand in place'
		);
	}

	public function testCourseOnATranslationCannotListItsSourcePage(): void {
		$this->save( 'Course', '{{#training: summary = S}}' );
		$output = $this->parseText( "{{#trainingcourse: Course }}", 'Course/fr' );
		// The French version's problems are in French, the page's language; the parser puts
		// no-break spaces inside « » as French typography wants.
		$problems = array_map(
			static fn ( string $problem ): string => str_replace( [ "\u{00A0}", "\u{202F}" ], ' ', $problem ),
			$this->problems( $output )
		);
		$this->assertSame(
			[ wfMessage( 'trainings-course-error-self', 'Course' )->inLanguage( 'fr' )->text() ],
			$problems
		);
		$this->assertSame( '', $output->getPageProperty( 'trainings-course' ) );
	}

	public function testTooManyModules(): void {
		$entries = '';
		for ( $i = 1; $i <= 51; $i++ ) {
			$entries .= "| Module $i\n";
		}
		$output = $this->parseText( "{{#training: summary = S}}\n{{#trainingcourse:\n$entries}}" );

		$problems = $this->problems( $output );
		$this->assertContains(
			'The course lists too many modules: at most 50. The modules after that are left out.', $problems
		);
		$this->assertNotContains( 'There is no training module "Module 51".', $problems );
		$this->assertContains( 'There is no training module "Module 50".', $problems );
		$this->assertCount( 50, $output->getLinks()[NS_TRAINING] ?? [] );
	}

	public function testEmptyCourseIsStillACourse(): void {
		$output = $this->parseText( "{{#trainingcourse: | }}\n== Heading ==\nText" );

		$this->assertSame( [ 'The course lists no modules. Write the title of one module after each "|".' ],
			$this->problems( $output ) );
		$this->assertSame( [], $this->listedModules( $output ) );
		$this->assertSame( '', $output->getPageProperty( 'trainings-course' ) );
		$this->assertStringNotContainsString( 'trainings-module', $output->getRawText() );
		$this->assertNull( $output->getPageProperty( 'trainings-steps' ) );
		$this->assertContains(
			'This training module has no metadata. Add a metadata block at the top of the page, with at least a '
				. 'summary, as in the other training modules.',
			$output->getWarnings(), 'a course needs its metadata too'
		);
	}

	public function testSecondCourse(): void {
		$this->saveModules();
		$output = $this->parseText( "{{#training: summary = S}}\n{{#trainingcourse: How to talk to partners }}\n"
			. "{{#trainingcourse: How to start a partnership in a developing country }}" );

		$this->assertSame( [ 'This page already has its course: only the first list of modules is used.' ],
			$this->problems( $output ) );
		$this->assertSame( [ 'How_to_talk_to_partners' ], $this->listedModules( $output ) );
		$this->assertSame( 'How_to_talk_to_partners', $output->getPageProperty( 'trainings-course' ) );
		$this->assertSame( [ 'Training_pages_with_metadata_errors' ], $output->getCategoryNames() );
	}

	/**
	 * HTML, script and event handlers in labels and titles come out as text; links and
	 * blocks in a label (which cannot stand in the module link) are reduced to text.
	 */
	public function testMarkupIsEscaped(): void {
		$this->saveModules();
		$evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
		$output = $this->parseText( "{{#training: summary = S}}\n{{#trainingcourse:\n"
			. " | How to talk to partners = L $evil\n"
			. " | How to start a partnership in a developing country = See [[Main Page|the main page]]\n"
			. " | How to cultivate a partnership without internet access = <div onclick=\"alert(3)\">Block</div>\n"
			. " | T $evil\n"
			. "}}" );
		$html = $output->getRawText();

		$this->assertStringNotContainsString( '<script', $html );
		$this->assertStringNotContainsString( '<img', $html );
		$xpath = self::xpath( $html );
		$this->assertSame( [], $this->all( $xpath, '//script | //img | //*[@*[starts-with(name(), "on")]]' ) );
		$items = $this->all( $xpath, "//ol[@class='trainings-course']/li" );
		$this->assertSame( [ "L $evil", 'See the main page', 'Block' ],
			array_map( static fn ( DOMElement $li ) => $li->textContent, $items ) );
		$this->assertCount( 3, $this->all( $xpath, "//ol[@class='trainings-course']//a" ), 'no link in a link' );
		$this->assertSame( [], $this->all( $xpath, "//ol[@class='trainings-course']//div" ) );
		// The title ends at the first "=" (the one in the img tag); the rest would be the label.
		$this->assertSame( [ '"T <script>alert(1)</script><img src" is not a valid page title.' ],
			$this->problems( $output ) );
	}

}
