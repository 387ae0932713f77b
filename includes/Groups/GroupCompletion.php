<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Extension\Trainings\Progress\ProgressLookup;

/**
 * Whether learners completed everything a group asks for: every module it lists and every
 * module of the courses it lists, as the server recorded them (a quiz counts only when its
 * options were checked, Progress\QuizVerifier). Progress is read through Progress's
 * ProgressLookup; certificates and reminders use the same rule (design record 0015 §4, §7).
 *
 * @license GPL-2.0-or-later
 */
class GroupCompletion {

	public const SERVICE_NAME = 'Trainings.GroupCompletion';

	public function __construct(
		private readonly GroupContent $content,
		private readonly ProgressLookup $progressLookup
	) {
	}

	/**
	 * @param int[] $itemIds Base page ids of modules and courses
	 * @return int[] The modules to complete: those listed and those of the courses listed
	 *  (pages that are gone are left out)
	 */
	public function modulesOf( array $itemIds ): array {
		$modules = [];
		foreach ( $this->content->columns( $itemIds ) as $column ) {
			if ( !$column->isCourse() ) {
				$modules[] = $column->pageId;
			}
		}
		return $modules;
	}

	/**
	 * @param int $userId Central user id
	 * @param int[] $moduleIds
	 * @param bool $fromPrimary
	 * @return string|null When the learner completed the last of the modules (TS_MW); null while
	 *  one is not completed, or when there are none
	 */
	public function completedOn( int $userId, array $moduleIds, bool $fromPrimary = false ): ?string {
		if ( $moduleIds === [] ) {
			return null;
		}
		$last = '';
		$done = 0;
		foreach ( $this->progressLookup->listForUser( $userId, count( $moduleIds ), null, $moduleIds,
			$fromPrimary ) as $row ) {
			if ( $row->isCompleted() ) {
				$done++;
				$last = max( $last, (string)$row->getCompleted() );
			}
		}
		return $done === count( $moduleIds ) ? $last : null;
	}

	/**
	 * @param int[] $userIds Central user ids
	 * @param int[] $moduleIds
	 * @return int[] Those of the learners who did not complete every module, in one query
	 */
	public function notCompleted( array $userIds, array $moduleIds ): array {
		if ( $userIds === [] || $moduleIds === [] ) {
			return $userIds;
		}
		$done = [];
		foreach ( $this->progressLookup->listForUsers( $userIds, $moduleIds ) as $progress ) {
			if ( $progress->completed !== null ) {
				$done[$progress->userId] = ( $done[$progress->userId] ?? 0 ) + 1;
			}
		}
		return array_values( array_filter( $userIds,
			static fn ( int $id ) => ( $done[$id] ?? 0 ) < count( $moduleIds ) ) );
	}

}
