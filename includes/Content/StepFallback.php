<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;

/**
 * A hand-made language version (`Training:X/fr` written without Translate) that lacks some of
 * its source's steps shows the source's step in its place, marked with the source's language,
 * rather than shifting every later step (design record 0019). Works on the version's tidied
 * HTML before StepStructure arranges it: each missing step's content, as the source page
 * renders it, goes before the next step both pages have, in a wrapper `<div lang dir>` that
 * StepScanner reads like Translate's wrapper of an untranslated unit; its marker goes before the
 * wrapper. Quizzes are then numbered again in page order, as the source numbers them, and their
 * answer keys follow (the server checks a learner's answers by those numbers: design record
 * 0015, §6).
 *
 * @phpstan-import-type AnswerKey from Quiz
 * @license GPL-2.0-or-later
 */
final class StepFallback {

	public const WRAPPER_CLASS = 'trainings-step-fallback';

	/** A quiz's number (QuizRenderer): on its element (1 to 4), or on its inputs' name (5, 6). */
	private const QUIZ_NUMBERS = '/(<div class="trainings-quiz" id="quiz-)(s?\d+)(" data-trainings-quiz=")(s?\d+)"'
		. '|(name="trainings-quiz-)(s?\d+)"/';
	/** Marks the number of a quiz of the source until the page's quizzes are numbered again. */
	private const SOURCE_MARK = 's';

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param string $html The version's tidied HTML
	 * @param list<string> $sourceIds The source's step ids, in order
	 * @return bool Whether a step of the source is not in the version
	 */
	public static function lacksSteps( string $html, array $sourceIds ): bool {
		return array_diff( $sourceIds, StepIds::resolve( StepScanner::scan( $html ), $sourceIds ) ) !== [];
	}

	/**
	 * @param string $html The version's tidied HTML
	 * @param list<string> $sourceIds The source's step ids, in order
	 * @param array<string,string> $sourceSteps Step id => the HTML of that step on the source
	 *  page (StepFallback::sections())
	 * @param string $lang The source's language
	 * @param string $dir Its direction
	 * @param array{version:list<AnswerKey>,source:list<AnswerKey>} $quizKeys The answer keys of the
	 *  version's quizzes and of the source's, each in its page order (QuizTag)
	 * @return array{0:string,1:list<AnswerKey|null>}|null The HTML with the missing steps, and
	 *  the answer keys of its quizzes in page order (null: unknown); null when nothing was missing
	 */
	public static function fill(
		string $html, array $sourceIds, array $sourceSteps, string $lang, string $dir, array $quizKeys
	): ?array {
		$boundaries = StepScanner::scan( $html );
		$offsets = [];
		foreach ( StepIds::resolve( $boundaries, $sourceIds ) as $index => $id ) {
			$offsets[$id] = $boundaries[$index]->offset;
		}
		$present = $offsets;
		$insertions = [];
		$pending = '';
		foreach ( $sourceIds as $id ) {
			if ( isset( $present[$id] ) ) {
				if ( $pending !== '' ) {
					$insertions[] = [ $offsets[$id], $pending ];
					$pending = '';
				}
			} elseif ( isset( $sourceSteps[$id] ) ) {
				$pending .= self::fallbackStep( $id, $sourceSteps[$id], $lang, $dir );
			}
		}
		if ( $insertions === [] && $pending === '' ) {
			return null;
		}
		$html .= $pending;
		foreach ( array_reverse( $insertions ) as [ $offset, $string ] ) {
			$html = substr( $html, 0, $offset ) . $string . substr( $html, $offset );
		}
		return self::renumberQuizzes( $html, $quizKeys );
	}

	/**
	 * The content of each step of an arranged module page (StepStructure's output), without
	 * its marker and edit links.
	 *
	 * @param string $html
	 * @return array<string,string> Step id => HTML
	 */
	public static function sections( string $html ): array {
		$parts = preg_split( '/(?:<\/section>\n)?(?=<section class="' . StepMarkup::STEP_CLASS . '")/', $html ) ?: [];
		$sections = [];
		foreach ( array_slice( $parts, 1 ) as $part ) {
			if ( !preg_match( '/^<section [^>]*\bdata-trainings-step-id="([a-z][a-z0-9-]*)"[^>]*>/', $part, $m ) ) {
				continue;
			}
			$body = substr( $part, strlen( $m[0] ) );
			// The last step closes the module as well.
			$body = (string)preg_replace( '/<\/section>\n<\/div>\s*$/', '', $body );
			$body = (string)preg_replace( [
				'/<span class="' . StepFunction::MARKER_CLASS . '"[^>]*><\/span>/',
				'/<mw:editsection\b[^>]*>.*?<\/mw:editsection>/s',
				'/^\s*<p>\s*<\/p>\s*/',
			], '', $body );
			$sections[$m[1]] = trim( $body );
		}
		return $sections;
	}

	private static function fallbackStep( string $id, string $content, string $lang, string $dir ): string {
		// The source's quizzes keep their source's numbers, marked as such, until renumbered.
		$content = (string)preg_replace_callback( self::QUIZ_NUMBERS, static fn ( array $m ): string =>
			( $m[5] ?? '' ) !== '' ? $m[5] . self::SOURCE_MARK . $m[6] . '"'
				: $m[1] . self::SOURCE_MARK . $m[2] . $m[3] . self::SOURCE_MARK . $m[4] . '"',
			$content );
		return StepFunction::marker( $id ) . "\n" . Html::rawElement( 'div', [
			'lang' => $lang,
			'dir' => $dir,
			'class' => "mw-content-$dir " . self::WRAPPER_CLASS,
		], "\n$content\n" ) . "\n";
	}

	/**
	 * @param string $html
	 * @param array{version:list<AnswerKey>,source:list<AnswerKey>} $quizKeys
	 * @return array{0:string,1:list<AnswerKey|null>}
	 */
	private static function renumberQuizzes( string $html, array $quizKeys ): array {
		$keys = [];
		$html = (string)preg_replace_callback( self::QUIZ_NUMBERS,
			static function ( array $m ) use ( &$keys, $quizKeys ): string {
				// The inputs' name follows their quiz's element, numbered just before.
				if ( ( $m[5] ?? '' ) !== '' ) {
					return $m[5] . count( $keys ) . '"';
				}
				// A quiz without a key (a source parsed before keys were kept) cannot be checked.
				$keys[] = str_starts_with( $m[2], self::SOURCE_MARK )
					? $quizKeys['source'][(int)substr( $m[2], 1 ) - 1] ?? null
					: $quizKeys['version'][(int)$m[2] - 1] ?? null;
				$number = count( $keys );
				return $m[1] . $number . $m[3] . $number . '"';
			},
			$html
		);
		return [ $html, $keys ];
	}

}
