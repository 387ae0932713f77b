<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Permissions\Authority;
use StatusValue;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * What an organiser does to a group after creating it: change it, add organisers, close it
 * (nobody can join any more; the table stays) or delete it (with its participants list; the
 * participants' own progress stays theirs). Every action is checked and logged.
 *
 * @license GPL-2.0-or-later
 */
class ManageGroupCommand {

	public const SERVICE_NAME = 'Trainings.ManageGroupCommand';

	public function __construct(
		private readonly GroupAccess $access,
		private readonly GroupInputCheck $inputCheck,
		private readonly GroupStore $store,
		private readonly GroupLogger $logger
	) {
	}

	/**
	 * Replaces the name, description, items, due date and event page; further organisers
	 * named in the input are added (none is removed).
	 *
	 * @return StatusValue Value: the group as stored. Errors: notorganiser and input errors
	 */
	public function changeIfAllowed( Authority $performer, int $groupId, GroupInput $input ): StatusValue {
		$group = $this->store->get( $groupId, true );
		$status = $this->writerCheck( $performer, $group );
		if ( !$status->isOK() ) {
			return $status;
		}
		$checked = $this->inputCheck->check( $input );
		if ( !$checked->isOK() ) {
			return $checked;
		}
		[ $name, $description, $items, $due, $event, $organisers, $remind ] = $checked->getValue();
		$changed = new TrainingGroup( $group->id, $name, $description, $group->code, $event, $due, $group->created,
			$group->closed, $items, array_values( array_unique( [ ...$group->organisers, ...$organisers ] ) ),
			$remind );
		$this->store->update( $changed );
		$this->logger->log( $performer->getUser(), 'change', $changed );
		return StatusValue::newGood( $changed );
	}

	/**
	 * @param Authority $performer
	 * @param int $groupId
	 * @param string[] $names Usernames
	 * @return StatusValue Value: the group as stored
	 */
	public function addOrganisersIfAllowed( Authority $performer, int $groupId, array $names ): StatusValue {
		$group = $this->store->get( $groupId, true );
		$status = $this->writerCheck( $performer, $group );
		if ( !$status->isOK() ) {
			return $status;
		}
		if ( $names === [] ) {
			return StatusValue::newFatal( 'trainings-group-error-user', '' );
		}
		$found = $this->inputCheck->organiserIds( $names );
		if ( !$found->isOK() ) {
			return $found;
		}
		$changed = new TrainingGroup( $group->id, $group->name, $group->description, $group->code, $group->event,
			$group->due, $group->created, $group->closed, $group->items,
			array_values( array_unique( [ ...$group->organisers, ...$found->getValue() ] ) ), $group->remindDays );
		$this->store->update( $changed );
		$this->logger->log( $performer->getUser(), 'organisers', $changed, $names );
		return StatusValue::newGood( $changed );
	}

	/**
	 * @return StatusValue Value: the closed group
	 */
	public function closeIfAllowed( Authority $performer, int $groupId ): StatusValue {
		$group = $this->store->get( $groupId, true );
		$status = $this->writerCheck( $performer, $group );
		if ( !$status->isOK() ) {
			return $status;
		}
		if ( $group->isClosed() ) {
			return StatusValue::newGood( $group );
		}
		$closed = new TrainingGroup( $group->id, $group->name, $group->description, $group->code, $group->event,
			$group->due, $group->created, ConvertibleTimestamp::now( TS_MW ), $group->items, $group->organisers,
			$group->remindDays );
		$this->store->update( $closed );
		$this->logger->log( $performer->getUser(), 'close', $closed );
		return StatusValue::newGood( $closed );
	}

	public function deleteIfAllowed( Authority $performer, int $groupId ): StatusValue {
		$group = $this->store->get( $groupId, true );
		$status = $this->writerCheck( $performer, $group );
		if ( !$status->isOK() ) {
			return $status;
		}
		$this->store->delete( $group->id );
		$this->logger->log( $performer->getUser(), 'delete', $group );
		return StatusValue::newGood( $group );
	}

	/**
	 * @phan-assert TrainingGroup $group
	 */
	private function writerCheck( Authority $performer, ?TrainingGroup $group ): StatusValue {
		$status = $this->access->organiserId( $performer, $group );
		if ( $status->isOK() ) {
			$status = $this->access->creatorId( $performer );
		}
		return $status;
	}

}
