<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

/**
 * A training group an organiser runs for an event or a class: what it asks learners to
 * complete (modules and courses, by base page id), its organisers (central user ids), an
 * optional due date and event page, and the code of its join link. Immutable.
 * See docs/decisions/0015-training-groups-and-certificates.md.
 *
 * @license GPL-2.0-or-later
 */
final class TrainingGroup {

	/**
	 * @param int $id 0 before it is stored
	 * @param string $name
	 * @param string $description Plain text
	 * @param string $code Secret code of the join link
	 * @param string $event Prefixed title of the event page, '' when none
	 * @param string|null $due Due date (TS_MW), null when none
	 * @param string $created TS_MW
	 * @param string|null $closed TS_MW, null while open
	 * @param int[] $items Base page ids of the modules and courses asked for, in order
	 * @param int[] $organisers Central user ids
	 * @param int|null $remindDays Remind participants this many days before the due date (Echo),
	 *  null for no reminders (design record 0015 §7)
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly string $description,
		public readonly string $code,
		public readonly string $event,
		public readonly ?string $due,
		public readonly string $created,
		public readonly ?string $closed,
		public readonly array $items,
		public readonly array $organisers,
		public readonly ?int $remindDays = null
	) {
	}

	public function isClosed(): bool {
		return $this->closed !== null;
	}

	public function isOrganiser( int $centralId ): bool {
		return $centralId > 0 && in_array( $centralId, $this->organisers, true );
	}

	public function withId( int $id ): self {
		return new self( $id, $this->name, $this->description, $this->code, $this->event, $this->due,
			$this->created, $this->closed, $this->items, $this->organisers, $this->remindDays );
	}

}
