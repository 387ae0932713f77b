<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

/**
 * One thing a module's maintainers should look at. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class QueueRow {

	/**
	 * Edits after the reviewed revision wait for review (design record 0017). Details: edits,
	 * bytes (latest minus reviewed length), oldest (TS_MW of the first pending edit).
	 */
	public const PENDING = 'pending';
	/** Never reviewed (or unpublished): a draft readers do not get. No details. */
	public const UNREVIEWED = 'unreviewed';
	/** The review date passed (or there never was one). Details: due (YYYYMMDD|null). */
	public const REVIEW = 'review';
	/** A translation is outdated. Details: fuzzy (units, when known). */
	public const TRANSLATION_OUTDATED = 'translation-outdated';
	/** A translation is below the completeness threshold. Details: percent. */
	public const TRANSLATION_INCOMPLETE = 'translation-incomplete';
	/** Learners flagged a step since the last review. Details: kind => count. */
	public const FEEDBACK = 'feedback';
	/** Few learners get the quizzes right at the first try. Details: answers, right, percent. */
	public const QUIZ = 'quiz';
	/** The module links pages that do not exist. Details: targets (prefixed titles). */
	public const MISSING_PAGES = 'missing-pages';
	/** The module uses files that do not exist. Details: targets (file names). */
	public const MISSING_FILES = 'missing-files';

	/** The kinds that a review answers (marking the module reviewed clears them). */
	public const ANSWERED_BY_REVIEW = [ self::REVIEW, self::FEEDBACK, self::QUIZ ];

	/**
	 * @param string $type One of the constants
	 * @param ModuleRecord $module
	 * @param string $language The language version concerned (the source language for the module as a whole)
	 * @param int|null $step The step concerned, for feedback
	 * @param array<string,mixed> $details See the constants
	 */
	public function __construct(
		public readonly string $type,
		public readonly ModuleRecord $module,
		public readonly string $language,
		public readonly ?int $step = null,
		public readonly array $details = []
	) {
	}

}
