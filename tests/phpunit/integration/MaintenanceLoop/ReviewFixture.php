<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\MaintenanceLoop;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueFilter;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueRow;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Title\Title;

/**
 * Modules with maintainers and review dates, saved through the real parser (page properties
 * by the real LinksUpdate), and the queue's rows as [ type, module title, language, step ].
 * For MediaWikiIntegrationTestCase subclasses.
 */
trait ReviewFixture {

	/**
	 * @param string $name Page name without namespace (`X` or a language version `X/fr`)
	 * @param string $maintainer User name
	 * @param string|null $reviewed YYYY-MM-DD
	 * @param string $extra More wikitext after the steps
	 */
	private function saveReviewedModule(
		string $name, string $maintainer, ?string $reviewed, string $extra = ''
	): Title {
		$text = "{{#training:\n| title = " . strtr( $name, [ '/' => ' ' ] ) . "\n| maintainers = $maintainer\n"
			. ( $reviewed === null ? '' : "| reviewed = $reviewed\n" )
			. "| topics = events\n}}\nThe introduction.\n\n"
			. "== Step 1 ==\nText of step 1.\n\n== Step 2 ==\nText of step 2.\n"
			. $extra;
		$title = Title::makeTitle( NS_TRAINING, $name );
		// A reviewer (an administrator) may set the review date and publish.
		$this->assertStatusGood( $this->editPage( $title, $text, '', NS_MAIN, $this->getTestSysop()->getAuthority() ) );
		DeferredUpdates::doUpdates();
		return $title;
	}

	/**
	 * @return list<string> "type module language[ step]" per row
	 */
	private function queueRows( ?QueueFilter $filter = null ): array {
		$rows = TrainingsServices::getReviewQueue( $this->getServiceContainer() )
			->build( $filter ?? new QueueFilter() );
		return array_map(
			static fn ( QueueRow $row ) => trim(
				"{$row->type} {$row->module->dbKey} {$row->language} " . ( $row->step ?? '' ) ),
			$rows
		);
	}

}
