<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Content;

use MediaWiki\Extension\Trainings\Content\Problem;
use MediaWiki\Extension\Trainings\Content\Quiz;
use MediaWiki\Extension\Trainings\Content\QuizOption;
use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWikiUnitTestCase;

/**
 * @covers \MediaWiki\Extension\Trainings\Content\QuizParser
 * @covers \MediaWiki\Extension\Trainings\Content\QuizParseResult
 * @covers \MediaWiki\Extension\Trainings\Content\Quiz
 * @covers \MediaWiki\Extension\Trainings\Content\QuizOption
 * @covers \MediaWiki\Extension\Trainings\Content\Problem
 * @covers \MediaWiki\Extension\Trainings\Content\TranslateMarkup
 */
class QuizParserTest extends MediaWikiUnitTestCase {

	/**
	 * @param string $body
	 * @param array<string,string> $attributes
	 */
	private function parseValid( string $body, array $attributes = [] ): Quiz {
		$result = ( new QuizParser() )->parse( $body, $attributes );
		$this->assertSame( [], array_map( [ self::class, 'describe' ], $result->getProblems() ) );
		$quiz = $result->getQuiz();
		$this->assertNotNull( $quiz );
		return $quiz;
	}

	/**
	 * @param string $body
	 * @param array<string,string> $attributes
	 * @return list<string> The problems, as "key" or "key@line"
	 */
	private function problems( string $body, array $attributes = [] ): array {
		$result = ( new QuizParser() )->parse( $body, $attributes );
		$this->assertNull( $result->getQuiz(), 'a quiz with problems is not returned' );
		return array_map( [ self::class, 'describe' ], $result->getProblems() );
	}

	private static function describe( Problem $problem ): string {
		$line = $problem->getLine();
		return $problem->getMessageKey() . ( $line === null ? '' : "@$line" );
	}

	public function testSingleAnswerQuiz(): void {
		$quiz = $this->parseValid( "\n? What should you find out first?\n- How to word a contract.\n"
			. ": Too early.\n\n  + What the organisation needs this year.\n: Right.\n" );

		$this->assertSame( 'What should you find out first?', $quiz->getQuestion() );
		$this->assertFalse( $quiz->isMultiple() );
		$options = $quiz->getOptions();
		$this->assertCount( 2, $options );
		$this->assertEquals( new QuizOption( 'How to word a contract.', false, 'Too early.' ), $options[0] );
		$this->assertEquals( new QuizOption( 'What the organisation needs this year.', true, 'Right.' ), $options[1] );
	}

	public function testExplanation(): void {
		$quiz = $this->parseValid( "? Q\n+ A\n: Yes.\n- B\n! Because [[A]] is ''right''." );
		$this->assertSame( "Because [[A]] is ''right''.", $quiz->getExplanation(), 'kept as wikitext' );
		$this->assertSame( 'Yes.', $quiz->getOptions()[0]->getFeedback(), 'feedback unchanged' );
		$this->assertNull( $this->parseValid( "? Q\n+ A\n- B" )->getExplanation(), 'optional' );
		$this->assertSame( 'Early.', $this->parseValid( "? Q\n! Early.\n+ A\n- B" )->getExplanation(),
			'anywhere after the question' );
	}

	public function testSeveralRightOptionsMakeAMultipleAnswerQuiz(): void {
		$quiz = $this->parseValid( "? Which?\n+ A\n+ B\n- C" );
		$this->assertTrue( $quiz->isMultiple() );
		$this->assertNull( $quiz->getOptions()[2]->getFeedback() );
	}

	public function testMultipleAttribute(): void {
		$this->assertTrue( $this->parseValid( "? Which?\n+ A\n- B", [ 'multiple' => '' ] )->isMultiple() );
	}

	public function testTranslateMarkupIsRemoved(): void {
		$quiz = $this->parseValid( "<!-- note\nacross lines -->\n? <translate><!--T:7--> Question?</translate>\n"
			. "- <translate nowrap>Wrong</translate>\n+ Right <tvar name=\"x\">'''bold'''</tvar>" );
		$this->assertSame( 'Question?', $quiz->getQuestion() );
		$this->assertSame( 'Wrong', $quiz->getOptions()[0]->getText() );
		$this->assertSame( "Right '''bold'''", $quiz->getOptions()[1]->getText() );
	}

	public function testTranslatedPageWithUntranslatedOption(): void {
		$quiz = $this->parseValid( "? Que devez-vous savoir ?\n"
			. "- <span lang=\"en\" dir=\"ltr\" class=\"mw-content-ltr\">How to word a contract.</span>\n"
			. "+ Ce dont elle a besoin." );
		$this->assertStringContainsString( 'lang="en"', $quiz->getOptions()[0]->getText() );
	}

	public function testMarkupIsKeptAsWikitextForTheRenderer(): void {
		// Escaping is the renderer's job (the parser turns <script> into text).
		$quiz = $this->parseValid( "? <script>alert(1)</script>\n+ <b onclick=\"x()\">A</b>\n- B" );
		$this->assertSame( '<script>alert(1)</script>', $quiz->getQuestion() );
	}

	/** @return iterable<string,array{string,list<string>,array<string,string>}> */
	public static function provideMalformed(): iterable {
		yield 'empty body' => [ '', [
			'trainings-quiz-error-no-question', 'trainings-quiz-error-too-few-options',
		], [] ];
		yield 'blank lines only' => [ "\n  \n", [
			'trainings-quiz-error-no-question', 'trainings-quiz-error-too-few-options',
		], [] ];
		yield 'no question' => [ "+ A\n- B", [ 'trainings-quiz-error-no-question' ], [] ];
		yield 'second question' => [ "? One\n? Two\n+ A\n- B", [ 'trainings-quiz-error-second-question@2' ], [] ];
		yield 'question after options' => [ "+ A\n- B\n? Q", [
			'trainings-quiz-error-question-not-first@3', 'trainings-quiz-error-no-question',
		], [] ];
		yield 'one option' => [ "? Q\n+ A", [ 'trainings-quiz-error-too-few-options' ], [] ];
		yield 'no right option' => [ "? Q\n- A\n- B", [ 'trainings-quiz-error-no-right-option' ], [] ];
		yield 'thirteen options' => [ "? Q\n+ A" . str_repeat( "\n- B", 12 ), [
			'trainings-quiz-error-too-many-options',
		], [] ];
		yield 'empty option' => [ "? Q\n+\n+ A\n- B", [ 'trainings-quiz-error-empty@2' ], [] ];
		yield 'empty question' => [ "?   \n+ A\n- B", [
			'trainings-quiz-error-empty@1', 'trainings-quiz-error-no-question',
		], [] ];
		yield 'feedback without option' => [ "? Q\n: Why\n+ A\n- B", [
			'trainings-quiz-error-feedback-without-option@2',
		], [] ];
		yield 'second feedback' => [ "? Q\n+ A\n: One\n: Two\n- B", [ 'trainings-quiz-error-second-feedback@4' ], [] ];
		yield 'unknown prefix' => [ "? Q\n* A\n+ A\n- B", [ 'trainings-quiz-error-prefix@2' ], [] ];
		yield 'second explanation' => [ "? Q\n+ A\n- B\n! One\n! Two",
			[ 'trainings-quiz-error-second-explanation@5' ], [] ];
		yield 'empty explanation' => [ "? Q\n+ A\n- B\n!", [ 'trainings-quiz-error-empty@4' ], [] ];
		yield 'feedback after the explanation' => [ "? Q\n+ A\n! Why\n: Late\n- B", [
			'trainings-quiz-error-feedback-without-option@4' ], [] ];
		yield 'unknown attribute' => [ "? Q\n+ A\n- B", [ 'trainings-quiz-error-attribute' ], [ 'onclick' => 'x()' ] ];
		yield 'whole quiz in one translate unit' => [
			"<div lang=\"en\" dir=\"ltr\" class=\"mw-content-ltr\">\n? Q\n+ A\n- B\n</div>",
			[ 'trainings-quiz-error-translate-wrapper@1', 'trainings-quiz-error-translate-wrapper@5' ],
			[],
		];
		yield 'line too long' => [ "? Q\n+ " . str_repeat( 'a', 2001 ) . "\n+ A\n- B", [
			'trainings-quiz-error-line-too-long@2',
		], [] ];
		yield 'body too large' => [ "? Q\n+ A\n- B\n" . str_repeat( "- x\n", 6000 ), [
			'trainings-quiz-error-too-large',
		], [] ];
	}

	/**
	 * @dataProvider provideMalformed
	 * @param string $body
	 * @param list<string> $expected
	 * @param array<string,string> $attributes
	 */
	public function testMalformed( string $body, array $expected, array $attributes ): void {
		$this->assertSame( $expected, $this->problems( $body, $attributes ) );
	}

	public function testLineNumbersSurviveRemovedComments(): void {
		$this->assertSame(
			[ 'trainings-quiz-error-prefix@4' ],
			$this->problems( "? Q <!-- a\ncomment -->\n+ A\n* oops\n- B" )
		);
	}

}
