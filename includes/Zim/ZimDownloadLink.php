<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use MediaWiki\Html\Html;
use MediaWiki\Title\Title;
use MessageLocalizer;

/**
 * "Download for Kiwix" as a reader sees it on Special:Trainings and on course pages: a link
 * to Special:TrainingsKiwix for the language, with the file's size and date when it is
 * built, or "being prepared" while the first build waits in the queue.
 *
 * @license GPL-2.0-or-later
 */
final class ZimDownloadLink {

	public const SPECIAL_PAGE = 'TrainingsKiwix';

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param string $language
	 * @return Title Special:TrainingsKiwix/<language>
	 */
	public static function pageFor( string $language ): Title {
		return Title::makeTitle( NS_SPECIAL, self::SPECIAL_PAGE . '/' . $language );
	}

	/**
	 * @param MessageLocalizer $localizer In the reader's language
	 * @param ZimOffer $offer
	 * @return string HTML: a paragraph
	 */
	public static function render( MessageLocalizer $localizer, ZimOffer $offer ): string {
		$details = $offer->file
			? $localizer->msg( 'trainings-zim-download-details' )
				->sizeParams( $offer->file->bytes )
				->dateParams( $offer->file->timestamp )
				->text()
			: $localizer->msg( 'trainings-zim-preparing-short' )->text();
		return Html::rawElement( 'p', [ 'class' => 'ext-trainings-zim-download' ],
			Html::element( 'a', [
				'href' => self::pageFor( $offer->language )->getLocalURL(),
				'title' => $localizer->msg( 'trainings-zim-download-tooltip' )->text(),
			], $localizer->msg( 'trainings-zim-download' )->text() ) .
			' ' . Html::element( 'span', [ 'class' => 'ext-trainings-zim-download__details' ], $details )
		);
	}
}
