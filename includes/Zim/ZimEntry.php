<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Translation\LanguageVersion;

/**
 * A module or course in a ZIM file: its catalog entry, the language version chosen for the
 * file's language, and the file name of its page inside the ZIM. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ZimEntry {

	/**
	 * @param CatalogEntry $entry The base page's catalog entry
	 * @param LanguageVersion $version The version the file holds
	 * @param string $fileName Its page's path in the ZIM (ASCII, no folder)
	 */
	public function __construct(
		public readonly CatalogEntry $entry,
		public readonly LanguageVersion $version,
		public readonly string $fileName
	) {
	}

	public function isCourse(): bool {
		return $this->entry->isCourse();
	}

	/**
	 * The file name of a page inside the ZIM: the DB key with every character outside
	 * `[A-Za-z0-9_-]` written as `.XX` (its bytes in hex), so that it is ASCII, needs no
	 * escaping in a relative link, and no two keys share one.
	 */
	public static function fileNameFor( string $dbKey ): string {
		return (string)preg_replace_callback(
			'/[^A-Za-z0-9_-]/',
			static fn ( array $match ) => sprintf( '.%02X', ord( $match[0] ) ),
			$dbKey
		) . '.html';
	}
}
