<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Export;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * The offline export of real module and course pages with real uploaded images: one file,
 * images as data URIs, nothing that loads, language versions, courses, the size limit.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Export\TrainingExporter
 * @covers \MediaWiki\Extension\Trainings\Export\PageSource
 * @covers \MediaWiki\Extension\Trainings\Export\MediaEmbedder
 * @covers \MediaWiki\Extension\Trainings\Export\ExportDocument
 * @covers \MediaWiki\Extension\Trainings\Export\OfflineAssets
 */
class TrainingExporterTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const MODULE = <<<'WIKITEXT'
{{#training: summary = Plan a first meeting. | level = beginner }}
Intro text.
== First step ==
[[File:Export test drawing.svg|thumb|A drawing]]
<trainingquiz>
? What comes first?
- A contract
: Too early.
+ Listening
: Right.
</trainingquiz>
== Second step ==
[[File:Export test photo.png|120px|A photo]] [[Training:Elsewhere|a link]]
WIKITEXT;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	public function addDBDataOnce(): void {
		$this->upload( 'Export test drawing.svg', dirname( __DIR__, 4 ) . '/content/File/Trainings module steps.svg' );
		$png = $this->getNewTempFile();
		// A 300×200 PNG, made with ImageMagick if present, else a 1×1 one.
		exec( 'convert -size 300x200 xc:#3366cc ' . escapeshellarg( "png:$png" ) . ' 2>/dev/null', $out, $code );
		if ( $code !== 0 ) {
			file_put_contents( $png, base64_decode(
				'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
			) );
		}
		$this->upload( 'Export test photo.png', $png );
		$this->save( 'Export test', self::MODULE );
	}

	private function upload( string $name, string $path ): void {
		$file = $this->getServiceContainer()->getRepoGroup()->getLocalRepo()
			->newFile( Title::makeTitle( NS_FILE, $name ) );
		$this->assertNotNull( $file );
		$status = $file->upload( $path, 'test', 'test', 0, false, false, $this->getTestSysop()->getUser() );
		$this->assertStatusOK( $status );
	}

	private function save( string $name, string $text ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$this->assertStatusGood( $this->editPage( $title, $text ) );
		DeferredUpdates::doUpdates();
		return $title;
	}

	public function testModuleIsOneSelfContainedFile(): void {
		$document = TrainingsServices::getTrainingExporter( $this->getServiceContainer() )
			->export( Title::makeTitle( NS_TRAINING, 'Export test' ) );
		$this->assertNotNull( $document );
		$this->assertFalse( $document->isMediaLinked() );
		$this->assertSame( 'Export test.html', $document->getFileName() );
		$html = $document->getHtml();
		$xpath = self::xpath( $html );

		$this->assertCount( 2, $this->all( $xpath, "//section[@class='trainings-step']" ) );
		$this->single( $xpath, self::byClass( 'trainings-quiz' ) . "//details" );
		$images = $this->all( $xpath, '//img' );
		$this->assertCount( 2, $images );
		$this->assertStringStartsWith( 'data:image/svg+xml,', $images[0]->getAttribute( 'src' ) );
		$this->assertStringStartsWith( 'data:image/png;base64,', $images[1]->getAttribute( 'src' ) );
		$png = getimagesizefromstring( (string)base64_decode( substr( $images[1]->getAttribute( 'src' ), 22 ) ) );
		$this->assertIsArray( $png );
		$this->assertLessThanOrEqual( 120, $png[0], 'the bitmap is embedded at the width it is shown' );

		// Nothing loads: no src/srcset/href to a resource, no external script or style.
		$this->assertSame( [], $this->all( $xpath, "//*[@srcset] | //link | //script[@src] | //iframe | //video" ) );
		foreach ( $this->all( $xpath, '//*[@src]' ) as $element ) {
			$this->assertStringStartsWith( 'data:', $element->getAttribute( 'src' ) );
		}
		// Links work from disk: absolute, or fragments in the file.
		foreach ( $this->all( $xpath, '//a[@href]' ) as $link ) {
			$this->assertMatchesRegularExpression( '/^(#|https?:)/', $link->getAttribute( 'href' ) );
		}
		$this->assertStringContainsString( '<script>', $html );
		$this->assertStringContainsString( 'id="trainings-offline-labels"', $html );
		$this->assertStringNotContainsString( 'mw:editsection', $html );
		// The step list folds into its label, which keeps naming it (design record 0011).
		$nav = "//nav[contains(@class, 'trainings-steplist')]";
		$this->assertSame( $this->single( $xpath, "$nav/details[ol/li]/summary" )->getAttribute( 'id' ),
			$this->single( $xpath, $nav )->getAttribute( 'aria-labelledby' ) );
		// The export's budget allows 10 KB of overhead (player, styles, texts, document); this
		// module's is about 9.3 KB since the phone fixes (the folded step list, the completion
		// screen, wrapped preformatted text): a little headroom, no more.
		$this->assertLessThan( 9700, $document->getOverheadBytes(), 'overhead of a module (budget: at most 10 KB)' );
	}

	public function testOverTheSizeLimitMediaAreLinked(): void {
		$this->overrideConfigValue( 'TrainingsExportMaxBytes', 1000 );
		$document = TrainingsServices::getTrainingExporter( $this->getServiceContainer() )
			->export( Title::makeTitle( NS_TRAINING, 'Export test' ) );
		$this->assertNotNull( $document );
		$this->assertTrue( $document->isMediaLinked() );
		$xpath = self::xpath( $document->getHtml() );
		$this->assertSame( [], $this->all( $xpath, '//img' ) );
		$this->single( $xpath, self::byClass( 'trainings-offline-notice' ) );
		$this->assertNotEmpty( $this->all( $xpath, self::byClass( 'trainings-offline-media' ) ) );
	}

	public function testLanguageVersionAndCourse(): void {
		$this->save( 'Export test/fr', str_replace( 'Intro text.', 'Texte d’introduction.', self::MODULE ) );
		$this->save( 'Second module', "{{#training: summary = Second.}}\n== Only step ==\nText." );
		$this->save( 'Export course', "{{#training: summary = A course.}}\n{{#trainingcourse:\n" .
			" | Export test\n | Second module\n}}" );
		$services = $this->getServiceContainer();
		$source = TrainingsServices::getExportPageSource( $services );
		$base = Title::makeTitle( NS_TRAINING, 'Export test' );
		$this->assertSame( 'Export test/fr', $source->languageVersion( $base, 'fr' )->getText() );
		$this->assertSame( 'Export test', $source->languageVersion( $base, 'de' )->getText() );

		$course = TrainingsServices::getTrainingExporter( $services )
			->export( Title::makeTitle( NS_TRAINING, 'Export course' ) );
		$this->assertNotNull( $course );
		$this->assertTrue( $course->isCourse() );
		$xpath = self::xpath( $course->getHtml() );
		$modules = $this->all( $xpath, "//article[@class='trainings-offline-module']" );
		$this->assertSame(
			[ 'module-1', 'module-2' ],
			array_map( static fn ( $m ) => $m->getAttribute( 'id' ), $modules )
		);
		$this->single( $xpath, "//section[@id='m1-step-1']" );
		$this->single( $xpath, "//section[@id='m2-step-1']" );
		$this->single( $xpath, "//ol[@class='trainings-course']//a[@href='#module-2']" );
		$this->assertSame( [], $this->all( $xpath, "//input[@name='trainings-quiz-1']" ), 'radio groups kept apart' );
		$this->assertSame( [], $this->all( $xpath, '//article[@lang or @dir]' ), 'the file\'s language, not repeated' );
		// The step counters, once per number of steps, with the player's texts.
		$labels = json_decode( $this->single( $xpath, "//script[@id='trainings-offline-labels']" )->textContent, true );
		$this->assertSame(
			[ '2' => [ 'Step 1 of 2', 'Step 2 of 2' ], '1' => [ 'Step 1 of 1' ] ],
			$labels['progress']
		);
		$this->assertSame( 'Next', $labels['next'] );
		// About 9.5 KB since the phone fixes: a little headroom, no more.
		$this->assertLessThan( 9900, $course->getOverheadBytes(), 'overhead of a course (budget: at most 10 KB)' );
	}

	public function testNotATrainingPage(): void {
		$this->assertNull( TrainingsServices::getTrainingExporter( $this->getServiceContainer() )
			->export( Title::makeTitle( NS_MAIN, 'Main Page' ) ) );
	}
}
