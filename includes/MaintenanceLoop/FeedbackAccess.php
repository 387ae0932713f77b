<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Permissions\Authority;

/**
 * Who sees learners' flags: the module's maintainers (named in its metadata) and those with
 * the right `trainings-viewfeedback` (administrators); an author always sees, and may delete,
 * their own.
 *
 * @license GPL-2.0-or-later
 */
final class FeedbackAccess {

	public const VIEW_RIGHT = 'trainings-viewfeedback';

	/**
	 * @param Authority $performer
	 * @param list<string> $maintainers User names from the module's metadata
	 */
	public static function canViewAll( Authority $performer, array $maintainers ): bool {
		if ( $performer->isAllowed( self::VIEW_RIGHT ) ) {
			return true;
		}
		$user = $performer->getUser();
		return $user->isRegistered() && in_array( $user->getName(), $maintainers, true );
	}

	public static function canDelete( Authority $performer, Feedback $feedback ): bool {
		$user = $performer->getUser();
		return $feedback->userId !== 0 && $user->isRegistered() && $user->getId() === $feedback->userId;
	}

}
