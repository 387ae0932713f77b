<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Language\LanguageCode;
use MediaWiki\Page\PageStore;
use MediaWiki\Page\ParserOutputAccess;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Title\Title;

/**
 * Reads training pages for the export: which language version to export, and the cached parser
 * output of the revision readers get (the reviewed one, design record 0017; ParserOutputAccess:
 * the parser cache, rendered and cached only on a miss), with the
 * post-cache transformations of a page view but without section edit links.
 *
 * @license GPL-2.0-or-later
 */
class PageSource {

	public const SERVICE_NAME = 'Trainings.ExportPageSource';

	public function __construct(
		private readonly PageStore $pageStore,
		private readonly ParserOutputAccess $parserOutputAccess,
		private readonly LanguageSubpage $languageSubpage,
		private readonly LanguageVersionResolver $resolver,
		private readonly ReviewStore $reviewStore,
		private readonly RevisionLookup $revisionLookup
	) {
	}

	/**
	 * The language version of a training page that a reader asking for a language gets: the
	 * `/code` subpage of the base page, or of a fallback language, when it exists; else the
	 * page itself.
	 *
	 * @param Title $title A base page or a language version
	 * @param string|null $languageCode The language asked for, or null for the page as it is
	 * @return Title
	 */
	public function languageVersion( Title $title, ?string $languageCode ): Title {
		if ( $languageCode === null || $languageCode === '' ) {
			return $title;
		}
		$base = $this->baseOf( $title );
		// The reader's language and its explicit fallbacks (LanguageVersionResolver's chain).
		foreach ( $this->resolver->readerChains( $languageCode )['strict'] as $code ) {
			$version = Title::makeTitleSafe( NS_TRAINING, $base->getText() . '/' . $code );
			$record = $version && $this->languageSubpage->languageCodeOf( $version ) !== null
				? $this->pageStore->getPageByReference( $version ) : null;
			// A version no reviewer approved is not offered (design record 0017).
			if ( $version && $record && $this->reviewStore->get( $record->getId() )?->isShown() ) {
				return $version;
			}
		}
		return $this->languageSubpage->languageCodeOf( $title ) !== null ? $title : $base;
	}

	/**
	 * @param Title $title A training page or language version
	 * @return Title The base page (Training:X for Training:X/fr)
	 */
	public function baseOf( Title $title ): Title {
		if ( $this->languageSubpage->languageCodeOf( $title ) === null ) {
			return $title;
		}
		$text = $title->getText();
		return Title::makeTitle( NS_TRAINING, substr( $text, 0, (int)strrpos( $text, '/' ) ) );
	}

	/**
	 * The revision readers get (design record 0017): the reviewed one; the latest of a draft.
	 *
	 * @param Title $title
	 * @param bool $reviewedOnly Null for a draft too (the modules of a course)
	 * @return ExportedPage|null The page, or null when it does not exist, is not in the Training
	 *  namespace, or cannot be rendered
	 */
	public function load( Title $title, bool $reviewedOnly = false ): ?ExportedPage {
		if ( $title->getNamespace() !== NS_TRAINING ) {
			return null;
		}
		$page = $this->pageStore->getPageByReference( $title );
		if ( !$page || $page->isRedirect() ) {
			return null;
		}
		$review = $this->reviewStore->get( $page->getId() );
		$revision = $review !== null && $review->isShown()
			? $this->revisionLookup->getRevisionById( $review->revisionId ) : null;
		if ( $revision === null && $reviewedOnly ) {
			return null;
		}
		// The options of an anonymous page view: the export shares the view's cache entry.
		$options = ParserOptions::newFromAnon();
		$status = $this->parserOutputAccess->getParserOutput( $page, $options, $revision );
		if ( !$status->isOK() ) {
			return null;
		}
		$output = $status->getValue();
		$html = $output->runOutputPipeline( $options, [
			'enableSectionEditLinks' => false,
			'allowTOC' => false,
			'injectTOC' => false,
			'unwrap' => true,
			'deduplicateStyles' => false,
			'includeDebugInfo' => false,
		] )->getContentHolderText();
		$displayTitle = $output->getPageProperty( ModuleProperties::TITLE );
		$course = $output->getPageProperty( ModuleProperties::COURSE );
		$language = Title::newFromPageIdentity( $page )->getPageLanguage();
		$hasTitle = is_string( $displayTitle ) && $displayTitle !== '';
		// An untranslated title keeps its language; without one, the name is the source page's.
		$titleLanguage = $hasTitle ? $output->getPageProperty( ModuleProperties::TITLE_LANGUAGE )
			: $this->baseOf( $title )->getPageLanguage()->getHtmlCode();
		return new ExportedPage(
			Title::newFromPageIdentity( $page ),
			$hasTitle ? $displayTitle : $this->baseOf( $title )->getText(),
			$language->getHtmlCode(),
			$language->getDir(),
			$html,
			is_string( $course ) && $course !== ''
				? explode( ModuleProperties::LIST_SEPARATOR, $course ) : [],
			array_map( 'strval', array_keys( $output->getImages() ) ),
			is_string( $titleLanguage ) && $titleLanguage !== $language->getHtmlCode()
				? LanguageCode::bcp47( $titleLanguage ) : null
		);
	}
}
