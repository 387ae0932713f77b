<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

/**
 * What a build did: the file (when one is current), how long it took, what went in, and the
 * log naming every module with a problem. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ZimBuildReport {

	public const BUILT = 'built';
	/** The current file was built from the same content: nothing to do. */
	public const UP_TO_DATE = 'up-to-date';
	/** Another build of the same language holds the lock. */
	public const BUSY = 'busy';

	/**
	 * @param string $language
	 * @param string $outcome BUILT, UP_TO_DATE or BUSY
	 * @param ZimFile|null $file The current file
	 * @param float $seconds Time spent
	 * @param int $modules Modules written
	 * @param int $courses Courses written
	 * @param int $images Distinct images written
	 * @param int $singleFileBytes Sum of the single-file exports of the same modules
	 * @param list<string> $log One line per event worth telling
	 */
	public function __construct(
		public readonly string $language,
		public readonly string $outcome,
		public readonly ?ZimFile $file,
		public readonly float $seconds = 0.0,
		public readonly int $modules = 0,
		public readonly int $courses = 0,
		public readonly int $images = 0,
		public readonly int $singleFileBytes = 0,
		public readonly array $log = []
	) {
	}
}
