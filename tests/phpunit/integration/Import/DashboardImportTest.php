<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Import;

use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWiki\Extension\Trainings\Import\DashboardImporter;
use MediaWiki\Extension\Trainings\Import\ImportOptions;
use MediaWiki\Extension\Trainings\Import\ImportReport;
use MediaWiki\Extension\Trainings\Import\SourceSet;
use MediaWiki\Extension\Trainings\Import\TopicMap;
use MediaWiki\Extension\Trainings\Progress\RevisionQuizzes;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Content\TextContent;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use MediaWikiIntegrationTestCase;

/**
 * The Dashboard import (decision record 0021) from both fixture formats into the real wiki:
 * modules that render without an inline error, quizzes with the right answer and the
 * explanations as feedback, steps identified by the slides' slugs, language versions with
 * fallbacks, courses, the report of every malformed case, and safe re-runs.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Import\DashboardImporter
 * @covers \MediaWiki\Extension\Trainings\Import\DumpReader
 * @covers \MediaWiki\Extension\Trainings\Import\YamlFolderReader
 * @covers \MediaWiki\Extension\Trainings\Import\OnWikiSourceBuilder
 * @covers \MediaWiki\Extension\Trainings\Import\ModuleConverter
 * @covers \MediaWiki\Extension\Trainings\Import\ImportPlanner
 * @covers \MediaWiki\Extension\Trainings\Import\ImportWriter
 */
class DashboardImportTest extends MediaWikiIntegrationTestCase {

	use HtmlAssertions;

	private const FIXTURES = __DIR__ . '/../../../fixtures/dashboard';
	private const EDITATHON = 'Training:Running an edit-a-thon';
	private const LIBRARIES = 'Training:Partnering with libraries';
	private const COURSE = 'Training:Organizing events';

	/** @return array<string,array{0:string}> */
	public static function provideFormats(): array {
		return [
			'Meta-Wiki export' => [ 'xml' ],
			'YAML folder' => [ 'yaml' ],
		];
	}

	private function importer(): DashboardImporter {
		return $this->getServiceContainer()->getService( DashboardImporter::SERVICE_NAME );
	}

	private function read( string $format, ImportReport $report ): SourceSet {
		return $format === 'xml'
			? $this->importer()->readDump( self::FIXTURES . '/meta-wiki-export.xml', $report )
			: $this->importer()->readYaml( self::FIXTURES . '/training_content', $report );
	}

	/**
	 * @param string $format
	 * @param bool $dryRun
	 * @param bool $overwrite
	 * @param User|null $reviewer
	 * @param list<string> $topics The administrator's table
	 * @return ImportReport
	 */
	private function runImport( string $format, bool $dryRun = false, bool $overwrite = false,
		?User $reviewer = null, array $topics = [ 'Events=events', 'Partnerships=partnerships' ] ): ImportReport {
		$report = new ImportReport();
		$set = $this->read( $format, $report );
		$importer = User::newSystemUser( 'Dashboard import', [ 'steal' => true ] );
		$this->assertNotNull( $importer );
		$this->importer()->import(
			$set, TopicMap::fromPairs( $topics, $report ), $importer, new ImportOptions( $set->origin, $dryRun,
				$overwrite, $reviewer ), false, $report
		);
		return $report;
	}

	private function html( string $title ): string {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( Title::newFromTextThrow( $title ) );
		$this->assertTrue( $page->exists(), "$title exists" );
		$output = $page->getParserOutput( ParserOptions::newFromAnon() );
		$this->assertNotFalse( $output, "$title renders" );
		return $output->getRawText();
	}

	private function wikitext( string $title ): string {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( Title::newFromTextThrow( $title ) );
		$content = $page->getContent();
		$this->assertInstanceOf( TextContent::class, $content );
		return $content->getText();
	}

	/** @return list<string> The labels of the step list */
	private function stepLabels( \DOMXPath $xpath ): array {
		return array_map( static fn ( $a ) => trim( $a->textContent ),
			$this->all( $xpath, self::byClass( 'trainings-steplist' ) . '//a' ) );
	}

	private function lastSummary( string $title ): string {
		$revision = $this->getServiceContainer()->getRevisionLookup()
			->getRevisionByTitle( Title::newFromTextThrow( $title ) );
		$this->assertNotNull( $revision );
		return (string)$revision->getComment()?->text;
	}

	private function revisionCount(): int {
		return (int)$this->getDb()->newSelectQueryBuilder()->select( 'COUNT(*)' )->from( 'revision' )->fetchField();
	}

	/** @dataProvider provideFormats */
	public function testModulesRenderWithStepsQuizzesAndNoInlineError( string $format ): void {
		$report = $this->runImport( $format );
		$this->assertSame( 2, $report->getCount( 'modules' ) );
		$this->assertSame( 11, $report->getCount( 'steps' ), 'every slide present in the source' );
		$this->assertSame( 3, $report->getCount( 'quizzes' ), 'the malformed fourth quiz is left out' );
		$this->assertSame( [ 'de', 'es' ], $report->getLanguages() );
		foreach ( [ self::EDITATHON, self::LIBRARIES, self::COURSE, self::EDITATHON . '/de', self::EDITATHON
			. '/es' ] as $title ) {
			$html = $this->html( $title );
			$this->assertStringNotContainsString( 'trainings-error', $html, "$title has no inline error" );
		}
		$xpath = self::xpath( $this->html( self::EDITATHON ) );
		$this->assertSame( '6', $this->single( $xpath,
			self::byClass( 'trainings-module' ) )->getAttribute( 'data-trainings-steps' ) );
		$headings = $this->stepLabels( $xpath );
		$this->assertSame( 'Welcome to edit-a-thons', $headings[0] );
		$this->assertSame( 'After the event', $headings[5] );
		// Markdown and wiki sub-headings stay inside their step; the button is a link.
		$this->assertCount( 1, $this->all( $xpath, '//section[@data-trainings-step="2"]//h3' ) );
		$this->assertCount( 1, $this->all( $xpath,
			'//section[@data-trainings-step="1"]//a[@href="https://outreachdashboard.wmflabs.org/explore"]' ) );
		// The slide link of "Choosing articles" points to the step of "During the event".
		$this->assertStringContainsString( '|what happens during the event]]', $this->wikitext( self::EDITATHON ) );
		$this->assertStringContainsString( '[[#step-during-the-event|', $this->wikitext( self::EDITATHON ) );
		$this->assertStringContainsString( '[[#step-why-libraries|why libraries]]',
			$this->wikitext( self::LIBRARIES ) );
		// The course lists both modules in the library's order, with topics from the table.
		$this->assertMatchesRegularExpression( '/Running an edit-a-thon\n \| Partnering with libraries/',
			$this->wikitext( self::COURSE ) );
		$this->assertStringContainsString( 'topics = partnerships', $this->wikitext( self::LIBRARIES ) );
		$this->assertStringContainsString( 'duration = 20', $this->wikitext( self::EDITATHON ), '"15-25 minutes"' );
	}

	/** @dataProvider provideFormats */
	public function testStepsCarryTheSlugsAsIdentities( string $format ): void {
		$this->runImport( $format );
		$text = $this->wikitext( self::EDITATHON );
		preg_match_all( '/^\{\{#trainingstep: ([a-z0-9-]+)\}\}\n== (.*) ==$/m', $text, $m );
		$this->assertSame( [ 'welcome-to-editathons', 'before-the-event', 'choosing-articles', 'editathon-quiz',
			'during-the-event', 'after-the-event' ], $m[1] );
		$this->assertStringNotContainsString( '<translate>', $text );
		foreach ( [ self::EDITATHON, self::EDITATHON . '/es' ] as $title ) {
			$xpath = self::xpath( $this->html( $title ) );
			$ids = array_map( static fn ( $s ) => $s->getAttribute( 'data-trainings-step-id' ),
				$this->all( $xpath, '//section[@data-trainings-step-id]' ) );
			$this->assertSame( $m[1], $ids, "$title: the steps carry the slugs" );
		}
	}

	/** @dataProvider provideFormats */
	public function testQuizzesKeepTheRightAnswerAndExplanations( string $format ): void {
		$this->runImport( $format );
		$title = Title::newFromTextThrow( self::EDITATHON );
		$services = $this->getServiceContainer();
		$quizzes = new RevisionQuizzes( $services->getRevisionLookup(), $services->getMainWANObjectCache(),
			new QuizParser(), $services->getPageStore(), $services->getParserOutputAccess(),
			TrainingsServices::getLanguageSubpage( $services ), false );
		$key = $quizzes->answerKey( $title->getArticleID(), 0 );
		$this->assertSame( [ 1 => [ 'options' => 3, 'right' => [ 2 ] ] ], $key, 'answer 2 right, 1 and 3 wrong' );
		$xpath = self::xpath( $this->html( self::EDITATHON ) );
		$right = $this->single( $xpath, '//li[@data-trainings-correct="1"]' );
		$this->assertStringContainsString( 'Help them add reliable sources', $right->textContent );
		$this->assertStringContainsString( 'Sources that show notability are what a deletion discussion weighs.',
			$right->textContent );
		$feedback = array_map( static fn ( $f ) => trim( $f->textContent ), $this->all( $xpath,
			self::byClass( 'trainings-quiz-feedback' ) ) );
		$this->assertSame( 'Canvassing votes breaks the rules and rarely saves an article.', $feedback[0],
			'"Incorrect." dropped' );
		$this->assertSame( 'A move does not address the reason for the nomination.', $feedback[2],
			'"Incorrect!" dropped' );
		$de = self::xpath( $this->html( self::EDITATHON . '/de' ) );
		$this->assertSame( 'Quellen, die die Relevanz zeigen, zählen in der Löschdiskussion.',
			trim( $this->all( $de, self::byClass( 'trainings-quiz-feedback' ) )[1]->textContent ),
				'"Richtig!" dropped' );
	}

	/** @dataProvider provideFormats */
	public function testLanguageVersionsFallBackToTheSourceMarkedWithItsLanguage( string $format ): void {
		$this->runImport( $format );
		$de = self::xpath( $this->html( self::EDITATHON . '/de' ) );
		$this->assertSame( 'Einen Edit-a-thon durchführen',
			$this->getServiceContainer()->getPageProps()->getProperties( Title::newFromTextThrow( self::EDITATHON
				. '/de' ), 'trainings-title' )
				[Title::newFromTextThrow( self::EDITATHON . '/de' )->getArticleID()] ?? null );
		$this->assertCount( 0, $this->all( $de, '//*[@lang="en"]' ), 'German is complete' );
		$es = self::xpath( $this->html( self::EDITATHON . '/es' ) );
		$headings = $this->stepLabels( $es );
		$this->assertSame( [ 'Bienvenida a los editatones', 'Antes del evento', 'Choosing articles' ],
			array_slice( $headings, 0, 3 ) );
		$english = implode( ' ', array_map( static fn ( $e ) => $e->textContent, $this->all( $es,
			'//*[@lang="en"]' ) ) );
		$this->assertStringContainsString( 'Choosing articles', $english, 'an untranslated slide is marked English' );
		$this->assertStringContainsString( 'Power sockets for every laptop', $english,
			'an untranslated part of a slide too' );
		$this->assertStringNotContainsString( 'Bienvenida', $english );
	}

	/** @dataProvider provideFormats */
	public function testEveryMalformedCaseIsReportedWithItsSourceAndLine( string $format ): void {
		$report = $this->runImport( $format );
		$lines = array_map( static fn ( $p ) => $p->format(), $report->getProblems() );
		$slides = 'training_content/slides/';
		$expected = $format === 'xml' ? [
			'Training modules/dashboard/slides/3106-after-the-event:7: unknown template {{Training module tip}}',
			'Training modules/dashboard/slides/3204-a-librarian-speaks:7: an <iframe> that is not a Commons video',
			'Training modules/dashboard/slides/3203-library-roles-quiz:4: '
				. 'a quiz whose correct_answer_id (4) names no answer',
			'Training modules/dashboard/modules/fundraising-basics.json:7: the JSON does not parse',
			'Training modules/dashboard/modules/running-an-editathon.json:15: '
				. 'the slide "editathon-checklist" is listed but missing',
		] : [
			$slides . '31-running_an_editathon/3106-after-the-event.yml:6: unknown template {{Training module tip}}',
			$slides . '32-partnering_with_libraries/3204-a-librarian-speaks.yml:6: '
				. 'an <iframe> that is not a Commons video',
			$slides . '32-partnering_with_libraries/3203-library-roles-quiz.yml:3: '
				. 'a quiz whose correct_answer_id (4) names no answer',
			'training_content/modules/fundraising-basics.yml:8: the YAML does not parse',
			'training_content/modules/running-an-editathon.yml:13: '
				. 'the slide "editathon-checklist" is listed but missing',
		];
		foreach ( $expected as $start ) {
			$found = array_filter( $lines, static fn ( string $line ) => str_starts_with( $line, $start ) );
			$this->assertCount( 1, $found, "reported once: $start\nReport:\n" . implode( "\n", $lines ) );
		}
		// The rest is imported: the module with the broken quiz and iframe has its other steps.
		$this->assertStringContainsString( '{{#trainingstep: keeping-in-touch}}', $this->wikitext( self::LIBRARIES ) );
		$this->assertStringContainsString( 'Notice how she talks about visibility',
			$this->wikitext( self::LIBRARIES ) );
	}

	/** @dataProvider provideFormats */
	public function testASecondRunAddsNoRevisionAndLocalEditsAreLeftAlone( string $format ): void {
		$first = $this->runImport( $format );
		$this->assertSame( 5, $first->getCount( 'created' ), 'two modules, /de, /es, the course: ' . implode( "\n",
			$first->getActions() ) );
		$revisions = $this->revisionCount();
		$second = $this->runImport( $format );
		$this->assertSame( $revisions, $this->revisionCount() );
		$this->assertSame( 0, $second->getCount( 'created' ) + $second->getCount( 'updated' ) );
		$this->assertSame( $first->getCount( 'created' ), $second->getCount( 'unchanged' ) );

		$this->editPage( self::LIBRARIES, $this->wikitext( self::LIBRARIES ) . "\nA local addition.", '', NS_MAIN,
			$this->getTestUser()->getAuthority() );
		$third = $this->runImport( $format );
		$this->assertTrue( $third->mentions( self::LIBRARIES . ': edited on this wiki since the last import' ) );
		$this->assertStringContainsString( 'A local addition.', $this->wikitext( self::LIBRARIES ) );
		$this->assertSame( 0, $third->getCount( 'updated' ) );

		$dry = $this->runImport( $format, true, true );
		$this->assertSame( 1, $dry->getCount( 'updated' ) );
		$this->assertStringContainsString( 'A local addition.', $this->wikitext( self::LIBRARIES ),
			'a dry run writes nothing' );
		$this->runImport( $format, false, true );
		$this->assertStringNotContainsString( 'A local addition.', $this->wikitext( self::LIBRARIES ),
			'--overwrite replaces it' );
	}

	public function testImportedModulesAreDraftsUnlessAReviewerIsNamed(): void {
		$this->runImport( 'yaml' );
		$store = TrainingsServices::getReviewStore( $this->getServiceContainer() );
		$this->assertNull( $store->get( Title::newFromTextThrow( self::EDITATHON )->getArticleID(), true ) );
		$this->assertStringContainsString(
			'Imported from training_content: training_content/modules/running-an-editathon.yml (',
			$this->lastSummary( self::EDITATHON ) );

		$reviewer = $this->getTestSysop()->getUser();
		$report = $this->runImport( 'xml', false, true, $reviewer );
		$review = $store->get( Title::newFromTextThrow( self::EDITATHON )->getArticleID(), true );
		$this->assertNotNull( $review, 'reviewed by the named reviewer' );
		$this->assertSame( 5, $report->getCount( 'reviewed' ), 'pages written, and those left unreviewed before' );
		$again = $this->runImport( 'xml', false, true, $reviewer );
		$this->assertSame( 0, $again->getCount( 'reviewed' ), 'no second review of the same revision' );
		$this->assertStringContainsString( 'Training modules/dashboard/modules/running-an-editathon.json (274',
			$this->lastSummary( self::EDITATHON ), 'the summary credits the source page and revision' );
	}

	public function testACategoryWithoutATopicBecomesACourse(): void {
		$report = $this->runImport( 'yaml', false, false, null, [ 'Events=events' ] );
		$this->assertSame( 2, $report->getCount( 'courses' ) );
		$this->assertTrue(
			$report->mentions( 'the category "Partnerships" has no topic here: it becomes the course' ) );
		$course = $this->wikitext( 'Training:Organizing events: Partnerships' );
		$this->assertStringContainsString( "{{#trainingcourse:\n | Partnering with libraries\n}}", $course );
		$this->assertStringContainsString( 'summary = Work with libraries, archives and museums.', $course );
		$this->assertStringNotContainsString( 'trainings-error',
			$this->html( 'Training:Organizing events: Partnerships' ) );
		$this->assertStringNotContainsString( 'topics =', $this->wikitext( self::LIBRARIES ) );
		$this->assertStringContainsString( 'topics = events', $this->wikitext( self::EDITATHON ) );
	}
}
