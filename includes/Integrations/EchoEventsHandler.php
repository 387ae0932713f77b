<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Integrations;

use MediaWiki\Extension\Notifications\Hooks\BeforeCreateEchoEventHook;
use MediaWiki\Extension\Notifications\Hooks\EchoGetBundleRulesHook;
use MediaWiki\Extension\Notifications\Model\Event;
use MediaWiki\Extension\Notifications\UserLocator;
use MediaWiki\Extension\Trainings\Groups\GroupReminderNotifier;
use MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainerNotifier;

/**
 * Declares the maintainers' notifications to Echo (these hooks only run when Echo is loaded):
 * a category users can switch off, three event types delivered to the users named in the
 * event, and one bundle per module so that a day of flags reads as one notification. And the
 * participants' reminders of a training group's due date, in a category of their own.
 *
 * @license GPL-2.0-or-later
 */
class EchoEventsHandler implements BeforeCreateEchoEventHook, EchoGetBundleRulesHook {

	public const CATEGORY = 'trainings-maintenance';
	public const GROUPS_CATEGORY = 'trainings-groups';

	/**
	 * @param array<string,array<string,mixed>> &$notifications
	 * @param array<string,array<string,mixed>> &$notificationCategories
	 * @param array<string,array<string,mixed>> &$notificationIcons
	 */
	public function onBeforeCreateEchoEvent(
		array &$notifications, array &$notificationCategories, array &$notificationIcons
	) {
		$notificationCategories[self::CATEGORY] = [
			'priority' => 3,
			'tooltip' => 'echo-pref-tooltip-trainings-maintenance',
		];
		foreach ( MaintainerNotifier::TYPES as $type ) {
			$notifications[$type] = [
				'category' => self::CATEGORY,
				'group' => 'neutral',
				'section' => 'alert',
				'presentation-model' => MaintenancePresentationModel::class,
				'bundle' => [ 'web' => true, 'email' => true, 'expandable' => false ],
				'user-locators' => [
					[ [ UserLocator::class, 'locateFromEventExtra' ], [ EchoNotifier::MAINTAINERS ] ],
				],
				'user-filters' => [ [ [ UserLocator::class, 'locateEventAgent' ] ] ],
			];
		}
		$notificationCategories[self::GROUPS_CATEGORY] = [
			'priority' => 3,
			'tooltip' => 'echo-pref-tooltip-trainings-groups',
		];
		$notifications[GroupReminderNotifier::TYPE] = [
			'category' => self::GROUPS_CATEGORY,
			'group' => 'neutral',
			'section' => 'alert',
			'presentation-model' => GroupReminderPresentationModel::class,
			'user-locators' => [
				[ [ UserLocator::class, 'locateFromEventExtra' ], [ EchoGroupReminder::PARTICIPANTS ] ],
			],
		];
		$notificationIcons['trainings-maintenance'] = [ 'path' => 'Echo/modules/icons/feedback-progressive.svg' ];
	}

	/** @inheritDoc */
	public function onEchoGetBundleRules( Event $event, string &$bundleKey ) {
		if ( in_array( $event->getType(), MaintainerNotifier::TYPES, true ) && $event->getTitle() ) {
			$bundleKey = 'trainings-' . $event->getTitle()->getArticleID();
		}
	}

}
