<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;
use MessageLocalizer;

/**
 * The markup contract between a module page and the player (design record 0003, §3): the
 * wrapper, the step list and the step sections, with their classes, ids and attributes. The
 * only place that decides them: the legacy parser's pass (StepStructure) and Parsoid's DOM
 * processor (design record 0018) both build their output from here, so a later change to step
 * identity is made once for both.
 *
 * @license GPL-2.0-or-later
 */
final class StepMarkup {

	public const MODULE_CLASS = 'trainings-module';
	public const INTRO_CLASS = 'trainings-intro';
	public const STEPLIST_CLASS = 'trainings-steplist';
	public const STEP_CLASS = 'trainings-step';
	public const STEPLIST_LABEL_ID = 'trainings-steplist-label';

	public function __construct(
		private readonly MessageLocalizer $messages
	) {
	}

	/**
	 * @param int $number 1, 2, …
	 * @return string The step's numbered id, also its fragment (`#step-3`); the stable
	 *  fragment is StepId::fragment()'s (design record 0019)
	 */
	public static function stepId( int $number ): string {
		return "step-$number";
	}

	/**
	 * @return array<string,string> Attributes of the module's wrapper `<div>`
	 */
	public static function moduleAttributes( int $stepCount, int $quizCount ): array {
		return [
			'class' => self::MODULE_CLASS,
			'data-trainings-steps' => (string)$stepCount,
			'data-trainings-quizzes' => (string)$quizCount,
		];
	}

	/**
	 * @return array<string,string> Attributes of the introduction's `<div>`
	 */
	public static function introAttributes(): array {
		return [ 'class' => self::INTRO_CLASS ];
	}

	/**
	 * @param int $number 1, 2, …
	 * @param string|null $anchor Id of the step's heading
	 * @param string|null $stableId The step's stable id (design record 0019)
	 * @return array<string,string|null> Attributes of a step's `<section>`
	 */
	public static function stepAttributes( int $number, ?string $anchor, ?string $stableId = null ): array {
		return [
			'class' => self::STEP_CLASS,
			'id' => self::stepId( $number ),
			'data-trainings-step' => (string)$number,
			'data-trainings-step-id' => $stableId,
			'aria-labelledby' => $anchor,
		];
	}

	/**
	 * @param list<StepBoundary> $boundaries The steps, in order
	 * @return string The step list (`<nav>`), HTML
	 */
	public function stepList( array $boundaries ): string {
		$items = '';
		foreach ( $boundaries as $index => $boundary ) {
			$number = $index + 1;
			$label = $boundary->label !== ''
				? $boundary->label
				: $this->messages->msg( 'trainings-steplist-step' )->numParams( $number )->text();
			$items .= Html::rawElement( 'li', [], Html::element(
				'a',
				[ 'href' => '#' . self::stepId( $number ), 'lang' => $boundary->lang, 'dir' => $boundary->dir ],
				$label
			) );
		}
		return Html::rawElement(
			'nav',
			[ 'class' => self::STEPLIST_CLASS, 'aria-labelledby' => self::STEPLIST_LABEL_ID ],
			Html::element(
				'p',
				[ 'id' => self::STEPLIST_LABEL_ID ],
				$this->messages->msg( 'trainings-steplist-label' )->text()
			) .
				Html::rawElement( 'ol', [], $items )
		);
	}

}
