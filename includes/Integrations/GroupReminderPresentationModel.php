<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Integrations;

use MediaWiki\Extension\Notifications\Formatters\EchoEventPresentationModel;
use MediaWiki\SpecialPage\SpecialPage;

/**
 * How a participant's reminder reads: "<group> is due on <date>: you have not completed
 * everything it asks for yet", linking to "My trainings", where the group and its
 * certificate are.
 *
 * @license GPL-2.0-or-later
 */
class GroupReminderPresentationModel extends EchoEventPresentationModel {

	/** @inheritDoc */
	public function getIconType() {
		return 'trainings-maintenance';
	}

	/** @inheritDoc */
	public function canRender() {
		return is_string( $this->event->getExtraParam( 'name' ) ) && is_string( $this->event->getExtraParam( 'due' ) );
	}

	/** @inheritDoc */
	public function getHeaderMessage() {
		$msg = $this->msg( 'notification-header-trainings-group-reminder' );
		$msg->plaintextParams( (string)$this->event->getExtraParam( 'name' ) );
		$msg->dateParams( (string)$this->event->getExtraParam( 'due' ) );
		$msg->params( $this->getViewingUserForGender() );
		return $msg;
	}

	/**
	 * @return array{url:string,label:string}
	 */
	public function getPrimaryLink() {
		return [
			'url' => SpecialPage::getTitleFor( 'MyTrainings' )->getLocalURL(),
			'label' => $this->msg( 'trainings-notification-link-mytrainings' )->text(),
		];
	}

}
