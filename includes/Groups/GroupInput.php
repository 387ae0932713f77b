<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

/**
 * What an organiser typed to create or change a group, before it is checked
 * (GroupInputCheck). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class GroupInput {

	public const MAX_NAME = 100;
	public const MAX_DESCRIPTION = 2000;
	public const MAX_ORGANISERS = 20;
	/** The most days before the due date a reminder can be sent. */
	public const MAX_REMIND_DAYS = 60;

	/**
	 * @param string $name
	 * @param string $description
	 * @param string[] $items Titles of modules and courses (with or without the namespace)
	 * @param string $due YYYY-MM-DD or ''
	 * @param string $event Title of any page, or ''
	 * @param string[] $organisers Usernames of further organisers
	 * @param string $remindDays Days before the due date to remind participants, or '' for none
	 */
	public function __construct(
		public readonly string $name,
		public readonly string $description,
		public readonly array $items,
		public readonly string $due = '',
		public readonly string $event = '',
		public readonly array $organisers = [],
		public readonly string $remindDays = ''
	) {
	}

	/**
	 * Lines of a text area, trimmed, without empty ones.
	 *
	 * @return string[]
	 */
	public static function lines( string $text ): array {
		return array_values( array_filter( array_map( 'trim', preg_split( '/[\r\n,]+/', $text ) ?: [] ),
			static fn ( string $line ) => $line !== '' ) );
	}

}
