<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Integrations;

use MediaWiki\Extension\Notifications\Formatters\EchoEventPresentationModel;
use MediaWiki\SpecialPage\SpecialPage;

/**
 * How a maintainer's notification reads: "A learner flagged a step of <module>", "<module> is
 * due for review", "A translation of <module> is outdated"; bundled per module, and linking to
 * the maintainers' queue narrowed to the reader's modules.
 *
 * @license GPL-2.0-or-later
 */
class MaintenancePresentationModel extends EchoEventPresentationModel {

	/** @inheritDoc */
	public function getIconType() {
		return 'trainings-maintenance';
	}

	/** @inheritDoc */
	public function canRender() {
		return $this->event->getTitle() !== null;
	}

	/** @inheritDoc */
	public function getHeaderMessage() {
		// notification-header-trainings-flagged, notification-header-trainings-review-due,
		// notification-header-trainings-outdated
		$msg = $this->msg( 'notification-header-' . $this->type );
		$title = $this->event->getTitle();
		$msg->plaintextParams( $title ? $this->getTruncatedTitleText( $title ) : '' );
		$msg->numParams( $this->getBundleCount() );
		$msg->params( $this->getViewingUserForGender() );
		return $msg;
	}

	/**
	 * @return array{url:string,label:string}
	 */
	public function getPrimaryLink() {
		return [
			'url' => SpecialPage::getTitleFor( 'TrainingMaintenance' )->getLocalURL(
				[ 'maintainer' => $this->getUser()->getName() ] ),
			'label' => $this->msg( 'trainings-notification-link-queue' )->text(),
		];
	}

	/**
	 * @return list<array<string,mixed>>
	 */
	public function getSecondaryLinks() {
		$title = $this->event->getTitle();
		return $title ? [ $this->getPageLink( $title, '', true ) ] : [];
	}

}
