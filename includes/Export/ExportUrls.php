<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

use MediaWiki\Title\Title;

/**
 * Addresses of the offline download: the action `trainingdownload` on a module or course page
 * (`index.php?title=Training:X&action=trainingdownload`). One address per language version,
 * purged from the CDN with the page (HtmlCacheUpdater), so anonymous downloads are cached.
 *
 * @license GPL-2.0-or-later
 */
final class ExportUrls {

	public const ACTION = 'trainingdownload';

	/** Query parameter asking for a language version ("lang=fr" on Training:X). */
	public const LANGUAGE_PARAMETER = 'lang';

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param Title $title
	 * @param string|null $languageCode The reader's language, when it is not the page's
	 * @return string The local URL of the download
	 */
	public static function localUrl( Title $title, ?string $languageCode = null ): string {
		$query = [ 'action' => self::ACTION ];
		if ( $languageCode !== null ) {
			$query[self::LANGUAGE_PARAMETER] = $languageCode;
		}
		return $title->getLocalURL( $query );
	}

	/**
	 * @return string The cacheable URL of the download, as HtmlCacheUpdater purges it
	 */
	public static function cdnUrl( Title $title ): string {
		return $title->getInternalURL( [ 'action' => self::ACTION ] );
	}
}
