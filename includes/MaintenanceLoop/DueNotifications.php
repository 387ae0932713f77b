<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

/**
 * The daily round (maintenance/notifyMaintainers.php): tells the maintainers of each module
 * whose review date passed, or one of whose translations became outdated, once per module and
 * day (MaintainerNotifications); a module already notified today (a learner's flag) waits for
 * the next round.
 *
 * @license GPL-2.0-or-later
 */
class DueNotifications {

	public const SERVICE_NAME = 'Trainings.DueNotifications';

	public function __construct(
		private readonly ReviewQueue $queue,
		private readonly MaintainerNotifications $notifications
	) {
	}

	/**
	 * @return array{notified:int,due:list<ModuleRecord>} How many modules' maintainers were notified,
	 *  and the modules whose review is due (their tracking category may need a links update)
	 */
	public function run(): array {
		$types = [];
		$modules = [];
		foreach ( $this->queue->build( new QueueFilter() ) as $row ) {
			$id = $row->module->pageId;
			$modules[$id] = $row->module;
			if ( $row->type === QueueRow::REVIEW ) {
				$types[$id][MaintainerNotifier::REVIEW_DUE] = true;
			} elseif ( $row->type === QueueRow::TRANSLATION_OUTDATED ) {
				$types[$id][MaintainerNotifier::OUTDATED] = true;
			}
		}
		$notified = 0;
		$due = [];
		foreach ( $types as $id => $kinds ) {
			$module = $modules[$id];
			if ( isset( $kinds[MaintainerNotifier::REVIEW_DUE] ) ) {
				$due[] = $module;
			}
			$type = isset( $kinds[MaintainerNotifier::REVIEW_DUE] )
				? MaintainerNotifier::REVIEW_DUE : MaintainerNotifier::OUTDATED;
			if ( $this->notifications->notify( $type, $module->getPage(), $module->maintainers ) ) {
				$notified++;
			}
		}
		return [ 'notified' => $notified, 'due' => $due ];
	}

}
