<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Content\Hook\PageContentLanguageHook;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Languages\LanguageFactory;

/**
 * A language version of a module is written in its language: `Training:X/ar` is parsed and
 * shown as Arabic, right to left, whether or not Translate (which does the same for its
 * translation pages) is installed.
 *
 * @license GPL-2.0-or-later
 */
class PageContentLanguageHandler implements PageContentLanguageHook {

	public function __construct(
		private readonly LanguageFactory $languageFactory,
		private readonly LanguageSubpage $languageSubpage
	) {
	}

	/**
	 * @inheritDoc
	 */
	public function onPageContentLanguage( $title, &$pageLang, $userLang ) {
		$code = $this->languageSubpage->languageCodeOf( $title );
		if ( $code !== null ) {
			$pageLang = $this->languageFactory->getLanguage( $code );
		}
	}
}
