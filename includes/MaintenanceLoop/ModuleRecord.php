<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Page\PageIdentityValue;
use MediaWiki\Page\ProperPageIdentity;

/**
 * What the maintainers' queue knows of one module: its metadata (page properties of the base
 * page) and its language versions with when each was last edited. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ModuleRecord {

	/**
	 * @param int $pageId Base page id
	 * @param string $dbKey Base page DB key (namespace Training)
	 * @param string $title Display title
	 * @param list<string> $maintainers User names
	 * @param list<string> $topics Topic keys
	 * @param int|null $reviewed Last review, YYYYMMDD
	 * @param string $status draft, published or outdated
	 * @param int $quizzes Number of quizzes
	 * @param array<string,string> $versions Language code => TS_MW of the version's last edit
	 *  (translations only, not the base page)
	 * @param int $latestRevision The page's latest revision
	 * @param int|null $reviewedRevision The revision readers get, when reviewed (design record 0017)
	 * @param int $pendingEdits Edits after the reviewed revision
	 * @param string|null $oldestPending TS_MW of the first of them
	 * @param int $bytesChanged Length of the latest revision minus that of the reviewed one
	 */
	public function __construct(
		public readonly int $pageId,
		public readonly string $dbKey,
		public readonly string $title,
		public readonly array $maintainers,
		public readonly array $topics,
		public readonly ?int $reviewed,
		public readonly string $status,
		public readonly int $quizzes,
		public readonly array $versions,
		public readonly int $latestRevision = 0,
		public readonly ?int $reviewedRevision = null,
		public readonly int $pendingEdits = 0,
		public readonly ?string $oldestPending = null,
		public readonly int $bytesChanged = 0
	) {
	}

	public function getPage(): ProperPageIdentity {
		return PageIdentityValue::localIdentity( $this->pageId, NS_TRAINING, $this->dbKey );
	}

	/**
	 * @return string|null The last review as YYYY-MM-DD
	 */
	public function getReviewedDate(): ?string {
		if ( $this->reviewed === null ) {
			return null;
		}
		$digits = sprintf( '%08d', $this->reviewed );
		return substr( $digits, 0, 4 ) . '-' . substr( $digits, 4, 2 ) . '-' . substr( $digits, 6, 2 );
	}

}
