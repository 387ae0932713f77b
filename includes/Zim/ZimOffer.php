<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

/**
 * What a reader can download for Kiwix in one language now: the current file (possibly
 * built from older content, while a new build waits in the queue), or nothing yet.
 * Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ZimOffer {

	/**
	 * @param string $language
	 * @param ZimFile|null $file The file to download, null while the first one is prepared
	 * @param bool $fresh Whether the file holds the current content
	 */
	public function __construct(
		public readonly string $language,
		public readonly ?ZimFile $file,
		public readonly bool $fresh
	) {
	}
}
