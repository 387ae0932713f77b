<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

/**
 * The current review of a Training page (design record 0017): the revision a reviewer approved,
 * the state readers get it in, who and when. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ModuleReview {

	/** Readers get the reviewed revision. */
	public const PUBLISHED = 'published';
	/** Readers get the reviewed revision, marked as outdated. */
	public const OUTDATED = 'outdated';
	/** Unpublished: a draft again, as a page never reviewed. */
	public const DRAFT = 'draft';
	public const STATES = [ self::PUBLISHED, self::OUTDATED, self::DRAFT ];

	/**
	 * @param int $pageId
	 * @param int $revisionId The approved revision
	 * @param string $state One of STATES
	 * @param int $actorId The reviewer
	 * @param string $timestamp TS_MW
	 * @param string $comment Plain text
	 */
	public function __construct(
		public readonly int $pageId,
		public readonly int $revisionId,
		public readonly string $state,
		public readonly int $actorId,
		public readonly string $timestamp,
		public readonly string $comment
	) {
	}

	/** Whether readers get the reviewed revision (published or outdated), not a draft. */
	public function isShown(): bool {
		return $this->state !== self::DRAFT;
	}

	/** The review date as YYYYMMDD, the format of the `trainings-reviewed` property. */
	public function getDateNumber(): int {
		return (int)substr( $this->timestamp, 0, 8 );
	}

}
