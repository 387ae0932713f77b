<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;
use MessageLocalizer;

/**
 * Arranges the HTML of a module page (design record 0003, §3):
 *
 *     <div class="trainings-module" data-trainings-steps="N" data-trainings-quizzes="Q">
 *     <div class="trainings-intro">…</div>
 *     <nav class="trainings-steplist" …><p id="trainings-steplist-label">Steps</p><ol>…</ol></nav>
 *     <section class="trainings-step" id="step-1" data-trainings-step="1" data-trainings-step-id="…"
 *       aria-labelledby="…">…</section>
 *     …</div>
 *
 * Strings are inserted at the offsets StepScanner found; the page's own HTML is
 * never re-serialised, so `<mw:editsection>` placeholders and `data-mw-anchor`
 * stay byte for byte what the post-cache stages expect. The markup itself is
 * StepMarkup's, the contract with the player (resources/src/player/).
 *
 * @license GPL-2.0-or-later
 */
class StepStructure {

	public function __construct(
		private readonly MessageLocalizer $messages
	) {
	}

	/**
	 * @param string $html Tidied HTML of a module page
	 * @param int $quizCount Number of valid quizzes on the page
	 * @param list<string> $sourceIds On a language version: the source's step ids (StepIds)
	 */
	public function apply( string $html, int $quizCount, array $sourceIds = [] ): StepStructureResult {
		// A marker alone on its line needs no paragraph of its own (design record 0019).
		$html = (string)preg_replace( '/<p>(<span class="' . StepFunction::MARKER_CLASS . '"[^>]*><\/span>)\s*<\/p>\n?/',
			"\$1\n", $html );
		$boundaries = StepScanner::scan( $html );
		$stepCount = count( $boundaries );
		$ids = StepIds::resolve( $boundaries, $sourceIds );

		$markup = new StepMarkup( $this->messages );
		$out = Html::openElement( 'div', StepMarkup::moduleAttributes( $stepCount, $quizCount ) ) . "\n" .
			Html::openElement( 'div', StepMarkup::introAttributes() );

		$position = 0;
		foreach ( $boundaries as $index => $boundary ) {
			$number = $index + 1;
			$out .= substr( $html, $position, $boundary->offset - $position );
			$position = $boundary->offset;
			if ( $boundary->splitWrapper !== null ) {
				$out .= '</div>';
			}
			$out .= $number === 1
				? "</div>\n" . $markup->stepList( $boundaries ) . "\n"
				: "</section>\n";
			$out .= Html::openElement( 'section',
				StepMarkup::stepAttributes( $number, $boundary->anchor, $ids[$index] ) );
			if ( $boundary->splitWrapper !== null ) {
				$out .= $boundary->splitWrapper;
			}
		}
		$out .= substr( $html, $position );
		$out .= ( $stepCount === 0 ? '</div>' : '</section>' ) . "\n</div>";

		return new StepStructureResult( $out, $stepCount,
			new StepLayout( $ids, self::quizKeys( $html, $boundaries, $ids ) ) );
	}

	/**
	 * @param string $html
	 * @param list<StepBoundary> $boundaries
	 * @param list<string> $ids
	 * @return list<string> Each quiz's key (StepLayout), in page order
	 */
	private static function quizKeys( string $html, array $boundaries, array $ids ): array {
		preg_match_all( '/<div class="trainings-quiz"[^>]*\sdata-trainings-quiz="\d+"/', $html, $matches,
			PREG_OFFSET_CAPTURE );
		$keys = [];
		$perStep = [];
		foreach ( $matches[0] as [ , $offset ] ) {
			$step = 0;
			while ( $step < count( $boundaries ) && $boundaries[$step]->offset <= $offset ) {
				$step++;
			}
			$stepId = $step === 0 ? '' : $ids[$step - 1];
			$perStep[$stepId] = ( $perStep[$stepId] ?? 0 ) + 1;
			$keys[] = $stepId . ':' . $perStep[$stepId];
		}
		return $keys;
	}

}
