<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

use MediaWiki\Title\Title;

/**
 * A module or course page as the export reads it: the cached, post-processed HTML of the page
 * (without edit links) and what the export needs to know about it.
 *
 * @license GPL-2.0-or-later
 */
final class ExportedPage {

	/**
	 * @param Title $title The page (a language version such as Training:X/fr, or the base page)
	 * @param string $displayTitle Plain text
	 * @param string $languageCode HTML language code of the page content
	 * @param string $dir ltr or rtl
	 * @param string $html Content HTML
	 * @param list<string> $courseModules DB keys of a course's modules in order; empty for a module
	 * @param list<string> $images DB keys of the files the page uses
	 * @param string|null $titleLanguage HTML language code of the title when it is not the
	 *  page's (an untranslated title, or the source page's name); null when it is
	 */
	public function __construct(
		public readonly Title $title,
		public readonly string $displayTitle,
		public readonly string $languageCode,
		public readonly string $dir,
		public readonly string $html,
		public readonly array $courseModules,
		public readonly array $images,
		public readonly ?string $titleLanguage = null
	) {
	}

	public function isCourse(): bool {
		return $this->courseModules !== [];
	}
}
