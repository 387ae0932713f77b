<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Cache\Hook\HtmlCacheUpdaterAppendUrlsHook;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Export\ExportUrls;
use MediaWiki\Hook\SkinTemplateNavigation__UniversalHook;
use MediaWiki\Title\Title;
use SkinTemplate;

/**
 * "Download for offline use" among the page actions of every module and course (and of their
 * language versions), and the download's address among the URLs purged from the CDN when the
 * page changes, so the action entry point lets the CDN cache it.
 *
 * @license GPL-2.0-or-later
 */
class OfflineDownloadHandler implements SkinTemplateNavigation__UniversalHook, HtmlCacheUpdaterAppendUrlsHook {

	public function __construct(
		private readonly LanguageSubpage $languageSubpage
	) {
	}

	/**
	 * @param SkinTemplate $sktemplate
	 * @param array<string,array<string,mixed>> &$links
	 */
	public function onSkinTemplateNavigation__Universal( $sktemplate, &$links ): void {
		$title = $sktemplate->getTitle();
		if ( !$title || $title->getNamespace() !== NS_TRAINING || !$title->exists() || $title->isRedirect() ) {
			return;
		}
		// A reader of the base page in another language gets that language's version, if any.
		$userLanguage = $sktemplate->getLanguage()->getCode();
		$asked = $this->languageSubpage->languageCodeOf( $title ) === null
			&& $userLanguage !== $title->getPageLanguage()->getCode() ? $userLanguage : null;
		$links['actions'][ExportUrls::ACTION] = [
			'class' => false,
			'text' => $sktemplate->msg( 'trainings-offline-download' )->text(),
			'title' => $sktemplate->msg( 'trainings-offline-download-tooltip' )->text(),
			'href' => ExportUrls::localUrl( $title, $asked ),
			'icon' => 'download',
		];
	}

	/**
	 * @param Title $title
	 * @param int $mode
	 * @param string[] &$append
	 */
	public function onHtmlCacheUpdaterAppendUrls( $title, $mode, &$append ): void {
		if ( $title->getNamespace() === NS_TRAINING ) {
			$append[] = ExportUrls::cdnUrl( Title::newFromPageReference( $title ) );
		}
	}
}
