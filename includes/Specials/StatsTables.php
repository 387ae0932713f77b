<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Stats\StatsCounts;
use MediaWiki\Html\Html;
use MediaWiki\Linker\LinkRenderer;
use MediaWiki\Title\Title;

/**
 * The tables of Special:TrainingStats: counts per day, module or language, and the first
 * tries per quiz question, in the reader's language.
 *
 * @license GPL-2.0-or-later
 */
final class StatsTables {

	public function __construct(
		private readonly IContextSource $context,
		private readonly LinkRenderer $linkRenderer
	) {
	}

	/**
	 * @param string $firstColumnMsg Message key of the first column's header
	 * @param array<int,array{0:string,1:StatsCounts}> $rows HTML of the first cell and the counts
	 * @param string $captionMsg Message key of the caption
	 */
	public function countsTable( string $firstColumnMsg, array $rows, string $captionMsg ): string {
		$headers = [ $firstColumnMsg, 'trainings-stats-col-views', 'trainings-stats-col-starts',
			'trainings-stats-col-completions', 'trainings-stats-col-completion-rate', 'trainings-stats-col-quiz-rate' ];
		$head = '';
		foreach ( $headers as $key ) {
			$head .= Html::element( 'th', [ 'scope' => 'col' ], $this->context->msg( $key )->text() );
		}
		$lang = $this->context->getLanguage();
		$body = '';
		foreach ( $rows as [ $label, $counts ] ) {
			$body .= Html::rawElement( 'tr', [],
				Html::rawElement( 'th', [ 'scope' => 'row' ], $label )
				. Html::element( 'td', [], $lang->formatNum( $counts->getViews() ) )
				. Html::element( 'td', [], $lang->formatNum( $counts->getStarts() ) )
				. Html::element( 'td', [], $lang->formatNum( $counts->getCompletions() ) )
				. Html::element( 'td', [], $this->formatRate( $counts->getCompletionRate() ) )
				. Html::element( 'td', [], $this->formatRate( $counts->getQuizPassRate() ) )
			);
		}
		return Html::rawElement( 'table', [ 'class' => 'wikitable sortable ext-trainings-stats-table' ],
			Html::element( 'caption', [], $this->context->msg( $captionMsg )->text() )
			. Html::rawElement( 'thead', [], Html::rawElement( 'tr', [], $head ) )
			. Html::rawElement( 'tbody', [], $body )
		);
	}

	/**
	 * Per quiz question: the learners who answered it and the share right on the first try,
	 * the least often right first, so that a maintainer sees which question is unclear.
	 *
	 * @param array<int,array{module:int,quiz:int,learners:int,right:int}> $rows
	 * @param array<int,Title> $titles
	 */
	public function questionTable( array $rows, array $titles ): string {
		$head = '';
		$columns = [ 'trainings-stats-col-module', 'trainings-stats-col-question', 'trainings-stats-col-learners',
			'trainings-stats-col-first-try' ];
		foreach ( $columns as $key ) {
			$head .= Html::element( 'th', [ 'scope' => 'col' ], $this->context->msg( $key )->text() );
		}
		$lang = $this->context->getLanguage();
		$body = '';
		foreach ( $rows as $row ) {
			$question = $this->context->msg( 'trainings-stats-question' )->numParams( $row['quiz'] )->text();
			$title = $titles[$row['module']] ?? null;
			// The raw figures as data too, for scripts (dev/quiz-first-tries.mjs).
			$body .= Html::rawElement( 'tr', [
					'data-trainings-module' => $title ? $title->getDBkey() : '',
					'data-trainings-quiz' => $row['quiz'],
					'data-trainings-learners' => $row['learners'],
					'data-trainings-first-right' => $row['right'],
				],
				Html::rawElement( 'td', [], $this->moduleLink( $row['module'], $titles ) )
				. Html::rawElement( 'th', [ 'scope' => 'row' ], $title
					? $this->linkRenderer->makeKnownLink( $title->createFragmentTarget( 'quiz-' . $row['quiz'] ),
						$question )
					: htmlspecialchars( $question ) )
				. Html::element( 'td', [], $lang->formatNum( $row['learners'] ) )
				. Html::element( 'td', [ 'data-sort-value' => $row['learners'] ? $row['right'] / $row['learners'] : 0 ],
					$this->formatRate( $row['learners'] ? $row['right'] / $row['learners'] : null ) )
			);
		}
		return Html::rawElement( 'table',
			[ 'class' => 'wikitable sortable ext-trainings-stats-table ext-trainings-stats-questions' ],
			Html::element( 'caption', [], $this->context->msg( 'trainings-stats-caption-questions' )->text() )
			. Html::rawElement( 'thead', [], Html::rawElement( 'tr', [], $head ) )
			. Html::rawElement( 'tbody', [], $body )
		);
	}

	public function formatRate( ?float $rate ): string {
		return $rate === null
			? $this->context->msg( 'trainings-stats-no-rate' )->text()
			: $this->context->msg( 'percent',
				$this->context->getLanguage()->formatNum( round( $rate * 100, 1 ) ) )->text();
	}

	/**
	 * @param int $id
	 * @param array<int,Title> $titles
	 * @return string HTML
	 */
	public function moduleLink( int $id, array $titles ): string {
		return isset( $titles[$id] )
			? $this->linkRenderer->makeKnownLink( $titles[$id], $titles[$id]->getText() )
			: $this->context->msg( 'trainings-stats-deleted-module' )->numParams( $id )->escaped();
	}
}
