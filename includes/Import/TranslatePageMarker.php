<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use Exception;
use MediaWiki\Extension\Translate\PageTranslation\TranslatablePageMarker;
use MediaWiki\Extension\Translate\PageTranslation\TranslatablePageSettings;
use MediaWiki\Page\PageRecord;
use MediaWiki\User\User;
use StatusValue;

/**
 * Marks an imported module for translation with Translate's own marker service, as
 * `action=markfortranslation` does (decision record 0021): the title is not a unit (0003 §2),
 * priority languages and transclusion left as Translate's defaults. The import is run by an
 * administrator, so the right `pagetranslation` is not asked of the import user.
 *
 * @license GPL-2.0-or-later
 */
class TranslatePageMarker {

	public function __construct( private readonly TranslatablePageMarker $marker ) {
	}

	/**
	 * @return StatusValue Good with the number of units; fatal with Translate's reason
	 */
	public function mark( PageRecord $page, User $user ): StatusValue {
		try {
			$operation = $this->marker->getMarkOperation( $page, null, false );
			if ( !$operation->getUnitValidationStatus()->isOK() || !$operation->isValid() ) {
				return StatusValue::newFatal( 'rawmessage',
					'Translate cannot mark this page: its units are not valid' );
			}
			$settings = new TranslatablePageSettings( [], false, '', [], false, false, $operation->isFirstMark() );
			return StatusValue::newGood( $this->marker->markForTranslation( $operation, $settings, $user ) );
		} catch ( Exception $e ) {
			// TranslatablePageMarkException and ParsingFailure: the page stays as written, unmarked.
			return StatusValue::newFatal( 'rawmessage', 'Translate cannot mark this page: ' . $e->getMessage() );
		}
	}
}
