<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Parsoid;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * Every page of the sample library rendered by the legacy parser and by Parsoid (design
 * record 0018): the same page properties, and the same steps and quizzes in the markup the
 * player reads (design record 0003, §3).
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Parsoid\ParsoidModule
 * @covers \MediaWiki\Extension\Trainings\Parsoid\ModuleDomProcessor
 * @covers \MediaWiki\Extension\Trainings\Parsoid\StepDom
 * @covers \MediaWiki\Extension\Trainings\Parsoid\AnchorIds
 * @covers \MediaWiki\Extension\Trainings\Parsoid\QuizTagHandler
 * @covers \MediaWiki\Extension\Trainings\Content\StepMarkup
 * @covers \MediaWiki\Extension\Trainings\Content\ModulePageOutput
 */
class ParserParityTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const CONTENT_DIR = __DIR__ . '/../../../../content/Training';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	/**
	 * @return array<string,array{0:string,1:string}> page name => [ name, wikitext file ]
	 */
	public static function provideSamplePages(): array {
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( self::CONTENT_DIR,
			\FilesystemIterator::SKIP_DOTS ) );
		$pages = [];
		foreach ( $files as $file ) {
			$path = (string)$file;
			if ( str_ends_with( $path, '.wikitext' ) ) {
				$name = substr( $path, strlen( self::CONTENT_DIR ) + 1, -strlen( '.wikitext' ) );
				$pages[$name] = [ $name, $path ];
			}
		}
		ksort( $pages );
		return $pages;
	}

	public function testTheSampleLibraryIsFound(): void {
		$this->assertGreaterThanOrEqual( 10, count( self::provideSamplePages() ) );
	}

	/**
	 * @dataProvider provideSamplePages
	 */
	public function testParsoidRendersWhatTheLegacyParserRenders( string $name, string $file ): void {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$base = explode( '/', $name )[0];
		if ( $base !== $name ) {
			// A language version needs its source page.
			$this->assertStatusGood( $this->editPage( Title::makeTitle( NS_TRAINING, $base ),
				(string)file_get_contents( self::CONTENT_DIR . "/$base.wikitext" ) ) );
		}
		$this->assertStatusGood( $this->editPage( $title, (string)file_get_contents( $file ) ) );
		DeferredUpdates::doUpdates();

		$legacy = $this->render( $title, false );
		$parsoid = $this->render( $title, true );

		$this->assertSame( $this->trainingsProperties( $legacy ), $this->trainingsProperties( $parsoid ),
			'page properties' );
		$this->assertSame( $this->structure( $legacy ), $this->structure( $parsoid ), 'steps and quizzes' );
		$this->assertSame( $legacy->getCategoryNames(), $parsoid->getCategoryNames(), 'categories' );
		$this->assertSame( $legacy->getModules(), array_values( array_intersect( $parsoid->getModules(),
			$legacy->getModules() ) ), 'the player and the course script' );

		$properties = $legacy->getPageProperties();
		if ( !isset( $properties['trainings-course'] ) ) {
			$steps = $this->structure( $parsoid )['steps'];
			$this->assertNotSame( [], $steps, 'a sample module has steps' );
			$this->assertSame( count( $steps ), (int)$properties['trainings-steps'] );
		}
	}

	public function testOnlyTheExtensionsOwnEmbeddedHtmlIsShown(): void {
		$embedded = $this->getServiceContainer()->get( 'Trainings.EmbeddedHtml' );
		$genuine = $embedded->wrap( '<b class="genuine">kept</b>' );
		$forged = '<trainingshtml sig="0000">' . base64_encode( '<script>alert(1)</script>' ) . '</trainingshtml>';
		$title = Title::makeTitle( NS_TRAINING, 'Embedded HTML' );
		$this->assertStatusGood( $this->editPage( $title,
			"{{#training:|summary=S.}}\n$genuine\n$forged\n== A ==\nText." ) );
		foreach ( [ false, true ] as $parsoid ) {
			$html = $this->render( $title, $parsoid )->getRawText();
			$this->assertStringContainsString( '<b class="genuine"', $html );
			$this->assertStringNotContainsString( '<script>', $html );
			$this->assertStringContainsString( 'trainings-error', $html );
		}
	}

	private function render( Title $title, bool $parsoid ): ParserOutput {
		$options = ParserOptions::newFromAnon();
		if ( $parsoid ) {
			$options->setUseParsoid();
		}
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$status = $this->getServiceContainer()->getParserOutputAccess()->getParserOutput(
			$page, $options, null, \MediaWiki\Page\ParserOutputAccess::OPT_NO_CACHE
		);
		$this->assertStatusGood( $status );
		return $status->getValue();
	}

	/**
	 * @return array<string,string>
	 */
	private function trainingsProperties( ParserOutput $output ): array {
		$properties = array_filter( $output->getPageProperties(),
			static fn ( $name ) => str_starts_with( (string)$name, 'trainings-' ), ARRAY_FILTER_USE_KEY );
		ksort( $properties );
		return array_map( 'strval', $properties );
	}

	/**
	 * @return array<string,mixed> What the player reads (resources/src/player/serverModule.ts)
	 */
	private function structure( ParserOutput $output ): array {
		$xpath = self::xpath( $output->getRawText() );
		$module = $this->all( $xpath, self::byClass( 'trainings-module' ) );
		$steps = [];
		foreach ( $this->all( $xpath, '//section' . substr( self::byClass( 'trainings-step' ), 3 ) ) as $section ) {
			// Its heading's id under each parser (the legacy parser's data-mw-anchor becomes the id later).
			$steps[] = [ $section->getAttribute( 'id' ), $section->getAttribute( 'data-trainings-step' ),
				$section->getAttribute( 'aria-labelledby' ), count( $this->all( $xpath, '//section[@id="' .
				$section->getAttribute( 'id' ) . '"]//h2' ) ) ];
		}
		$links = array_map( static fn ( $a ) => [ $a->getAttribute( 'href' ), trim( $a->textContent ) ],
			$this->all( $xpath, self::byClass( 'trainings-steplist' ) . '//a' ) );
		$quizzes = array_map(
			static fn ( $quiz ) => [ $quiz->getAttribute( 'id' ), $quiz->getAttribute( 'data-trainings-quiz' ),
				$quiz->getAttribute( 'data-trainings-quiz-type' ) ],
			$this->all( $xpath, self::byClass( 'trainings-quiz' ) . '[@data-trainings-quiz]' )
		);
		$course = array_map( static fn ( $li ) => [ $li->getAttribute( 'data-trainings-module' ),
			trim( $li->textContent ), $li->getElementsByTagName( 'a' )->length ],
			$this->all( $xpath, self::byClass( 'trainings-course' ) . '/li' ) );
		return [
			'meta' => array_map( static fn ( $m ) => trim( (string)preg_replace( '/\s+/u', ' ', $m->textContent ) ),
				$this->all( $xpath, self::byClass( 'trainings-meta' ) ) ),
			'metaLinks' => count( $this->all( $xpath, self::byClass( 'trainings-meta' ) . '//a' ) ),
			'course' => $course,
			'video' => count( $this->all( $xpath, self::byClass( 'trainings-video' ) ) ),
			'errors' => array_map( static fn ( $e ) => trim( $e->textContent ),
				$this->all( $xpath, self::byClass( 'trainings-error' ) ) ),
			'module' => array_map( static fn ( $m ) => [ $m->getAttribute( 'data-trainings-steps' ),
				$m->getAttribute( 'data-trainings-quizzes' ) ], $module ),
			'intro' => count( $this->all( $xpath, self::byClass( 'trainings-intro' ) ) ),
			'steps' => $steps,
			'steplist' => $links,
			'quizzes' => $quizzes,
		];
	}

}
