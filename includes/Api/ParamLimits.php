<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

/**
 * Size limits of the parameters several API modules share: no request value is unbounded.
 *
 * @license GPL-2.0-or-later
 */
final class ParamLimits {

	/**
	 * Longest title a request may name: a page title is at most 255 bytes, and a request may
	 * add the namespace name and spaces around it.
	 */
	public const MAX_TITLE_BYTES = 512;

	/** Longest language code MediaWiki accepts. */
	public const MAX_LANGUAGE_CHARS = 35;

	private function __construct() {
		// Constants only.
	}

}
