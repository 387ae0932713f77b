<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Page\ProperPageIdentity;
use MediaWiki\User\UserIdentity;
use MediaWiki\User\UserIdentityLookup;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Tells a module's maintainers (the user names in its metadata) that it needs them, through
 * the MaintainerNotifier (Echo) when there is one, never more than once per module per day
 * nor more than the daily cap per recipient (NotificationLimiter). Without a notifier nothing
 * is claimed: the queue still shows it all.
 *
 * @license GPL-2.0-or-later
 */
class MaintainerNotifications {

	public const SERVICE_NAME = 'Trainings.MaintainerNotifications';

	public function __construct(
		private readonly UserIdentityLookup $userIdentityLookup,
		private readonly NotificationLimiter $limiter,
		private readonly ?MaintainerNotifier $notifier
	) {
	}

	public function isEnabled(): bool {
		return $this->notifier !== null;
	}

	/**
	 * @param string $type One of MaintainerNotifier::TYPES
	 * @param ProperPageIdentity $module The base page
	 * @param list<string> $maintainers User names from the metadata
	 * @param UserIdentity|null $agent Who caused it; never notified about their own flag
	 * @return bool Whether a notification was sent
	 */
	public function notify(
		string $type, ProperPageIdentity $module, array $maintainers, ?UserIdentity $agent = null
	): bool {
		if ( $this->notifier === null || $maintainers === [] ) {
			return false;
		}
		$ids = [];
		foreach ( $maintainers as $name ) {
			$user = $this->userIdentityLookup->getUserIdentityByName( $name );
			if ( $user && $user->isRegistered() && !( $agent && $agent->getId() === $user->getId() ) ) {
				$ids[] = $user->getId();
			}
		}
		if ( $ids === [] ) {
			return false;
		}
		$today = substr( ConvertibleTimestamp::now( TS_MW ), 0, 8 );
		if ( !$this->limiter->claim( $module->getId(), $today ) ) {
			return false;
		}
		$ids = $this->limiter->claimRecipients( $ids, $today );
		if ( $ids === [] ) {
			return false;
		}
		$this->notifier->notify( $type, $module, $ids, $agent );
		return true;
	}

}
