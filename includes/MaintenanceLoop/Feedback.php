<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

/**
 * A learner's flag on one step of one language version of a module: what is wrong (KINDS),
 * an optional short comment (plain text: escape it wherever it is shown) and who gave it
 * (a local user id, 0 for an anonymous reader). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class Feedback {

	public const UNCLEAR = 'unclear';
	public const OUTDATED = 'outdated';
	public const BROKEN = 'broken';

	public const KINDS = [ self::UNCLEAR, self::OUTDATED, self::BROKEN ];

	/** The longest comment, in characters. */
	public const MAX_COMMENT = 500;

	/**
	 * @param int $id 0 until stored
	 * @param int $moduleId Base page id of the module
	 * @param string $language Language code of the version read
	 * @param int $step 0 (introduction) to N
	 * @param string $kind One of KINDS
	 * @param string $comment Plain text, possibly empty
	 * @param int $userId Local user id of the author, 0 for anonymous
	 * @param string $timestamp TS_MW
	 * @param string|null $stepId The flagged step's stable id ('' for the introduction; design
	 *  record 0019), null when unknown
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $moduleId,
		public readonly string $language,
		public readonly int $step,
		public readonly string $kind,
		public readonly string $comment,
		public readonly int $userId,
		public readonly string $timestamp,
		public readonly ?string $stepId = null
	) {
	}

	public function withId( int $id ): self {
		return new self( $id, $this->moduleId, $this->language, $this->step, $this->kind,
			$this->comment, $this->userId, $this->timestamp, $this->stepId );
	}

}
