<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Hook\EditFormPreloadTextHook;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Title\Title;

/**
 * A new module starts from a skeleton: when someone creates a page in the
 * Training namespace that is not a language version (`X/fr`), the edit form is
 * filled with the message `trainings-module-skeleton` in the content language
 * (wikis adapt it at MediaWiki:Trainings-module-skeleton). An explicit
 * `preload` is left alone.
 *
 * @license GPL-2.0-or-later
 */
class EditFormPreloadTextHandler implements EditFormPreloadTextHook {

	public const SKELETON_MESSAGE = 'trainings-module-skeleton';

	public function __construct(
		private readonly LanguageSubpage $languageSubpage
	) {
	}

	/**
	 * @param string &$text
	 * @param Title $title
	 */
	public function onEditFormPreloadText( &$text, $title ): void {
		if ( $text !== '' || $title->getNamespace() !== NS_TRAINING
			|| $this->languageSubpage->languageCodeOf( $title ) !== null
		) {
			return;
		}
		$message = wfMessage( self::SKELETON_MESSAGE )->inContentLanguage();
		if ( !$message->isDisabled() ) {
			$text = $message->plain();
		}
	}

}
