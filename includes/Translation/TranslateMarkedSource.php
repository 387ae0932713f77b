<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Extension\Translate\PageTranslation\TranslatablePage;
use MediaWiki\Title\Title;

/**
 * Translate's translation pages (`X/fr` of a page marked for translation): the revision of the
 * source marked for translation, from Translate's own tags.
 *
 * @license GPL-2.0-or-later
 */
class TranslateMarkedSource implements MarkedSource {

	/** @inheritDoc */
	public function markedSourceRevision( Title $page ): ?int {
		$translatable = TranslatablePage::isTranslationPage( $page );
		return $translatable instanceof TranslatablePage ? $translatable->getMarkedTag() : null;
	}

}
