<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Catalog\CatalogParameters;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Html\Html;
use MessageLocalizer;

/**
 * The search and filter form of Special:Trainings: a plain GET form of CSS-only Codex fields,
 * so that the URL is the state and the page works without JavaScript. Its field names and
 * ids are read by the enhancement (resources/src/catalog/mountCatalog.ts).
 *
 * @license GPL-2.0-or-later
 */
class CatalogFilterForm {

	private const ID_PREFIX = 'ext-trainings-catalog-';

	/** The choices of the duration filter, in minutes. */
	public const MAX_DURATIONS = [ 15, 30, 60 ];

	/**
	 * @param MessageLocalizer $localizer For the labels, in the user's language
	 * @param string $action The form's action ($wgScript)
	 * @param string $pageName Special:Trainings, as the `title` parameter
	 * @param array<string,string> $topics Topic key => label, in display order (Topics::labels())
	 * @param list<string> $languages The language codes that have modules
	 * @param callable(string):string $languageName The name of a language code in the user's language
	 */
	public function __construct(
		private readonly MessageLocalizer $localizer,
		private readonly string $action,
		private readonly string $pageName,
		private readonly array $topics,
		private readonly array $languages,
		private $languageName
	) {
	}

	public function render( CatalogRequest $request ): string {
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
				'action' => $this->action,
				'role' => 'search',
			],
			Html::hidden( 'title', $this->pageName ) .
				// Not a filter: kept as it came, for shared links that ask for longer pages.
				( $request->getValue( 'limit' ) === ''
					? ''
					: Html::hidden( 'limit', $request->getValue( 'limit' ) ) ) .
				$this->renderSearchInput( $request->getValue( 'search' ) ) .
				Html::rawElement(
					'fieldset',
					[ 'class' => 'ext-trainings-catalog__filters' ],
					Html::element( 'legend', [ 'class' => 'ext-trainings-catalog__filters-legend' ],
						$this->text( 'trainings-catalog-filters' ) ) .
						$filters .
						Html::element(
							'button',
							[ 'class' => 'cdx-button ext-trainings-catalog__apply', 'type' => 'submit' ],
							$this->text( 'trainings-catalog-apply' )
						)
				)
		);
	}

	/**
	 * A message as plain text.
	 */
	private function text( string $key ): string {
		return $this->localizer->msg( $key )->text();
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
					$this->text( 'trainings-catalog-search-label' ) )
			)
		);
		$textInput = Html::rawElement(
			'div',
			[ 'class' => 'cdx-text-input' ],
			Html::element( 'input', [
				'class' => 'cdx-text-input__input',
				'type' => 'search',
				'name' => 'search',
				'id' => $id,
				'value' => $search,
				'maxlength' => CatalogParameters::declared()->get( 'search' )->maxChars,
				'placeholder' => $this->text( 'trainings-catalog-search-placeholder' ),
				'autocomplete' => 'off',
			] )
		);
		// A text input and a button, both of core's Codex form styles: module pages load the
		// same style module, and Codex's search input would bring them its CSS too.
		return $label . Html::rawElement(
			'div',
			[ 'class' => 'ext-trainings-catalog__search-box' ],
			$textInput . Html::element(
				'button',
				[ 'class' => 'cdx-button', 'type' => 'submit' ],
				$this->text( 'trainings-catalog-search-button' )
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
			$options = [ '' => $this->text( "trainings-catalog-filter-$name-any" ) ] + $options;
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
						$this->text( "trainings-catalog-filter-$name" ) )
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
								$this->text( 'trainings-catalog-filter-drafts' ) )
						)
					)
			)
		);
	}

	/** @return array<string,string> */
	private function topicOptions(): array {
		return $this->topics;
	}

	/** @return array<string,string> */
	private function levelOptions(): array {
		$options = [];
		foreach ( CatalogParameters::declared()->values( 'level' ) as $level ) {
			// Messages: trainings-meta-level-beginner, trainings-meta-level-intermediate,
			// trainings-meta-level-advanced
			$options[$level] = $this->text( 'trainings-meta-level-' . $level );
		}
		return $options;
	}

	/** @return array<string,string> */
	private function formatOptions(): array {
		$options = [];
		foreach ( CatalogParameters::declared()->values( 'format' ) as $format ) {
			// Messages: trainings-catalog-format-quiz, trainings-catalog-format-video,
			// trainings-catalog-format-image
			$options[$format] = $this->text( 'trainings-catalog-format-' . $format );
		}
		return $options;
	}

	/**
	 * The languages that have modules, plus the one asked for (a valid code without modules).
	 *
	 * @return array<string,string>
	 */
	private function languageOptions( string $selected ): array {
		$codes = $this->languages;
		if ( $selected !== '' && !in_array( $selected, $codes, true ) ) {
			$codes[] = $selected;
		}
		$options = [];
		foreach ( $codes as $code ) {
			$options[$code] = ( $this->languageName )( $code );
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
			$options[$value] = $this->localizer->msg( 'trainings-catalog-filter-maxduration-value' )
				->numParams( $value )->text();
		}
		return $options;
	}

	/** @return array<string,string> */
	private function sortOptions(): array {
		$options = [];
		foreach ( CatalogParameters::declared()->values( 'sort' ) as $sort ) {
			// Messages: trainings-catalog-sort-title, trainings-catalog-sort-duration,
			// trainings-catalog-sort-level, trainings-catalog-sort-reviewed
			$options[$sort] = $this->text( 'trainings-catalog-sort-' . $sort );
		}
		return $options;
	}

}
