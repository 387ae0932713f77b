<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\CatalogPage;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Html\Html;
use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\MainConfigNames;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * Special:Trainings, the catalog of training modules and courses (design record 0004, §4).
 *
 * Rendered on the server and complete without JavaScript: a GET form (search and filters;
 * the URL is the state), a notice naming the parameter values it ignored, the courses as
 * ordered learning paths (when nothing is filtered), one page of module cards and a
 * "More modules" link carrying `continue`. The ext.trainings.catalog module enhances the same
 * markup, so the class names and data attributes below are a contract with the front end
 * (resources/src/catalog/mountCatalog.ts).
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainings extends SpecialPage {

	private const ID_PREFIX = 'ext-trainings-catalog-';

	private const CREATE_INPUT_ID = 'ext-trainings-create-title';

	/** The choices of the duration filter, in minutes. */
	public const MAX_DURATIONS = [ 15, 30, 60 ];

	/** Longest ignored value quoted in the notice, in characters. */
	private const QUOTED_VALUE_LENGTH = 40;

	private ?CatalogCardRenderer $cardRenderer = null;

	/** @var array<string,string> Language names by code, in the user's language */
	private array $languageNames = [];

	public function __construct(
		private readonly LanguageNameUtils $languageNameUtils,
		private readonly CatalogLookup $catalog
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
		$out->addModuleStyles( 'ext.trainings.catalog.styles' );
		$out->addModules( 'ext.trainings.catalog' );

		$pageSize = (int)$this->getConfig()->get( 'TrainingsCatalogPageSize' );
		$request = CatalogRequest::fromWebRequest(
			$this->getRequest(),
			$this->getTopics(),
			fn ( string $code ): bool => $this->languageNameUtils->isKnownLanguageTag( $code ),
			$pageSize
		);
		$page = $this->catalog->find( $request->getQuery() );

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
			$this->renderForm( $request ) .
				$this->renderIgnoredNotice( $request ) .
				$this->renderCourses( $request ) .
				$this->renderModules( $request, $page )
		) );

		if ( $this->canCreateModules() ) {
			$out->addHTML( $this->renderCreateForm() );
		}
	}

	/**
	 * @return list<string> The configured topic keys
	 */
	private function getTopics(): array {
		return array_values( array_map( 'strval', (array)$this->getConfig()->get( 'TrainingsTopics' ) ) );
	}

	/**
	 * The name of a language in the user's language (else its own name, else the code).
	 */
	private function getLanguageName( string $code ): string {
		if ( !isset( $this->languageNames[$code] ) ) {
			$name = $this->languageNameUtils->getLanguageName( $code, $this->getLanguage()->getCode() );
			if ( $name === '' ) {
				$name = $this->languageNameUtils->getLanguageName( $code );
			}
			$this->languageNames[$code] = $name === '' ? $code : $name;
		}
		return $this->languageNames[$code];
	}

	private function getCardRenderer(): CatalogCardRenderer {
		$this->cardRenderer ??= new CatalogCardRenderer(
			$this->getContext(),
			fn ( string $code ): string => $this->getLanguageName( $code )
		);
		return $this->cardRenderer;
	}

	// ---- The form --------------------------------------------------------------------------

	private function renderForm( CatalogRequest $request ): string {
		$filters = $this->renderSelect( 'topic', $request->getValue( 'topic' ), $this->topicOptions() ) .
			$this->renderSelect( 'level', $request->getValue( 'level' ), $this->levelOptions() ) .
			$this->renderSelect( 'format', $request->getValue( 'format' ), $this->formatOptions() ) .
			$this->renderSelect( 'language', $request->getValue( 'language' ),
				$this->languageOptions( $request->getValue( 'language' ) ) ) .
			$this->renderSelect( 'maxduration', $request->getValue( 'maxduration' ),
				$this->durationOptions( $request->getValue( 'maxduration' ) ) ) .
			$this->renderSelect( 'sort', $request->getValue( 'sort' ) ?: CatalogQuery::SORT_TITLE,
				$this->sortOptions(), false ) .
			$this->renderDraftsCheckbox( $request->showsDrafts() );

		return Html::rawElement(
			'form',
			[
				'class' => 'ext-trainings-catalog__search',
				'method' => 'get',
				'action' => $this->getConfig()->get( MainConfigNames::Script ),
				'role' => 'search',
			],
			Html::hidden( 'title', $this->getPageTitle()->getPrefixedText() ) .
				// Not a filter: kept as it came, for shared links that ask for longer pages.
				( $request->getValue( 'limit' ) === ''
					? ''
					: Html::hidden( 'limit', $request->getValue( 'limit' ) ) ) .
				$this->renderSearchInput( $request->getValue( 'search' ) ) .
				Html::rawElement(
					'fieldset',
					[ 'class' => 'ext-trainings-catalog__filters' ],
					Html::element( 'legend', [ 'class' => 'ext-trainings-catalog__filters-legend' ],
						$this->msg( 'trainings-catalog-filters' )->text() ) .
						$filters .
						Html::element(
							'button',
							[ 'class' => 'cdx-button ext-trainings-catalog__apply', 'type' => 'submit' ],
							$this->msg( 'trainings-catalog-apply' )->text()
						)
				)
		);
	}

	private function renderSearchInput( string $search ): string {
		$id = self::ID_PREFIX . 'search';
		$label = Html::rawElement(
			'div',
			[ 'class' => 'cdx-label cdx-label--visually-hidden' ],
			Html::rawElement(
				'label',
				[ 'class' => 'cdx-label__label', 'for' => $id ],
				Html::element( 'span', [ 'class' => 'cdx-label__label__text' ],
					$this->msg( 'trainings-catalog-search-label' )->text() )
			)
		);
		$textInput = Html::rawElement(
			'div',
			[ 'class' => 'cdx-text-input cdx-text-input--has-start-icon' ],
			Html::element( 'input', [
				'class' => 'cdx-text-input__input',
				'type' => 'search',
				'name' => 'search',
				'id' => $id,
				'value' => $search,
				'placeholder' => $this->msg( 'trainings-catalog-search-placeholder' )->text(),
				'autocomplete' => 'off',
			] ) .
			Html::element( 'span', [ 'class' => 'cdx-text-input__icon cdx-text-input__start-icon' ] )
		);
		return $label . Html::rawElement(
			'div',
			[ 'class' => 'cdx-search-input cdx-search-input--has-end-button' ],
			Html::rawElement( 'div', [ 'class' => 'cdx-search-input__input-wrapper' ], $textInput ) .
				Html::element(
					'button',
					[ 'class' => 'cdx-button cdx-search-input__end-button', 'type' => 'submit' ],
					$this->msg( 'trainings-catalog-search-button' )->text()
				)
		);
	}

	/**
	 * A labelled CSS-only Codex select.
	 *
	 * @param string $name Parameter name; the label is the message trainings-catalog-filter-<name>
	 * @param string $selected The value to select
	 * @param array<int|string,string> $options Label by value
	 * @param bool $withAny Whether to start with the "any" option (message
	 *  trainings-catalog-filter-<name>-any, value '')
	 */
	private function renderSelect( string $name, string $selected, array $options, bool $withAny = true ): string {
		$id = self::ID_PREFIX . $name;
		if ( $withAny ) {
			// Messages: trainings-catalog-filter-topic-any, trainings-catalog-filter-level-any,
			// trainings-catalog-filter-format-any, trainings-catalog-filter-language-any,
			// trainings-catalog-filter-maxduration-any
			$options = [ '' => $this->msg( "trainings-catalog-filter-$name-any" )->text() ] + $options;
		}
		$html = '';
		foreach ( $options as $value => $label ) {
			$html .= Html::element( 'option',
				[ 'value' => (string)$value, 'selected' => (string)$value === $selected ], $label );
		}
		return Html::rawElement(
			'div',
			[ 'class' => 'ext-trainings-catalog__filter ext-trainings-catalog__filter--' . $name ],
			Html::rawElement(
				'div',
				[ 'class' => 'cdx-label' ],
				Html::rawElement(
					'label',
					[ 'class' => 'cdx-label__label', 'for' => $id ],
					// Messages: trainings-catalog-filter-topic, trainings-catalog-filter-level,
					// trainings-catalog-filter-format, trainings-catalog-filter-language,
					// trainings-catalog-filter-maxduration, trainings-catalog-filter-sort
					Html::element( 'span', [ 'class' => 'cdx-label__label__text' ],
						$this->msg( "trainings-catalog-filter-$name" )->text() )
				)
			) .
				Html::rawElement( 'select', [ 'class' => 'cdx-select', 'id' => $id, 'name' => $name ], $html )
		);
	}

	private function renderDraftsCheckbox( bool $checked ): string {
		$id = self::ID_PREFIX . 'drafts';
		return Html::rawElement(
			'div',
			[ 'class' => 'cdx-checkbox ext-trainings-catalog__filter ext-trainings-catalog__filter--drafts' ],
			Html::rawElement(
				'div',
				[ 'class' => 'cdx-checkbox__wrapper' ],
				Html::element( 'input', [
					'class' => 'cdx-checkbox__input',
					'type' => 'checkbox',
					'id' => $id,
					'name' => 'drafts',
					'value' => '1',
					'checked' => $checked,
				] ) .
					Html::element( 'span', [ 'class' => 'cdx-checkbox__icon' ] ) .
					Html::rawElement(
						'div',
						[ 'class' => 'cdx-checkbox__label cdx-label' ],
						Html::rawElement(
							'label',
							[ 'class' => 'cdx-label__label', 'for' => $id ],
							Html::element( 'span', [ 'class' => 'cdx-label__label__text' ],
								$this->msg( 'trainings-catalog-filter-drafts' )->text() )
						)
					)
			)
		);
	}

	/** @return array<string,string> */
	private function topicOptions(): array {
		$options = [];
		foreach ( $this->getTopics() as $topic ) {
			// Messages: trainings-topic-* (one per configured topic, see $wgTrainingsTopics)
			$options[$topic] = $this->msg( 'trainings-topic-' . $topic )->text();
		}
		return $options;
	}

	/** @return array<string,string> */
	private function levelOptions(): array {
		$options = [];
		foreach ( CatalogQuery::LEVELS as $level ) {
			// Messages: trainings-meta-level-beginner, trainings-meta-level-intermediate,
			// trainings-meta-level-advanced
			$options[$level] = $this->msg( 'trainings-meta-level-' . $level )->text();
		}
		return $options;
	}

	/** @return array<string,string> */
	private function formatOptions(): array {
		$options = [];
		foreach ( CatalogQuery::FORMATS as $format ) {
			// Messages: trainings-catalog-format-quiz, trainings-catalog-format-video,
			// trainings-catalog-format-image
			$options[$format] = $this->msg( 'trainings-catalog-format-' . $format )->text();
		}
		return $options;
	}

	/**
	 * The languages that have modules, plus the one asked for (a valid code without modules).
	 *
	 * @return array<string,string>
	 */
	private function languageOptions( string $selected ): array {
		$codes = $this->catalog->listLanguages();
		if ( $selected !== '' && !in_array( $selected, $codes, true ) ) {
			$codes[] = $selected;
		}
		$options = [];
		foreach ( $codes as $code ) {
			$options[$code] = $this->getLanguageName( $code );
		}
		return $options;
	}

	/**
	 * The usual durations, plus the one asked for when it is another.
	 *
	 * @return array<int,string>
	 */
	private function durationOptions( string $selected ): array {
		$minutes = self::MAX_DURATIONS;
		if ( $selected !== '' && !in_array( (int)$selected, $minutes, true ) ) {
			$minutes[] = (int)$selected;
			sort( $minutes );
		}
		$options = [];
		foreach ( $minutes as $value ) {
			$options[$value] = $this->msg( 'trainings-catalog-filter-maxduration-value' )
				->numParams( $value )->text();
		}
		return $options;
	}

	/** @return array<string,string> */
	private function sortOptions(): array {
		$options = [];
		foreach ( CatalogQuery::SORTS as $sort ) {
			// Messages: trainings-catalog-sort-title, trainings-catalog-sort-duration,
			// trainings-catalog-sort-level, trainings-catalog-sort-reviewed
			$options[$sort] = $this->msg( 'trainings-catalog-sort-' . $sort )->text();
		}
		return $options;
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
	 * The courses, as ordered learning paths. Rendered when nothing is filtered on the first
	 * page; hidden (for the enhancement to show again) when a search or filter is set.
	 */
	private function renderCourses( CatalogRequest $request ): string {
		if ( $request->isContinued() ) {
			return '';
		}
		$courses = $this->catalog->find( $request->getCourseQuery() )->getEntries();
		if ( $courses === [] ) {
			return '';
		}
		$keys = [];
		foreach ( $courses as $course ) {
			$keys = array_merge( $keys, $course->getModuleKeys() );
		}
		// One lookup for the modules of every course shown.
		$modules = $this->catalog->findByKeys( array_values( array_unique( $keys ) ) );

		$items = '';
		foreach ( $courses as $i => $course ) {
			$items .= $this->getCardRenderer()->renderCourse(
				$course, $modules, self::ID_PREFIX . 'course-' . ( $i + 1 ) );
		}
		$headingId = self::ID_PREFIX . 'courses-heading';
		return Html::rawElement(
			'section',
			[
				'class' => 'ext-trainings-catalog__courses',
				'aria-labelledby' => $headingId,
				'hidden' => $request->isFiltering(),
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

		$results = Html::rawElement( 'ul', [ 'class' => 'ext-trainings-catalog__list' ],
			implode( '', array_map(
				fn ( CatalogEntry $entry ): string => $this->getCardRenderer()->renderModule( $entry ),
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
						'href' => $this->getPageTitle()->getLocalURL( $request->toUrlParameters( $continue ) ),
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
				Html::rawElement( 'div', [ 'class' => 'ext-trainings-catalog__results' ], $results )
		);
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

	// ---- Creating a module -----------------------------------------------------------------

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

	/**
	 * A GET form to index.php?title=Training:…&action=edit: the new page opens in the
	 * editor with the module skeleton (EditFormPreloadTextHandler).
	 */
	private function renderCreateForm(): string {
		$prefix = Title::makeTitle( NS_TRAINING, 'X' )->getNsText() . ':';
		$field = Html::rawElement(
			'div',
			[ 'class' => 'cdx-label' ],
			Html::rawElement(
				'label',
				[ 'class' => 'cdx-label__label', 'for' => self::CREATE_INPUT_ID ],
				Html::element( 'span', [ 'class' => 'cdx-label__label__text' ],
					$this->msg( 'trainings-create-label' )->text() )
			)
		) . Html::rawElement(
			'div',
			[ 'class' => 'cdx-text-input' ],
			Html::element( 'input', [
				'class' => 'cdx-text-input__input',
				'type' => 'text',
				'name' => 'title',
				'id' => self::CREATE_INPUT_ID,
				'value' => $prefix,
				'required' => true,
			] )
		);
		return Html::rawElement(
			'form',
			[
				'class' => 'ext-trainings-create',
				'method' => 'get',
				'action' => $this->getConfig()->get( MainConfigNames::Script ),
			],
			Html::rawElement(
				'fieldset',
				[],
				Html::element( 'legend', [], $this->msg( 'trainings-create-legend' )->text() ) .
					Html::hidden( 'action', 'edit' ) .
					$field .
					Html::element(
						'button',
						[
							'class' => 'cdx-button cdx-button--action-progressive cdx-button--weight-primary',
							'type' => 'submit',
						],
						$this->msg( 'trainings-create-button' )->text()
					)
			)
		);
	}

	/** @inheritDoc */
	protected function getGroupName(): string {
		return 'pages';
	}

}
