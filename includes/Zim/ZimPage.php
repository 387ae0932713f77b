<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

/**
 * A module or course page as written into a ZIM file, with what the catalog page and the
 * build log need to know about it. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ZimPage {

	/**
	 * @param string $html The whole HTML document
	 * @param string $title Display title, in the page's language
	 * @param string $summary Summary, in the page's language (may be empty)
	 * @param list<string> $problems What a reader finds broken in it: inline errors, missing
	 *  images, media left out
	 */
	public function __construct(
		public readonly string $html,
		public readonly string $title,
		public readonly string $summary,
		public readonly array $problems
	) {
	}
}
