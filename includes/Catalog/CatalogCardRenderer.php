<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Translation\Completeness;
use MediaWiki\Html\Html;
use MediaWiki\Title\Title;
use MessageLocalizer;

/**
 * The catalog's cards, the one owner of their markup (design record 0024): a Codex card per
 * module, and a course as an ordered list of its modules. Facts are CSS-only Codex info chips
 * (as spans: a div may not stand in the card's text spans), status in words. Special:Trainings
 * renders its page with it, and `list=trainings&trprop=card` gives the enhancement the same
 * cards. A module card always has its chips' span: the browser puts the learner's progress
 * there (resources/src/catalog/catalogProgress.ts), and an empty one is not shown.
 *
 * @license GPL-2.0-or-later
 */
class CatalogCardRenderer {

	/** How many language names a card lists before it says "and N more". */
	public const LANGUAGES_SHOWN = 3;

	/**
	 * @param MessageLocalizer $localizer For the labels and numbers, in the user's language
	 * @param LanguageNames $languageNames Language names in the user's language
	 * @param array<string,string> $linkQuery Kept on every link (the reader's `uselang`)
	 * @param array<string,string> $topicLabels Topic key => label in the user's language
	 *  (Topics::labels()); cards name only the topics it has
	 */
	public function __construct(
		private readonly MessageLocalizer $localizer,
		private readonly LanguageNames $languageNames,
		private readonly array $linkQuery = [],
		private readonly array $topicLabels = []
	) {
	}

	/**
	 * @param IContextSource $context The request: the user's language, its `uselang`
	 * @param LanguageNames $languageNames
	 * @param array<string,string> $topicLabels
	 * @return self Cards for that reader, their links keeping the reader's `uselang`
	 */
	public static function forContext(
		IContextSource $context, LanguageNames $languageNames, array $topicLabels
	): self {
		return new self( $context, $languageNames, self::readerQuery( $context ), $topicLabels );
	}

	/**
	 * @param IContextSource $context
	 * @return array<string,string> The query that keeps the reader's `uselang` on the links,
	 *  as the language it gave (validated and normalised by MediaWiki); empty without one
	 */
	public static function readerQuery( IContextSource $context ): array {
		$uselang = $context->getRequest()->getRawVal( 'uselang' );
		return $uselang !== null && $uselang !== '' ? [ 'uselang' => $context->getLanguage()->getCode() ] : [];
	}

	/**
	 * One module: `li.ext-trainings-catalog__item` holding a link card.
	 *
	 * @param CatalogEntry $entry
	 * @param ReaderVersion|null $version The version the card links to, with its words
	 *  (ReaderVersionLookup); the source's words and the base page without it
	 */
	public function renderModule( CatalogEntry $entry, ?ReaderVersion $version = null ): string {
		$text = Html::rawElement( 'span', [ 'class' => 'cdx-card__text__title' ],
			$this->contentText( $entry, $version?->title, $entry->getDisplayTitle() ) );
		$summary = $version === null ? $entry->getSummary() : $version->summary->text;
		if ( $summary !== '' ) {
			$text .= Html::rawElement( 'span', [ 'class' => 'cdx-card__text__description' ],
				$this->contentText( $entry, $version?->summary, $summary ) );
		}
		$completeness = $version?->completeness;
		$chips = $this->renderChips( array_merge(
			$this->moduleChips( $entry ),
			$completeness === null || $version->code === null ? []
				: $this->translationChips( $version->code, $completeness )
		) );
		// Always there: the slot of the learner's progress.
		$text .= Html::rawElement( 'span', [ 'class' => 'cdx-card__text__supporting-text' ],
			Html::rawElement( 'span', [ 'class' => 'ext-trainings-card__chips' ], $chips ) );
		return Html::rawElement(
			'li',
			[ 'class' => 'ext-trainings-catalog__item', 'data-key' => $entry->getDBkey() ],
			Html::rawElement(
				'a',
				[ 'class' => 'cdx-card cdx-card--is-link', 'href' => $this->url( $entry, $version ) ],
				Html::rawElement( 'span', [ 'class' => 'cdx-card__text' ], $text )
			)
		);
	}

	/**
	 * One course: its title (a link), summary and facts, then its modules as a numbered list
	 * of links in the course's order.
	 *
	 * @param CatalogEntry $course
	 * @param array<string,CatalogEntry> $modules Modules by DB key (missing ones are shown as
	 *  plain text)
	 * @param string $headingId For the list's label
	 * @param list<string>|null $matching Its modules that match the search or filters (marked);
	 *  null when the course does not match: rendered hidden (design record 0023)
	 * @param array<string,ReaderVersion> $versions The versions the reader gets, by DB key
	 *  (ReaderVersionLookup), of the course and its modules
	 */
	public function renderCourse(
		CatalogEntry $course, array $modules, string $headingId, ?array $matching = [], array $versions = []
	): string {
		$items = '';
		foreach ( $course->getModuleKeys() as $key ) {
			$items .= $this->courseModule( $key, $modules[$key] ?? null, $versions[$key] ?? null,
				in_array( $key, $matching ?? [], true ) );
		}
		$version = $versions[$course->getDBkey()] ?? null;
		$summary = $version === null ? $course->getSummary() : $version->summary->text;
		return Html::rawElement(
			'li',
			[ 'class' => 'ext-trainings-course', 'data-key' => $course->getDBkey(), 'hidden' => $matching === null ],
			Html::rawElement( 'h3', [ 'class' => 'ext-trainings-course__title', 'id' => $headingId ],
				Html::rawElement( 'a', [ 'href' => $this->url( $course, $version ) ],
					$this->contentText( $course, $version?->title, $course->getDisplayTitle() ) ) ) .
				( $summary === '' ? '' : Html::rawElement( 'p',
					[ 'class' => 'ext-trainings-course__summary' ],
					$this->contentText( $course, $version?->summary, $summary ) ) ) .
				Html::rawElement( 'p', [ 'class' => 'ext-trainings-course__facts' ],
					$this->renderChips( $this->courseFacts( $course, $modules ) ) ) .
				Html::rawElement( 'ol', [ 'class' => 'ext-trainings-course__modules', 'aria-labelledby' => $headingId ],
					$items )
		);
	}

	/**
	 * One module of a course: a link with its status and duration, marked when it matches;
	 * plain text when the module does not exist.
	 */
	private function courseModule(
		string $key, ?CatalogEntry $module, ?ReaderVersion $version, bool $matches
	): string {
		if ( $module === null ) {
			return Html::rawElement( 'li', [ 'class' => 'ext-trainings-course__module', 'data-key' => $key ],
				Html::element( 'span', [ 'class' => 'ext-trainings-course__module-title' ], strtr( $key, '_', ' ' ) ) );
		}
		$chips = array_values( array_filter( $this->moduleChips( $module ),
			static fn ( array $chip ) => $chip['kind'] === 'status' || $chip['kind'] === 'duration' ) );
		return Html::rawElement(
			'li',
			[
				'class' => [ 'ext-trainings-course__module', 'ext-trainings-course__module--match' => $matches ],
				'data-key' => $key,
			],
			Html::rawElement( 'a',
				[ 'class' => 'ext-trainings-course__module-title', 'href' => $this->url( $module, $version ) ],
				$this->contentText( $module, $version?->title, $module->getDisplayTitle() ) ) .
				( $chips === [] ? '' : ' ' . $this->renderChips( $chips ) ) .
				( $matches ? ' ' . Html::element( 'span', [ 'class' => 'ext-trainings-course__match' ],
					$this->localizer->msg( 'trainings-catalog-course-module-matches' )->text() ) : '' )
		);
	}

	/**
	 * The facts of a course: status, level, how many modules, and its duration (its own, else
	 * the sum of its modules').
	 *
	 * @param CatalogEntry $course
	 * @param array<string,CatalogEntry> $modules By DB key
	 * @return list<array{kind:string,value?:string,text:string}>
	 */
	private function courseFacts( CatalogEntry $course, array $modules ): array {
		$facts = array_values( array_filter( $this->moduleChips( $course ),
			static fn ( array $chip ) => $chip['kind'] === 'status' || $chip['kind'] === 'level' ) );
		$facts[] = [
			'kind' => 'modules',
			'text' => $this->localizer->msg( 'trainings-catalog-course-modules' )
				->numParams( count( $course->getModuleKeys() ) )->text(),
		];
		$duration = 0;
		foreach ( $course->getModuleKeys() as $key ) {
			$duration += ( $modules[$key] ?? null )?->getDuration() ?? 0;
		}
		$total = $course->getDuration() ?? $duration;
		if ( $total > 0 ) {
			$facts[] = [ 'kind' => 'duration', 'text' => $this->durationText( $total ) ];
		}
		return $facts;
	}

	/**
	 * The facts of a module, in display order: status (outdated and draft only), level,
	 * duration, formats, topics, languages.
	 *
	 * @return list<array{kind:string,value?:string,text:string}>
	 */
	public function moduleChips( CatalogEntry $entry ): array {
		$chips = [];
		$status = $entry->getStatus();
		if ( $status === 'outdated' || $status === 'draft' ) {
			// Messages: trainings-meta-status-outdated, trainings-meta-status-draft
			$chips[] = [ 'kind' => 'status', 'value' => $status,
				'text' => $this->localizer->msg( 'trainings-meta-status-' . $status )->text() ];
		}
		$level = $entry->getLevel();
		if ( $level !== null ) {
			// Messages: trainings-meta-level-beginner, trainings-meta-level-intermediate,
			// trainings-meta-level-advanced
			$chips[] = [ 'kind' => 'level',
				'text' => $this->localizer->msg( 'trainings-meta-level-' . $level )->text() ];
		}
		$duration = $entry->getDuration();
		if ( $duration !== null ) {
			$chips[] = [ 'kind' => 'duration', 'text' => $this->durationText( $duration ) ];
		}
		foreach ( $entry->getFormats() as $format ) {
			// Messages: trainings-catalog-format-quiz, trainings-catalog-format-video,
			// trainings-catalog-format-image
			$chips[] = [ 'kind' => 'format', 'value' => $format,
				'text' => $this->localizer->msg( 'trainings-catalog-format-' . $format )->text() ];
		}
		$topics = array_values( array_intersect_key( $this->topicLabels, array_flip( $entry->getTopics() ) ) );
		if ( $topics !== [] ) {
			$chips[] = [ 'kind' => 'topics',
				'text' => implode( $this->localizer->msg( 'comma-separator' )->text(), $topics ) ];
		}
		$languages = $entry->getLanguages();
		if ( $languages !== [] ) {
			$names = implode(
				$this->localizer->msg( 'comma-separator' )->text(),
				array_map( [ $this->languageNames, 'name' ], array_slice( $languages, 0, self::LANGUAGES_SHOWN ) )
			);
			$more = count( $languages ) - self::LANGUAGES_SHOWN;
			$chips[] = [ 'kind' => 'languages', 'text' => $more > 0
				? $this->localizer->msg( 'trainings-catalog-card-languages-more' )
					->plaintextParams( $names )->numParams( $more )->text()
				: $names ];
		}
		return $chips;
	}

	/**
	 * A translation the reader gets that is partial or outdated says so (Translate's figures);
	 * a complete one needs no chip.
	 *
	 * @return list<array{kind:string,value?:string,text:string}>
	 */
	public function translationChips( string $code, Completeness $completeness ): array {
		$name = $this->languageNames->name( $code );
		if ( $completeness->outdated > 0 ) {
			return [ [ 'kind' => 'translation', 'value' => 'outdated',
				'text' => $this->localizer->msg( 'trainings-catalog-card-translation-outdated' )
					->plaintextParams( $name )
					->numParams( $completeness->percent(), $completeness->outdated )->text() ] ];
		}
		if ( $completeness->ratio < 1.0 ) {
			return [ [ 'kind' => 'translation', 'value' => 'partial',
				'text' => $this->localizer->msg( 'trainings-catalog-card-translation-partial' )
					->plaintextParams( $name )->numParams( $completeness->percent() )->text() ] ];
		}
		return [];
	}

	private function durationText( int $minutes ): string {
		return $this->localizer->msg( 'trainings-catalog-card-duration' )->numParams( $minutes )->text();
	}

	/**
	 * @param list<array{kind:string,value?:string,text:string}> $chips
	 */
	private function renderChips( array $chips ): string {
		$html = '';
		foreach ( $chips as $chip ) {
			$classes = [ 'cdx-info-chip', 'ext-trainings-card__chip', 'ext-trainings-card__chip--' . $chip['kind'] ];
			if ( isset( $chip['value'] ) ) {
				$classes[] = 'ext-trainings-card__chip--' . $chip['value'];
			}
			// A space after each chip: words apart for screen readers (and none in an empty slot).
			$html .= Html::rawElement( 'span', [ 'class' => $classes ],
				Html::element( 'span', [ 'class' => 'cdx-info-chip--text' ], $chip['text'] ) ) . ' ';
		}
		return $html;
	}

	/**
	 * A module's own text (title, summary) in the interface: isolated in its language (the
	 * version's, or the source's for words the version has not translated), so that an
	 * English summary in an Arabic catalog keeps its full stop at its end while the card stays
	 * mirrored.
	 */
	private function contentText( CatalogEntry $entry, ?LocalizedText $localized, string $text ): string {
		if ( $localized !== null ) {
			return Html::element( 'bdi', [ 'lang' => $localized->bcp47, 'dir' => $localized->dir ], $localized->text );
		}
		$source = $entry->getLanguages()[0] ?? null;
		return Html::element( 'bdi', $source === null ? [] : [ 'lang' => $source ], $text );
	}

	/**
	 * The link of a card: the version whose words it shows (ReaderVersionLookup chose it), else
	 * the base page.
	 */
	private function url( CatalogEntry $entry, ?ReaderVersion $version ): string {
		$title = Title::newFromPageIdentity( $entry->getPage() );
		$code = $version?->code;
		return ( $code === null ? $title : ( $title->getSubpage( $code ) ?? $title ) )->getLocalURL( $this->linkQuery );
	}

}
