<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

/**
 * A built ZIM file of the library in one language, as ZimFileStore keeps it. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ZimFile {

	/**
	 * @param string $language MediaWiki language code of the library
	 * @param string $name File name in the store's folder
	 * @param string $path Full path on disk
	 * @param string $url Address readers download it from
	 * @param int $bytes Size
	 * @param string $timestamp When it was built (TS_MW)
	 * @param string $contentKey ZimLibrary::contentKey() of the content it was built from
	 */
	public function __construct(
		public readonly string $language,
		public readonly string $name,
		public readonly string $path,
		public readonly string $url,
		public readonly int $bytes,
		public readonly string $timestamp,
		public readonly string $contentKey
	) {
	}
}
