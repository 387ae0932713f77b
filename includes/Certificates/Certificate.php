<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Certificates;

/**
 * A certificate a learner opened for a completed course or module, or for everything a
 * training group asked for (then with the group's name and items as they were): what
 * Special:TrainingCertificate/<code> shows anyone. Immutable.
 * See docs/decisions/0015-training-groups-and-certificates.md.
 *
 * @license GPL-2.0-or-later
 */
final class Certificate {

	/**
	 * @param int $id 0 before it is stored
	 * @param string $code Public verification code
	 * @param int $userId The learner's central id
	 * @param int $pageId Base page id of the course or module
	 * @param string $name The name to print when the learner stored one, '' for their username
	 * @param string $language The learner's language when it was opened
	 * @param string $completed When the learner completed it (TS_MW)
	 * @param string|null $revoked When the learner revoked it (TS_MW), null while valid
	 * @param int $groupId The training group of a group certificate ($pageId is then 0), else 0
	 * @param string $groupName The group's name when the certificate was opened
	 * @param int[] $groupItems Base page ids of what the group asked for then, in its order
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $code,
		public readonly int $userId,
		public readonly int $pageId,
		public readonly string $name,
		public readonly string $language,
		public readonly string $completed,
		public readonly ?string $revoked,
		public readonly int $groupId = 0,
		public readonly string $groupName = '',
		public readonly array $groupItems = []
	) {
	}

	public function isForGroup(): bool {
		return $this->groupId > 0;
	}

	public function isRevoked(): bool {
		return $this->revoked !== null;
	}

}
