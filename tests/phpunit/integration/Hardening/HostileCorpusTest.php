<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use UtfNormal\Validator;

/**
 * The hostile corpus (tests/corpus/*.wikitext) and a few generated giants through the real
 * parser, saved as real pages: no script or event handler from content in the HTML, the inline
 * errors the first line of each file announces (`<!-- corpus: steps=N errors=metadata,quiz -->`),
 * the expected number of steps, and no PHP warning or exception (PHPUnit turns those into
 * failures here).
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\TrainingFunction
 * @covers \MediaWiki\Extension\Trainings\Content\QuizTag
 * @covers \MediaWiki\Extension\Trainings\Content\CourseFunction
 * @covers \MediaWiki\Extension\Trainings\Content\StepStructure
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserAfterTidyHandler
 */
class HostileCorpusTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const ERROR_HEADINGS = [
		'metadata' => 'trainings-metadata-error-heading',
		'quiz' => 'trainings-quiz-error-heading',
		'course' => 'trainings-course-error-heading',
	];

	private const MODULE = "(//div[@class='trainings-module'])[1]";

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
	}

	public static function corpusDir(): string {
		return dirname( __DIR__, 3 ) . '/corpus';
	}

	/**
	 * @return iterable<string,array{0:string,1:string}> [ page name, wikitext ]
	 */
	public static function provideCorpus(): iterable {
		$files = glob( self::corpusDir() . '/*.wikitext' ) ?: [];
		sort( $files );
		foreach ( $files as $file ) {
			$name = basename( $file, '.wikitext' );
			yield $name => [ "Corpus/$name", (string)file_get_contents( $file ) ];
		}
	}

	/**
	 * @return array{steps:?int,errors:list<string>} What the corpus file's first line announces:
	 *  the number of steps (-1 for a course page, which has none), the kinds of inline errors
	 */
	private static function expectations( string $text ): array {
		if ( !preg_match( '/^<!-- corpus: steps=(\d+|course) errors=([a-z,]*) -->/', $text, $m ) ) {
			return [ 'steps' => null, 'errors' => [] ];
		}
		return [
			'steps' => $m[1] === 'course' ? -1 : (int)$m[1],
			'errors' => array_values( array_filter( explode( ',', $m[2] ) ) ),
		];
	}

	private function save( string $name, string $text ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$status = $this->editPage( $title, $text );
		$this->assertStatusOK( $status );
		DeferredUpdates::doUpdates();
		return $title;
	}

	private function readerHtml( Title $title ): string {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$output = $page->getParserOutput( ParserOptions::newFromAnon(), null, true );
		$this->assertInstanceOf( ParserOutput::class, $output );
		return $output->runOutputPipeline( ParserOptions::newFromAnon(), [ 'enableSectionEditLinks' => true ] )
			->getContentHolderText();
	}

	private function assertNoScript( string $html, string $label ): void {
		$this->assertSame( [], HostileHtml::scriptRisks( $html ), "$label: no script or event handler from content" );
	}

	/**
	 * @dataProvider provideCorpus
	 */
	public function testCorpusPage( string $name, string $text ): void {
		$expected = self::expectations( $text );
		$this->assertNotNull( $expected['steps'], "$name announces what it expects on its first line" );
		// Text reaches a page through WebRequest, which replaces invalid UTF-8 (core's parser
		// itself fails on raw invalid bytes); HostileDomainInputTest feeds raw bytes to our parsers.
		if ( $expected['steps'] === -1 ) {
			// The one existing module courses in the corpus list.
			$this->save( 'How to talk to partners', "{{#training: | summary = s }}\n== One ==\nText." );
		}
		$html = $this->readerHtml( $this->save( $name, Validator::cleanUp( $text ) ) );
		$this->assertNoScript( $html, $name );

		$xpath = self::xpath( $html );
		$headings = [];
		foreach ( $this->all( $xpath, self::byClass( 'trainings-error' ) . '/p' ) as $p ) {
			$headings[] = $p->textContent;
		}
		foreach ( self::ERROR_HEADINGS as $kind => $key ) {
			$message = wfMessage( $key )->inLanguage( 'en' )->text();
			$this->assertSame(
				in_array( $kind, $expected['errors'], true ),
				in_array( $message, $headings, true ),
				"$name: an inline $kind error box " . ( in_array( $kind, $expected['errors'], true ) ? 'is' : 'is not' )
					. ' shown; error boxes: ' . implode( ' / ', $headings )
			);
		}
		if ( $expected['steps'] === -1 ) {
			$this->assertSame( [], $this->all( $xpath, self::MODULE ), "$name: a course page is no module" );
		} else {
			// The outermost wrapper is the extension's: content may imitate its markup inside.
			$module = $this->single( $xpath, self::MODULE );
			$this->assertSame( (string)$expected['steps'], $module->getAttribute( 'data-trainings-steps' ), $name );
			$this->assertCount( $expected['steps'],
				$this->all( $xpath, self::MODULE . '/section[@data-trainings-step]' ) );
		}
	}

	public function testCorpusIsThere(): void {
		$this->assertGreaterThanOrEqual( 10, count( glob( self::corpusDir() . '/*.wikitext' ) ?: [] ) );
	}

	/**
	 * @return iterable<string,array{0:string,1:callable():string,2:int}> [ name, generator, steps ]
	 */
	public static function provideGenerated(): iterable {
		yield 'thousands of steps' => [ 'Generated/steps', static function (): string {
			$text = "{{#training: | summary = Three thousand steps }}\nIntro.\n";
			for ( $i = 1; $i <= 3000; $i++ ) {
				$text .= "== Step $i <span onclick=\"alert($i)\">x</span> ==\nText $i.\n";
				if ( $i % 100 === 0 ) {
					$text .= "<trainingquiz>\n? Q $i <script>alert($i)</script>\n+ Yes\n- No\n</trainingquiz>\n";
				}
			}
			return $text;
		}, 3000 ];
		yield 'enormous page' => [ 'Generated/enormous', static function (): string {
			// About 1.5 MB of wikitext: the size core accepts by default is 2 MB.
			$paragraph = str_repeat( 'Lorem ipsum <b>dolor</b> sit amet <img src=x onerror=alert(1)>. ', 30 ) . "\n\n";
			$text = "{{#training: | summary = " . str_repeat( 'A very long summary. ', 2000 ) . " }}\n";
			for ( $i = 1; $i <= 3; $i++ ) {
				$text .= "== Step $i ==\n" . str_repeat( $paragraph, 250 );
			}
			$text .= "<trainingquiz>\n? " . str_repeat( 'Long question ', 2000 ) . "\n+ Yes\n- No\n</trainingquiz>\n";
			return $text;
		}, 3 ];
		yield 'deep nesting' => [ 'Generated/deep', static function (): string {
			$depth = 300;
			$text = str_repeat( '{{#training: | summary = ', $depth ) . 'deep' . str_repeat( ' }}', $depth ) . "\n";
			$text .= str_repeat( '<div>', 1500 ) . 'nested divs' . str_repeat( '</div>', 1500 ) . "\n";
			$text .= str_repeat( '[[', 500 ) . str_repeat( "'''''", 500 ) . "\n";
			$text .= "== Step ==\n" . str_repeat( '<trainingquiz>', 200 ) . "\n? Q\n+ a\n- b\n"
				. str_repeat( '</trainingquiz>', 200 ) . "\n";
			return $text;
		}, 1 ];
	}

	/**
	 * @dataProvider provideGenerated
	 * @param string $name
	 * @param callable():string $generate
	 * @param int $steps
	 */
	public function testGeneratedGiants( string $name, callable $generate, int $steps ): void {
		$this->overrideConfigValue( MainConfigNames::MaxArticleSize, 4096 );
		$html = $this->readerHtml( $this->save( $name, $generate() ) );
		$this->assertNoScript( $html, $name );
		$module = $this->single( self::xpath( $html ), self::MODULE );
		$this->assertSame( (string)$steps, $module->getAttribute( 'data-trainings-steps' ) );
	}

	public function testUnknownLanguageSubpages(): void {
		$text = (string)file_get_contents( self::corpusDir() . '/metadata-injection.wikitext' );
		$names = [ 'zz', 'xx-unknown', 'qqx', str_repeat( 'a', 40 ) ];
		foreach ( array_map( static fn ( $code ) => "Corpus language/$code", $names ) as $name ) {
			$html = $this->readerHtml( $this->save( $name, $text ) );
			$this->assertNoScript( $html, $name );
			$this->assertNotSame( [], $this->all( self::xpath( $html ), self::byClass( 'trainings-error' ) ), $name );
		}
	}

}
