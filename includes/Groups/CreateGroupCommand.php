<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Permissions\Authority;
use StatusValue;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Creates a group: the performer needs the right `trainings-organise` and becomes its first
 * organiser; the group gets a random join code; the creation is logged.
 *
 * @license GPL-2.0-or-later
 */
class CreateGroupCommand {

	public const SERVICE_NAME = 'Trainings.CreateGroupCommand';

	public function __construct(
		private readonly GroupAccess $access,
		private readonly GroupInputCheck $inputCheck,
		private readonly GroupStore $store,
		private readonly GroupLogger $logger
	) {
	}

	/**
	 * @return StatusValue Value: the TrainingGroup stored. Errors: those of GroupAccess::creatorId()
	 *  and GroupInputCheck::check()
	 */
	public function createIfAllowed( Authority $performer, GroupInput $input ): StatusValue {
		$creator = $this->access->creatorId( $performer );
		if ( !$creator->isOK() ) {
			return $creator;
		}
		$checked = $this->inputCheck->check( $input );
		if ( !$checked->isOK() ) {
			return $checked;
		}
		[ $name, $description, $items, $due, $event, $organisers, $remind ] = $checked->getValue();
		$group = $this->store->insert( new TrainingGroup( 0, $name, $description, self::newCode(), $event, $due,
			ConvertibleTimestamp::now( TS_MW ), null, $items,
			array_values( array_unique( [ (int)$creator->getValue(), ...$organisers ] ) ), $remind ) );
		$this->logger->log( $performer->getUser(), 'create', $group );
		return StatusValue::newGood( $group );
	}

	/**
	 * A join code nobody can guess: 96 random bits. Hexadecimal, not base64: a code is a
	 * subpage name (Special:JoinTrainingGroup/<code>), which may not begin or end with "_".
	 */
	public static function newCode(): string {
		return bin2hex( random_bytes( 12 ) );
	}

}
