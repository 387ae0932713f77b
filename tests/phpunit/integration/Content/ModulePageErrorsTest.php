<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Parser\ParserOutputFlags;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * A module page through the real parser and the real hooks, when something is wrong or
 * missing: the errors in place, tracking categories and preview warnings; and the pages the
 * extension leaves alone. The markup of a good module: ModulePageTest.
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
 */
class ModulePageErrorsTest extends MediaWikiIntegrationTestCase {

	use HtmlAssertions;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function parseText( string $text, string $name = 'Preview', ?ParserOptions $options = null ): ParserOutput {
		$options ??= ParserOptions::newFromAnon();
		$options->setIsPreview( true );
		return $this->getServiceContainer()->getParserFactory()->create()->parse(
			$text, Title::makeTitle( NS_TRAINING, $name ), $options
		);
	}

	public function testMetadataErrorsInPlaceWithCategoryAndWarning(): void {
		$output = $this->parseText(
			"Intro\n{{#training:\n | summary = S\n | level = expert\n | colour = blue\n}}\nAfter"
		);
		$xpath = self::xpath( $output->getRawText() );

		$box = $this->single( $xpath, "//div[@class='error trainings-error']" );
		$this->assertSame( 'note', $box->getAttribute( 'role' ) );
		$this->assertSame( [
			'"expert" is not a level. Use beginner, intermediate or advanced.',
			'"colour" is not a parameter of the training metadata. The parameters are: title, summary, level, '
				. 'duration, topics, maintainers, reviewed, status, image.',
		], array_map(
			static fn ( $li ) => $li->textContent,
			$this->all( $xpath, "//div[@class='error trainings-error']/ul/li" )
		) );
		// The rest of the page is intact, and the valid values are kept.
		$this->single( $xpath, "//div[@class='trainings-meta'][@data-trainings-status='published']" );
		$this->assertStringContainsString(
			'After', $this->single( $xpath, "//div[@class='trainings-intro']" )->textContent
		);
		$this->assertSame( [ 'Training_pages_with_metadata_errors' ], $output->getCategoryNames() );
		$this->assertSame(
			[ 'The training metadata of this page has 2 problems. See the box with the details in the preview below.' ],
			$output->getWarnings()
		);
		$this->assertSame( 'S', $output->getPageProperty( 'trainings-summary' ) );
		$this->assertNull( $output->getPageProperty( 'trainings-level' ) );
	}

	public function testSecondMetadataBlock(): void {
		$output = $this->parseText( "{{#training: summary = One}}\n{{#training: summary = Two | level = advanced}}" );

		$this->assertSame( 'One', $output->getPageProperty( 'trainings-summary' ) );
		$this->assertNull( $output->getPageProperty( 'trainings-level' ) );
		$this->assertStringContainsString( 'only the first block is used', $output->getRawText() );
		$this->assertSame( [ 'Training_pages_with_metadata_errors' ], $output->getCategoryNames() );
	}

	public function testModuleWithoutMetadata(): void {
		$output = $this->parseText( "Intro\n== Step ==\nText" );

		$this->assertSame( [ 'Training_pages_with_metadata_errors' ], $output->getCategoryNames() );
		$this->assertSame( [ 'This training module has no metadata. Add a metadata block at the top of the page, '
			. 'with at least a summary, as in the other training modules.' ], $output->getWarnings() );
		$this->assertStringNotContainsString( 'trainings-error', $output->getRawText(), 'no box, only the warning' );
		$this->assertSame( 1, $output->getPageProperty( 'trainings-steps' ) );
	}

	public function testQuizExplanationIsRenderedWithTheAnswers(): void {
		$output = $this->parseText( "{{#training: summary = S}}\n== Step ==\n<trainingquiz>\n? Q\n+ A\n- B\n"
			. "! Because of [[Main Page|the rules]] <script>x</script>.\n</trainingquiz>" );
		$xpath = self::xpath( $output->getRawText() );
		$explanation = $this->single( $xpath,
			"//div[@id='quiz-1']/details[@class='trainings-quiz-answers']/div[@class='trainings-quiz-explanation']" );
		$this->assertSame( 'Why: Because of the rules <script>x</script>.', $explanation->textContent,
			'a label, then the explanation as inline wikitext, markup escaped' );
		$this->assertSame( 'the rules',
			$this->single( $xpath, "//div[@class='trainings-quiz-explanation']/a" )->textContent );
		$this->assertSame( [], $output->getCategoryNames(), 'no error' );
	}

	public function testQuizErrors(): void {
		$output = $this->parseText(
			"{{#training: summary = S}}\n== Step ==\n<trainingquiz>\n? Q\n- A\n- B\n</trainingquiz>\n"
			. "<trainingquiz>\n? Fine\n+ A\n- B\n</trainingquiz>\nAfter the quiz." );
		$xpath = self::xpath( $output->getRawText() );

		$this->assertSame( [ 'No answer is marked as right: start at least one answer with +.' ], array_map(
			static fn ( $li ) => $li->textContent,
			$this->all( $xpath, "//section[@id='step-1']/div[@class='error trainings-error'][@role='note']/ul/li" )
		) );
		$this->assertSame( 'This quiz cannot be shown:',
			$this->single( $xpath, "//div[@class='error trainings-error']/p" )->textContent );
		// The valid quiz after it is number 1.
		$this->single( $xpath, "//div[@id='quiz-1'][@data-trainings-quiz='1']" );
		$this->assertStringContainsString( 'After the quiz.', $output->getRawText() );
		$this->assertSame( [ 'Training_pages_with_quiz_errors' ], $output->getCategoryNames() );
		$this->assertSame( [ 'A quiz on this page has problems. See the box with the details in the preview below.' ],
			$output->getWarnings() );
		$this->assertSame( 1, $output->getPageProperty( 'trainings-quizzes' ) );
	}

	public function testQuizLineNumbers(): void {
		$output = $this->parseText( "{{#training: summary = S}}\n<trainingquiz>\n? Q\n+ A\n* B\n</trainingquiz>" );
		$this->assertStringContainsString( 'Line 4: A line cannot start with "*".', $output->getRawText() );
	}

	public function testSectionPreviewAndOtherNamespacesAreLeftAlone(): void {
		$options = ParserOptions::newFromAnon();
		$options->setIsSectionPreview( true );
		$output = $this->parseText( "== Step ==\nText", 'Preview', $options );
		$this->assertStringNotContainsString( 'trainings-module', $output->getRawText() );
		$this->assertNull( $output->getPageProperty( 'trainings-steps' ) );

		$output = $this->getServiceContainer()->getParserFactory()->create()->parse(
			"== Step ==\nText", Title::makeTitle( NS_MAIN, 'Plain' ), ParserOptions::newFromAnon()
		);
		$this->assertStringNotContainsString( 'trainings-module', $output->getRawText() );
		$this->assertSame( [], $output->getCategoryNames() );
		$this->assertFalse( $output->getOutputFlag( ParserOutputFlags::NO_TOC ) );

		$options = ParserOptions::newFromAnon();
		$options->setInterfaceMessage( true );
		$output = $this->getServiceContainer()->getParserFactory()->create()->parse(
			"== Step ==\nText", Title::makeTitle( NS_TRAINING, 'Message' ), $options
		);
		$this->assertStringNotContainsString( 'trainings-module', $output->getRawText() );
	}

	public function testTrackingCategoriesAreRegistered(): void {
		$categories = $this->getServiceContainer()->getTrackingCategories()->getTrackingCategories();
		$this->assertArrayHasKey( 'trainings-metadata-error-category', $categories );
		$this->assertArrayHasKey( 'trainings-quiz-error-category', $categories );
	}

}
