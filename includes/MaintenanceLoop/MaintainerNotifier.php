<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Page\ProperPageIdentity;
use MediaWiki\User\UserIdentity;

/**
 * Delivers a notification to a module's maintainers (Echo, when it is loaded).
 *
 * @license GPL-2.0-or-later
 */
interface MaintainerNotifier {

	/** A learner flagged a step. */
	public const FLAGGED = 'trainings-flagged';
	/** The module's review date passed. */
	public const REVIEW_DUE = 'trainings-review-due';
	/** A translation of the module became outdated. */
	public const OUTDATED = 'trainings-outdated';

	public const TYPES = [ self::FLAGGED, self::REVIEW_DUE, self::OUTDATED ];

	/**
	 * @param string $type One of TYPES
	 * @param ProperPageIdentity $module The base page
	 * @param list<int> $maintainerIds Local user ids of the maintainers (never empty)
	 * @param UserIdentity|null $agent Who caused it (the flagging learner), if anyone
	 */
	public function notify(
		string $type, ProperPageIdentity $module, array $maintainerIds, ?UserIdentity $agent
	): void;

}
