<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Content\TextContent;
use MediaWiki\Extension\Trainings\Import\DashboardImporter;
use MediaWiki\Extension\Trainings\Import\ImportOptions;
use MediaWiki\Extension\Trainings\Import\ImportReport;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Extension\Translate\PageTranslation\TranslatablePage;
use MediaWiki\Extension\Trainings\Import\TopicMap;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use MediaWikiIntegrationTestCase;
use Wikimedia\ObjectCache\HashBagOStuff;

/**
 * The Dashboard import on a wiki with the real Translate (decision record 0021): each module
 * is marked for translation and the source's translations fill its units, so Translate's
 * percentages, fallbacks and translation pages work as for any module. Runs in the Translate
 * half of `npm test` (phpunit-translate); skipped on a wiki without Translate.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Import\TranslationImport
 * @covers \MediaWiki\Extension\Trainings\Import\TranslateUnits
 * @covers \MediaWiki\Extension\Trainings\Import\TranslatePageMarker
 * @covers \MediaWiki\Extension\Trainings\Import\DashboardImporter
 */
class DashboardImportTranslateTest extends MediaWikiIntegrationTestCase {

	use HtmlAssertions;

	private const FIXTURES = __DIR__ . '/../../../fixtures/dashboard';
	private const MODULE = 'Training:Running an edit-a-thon';

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'Needs the Translate extension: runs in the Translate half (phpunit-translate)' );
		}
	}

	/** @return array<string,array{0:string}> */
	public static function provideFormats(): array {
		return [ 'Meta-Wiki export' => [ 'xml' ], 'YAML folder' => [ 'yaml' ] ];
	}

	private function runImport( string $format ): ImportReport {
		$importer = $this->getServiceContainer()->getService( DashboardImporter::SERVICE_NAME );
		$this->assertInstanceOf( DashboardImporter::class, $importer );
		$this->assertTrue( $importer->canUseTranslate() );
		$report = new ImportReport();
		$set = $format === 'xml'
			? $importer->readDump( self::FIXTURES . '/meta-wiki-export.xml', $report )
			: $importer->readYaml( self::FIXTURES . '/training_content', $report );
		$user = User::newSystemUser( 'Dashboard import', [ 'steal' => true ] );
		$this->assertNotNull( $user );
		$importer->import( $set, TopicMap::fromPairs( [ 'Events=events' ], $report ), $user,
			new ImportOptions( $set->origin ), true, $report );
		// The jobs run where the import told the administrator to run them: in a process of
		// their own (maintenance/runJobs.php). Translate keeps the list of translatable pages in
		// the process's caches for seconds (TranslatablePage::isSourcePage()), so in this one
		// process a module marked seconds after another had no translation page rendered.
		$localCache = $this->getServiceContainer()->getLocalServerObjectCache();
		$this->assertInstanceOf( HashBagOStuff::class, $localCache );
		$localCache->clear();
		$this->getServiceContainer()->getMainWANObjectCache()->clearProcessCache();
		$this->runJobs( [ 'minJobs' => 0 ] );
		return $report;
	}

	private function text( string $title ): string {
		$content = $this->getServiceContainer()->getWikiPageFactory()
			->newFromTitle( Title::newFromTextThrow( $title ) )->getContent();
		$this->assertInstanceOf( TextContent::class, $content, $title );
		return $content->getText();
	}

	private function html( string $title ): string {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( Title::newFromTextThrow( $title ) );
		$this->assertTrue( $page->exists(), "$title exists" );
		$output = $page->getParserOutput( ParserOptions::newFromAnon() );
		$this->assertNotFalse( $output );
		return $output->getRawText();
	}

	private function revisionCount(): int {
		return (int)$this->getDb()->newSelectQueryBuilder()->select( 'COUNT(*)' )->from( 'revision' )->fetchField();
	}

	/** @dataProvider provideFormats */
	public function testModulesAreMarkedAndTranslationsFillTheirUnits( string $format ): void {
		$report = $this->runImport( $format );
		$this->assertSame( [], array_filter( array_map( static fn ( $p ) => $p->format(), $report->getProblems() ),
			static fn ( string $line ) => str_contains( $line, 'line up' ) || str_contains( $line,
				'Translate cannot' ) ) );
		$title = Title::newFromTextThrow( self::MODULE );
		$this->assertSame( $title->getLatestRevID(), TranslatablePage::newFromTitle( $title )->getMarkedTag(),
			'the latest revision is the marked one' );
		$source = $this->text( self::MODULE );
		$this->assertMatchesRegularExpression(
			'/^\{\{#trainingstep: editathon-quiz\}\}\n<translate>\n== Quiz: new editors == <!--T:\d+-->$/m',
			$source, 'the step marker outside <translate>, the heading a unit' );
		$this->assertGreaterThan( 20, $report->getCount( 'units' ) );

		$resolver = TrainingsServices::getLanguageVersionResolver( $this->getServiceContainer() );
		$de = $resolver->resolve( $title, 'de' )->chosen;
		$this->assertSame( 'de', $de->code );
		$this->assertSame( 100, $de->completeness?->percent(), 'every unit of the German version' );
		$es = $resolver->resolve( $title, 'es' )->chosen;
		$this->assertSame( 'es', $es->code );
		$this->assertGreaterThan( 0, $es->completeness?->percent() );
		$this->assertLessThan( 100, (int)$es->completeness?->percent(), 'Spanish is partial' );

		$xpath = self::xpath( $this->html( self::MODULE . '/de' ) );
		$ids = array_map( static fn ( $s ) => $s->getAttribute( 'data-trainings-step-id' ),
			$this->all( $xpath, '//section[@data-trainings-step-id]' ) );
		$this->assertSame( [ 'welcome-to-editathons', 'before-the-event', 'choosing-articles', 'editathon-quiz',
			'during-the-event', 'after-the-event' ], $ids );
		$this->assertStringContainsString( 'Quellen, die die Relevanz zeigen',
			$this->single( $xpath, '//li[@data-trainings-correct="1"]' )->textContent );
		$this->assertStringNotContainsString( 'trainings-error', $this->html( self::MODULE . '/de' ) );
		$es = self::xpath( $this->html( self::MODULE . '/es' ) );
		$english = implode( ' ', array_map( static fn ( $e ) => $e->textContent, $this->all( $es,
			'//*[@lang="en"]' ) ) );
		$this->assertStringContainsString( 'Prepare a list of missing or short articles', $english,
			'Translate marks the untranslated units English' );
		$this->assertStringNotContainsString( 'Bienvenida', $english );
	}

	public function testASecondRunAddsNoRevision(): void {
		$this->runImport( 'yaml' );
		$revisions = $this->revisionCount();
		$again = $this->runImport( 'yaml' );
		$this->assertSame( $revisions, $this->revisionCount(), implode( "\n", $again->getActions() ) );
		$this->assertSame( 0, $again->getCount( 'created' ) + $again->getCount( 'updated' ) );
	}
}
