<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Reads one Meta-Wiki slide page (or one of its /xx translation pages): Translate's markup
 * removed, the first non-empty line is the title (a `==` heading), the rest the body, and the
 * `{{Training module quiz}}` taken out as a SourceQuiz. Other templates stay in the body for
 * the converter. Line numbers are those of the page.
 *
 * @license GPL-2.0-or-later
 */
class OnWikiSlideParser {

	private const QUIZ = 'Training module quiz';
	private const MAX_ANSWERS = 9;

	public function __construct(
		private readonly TranslateMarkupCleaner $cleaner,
		private readonly TemplateScanner $scanner
	) {
	}

	public function parse( SourcePage $page, ImportReport $report ): SlideText {
		$text = $this->cleaner->clean( str_replace( "\r\n", "\n", $page->text ) );
		$lines = explode( "\n", $text );
		$titleLine = 0;
		while ( $titleLine < count( $lines ) && trim( $lines[$titleLine] ) === '' ) {
			$titleLine++;
		}
		$title = trim( preg_replace( '/^=+|=+$/', '', trim( $lines[$titleLine] ?? '' ) ) ?? '' );
		if ( $title === '' ) {
			$report->problem( $page->title, $titleLine + 1, 'the slide has no title line' );
		}
		$body = implode( "\n", array_slice( $lines, $titleLine + 1 ) );
		$bodyLine = $titleLine + 2;
		$quiz = null;
		foreach ( $this->scanner->scan( $body, $bodyLine ) as $call ) {
			if ( $call->name !== self::QUIZ ) {
				continue;
			}
			if ( $quiz !== null ) {
				$report->problem( $page->title, $call->line, 'a second quiz in one slide: only the first is imported' );
			}
			$quiz ??= $this->quiz( $call );
			// Blank lines in its place keep the lines below where they were.
			$length = $call->end - $call->start;
			$body = substr_replace(
				$body, str_pad( str_repeat( "\n", substr_count( substr( $body, $call->start, $length ), "\n" ) ),
					$length, ' ' ),
				$call->start, $length
			);
		}
		return new SlideText( $title, $body, SlideText::FORMAT_WIKITEXT, $quiz, $page->title, $bodyLine );
	}

	private function quiz( TemplateCall $call ): SourceQuiz {
		$answers = [];
		for ( $id = 1; $id <= self::MAX_ANSWERS; $id++ ) {
			$text = $call->param( "answer_$id" );
			if ( $text !== '' ) {
				$answers[] = new SourceAnswer( $id, $text, $call->param( "explanation_$id" ) );
			}
		}
		$correct = $call->param( 'correct_answer_id' );
		return new SourceQuiz(
			$call->param( 'question' ),
			ctype_digit( $correct ) ? (int)$correct : 0,
			$answers,
			$call->line
		);
	}
}
