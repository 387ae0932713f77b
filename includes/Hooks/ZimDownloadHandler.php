<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use Article;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\LatestProperties;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Zim\ZimDownloadLink;
use MediaWiki\Extension\Trainings\Zim\ZimDownloads;
use MediaWiki\Page\Hook\ArticleViewFooterHook;
use MediaWiki\SpecialPage\Hook\SpecialPageAfterExecuteHook;
use MediaWiki\SpecialPage\SpecialPage;

/**
 * "Download for Kiwix" (the library as a ZIM file, design record 0007) under the catalog of
 * Special:Trainings and under every course page, in the reader's language (a course's
 * language version: its language). Added after the page rather than inside the catalog's and
 * the course's own renderers, which it leaves alone.
 *
 * @license GPL-2.0-or-later
 */
class ZimDownloadHandler implements SpecialPageAfterExecuteHook, ArticleViewFooterHook {

	public function __construct(
		private readonly LanguageSubpage $languageSubpage,
		private readonly LatestProperties $latestProperties,
		private readonly ZimDownloads $downloads
	) {
	}

	/**
	 * @param SpecialPage $special
	 * @param string|null $subPage
	 */
	public function onSpecialPageAfterExecute( $special, $subPage ): void {
		if ( $special->getName() !== 'Trainings' ) {
			return;
		}
		$language = $this->downloads->languageFor( $special->getLanguage()->getCode() );
		$special->getOutput()->addHTML(
			ZimDownloadLink::render( $special->getContext(), $this->downloads->offer( $language ) )
		);
	}

	/**
	 * @param Article $article
	 * @param bool $patrolFooterShown
	 */
	public function onArticleViewFooter( $article, $patrolFooterShown ): void {
		$title = $article->getTitle();
		if ( $title->getNamespace() !== NS_TRAINING || !$title->exists()
			|| $article->getContext()->getRequest()->getRawVal( 'oldid' ) !== null
			|| $this->latestProperties->get( $title, ModuleProperties::COURSE ) === null
		) {
			return;
		}
		$language = $this->downloads->languageFor(
			$this->languageSubpage->languageCodeOf( $title ) ?? $article->getContext()->getLanguage()->getCode()
		);
		$article->getContext()->getOutput()->addHTML(
			ZimDownloadLink::render( $article->getContext(), $this->downloads->offer( $language ) )
		);
	}
}
