<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Page\PageIdentity;
use MediaWiki\User\UserIdentity;

/**
 * Checks a learner's comment before it is stored (the spam blacklist, when installed).
 *
 * @license GPL-2.0-or-later
 */
interface CommentChecker {

	/**
	 * @param string $comment
	 * @param PageIdentity $page The module version commented on
	 * @param UserIdentity $user
	 * @return list<string> What matched a blacklist (empty: the comment may be stored)
	 */
	public function findSpam( string $comment, PageIdentity $page, UserIdentity $user ): array;

}
