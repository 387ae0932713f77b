<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Catalog\CatalogCardRenderer;
use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\CatalogPage;
use MediaWiki\Extension\Trainings\Catalog\CourseSearch;
use MediaWiki\Extension\Trainings\Catalog\LanguageNames;
use MediaWiki\Extension\Trainings\Catalog\ReaderVersionLookup;
use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\Html\Html;
use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\MainConfigNames;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * Special:Trainings, the catalog of training modules and courses (design record 0004, §4).
 *
 * Reads the request (CatalogRequest), asks the catalog, and assembles the page: the filter
 * form (CatalogFilterForm), a notice naming the values it ignored, the courses and one page of
 * module cards (CatalogCardRenderer), and the create form (CreateModuleForm). Complete without
 * JavaScript; its class names and data attributes are a contract with the enhancement
 * (resources/src/catalog/mountCatalog.ts).
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainings extends SpecialPage {

	private const ID_PREFIX = 'ext-trainings-catalog-';

	/** Longest ignored value quoted in the notice, in characters. */
	private const QUOTED_VALUE_LENGTH = 40;

	private ?CatalogCardRenderer $cardRenderer = null;

	private ?LanguageNames $languageNames = null;

	public function __construct(
		private readonly LanguageNameUtils $languageNameUtils,
		private readonly CourseSearch $courseSearch,
		private readonly CatalogLookup $catalog,
		private readonly ReaderVersionLookup $readerVersions,
		private readonly Topics $topics
	) {
		parent::__construct( 'Trainings' );
	}

	/**
	 * @param string|null $subPage
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$this->outputHeader();

		$out = $this->getOutput();
		$out->addModuleStyles( FormStyles::MODULES );
		$out->addModules( 'ext.trainings.catalog' );

		$pageSize = (int)$this->getConfig()->get( 'TrainingsCatalogPageSize' );
		$request = CatalogRequest::fromWebRequest(
			$this->getRequest(),
			$this->topics->keys(),
			fn ( string $code ): bool => $this->languageNameUtils->isKnownLanguageTag( $code ),
			$pageSize
		);
		// A search ranks the modules matching in the learner's language first.
		$page = $this->catalog->find( $request->getQuery()->withSearchLanguage( $this->getLanguage()->getCode() ) );

		$rootAttributes = [
			'class' => 'ext-trainings-catalog',
			'id' => 'ext-trainings-catalog',
			'data-page-size' => $request->getQuery()->getLimit(),
		];
		if ( $request->isContinued() ) {
			$rootAttributes['data-continue'] = $request->getQuery()->getContinue();
		}
		$out->addHTML( Html::rawElement(
			'div',
			$rootAttributes,
			$this->newFilterForm()->render( $request ) .
				$this->renderIgnoredNotice( $request ) .
				$this->renderCourses( $request ) .
				$this->renderModules( $request, $page )
		) );

		if ( $this->canCreateModules() ) {
			$out->addHTML( ( new CreateModuleForm(
				$this->getContext(),
				$this->getConfig()->get( MainConfigNames::Script )
			) )->render() );
		}
	}

	private function getLanguageNames(): LanguageNames {
		$this->languageNames ??= new LanguageNames( $this->languageNameUtils, $this->getLanguage()->getCode() );
		return $this->languageNames;
	}

	private function newFilterForm(): CatalogFilterForm {
		return new CatalogFilterForm(
			$this->getContext(),
			$this->getConfig()->get( MainConfigNames::Script ),
			$this->getPageTitle()->getPrefixedText(),
			$this->topics->labels( $this->getLanguage()->getCode() ),
			$this->catalog->listLanguages(),
			[ $this->getLanguageNames(), 'name' ]
		);
	}

	private function getCardRenderer(): CatalogCardRenderer {
		$this->cardRenderer ??= CatalogCardRenderer::forContext( $this->getContext(), $this->getLanguageNames(),
			$this->topics->labels( $this->getLanguage()->getCode() ) );
		return $this->cardRenderer;
	}

	/**
	 * A warning naming the parameter values that were not understood (and were ignored).
	 */
	private function renderIgnoredNotice( CatalogRequest $request ): string {
		$ignored = $request->getIgnored();
		if ( $ignored === [] ) {
			return '';
		}
		$items = [];
		foreach ( $ignored as $name => $value ) {
			$items[] = $this->msg( 'trainings-catalog-ignored-value' )->plaintextParams(
				$name,
				$this->getLanguage()->truncateForVisual( $value, self::QUOTED_VALUE_LENGTH )
			)->text();
		}
		return Html::rawElement(
			'div',
			[ 'class' => 'cdx-message cdx-message--block cdx-message--warning ext-trainings-catalog__notice' ],
			Html::element( 'span', [ 'class' => 'cdx-message__icon' ] ) .
				Html::element(
					'div',
					[ 'class' => 'cdx-message__content' ],
					$this->msg( 'trainings-catalog-ignored' )
						->plaintextParams( $this->getLanguage()->commaList( $items ) )
						->numParams( count( $items ) )
						->text()
				)
		);
	}

	// ---- Courses and modules ---------------------------------------------------------------

	/**
	 * The courses, as ordered learning paths. With a search or filters, every course is in the
	 * page but only those that match, or have a module that matches, are shown (design record
	 * 0023): the enhancement shows and hides them as the filters change.
	 */
	private function renderCourses( CatalogRequest $request ): string {
		if ( $request->isContinued() ) {
			return '';
		}
		$query = $request->getQuery()->withSearchLanguage( $this->getLanguage()->getCode() );
		$all = $this->courseSearch->all( $query );
		if ( $all === [] ) {
			return '';
		}
		// By course: its modules that match; courses not listed are left out.
		$matches = [];
		if ( !$query->isFiltering() ) {
			// Every course, nothing marked: no second lookup.
			foreach ( $all as $course ) {
				$matches[$course->getDBkey()] = [];
			}
		}
		foreach ( $query->isFiltering() ? $this->courseSearch->find( $query ) : [] as $match ) {
			$matches[$match->course->getDBkey()] = $match->matchingModules;
		}
		$keys = [];
		foreach ( $all as $course ) {
			$keys = array_merge( $keys, $course->getModuleKeys() );
		}
		// One lookup for the modules of every course shown.
		$modules = $this->catalog->findByKeys( array_values( array_unique( $keys ) ) );

		$versions = $this->readerVersions->forEntries(
			array_merge( $all, array_values( $modules ) ), $this->getLanguage()->getCode() );
		$items = '';
		foreach ( $all as $i => $course ) {
			$items .= $this->getCardRenderer()->renderCourse( $course, $modules,
				self::ID_PREFIX . 'course-' . ( $i + 1 ), $matches[$course->getDBkey()] ?? null, $versions );
		}
		$headingId = self::ID_PREFIX . 'courses-heading';
		return Html::rawElement(
			'section',
			[
				'class' => 'ext-trainings-catalog__courses',
				'aria-labelledby' => $headingId,
				'hidden' => $matches === [],
			],
			Html::element( 'h2', [ 'id' => $headingId ], $this->msg( 'trainings-catalog-courses-heading' )->text() ) .
				Html::rawElement( 'ul', [ 'class' => 'ext-trainings-catalog__course-list' ], $items )
		);
	}

	private function renderModules( CatalogRequest $request, CatalogPage $page ): string {
		$entries = $page->getEntries();
		$continue = $page->getContinue();
		$headingId = self::ID_PREFIX . 'modules-heading';

		$count = $this->msg( $continue === null
			? 'trainings-catalog-result-count'
			: 'trainings-catalog-result-count-more'
		)->numParams( count( $entries ) )->text();

		$language = $this->getLanguage()->getCode();
		$versions = $this->readerVersions->forEntries( $entries, $language,
			$request->getQuery()->getSearch(), $this->readerVersions->foundVersions( $page, $language ) );
		$results = Html::rawElement( 'ul', [ 'class' => 'ext-trainings-catalog__list' ],
			implode( '', array_map(
				fn ( CatalogEntry $entry ): string => $this->getCardRenderer()->renderModule(
					$entry, $versions[$entry->getDBkey()] ?? null ),
				$entries
			) ) );
		if ( $entries === [] ) {
			$results .= $this->renderEmpty( $request );
		}
		if ( $continue !== null ) {
			$results .= Html::rawElement(
				'p',
				[ 'class' => 'ext-trainings-catalog__more' ],
				Html::element(
					'a',
					[
						'class' => 'cdx-button cdx-button--fake-button cdx-button--fake-button--enabled',
						'href' => $this->getPageTitle()->getLocalURL( $request->toUrlParameters( $continue )
							+ CatalogCardRenderer::readerQuery( $this->getContext() ) ),
						'data-continue' => $continue,
					],
					$this->msg( 'trainings-catalog-more' )->text()
				)
			);
		}

		return Html::rawElement(
			'section',
			[ 'class' => 'ext-trainings-catalog__modules', 'aria-labelledby' => $headingId ],
			Html::element( 'h2', [ 'id' => $headingId ], $this->msg( 'trainings-catalog-modules-heading' )->text() ) .
				// A live region from the start: the enhancement writes the new count into it.
				Html::element( 'p', [ 'class' => 'ext-trainings-catalog__count', 'aria-live' => 'polite' ], $count ) .
				$this->renderTextSearchLink( $request ) .
				Html::rawElement( 'div', [ 'class' => 'ext-trainings-catalog__results' ], $results )
		);
	}

	/**
	 * The next step after a search on titles and summaries: the same search inside modules (the
	 * wiki's search engine, design record 0023); after one, the way back. Hidden without a
	 * search; the enhancement keeps its link in step with the form.
	 */
	private function renderTextSearchLink( CatalogRequest $request ): string {
		$parameters = $request->toUrlParameters();
		$inside = isset( $parameters['fulltext'] );
		unset( $parameters['fulltext'] );
		$link = Html::element( 'a', [
			'class' => 'ext-trainings-catalog__fulltext-link',
			'href' => $this->getPageTitle()->getLocalURL( $inside ? $parameters : [ 'fulltext' => '1' ] + $parameters ),
		], $this->msg( $inside ? 'trainings-catalog-search-titles' : 'trainings-catalog-search-inside' )
			->plaintextParams( $request->getValue( 'search' ) )->text() );
		return Html::rawElement( 'p', [
			'class' => 'ext-trainings-catalog__fulltext',
			'hidden' => $request->getValue( 'search' ) === '',
		], ( $inside ? $this->msg( 'trainings-catalog-search-inside-results' )->escaped() . ' ' : '' ) . $link );
	}

	/**
	 * Nothing to list: say why, and offer the whole catalog again when filters are set.
	 */
	private function renderEmpty( CatalogRequest $request ): string {
		if ( !$request->isFiltering() ) {
			// Nothing to search in yet is not the same as a search that found nothing.
			return Html::element( 'p', [ 'class' => 'ext-trainings-catalog__empty' ],
				$this->msg( $request->isContinued() ? 'trainings-catalog-no-more' : 'trainings-catalog-no-modules' )
					->text() );
		}
		return Html::rawElement(
			'p',
			[ 'class' => 'ext-trainings-catalog__empty' ],
			$this->msg( 'trainings-catalog-no-results' )->escaped() . ' ' .
				Html::element(
					'a',
					[ 'class' => 'ext-trainings-catalog__clear', 'href' => $this->getPageTitle()->getLocalURL() ],
					$this->msg( 'trainings-catalog-clear' )->text()
				)
		);
	}

	/**
	 * Whether the user may create pages in the Training namespace (rights,
	 * namespace protection), judged on a sample title: the form is a shortcut,
	 * the edit page checks the real title again.
	 */
	private function canCreateModules(): bool {
		return $this->getAuthority()->probablyCan(
			'create',
			Title::makeTitle( NS_TRAINING, 'New module' )
		);
	}

	/** @inheritDoc */
	protected function getGroupName(): string {
		return 'pages';
	}

}
