<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

/**
 * The options a learner chose, per quiz outcome a client reports (design record 0015, §6): for
 * the latest attempt, the first attempt and an attempt that was right. Options are numbered
 * from 1 in the order of the quiz (the `value` of their inputs). QuizVerifier checks each
 * reported outcome against them; an outcome without options is not taken.
 *
 * @license GPL-2.0-or-later
 */
final class QuizChoices {

	/**
	 * @param array<int,int[]> $latest Quiz number => options of the latest attempt
	 * @param array<int,int[]> $first Quiz number => options of the first attempt
	 * @param array<int,int[]> $passed Quiz number => options of an attempt that was right
	 */
	public function __construct(
		private readonly array $latest = [],
		private readonly array $first = [],
		private readonly array $passed = []
	) {
	}

	/** @return array<int,int[]> */
	public function getLatest(): array {
		return $this->latest;
	}

	/** @return array<int,int[]> */
	public function getFirst(): array {
		return $this->first;
	}

	/** @return array<int,int[]> */
	public function getPassed(): array {
		return $this->passed;
	}

}
