<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A page the import writes: its title, its text, the sources it was made from (for the edit
 * summary) and, for a module, how many steps and quizzes it has. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ConvertedPage {

	/**
	 * @param string $title Prefixed title on this wiki
	 * @param string $text
	 * @param string $credit Source pages or files and their revisions, for the edit summary
	 * @param int $steps
	 * @param int $quizzes
	 * @param string|null $language A language version's code, null for a source page
	 * @param bool $forUnits A language's text for Translate's units, not a page to write
	 */
	public function __construct(
		public readonly string $title,
		public readonly string $text,
		public readonly string $credit,
		public readonly int $steps = 0,
		public readonly int $quizzes = 0,
		public readonly ?string $language = null,
		public readonly bool $forUnits = false
	) {
	}
}
