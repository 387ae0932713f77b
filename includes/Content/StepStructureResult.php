<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * The HTML of a module page arranged in introduction, step list and steps, with
 * the number of steps. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class StepStructureResult {

	/**
	 * @param string $html
	 * @param int $stepCount
	 * @param StepLayout|null $layout The steps' ids and the quizzes' keys (design record 0019)
	 */
	public function __construct(
		private readonly string $html,
		private readonly int $stepCount,
		private readonly ?StepLayout $layout = null
	) {
	}

	public function getLayout(): StepLayout {
		return $this->layout ?? StepLayout::empty();
	}

	public function getHtml(): string {
		return $this->html;
	}

	public function getStepCount(): int {
		return $this->stepCount;
	}

}
