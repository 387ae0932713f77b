<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

/**
 * Reading learners' progress, for the domains that show or certify it (Groups, Certificates):
 * they read through this interface and never name the store or its table (phpat rule
 * "only Progress uses its store"). ProgressStore implements it.
 *
 * @license GPL-2.0-or-later
 */
interface ProgressLookup {

	/**
	 * One learner's progress, most recently changed first.
	 *
	 * @param int $userId Central user id
	 * @param int $limit At most this many
	 * @param array{0:string,1:int}|null $after Only rows after this one in the order of the
	 *  list: its [ updated (TS_MW), module id ], for paging
	 * @param int[] $moduleIds Only these modules (all when empty)
	 * @param bool $fromPrimary Read the primary (right after a write by the same learner)
	 * @return ModuleProgress[]
	 */
	public function listForUser(
		int $userId, int $limit, ?array $after = null, array $moduleIds = [], bool $fromPrimary = false
	): array;

	/**
	 * The progress of several learners in some modules, in one query, as stored (the
	 * organiser's table).
	 *
	 * @param int[] $userIds Central user ids
	 * @param int[] $moduleIds
	 * @param bool $fromPrimary
	 * @return CompactProgress[] In no particular order
	 */
	public function listForUsers( array $userIds, array $moduleIds, bool $fromPrimary = false ): array;

}
