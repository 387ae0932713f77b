<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Title\TitleValue;

/**
 * One column of a group's table: a module (with its step and quiz counts) or a course (with
 * its modules' page ids). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class GroupColumn {

	/**
	 * @param int $pageId Base page id
	 * @param TitleValue $title
	 * @param int $stepCount 0 for a course
	 * @param int $quizCount 0 for a course
	 * @param int[]|null $moduleIds A course's modules; null for a module
	 */
	public function __construct(
		public readonly int $pageId,
		public readonly TitleValue $title,
		public readonly int $stepCount,
		public readonly int $quizCount,
		public readonly ?array $moduleIds = null
	) {
	}

	public function isCourse(): bool {
		return $this->moduleIds !== null;
	}

}
