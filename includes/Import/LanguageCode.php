<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * The shape of a language code in a source (a `/xx` subpage, a YAML `translations` key),
 * checked before it becomes part of a title.
 *
 * @license GPL-2.0-or-later
 */
final class LanguageCode {

	public static function isValid( string $code ): bool {
		return (bool)preg_match( '/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/', $code );
	}
}
