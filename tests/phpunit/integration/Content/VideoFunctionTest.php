<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\VideoFunction;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * `{{#trainingvideo:}}` on a real wiki with TimedMediaHandler and a real WebM upload (the
 * sample video): the video step, and each kind of bad input inline while the rest of the
 * module works.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\VideoFunction
 * @covers \MediaWiki\Extension\Trainings\Content\SubtitleParser
 * @covers \MediaWiki\Extension\Trainings\Export\MediaEmbedder
 */
class VideoFunctionTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const MODULE = <<<'WIKITEXT'
{{#training: summary = Videos, good and bad. | level = beginner }}
Intro text.
== Missing ==
{{#trainingvideo: No such clip.webm }}
After the missing file.
== Drawing ==
{{#trainingvideo: File:Video test drawing.svg }}
== Clip ==
{{#trainingvideo: Video test clip.webm }}
== Text ==
Plain text, still a step.
WIKITEXT;

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'TimedMediaHandler' ) ) {
			$this->markTestSkipped( 'TimedMediaHandler is not loaded (dev/timedmedia.sh)' );
		}
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	public function addDBDataOnce(): void {
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'TimedMediaHandler' ) ) {
			return;
		}
		$content = dirname( __DIR__, 4 ) . '/content';
		$this->upload( 'Video test clip.webm', "$content/File/Trainings catalog tour.webm" );
		$this->upload( 'Video test drawing.svg', "$content/File/Trainings module steps.svg" );
		$this->editPage( Title::makeTitle( VideoFunction::TIMEDTEXT_NAMESPACE, 'Video test clip.webm.en.srt' ),
			"1\n00:00:00,000 --> 00:00:04,000\nThe catalog.\n\n2\n00:00:04,000 --> 00:00:08,000\nA search." );
		$this->editPage( Title::makeTitle( VideoFunction::TIMEDTEXT_NAMESPACE, 'Video test clip.webm.fr.srt' ),
			"1\n00:00:00,000 --> 00:00:04,000\nLe catalogue.\n\n2\n00:00:09,000 --> 00:00:05,000\nÀ l'envers." );
		$this->editPage( Title::makeTitle( NS_TRAINING, 'Video test' ), self::MODULE );
		DeferredUpdates::doUpdates();
	}

	private function upload( string $name, string $path ): void {
		$file = $this->getServiceContainer()->getRepoGroup()->getLocalRepo()
			->newFile( Title::makeTitle( NS_FILE, $name ) );
		$this->assertNotNull( $file );
		$status = $file->upload( $path, 'test', 'test', 0, false, false, $this->getTestSysop()->getUser() );
		$this->assertStatusOK( $status );
	}

	public function testVideoStepAndBadInput(): void {
		$title = Title::makeTitle( NS_TRAINING, 'Video test' );
		$output = $this->getServiceContainer()->getParserOutputAccess()->getParserOutput(
			$this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title ),
			\ParserOptions::newFromAnon()
		)->getValue();
		$this->assertNotNull( $output );
		$html = $output->getRawText();
		$xpath = self::xpath( $html );

		// Every step is there: bad input stays in its step.
		$this->assertSame( 4, $output->getPageProperty( ModuleProperties::STEPS ) );
		$this->assertStringContainsString( 'After the missing file.', $html );
		$this->assertStringContainsString( 'Plain text, still a step.', $html );

		$missing = $this->single( $xpath, "//section[@id='step-1']" . self::byClass( 'trainings-error' ) );
		$this->assertStringContainsString( 'There is no file "No such clip.webm" on this wiki.',
			$missing->textContent );
		$drawing = $this->single( $xpath, "//section[@id='step-2']" . self::byClass( 'trainings-error' ) );
		$this->assertStringContainsString( 'The file "Video test drawing.svg" is not a video.', $drawing->textContent );

		// The video: the browser's own player, nothing loaded before it is played.
		$video = $this->single( $xpath, "//section[@id='step-3']" . self::byClass( 'trainings-video' ) . '//video' );
		$this->assertSame( 'none', $video->getAttribute( 'preload' ) );
		$this->assertFalse( $video->hasAttribute( 'autoplay' ) );
		$this->assertFalse( $video->hasAttribute( 'data-mw-tmh' ), 'not TimedMediaHandler\'s dialog player' );
		$this->assertFalse( $video->hasAttribute( 'poster' ), 'the poster waits for the step' );
		$this->assertStringContainsString( 'Video_test_clip.webm', $video->getAttribute( 'data-trainings-poster' ) );
		$tracks = $this->all( $xpath, "//section[@id='step-3']//track" );
		$this->assertSame( [ 'en', 'fr' ], array_map( static fn ( $t ) => $t->getAttribute( 'srclang' ), $tracks ) );
		$this->assertSame( 'Video: 24 s (47 KB)',
			$this->single( $xpath, self::byClass( 'trainings-video-facts' ) )->textContent );
		// The broken French timing, said where the video is; the English transcript.
		$broken = $this->single( $xpath, "//section[@id='step-3']" . self::byClass( 'trainings-error' ) );
		$this->assertStringContainsString(
			'Line 6: The subtitles in language "fr" have a broken timing line, "00:00:09,000 --> 00:00:05,000"',
			$broken->textContent
		);
		$transcript = $this->single( $xpath, self::byClass( 'trainings-video-transcript' ) );
		$this->assertSame( 'en', $transcript->getAttribute( 'lang' ) );
		$this->assertStringContainsString( 'The catalog. A search.', $transcript->textContent );

		// The catalog's format filter finds the module.
		$this->assertNotNull( $output->getPageProperty( ModuleProperties::FORMAT_PREFIX . 'video' ) );
		// Editing the subtitles renders the module again.
		$this->assertArrayHasKey( 'Video_test_clip.webm.fr.srt',
			$output->getTemplates()[VideoFunction::TIMEDTEXT_NAMESPACE] ?? [] );
	}

}
