<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

/**
 * The counters of `trainings_stats` summed over some rows (a module, a day, a language, or one
 * row): views, starts, completions and first quiz answers (all, and right). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class StatsCounts {

	public function __construct(
		private readonly int $views = 0,
		private readonly int $starts = 0,
		private readonly int $completions = 0,
		private readonly int $quizAnswers = 0,
		private readonly int $quizRight = 0
	) {
	}

	public function getViews(): int {
		return $this->views;
	}

	public function getStarts(): int {
		return $this->starts;
	}

	public function getCompletions(): int {
		return $this->completions;
	}

	public function getQuizAnswers(): int {
		return $this->quizAnswers;
	}

	public function getQuizRight(): int {
		return $this->quizRight;
	}

	/**
	 * Completions per start (0 to 1, capped: a learner who started before the period may
	 * complete within it), null when nobody started.
	 */
	public function getCompletionRate(): ?float {
		return $this->starts > 0 ? min( 1.0, $this->completions / $this->starts ) : null;
	}

	/** Right first answers per first answer (0 to 1), null without answers. */
	public function getQuizPassRate(): ?float {
		return $this->quizAnswers > 0 ? $this->quizRight / $this->quizAnswers : null;
	}

	public function plus( self $other ): self {
		return new self(
			$this->views + $other->views,
			$this->starts + $other->starts,
			$this->completions + $other->completions,
			$this->quizAnswers + $other->quizAnswers,
			$this->quizRight + $other->quizRight
		);
	}

}
