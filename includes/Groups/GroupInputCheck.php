<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Title\MalformedTitleException;
use MediaWiki\Title\TitleFormatter;
use MediaWiki\Title\TitleParser;
use MediaWiki\User\CentralId\CentralIdLookup;
use StatusValue;

/**
 * Checks what an organiser typed (GroupInput) and turns it into stored values: the items'
 * page ids (GroupContent), the organisers' central ids, the due date, the event page's
 * prefixed title. Every error is reported at once; nothing is stored by this class.
 *
 * @license GPL-2.0-or-later
 */
class GroupInputCheck {

	public const SERVICE_NAME = 'Trainings.GroupInputCheck';

	public function __construct(
		private readonly GroupContent $content,
		private readonly TitleParser $titleParser,
		private readonly TitleFormatter $titleFormatter,
		private readonly CentralIdLookup $centralIdLookup
	) {
	}

	/**
	 * @return StatusValue Value: [ name, description, item ids, due (TS_MW|null), event,
	 *  organiser central ids, reminder days (int|null) ]. Errors: trainings-group-error-*
	 */
	public function check( GroupInput $input ): StatusValue {
		$status = StatusValue::newGood();
		$name = trim( $input->name );
		if ( $name === '' || mb_strlen( $name ) > GroupInput::MAX_NAME ) {
			$status->fatal( 'trainings-group-error-name', GroupInput::MAX_NAME );
		}
		$description = trim( $input->description );
		if ( mb_strlen( $description ) > GroupInput::MAX_DESCRIPTION ) {
			$status->fatal( 'trainings-group-error-description', GroupInput::MAX_DESCRIPTION );
		}
		$keys = [];
		foreach ( $input->items as $item ) {
			try {
				$title = $this->titleParser->parseTitle( $item, NS_TRAINING );
				$keys[] = $title->getNamespace() === NS_TRAINING ? $title->getDBkey() : "\n";
			} catch ( MalformedTitleException ) {
				$keys[] = "\n";
			}
		}
		$items = [];
		if ( $keys === [] || count( $keys ) > GroupContent::MAX_ITEMS ) {
			$status->fatal( 'trainings-group-error-items', GroupContent::MAX_ITEMS );
		} else {
			$found = $this->content->findItems( $keys );
			$status->merge( $found );
			$items = $found->getValue();
		}
		$due = null;
		if ( $input->due !== '' ) {
			$date = \DateTimeImmutable::createFromFormat( '!Y-m-d', $input->due, new \DateTimeZone( 'UTC' ) );
			if ( $date === false || $date->format( 'Y-m-d' ) !== $input->due ) {
				$status->fatal( 'trainings-group-error-due' );
			} else {
				$due = $date->format( 'Ymd' ) . '235959';
			}
		}
		$event = '';
		if ( trim( $input->event ) !== '' ) {
			try {
				$event = $this->titleFormatter->getPrefixedDBkey(
					$this->titleParser->parseTitle( trim( $input->event ) ) );
			} catch ( MalformedTitleException ) {
				$status->fatal( 'trainings-group-error-event' );
			}
		}
		$organisers = $this->organiserIds( $input->organisers );
		$status->merge( $organisers );
		$remind = self::remindDays( $input->remindDays, $due !== null );
		$status->merge( $remind );
		return $status->isOK()
			? StatusValue::newGood( [ $name, $description, $items, $due, $event, $organisers->getValue(),
				$remind->getValue() ] )
			: $status;
	}

	/**
	 * @return StatusValue Value: days (int) or null for no reminders. Errors: trainings-group-error-remind
	 *  (not a number from 1 to the most, or no due date to count from)
	 */
	private static function remindDays( string $days, bool $hasDue ): StatusValue {
		$days = trim( $days );
		if ( $days === '' ) {
			return StatusValue::newGood( null );
		}
		if ( !$hasDue || !ctype_digit( $days ) || (int)$days < 1 || (int)$days > GroupInput::MAX_REMIND_DAYS ) {
			return StatusValue::newFatal( 'trainings-group-error-remind', GroupInput::MAX_REMIND_DAYS );
		}
		return StatusValue::newGood( (int)$days );
	}

	/**
	 * @param string[] $names Usernames
	 * @return StatusValue Value: their central ids. Errors: trainings-group-error-organisers,
	 *  trainings-group-error-user
	 */
	public function organiserIds( array $names ): StatusValue {
		if ( count( $names ) > GroupInput::MAX_ORGANISERS ) {
			return StatusValue::newFatal( 'trainings-group-error-organisers', GroupInput::MAX_ORGANISERS );
		}
		$status = StatusValue::newGood();
		$ids = [];
		foreach ( $names as $name ) {
			$id = mb_strlen( $name ) <= 255 ? $this->centralIdLookup->centralIdFromName( $name ) : 0;
			if ( $id === 0 ) {
				$status->fatal( 'trainings-group-error-user', $name );
			}
			$ids[] = $id;
		}
		$status->setResult( $status->isOK(), $ids );
		return $status;
	}

}
