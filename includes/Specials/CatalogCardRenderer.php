<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Translation\Completeness;
use MediaWiki\Extension\Trainings\Catalog\LocalizedText;
use MediaWiki\Extension\Trainings\Catalog\ReaderVersion;
use MediaWiki\Html\Html;
use MediaWiki\Title\Title;
use MessageLocalizer;

/**
 * The cards of Special:Trainings: a Codex card per module, and a course as an ordered list of
 * its modules. Facts are CSS-only Codex info chips (as spans: a div may not stand in the
 * card's text spans), status in words. The enhancement (resources/src/catalog/CatalogCard.vue
 * and cardChips.ts) renders the same markup from `list=trainings`.
 *
 * @license GPL-2.0-or-later
 */
class CatalogCardRenderer {

	/** How many language names a card lists before it says "and N more". */
	public const LANGUAGES_SHOWN = 3;

	/** @var (callable(list<string>,string):?string)|null */
	private $bestVersion;

	/**
	 * @param MessageLocalizer $localizer For the labels and numbers, in the user's language
	 * @param callable(string):string $languageName The name of a language code in the user's language
	 * @param (callable(list<string>,string):?string)|null $bestVersion Given a module's language
	 *  codes (source first) and its DB key, the code of the version the reader gets, null for the base page
	 *  (LanguageVersionResolver::bestOf()); links go to base pages without it
	 * @param array<string,string> $linkQuery Kept on every link (the reader's `uselang`)
	 * @param array<string,string> $topicLabels Topic key => label in the user's language
	 *  (Topics::labels()); cards name only the topics it has
	 */
	public function __construct(
		private readonly MessageLocalizer $localizer,
		private $languageName,
		?callable $bestVersion = null,
		private readonly array $linkQuery = [],
		private readonly array $topicLabels = []
	) {
		$this->bestVersion = $bestVersion;
	}

	/**
	 * One module: `li.ext-trainings-catalog__item` holding a link card.
	 *
	 * @param CatalogEntry $entry
	 * @param ReaderVersion|null $version The version the card links to, with its words
	 *  (ReaderVersionLookup); the source's words without it
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
		if ( $chips !== '' ) {
			$text .= Html::rawElement( 'span', [ 'class' => 'cdx-card__text__supporting-text' ],
				Html::rawElement( 'span', [ 'class' => 'ext-trainings-card__chips' ], $chips ) );
		}
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
		$duration = 0;
		foreach ( $course->getModuleKeys() as $key ) {
			$module = $modules[$key] ?? null;
			if ( $module === null ) {
				$items .= Html::rawElement( 'li', [ 'class' => 'ext-trainings-course__module', 'data-key' => $key ],
					Html::element( 'span', [ 'class' => 'ext-trainings-course__module-title' ],
						strtr( $key, '_', ' ' ) ) );
				continue;
			}
			$duration += $module->getDuration() ?? 0;
			$chips = [];
			foreach ( $this->moduleChips( $module ) as $chip ) {
				if ( $chip['kind'] === 'status' || $chip['kind'] === 'duration' ) {
					$chips[] = $chip;
				}
			}
			$matches = in_array( $key, $matching ?? [], true );
			$items .= Html::rawElement(
				'li',
				[
					'class' => [ 'ext-trainings-course__module', 'ext-trainings-course__module--match' => $matches ],
					'data-key' => $key,
				],
				Html::rawElement( 'a',
					[
						'class' => 'ext-trainings-course__module-title',
						'href' => $this->url( $module, $versions[$key] ?? null ),
					],
					$this->contentText( $module, ( $versions[$key] ?? null )?->title, $module->getDisplayTitle() ) ) .
					( $chips === [] ? '' : ' ' . $this->renderChips( $chips ) ) .
					( $matches ? ' ' . Html::element( 'span', [ 'class' => 'ext-trainings-course__match' ],
						$this->localizer->msg( 'trainings-catalog-course-module-matches' )->text() ) : '' )
			);
		}

		$facts = [];
		foreach ( $this->moduleChips( $course ) as $chip ) {
			if ( $chip['kind'] === 'status' || $chip['kind'] === 'level' ) {
				$facts[] = $chip;
			}
		}
		$count = count( $course->getModuleKeys() );
		$version = $versions[$course->getDBkey()] ?? null;
		$summary = $version === null ? $course->getSummary() : $version->summary->text;
		$facts[] = [
			'kind' => 'modules',
			'text' => $this->localizer->msg( 'trainings-catalog-course-modules' )->numParams( $count )->text(),
		];
		$total = $course->getDuration() ?? $duration;
		if ( $total > 0 ) {
			$facts[] = [ 'kind' => 'duration', 'text' => $this->durationText( $total ) ];
		}

		return Html::rawElement(
			'li',
			[ 'class' => 'ext-trainings-course', 'data-key' => $course->getDBkey(), 'hidden' => $matching === null ],
			Html::rawElement( 'h3', [ 'class' => 'ext-trainings-course__title', 'id' => $headingId ],
				Html::rawElement( 'a', [ 'href' => $this->url( $course, $version ) ],
					$this->contentText( $course, $version?->title, $course->getDisplayTitle() ) ) ) .
				( $summary === '' ? '' : Html::rawElement( 'p',
					[ 'class' => 'ext-trainings-course__summary' ],
					$this->contentText( $course, $version?->summary, $summary ) ) ) .
				Html::rawElement( 'p', [ 'class' => 'ext-trainings-course__facts' ], $this->renderChips( $facts ) ) .
				Html::rawElement( 'ol', [ 'class' => 'ext-trainings-course__modules', 'aria-labelledby' => $headingId ],
					$items )
		);
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
				array_map( $this->languageName, array_slice( $languages, 0, self::LANGUAGES_SHOWN ) )
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
		$name = ( $this->languageName )( $code );
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
			// A space after each chip, as the Vue template writes it: words apart for screen readers.
			$html .= Html::rawElement( 'span', [ 'class' => $classes ],
				Html::element( 'span', [ 'class' => 'cdx-info-chip--text' ], $chip['text'] ) ) . ' ';
		}
		return $html;
	}

	/**
	 * A module's own text (title, summary) in the interface: isolated in its language (the
	 * version's, or the source's for words the version has not translated), so that an
	 * English summary in an Arabic catalog keeps its full stop at its end while the card stays
	 * mirrored (resources/src/catalog/CatalogCard.vue does the same).
	 */
	private function contentText( CatalogEntry $entry, ?LocalizedText $localized, string $text ): string {
		if ( $localized !== null ) {
			return Html::element( 'bdi', [ 'lang' => $localized->bcp47, 'dir' => $localized->dir ], $localized->text );
		}
		$source = $entry->getLanguages()[0] ?? null;
		return Html::element( 'bdi', $source === null ? [] : [ 'lang' => $source ], $text );
	}

	/**
	 * The link of a card: the version whose words it shows, else the version the reader gets,
	 * from the languages the entry already knows (no query per module).
	 */
	private function url( CatalogEntry $entry, ?ReaderVersion $version = null ): string {
		$title = Title::newFromPageIdentity( $entry->getPage() );
		$code = $version !== null ? $version->code : ( $this->bestVersion === null ? null
			: ( $this->bestVersion )( $entry->getLanguages(), $entry->getDBkey() ) );
		return ( $code === null ? $title : ( $title->getSubpage( $code ) ?? $title ) )->getLocalURL( $this->linkQuery );
	}

}
