<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Catalog\ModuleSummary;
use MediaWiki\Html\Html;
use MediaWiki\MainConfigNames;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * Special:Trainings, the catalog of training modules.
 *
 * Rendered on the server and complete without JavaScript (the search is a GET
 * form); the ext.trainings.catalog module enhances the same markup, so the
 * class names and data attributes below are a contract with the front end.
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainings extends SpecialPage {

	private const SEARCH_INPUT_ID = 'ext-trainings-catalog-search';

	private const CREATE_INPUT_ID = 'ext-trainings-create-title';

	public function __construct(
		private readonly ModuleCatalog $moduleCatalog
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

		$search = trim( $this->getRequest()->getText( 'search' ) );
		$pageSize = (int)$this->getConfig()->get( 'TrainingsCatalogPageSize' );
		// One more than shown, to know whether the list was cut.
		$modules = $this->moduleCatalog->listModules( $search, $pageSize + 1 );
		$truncated = count( $modules ) > $pageSize;
		if ( $truncated ) {
			$modules = array_slice( $modules, 0, $pageSize );
		}

		$out->addHTML( Html::rawElement(
			'div',
			// data-truncated tells the enhancement that only the server can search everything.
			[ 'class' => 'ext-trainings-catalog', 'id' => 'ext-trainings-catalog', 'data-truncated' => $truncated ],
			$this->renderSearchForm( $search ) .
				$this->renderCount( count( $modules ), $truncated ) .
				$this->renderList( $modules ) .
				Html::element(
					'p',
					[ 'class' => 'ext-trainings-catalog__empty', 'hidden' => $modules !== [] ],
					// Nothing to search in yet is not the same as a search that found nothing.
					$this->msg( $search === '' && $modules === []
						? 'trainings-catalog-no-modules'
						: 'trainings-catalog-no-results' )->text()
				)
		) );

		if ( $this->canCreateModules() ) {
			$out->addHTML( $this->renderCreateForm() );
		}
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

	private function renderSearchForm( string $search ): string {
		$label = Html::rawElement(
			'div',
			[ 'class' => 'cdx-label cdx-label--visually-hidden' ],
			Html::rawElement(
				'label',
				[ 'class' => 'cdx-label__label', 'for' => self::SEARCH_INPUT_ID ],
				Html::element(
					'span',
					[ 'class' => 'cdx-label__label__text' ],
					$this->msg( 'trainings-catalog-search-label' )->text()
				)
			)
		);

		$textInput = Html::rawElement(
			'div',
			[ 'class' => 'cdx-text-input cdx-text-input--has-start-icon' ],
			Html::element( 'input', [
				'class' => 'cdx-text-input__input',
				'type' => 'search',
				'name' => 'search',
				'id' => self::SEARCH_INPUT_ID,
				'value' => $search,
				'placeholder' => $this->msg( 'trainings-catalog-search-placeholder' )->text(),
				'autocomplete' => 'off',
			] ) .
			Html::element( 'span', [ 'class' => 'cdx-text-input__icon cdx-text-input__start-icon' ] )
		);

		$searchInput = Html::rawElement(
			'div',
			[ 'class' => 'cdx-search-input cdx-search-input--has-end-button' ],
			Html::rawElement( 'div', [ 'class' => 'cdx-search-input__input-wrapper' ], $textInput ) .
				Html::element(
					'button',
					[ 'class' => 'cdx-button cdx-search-input__end-button', 'type' => 'submit' ],
					$this->msg( 'trainings-catalog-search-button' )->text()
				)
		);

		return Html::rawElement(
			'form',
			[
				'class' => 'ext-trainings-catalog__search',
				'method' => 'get',
				'action' => $this->getConfig()->get( MainConfigNames::Script ),
				'role' => 'search',
			],
			Html::hidden( 'title', $this->getPageTitle()->getPrefixedText() ) .
				$label .
				$searchInput
		);
	}

	private function renderCount( int $count, bool $truncated ): string {
		$text = $this->msg( 'trainings-catalog-result-count' )->numParams( $count )->text();
		if ( $truncated ) {
			$text .= $this->msg( 'word-separator' )->text() .
				$this->msg( 'trainings-catalog-truncated' )->numParams( $count )->text();
		}
		return Html::element(
			'p',
			[ 'class' => 'ext-trainings-catalog__count', 'aria-live' => 'polite' ],
			$text
		);
	}

	/**
	 * @param ModuleSummary[] $modules
	 */
	private function renderList( array $modules ): string {
		$items = '';
		foreach ( $modules as $module ) {
			$items .= $this->renderItem( $module );
		}
		return Html::rawElement( 'ul', [ 'class' => 'ext-trainings-catalog__list' ], $items );
	}

	private function renderItem( ModuleSummary $module ): string {
		$card = Html::rawElement(
			'a',
			[
				'class' => 'cdx-card cdx-card--is-link',
				'href' => Title::newFromPageIdentity( $module->getPage() )->getLocalURL(),
			],
			Html::rawElement(
				'span',
				[ 'class' => 'cdx-card__text' ],
				Html::element( 'span', [ 'class' => 'cdx-card__text__title' ], $module->getTitleText() ) .
					Html::element( 'span', [ 'class' => 'cdx-card__text__description' ], $module->getSummary() )
			)
		);
		return Html::rawElement(
			'li',
			[
				'class' => 'ext-trainings-catalog__item',
				'data-title' => $module->getTitleText(),
				'data-search-text' => $module->getSearchText(),
			],
			$card
		);
	}

	/** @inheritDoc */
	protected function getGroupName(): string {
		return 'pages';
	}

}
