<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Integrations;

use MediaWiki\Extension\Notifications\Model\Event;
use MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainerNotifier;
use MediaWiki\Page\ProperPageIdentity;
use MediaWiki\Title\TitleFactory;
use MediaWiki\User\UserIdentity;

/**
 * Notifies maintainers through Echo (wired only when Echo is loaded). The event types are
 * declared by EchoEventsHandler; Echo bundles a module's notifications into one.
 *
 * @license GPL-2.0-or-later
 */
class EchoNotifier implements MaintainerNotifier {

	/** Echo's extra parameter with the maintainers' user ids (UserLocator::locateFromEventExtra). */
	public const MAINTAINERS = 'trainings-maintainers';

	public function __construct( private readonly TitleFactory $titleFactory ) {
	}

	/** @inheritDoc */
	public function notify(
		string $type, ProperPageIdentity $module, array $maintainerIds, ?UserIdentity $agent
	): void {
		$info = [
			'type' => $type,
			'title' => $this->titleFactory->newFromPageIdentity( $module ),
			'extra' => [ self::MAINTAINERS => $maintainerIds ],
		];
		if ( $agent ) {
			$info['agent'] = $agent;
		}
		Event::create( $info );
	}

}
