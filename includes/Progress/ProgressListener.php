<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

/**
 * Told by RecordProgressCommand after a learner's progress was recorded, with the state
 * before and after (read under the row lock, so concurrent requests see distinct states).
 * Lets other domains react to progress (the statistics count starts and completions)
 * without Progress depending on them: the implementation is wired in ServiceWiring.php.
 *
 * @license GPL-2.0-or-later
 */
interface ProgressListener {

	/**
	 * @param ModuleVersion $module The version the progress was recorded from
	 * @param ModuleProgress|null $before The learner's progress before, null when this was the
	 *  first record of the learner in this module (in any language version)
	 * @param ModuleProgress $after The progress as recorded
	 */
	public function onProgressRecorded( ModuleVersion $module, ?ModuleProgress $before, ModuleProgress $after ): void;

}
