<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

/**
 * A module's own text (a title, a summary) with the language it is written in, for the
 * `lang` and `dir` of the element that shows it. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class LocalizedText {

	/**
	 * @param string $text Plain text
	 * @param string $language Its language code (MediaWiki's)
	 * @param string $bcp47 The same as a BCP 47 tag, for `lang`
	 * @param string $dir `ltr` or `rtl`
	 */
	public function __construct(
		public readonly string $text,
		public readonly string $language,
		public readonly string $bcp47,
		public readonly string $dir
	) {
	}

	/**
	 * @return array{text:string,lang:string,dir:string}
	 */
	public function toArray(): array {
		return [ 'text' => $this->text, 'lang' => $this->bcp47, 'dir' => $this->dir ];
	}

}
