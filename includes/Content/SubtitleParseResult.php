<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * What SubtitleParser read: the text of each well-timed cue, in order, and a problem for each
 * broken timing line. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SubtitleParseResult {

	/**
	 * @param list<string> $cues
	 * @param list<Problem> $problems
	 */
	public function __construct(
		private readonly array $cues,
		private readonly array $problems
	) {
	}

	/**
	 * @return list<string>
	 */
	public function getCues(): array {
		return $this->cues;
	}

	/**
	 * @return list<Problem>
	 */
	public function getProblems(): array {
		return $this->problems;
	}

}
