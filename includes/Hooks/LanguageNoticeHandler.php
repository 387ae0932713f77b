<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Translation\LanguageVersion;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Extension\Trainings\Translation\ResolvedVersion;
use MediaWiki\Html\Html;
use MediaWiki\Language\LanguageCode;
use MediaWiki\Languages\LanguageFactory;
use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\Output\Hook\BeforePageDisplayHook;
use MediaWiki\Output\OutputPage;
use Skin;

/**
 * The reader's language on a module page (SPEC "Translations"):
 * - a notice at the top when a version in the reader's language (or a closer fallback) exists
 *   ("This module is also available in Français"), or when the page is shown in another
 *   language than theirs because no translation exists yet ("Shown in English: not yet
 *   translated into Bahasa Indonesia — help translate"), or when the translation shown is
 *   incomplete or outdated (only known with Translate);
 * - the versions for the player's language menu, as the JS config variable
 *   `wgTrainingsLanguages`.
 *
 * Both depend on the reader's language, so they are added to the page view here, outside the
 * parser output, which stays one per page (parsed in the page language) whatever the reader's
 * language. Cost: one query (LanguageVersionResolver), plus Translate's cached statistics
 * when Translate is installed. For anonymous readers behind a CDN, the language is the wiki's
 * unless the address carries `uselang`, so cached pages stay right.
 *
 * @license GPL-2.0-or-later
 */
class LanguageNoticeHandler implements BeforePageDisplayHook {

	public const CONFIG_VAR = 'wgTrainingsLanguages';

	public function __construct(
		private readonly LanguageFactory $languageFactory,
		private readonly LanguageNameUtils $languageNameUtils,
		private readonly LanguageVersionResolver $resolver
	) {
	}

	/**
	 * @param OutputPage $out
	 * @param Skin $skin
	 */
	public function onBeforePageDisplay( $out, $skin ): void {
		$title = $out->getTitle();
		if ( $title === null || !ModulePageView::isModuleView( $out ) || !$title->exists() ) {
			return;
		}
		$base = $this->resolver->baseOf( $title );
		$userLanguage = $out->getLanguage()->getCode();
		$resolved = $this->resolver->resolve( $base, $userLanguage );
		$shown = null;
		foreach ( $resolved->available as $version ) {
			if ( $version->page->equals( $title ) ) {
				$shown = $version;
			}
		}
		if ( $shown === null ) {
			// X/en of an English module, or a page the resolver does not count as a version.
			return;
		}
		$uselang = $out->getRequest()->getRawVal( 'uselang' );
		$query = $uselang !== null && $uselang !== '' ? [ 'uselang' => $uselang ] : [];

		$out->addJsConfigVars( self::CONFIG_VAR, [
			'shown' => $shown->code,
			'user' => $userLanguage,
			'translateUrl' => $resolved->version( $userLanguage ) === null
				? $this->resolver->translateUrl( $base, $userLanguage ) : null,
			'versions' => array_map( fn ( LanguageVersion $version ) => [
				'code' => $version->code,
				'name' => $this->autonym( $version->code ),
				'url' => $version->page->getLocalURL( $query ),
				'source' => $version->isSource,
				'percent' => $version->completeness?->percent(),
				'outdated' => $version->completeness->outdated ?? 0,
			], $resolved->available ),
			// The same rule chooses the subtitles of videos (resources/src/player/videoSteps.ts).
			'fallbacks' => $this->resolver->readerChains( $userLanguage ),
		] );

		$this->markHeading( $out, $resolved, $shown );
		$notice = $this->noticeHtml( $out, $resolved, $shown, $query );
		if ( $notice !== null ) {
			$out->addModuleStyles( [ 'mediawiki.codex.messagebox.styles' ] );
			$out->prependHTML( Html::noticeBox( $notice, 'trainings-language-notice' ) );
		}
	}

	/**
	 * @param OutputPage $out
	 * @param ResolvedVersion $resolved
	 * @param LanguageVersion $shown
	 * @param array<string,string> $query
	 * @return string|null
	 */
	private function noticeHtml(
		OutputPage $out, ResolvedVersion $resolved, LanguageVersion $shown, array $query
	): ?string {
		$userLanguage = $resolved->requested;
		$best = $resolved->chosen;
		if ( $best->code !== $shown->code ) {
			$link = Html::element( 'a', [
				'href' => $best->page->getLocalURL( $query ),
				'lang' => $this->htmlCode( $best->code ),
				'hreflang' => $this->htmlCode( $best->code ),
				'class' => 'trainings-language-notice-version',
			], $this->autonym( $best->code ) );
			return $out->msg( 'trainings-language-available' )->rawParams( $link )->parse();
		}
		$completeness = $shown->isSource ? null : $shown->completeness;
		$partial = $completeness !== null && !$completeness->isComplete();
		// An incomplete version asks for help with that version; otherwise with the reader's language.
		$help = Html::element( 'a', [
			'href' => $this->resolver->translateUrl( $resolved->base, $partial ? $shown->code : $userLanguage ),
			'class' => 'trainings-language-notice-translate',
		], $out->msg( 'trainings-language-help-translate' )->text() );
		if ( $shown->code !== $userLanguage ) {
			return $this->fallbackNotice( $out, $resolved, $shown, $help );
		}
		if ( $partial ) {
			return $out->msg( 'trainings-language-incomplete' )
				->numParams( $completeness->percent(), $completeness->outdated )
				->rawParams( $help )
				->parse();
		}
		return null;
	}

	/**
	 * The reader gets another language than theirs: the closest one (an explicit fallback of a
	 * variant: Deutsch for de-at, 中文（繁體） for zh-hk, العربية for arz), with how complete it
	 * is, or the source language because no closer version exists.
	 */
	private function fallbackNotice(
		OutputPage $out, ResolvedVersion $resolved, LanguageVersion $shown, string $help
	): string {
		$userLanguage = $resolved->requested;
		$names = [ $this->name( $shown->code, $userLanguage ), $this->name( $userLanguage, $userLanguage ) ];
		if ( !in_array( $shown->code, $this->resolver->readerChains( $userLanguage )['strict'], true ) ) {
			return $out->msg( 'trainings-language-fallback' )
				->plaintextParams( ...$names )->rawParams( $help )->parse();
		}
		$completeness = $shown->isSource ? null : $shown->completeness;
		if ( $completeness === null || $completeness->isComplete() ) {
			return $out->msg( 'trainings-language-closest' )
				->plaintextParams( ...$names )->rawParams( $help )->parse();
		}
		return $out->msg( 'trainings-language-closest-incomplete' )
			->plaintextParams( ...$names )
			->numParams( $completeness->percent(), $completeness->outdated )
			->rawParams( $help )
			->parse();
	}

	/**
	 * The heading keeps the language of its text, which is not always the reader's (the h1
	 * carries the interface language): the page's own name is in the source language (a Hebrew
	 * version of "What is a wiki?" is `Training:What is a wiki?/he`), a display title in the
	 * version's. Isolated, "What is a wiki?" stays so in a right-to-left heading.
	 */
	private function markHeading( OutputPage $out, ResolvedVersion $resolved, LanguageVersion $shown ): void {
		$heading = $out->getPageTitle();
		$language = str_contains( $heading, 'mw-page-title-main' ) ? $resolved->available[0]->code : $shown->code;
		if ( $language === $out->getLanguage()->getCode() || str_starts_with( $heading, '<bdi' ) ) {
			return;
		}
		$out->setPageTitle( Html::rawElement( 'bdi', [
			'lang' => $this->htmlCode( $language ),
			'dir' => $this->languageFactory->getLanguage( $language )->getDir(),
		], $heading ) );
	}

	private function autonym( string $code ): string {
		return $this->languageNameUtils->getLanguageName( $code ) ?: $code;
	}

	private function name( string $code, string $inLanguage ): string {
		return $this->languageNameUtils->getLanguageName( $code, $inLanguage ) ?: $this->autonym( $code );
	}

	private function htmlCode( string $code ): string {
		return LanguageCode::bcp47( $code );
	}

}
