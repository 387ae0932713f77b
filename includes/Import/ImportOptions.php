<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\User\User;

/**
 * How a run writes: for real or not, over local edits or not, reviewed by whom, and the name
 * of the source for edit summaries. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ImportOptions {

	public function __construct(
		public readonly string $origin,
		public readonly bool $dryRun = false,
		public readonly bool $overwrite = false,
		public readonly ?User $reviewer = null
	) {
	}
}
