<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use JsonException;

/**
 * Builds a SourceSet from Meta-Wiki's training pages, however they were fetched (an XML dump
 * or the API): the index pages `<prefix>libraries` and `<prefix>modules` link the JSON pages
 * to load; slides are the pages `<prefix>slides/<id>-<slug>`, their translations `/xx`
 * subpages of them (decision record 0021).
 *
 * @license GPL-2.0-or-later
 */
class OnWikiSourceBuilder {

	public const DEFAULT_PREFIX = 'Training modules/dashboard/';

	public function __construct(
		private readonly OnWikiSlideParser $slideParser,
		private readonly string $sourceLanguage = 'en'
	) {
	}

	/**
	 * @param array<string,SourcePage> $pages By title
	 * @param string $origin
	 * @param ImportReport $report
	 * @param string $prefix
	 */
	public function build( array $pages, string $origin, ImportReport $report,
		string $prefix = self::DEFAULT_PREFIX ): SourceSet {
		$slides = $this->slides( $pages, $prefix, $report );
		$modules = [];
		foreach ( $this->indexed( $pages, $prefix . 'modules', $report ) as $title ) {
			$json = $this->json( $pages[$title], $report );
			if ( $json === null ) {
				continue;
			}
			$module = $this->module( $pages[$title], $json, $pages, $slides, $report );
			if ( $module ) {
				$modules[$module->slug] = $module;
			}
		}
		$libraries = [];
		foreach ( $this->indexed( $pages, $prefix . 'libraries', $report ) as $title ) {
			$json = $this->json( $pages[$title], $report );
			if ( $json !== null ) {
				$libraries[] = LibraryFields::fromArray( $json, $pages[$title]->title,
					(string)$pages[$title]->revision, $report );
			}
		}
		return new SourceSet( $origin, $libraries, $modules );
	}

	/**
	 * Titles the index page links, in order; a listed page missing from the source is reported.
	 *
	 * @param array<string,SourcePage> $pages
	 * @param string $index
	 * @param ImportReport $report
	 * @return list<string>
	 */
	private function indexed( array $pages, string $index, ImportReport $report ): array {
		if ( !isset( $pages[$index] ) ) {
			$report->problem( $index, null, 'the index page is missing from the source' );
			return [];
		}
		$titles = [];
		foreach ( explode( "\n", $pages[$index]->text ) as $number => $line ) {
			preg_match_all( '/\[\[:?([^|\]#]+)/', $line, $m );
			foreach ( $m[1] as $title ) {
				$title = trim( str_replace( '_', ' ', $title ) );
				if ( isset( $pages[$title] ) ) {
					$titles[] = $title;
				} else {
					$report->problem( $index, $number + 1, "links [[$title]], which is not in the source" );
				}
			}
		}
		return $titles;
	}

	/** @return array<mixed>|null */
	private function json( SourcePage $page, ImportReport $report ): ?array {
		try {
			$value = json_decode( $page->text, true, 32, JSON_THROW_ON_ERROR );
		} catch ( JsonException $e ) {
			$report->problem( $page->title, JsonErrorLine::find( $page->text ), 'the JSON does not parse: '
				. $e->getMessage() );
			return null;
		}
		if ( !is_array( $value ) ) {
			$report->problem( $page->title, 1, 'the JSON is not an object' );
			return null;
		}
		return $value;
	}

	/**
	 * @param array<string,SourcePage> $pages
	 * @param string $prefix
	 * @param ImportReport $report
	 * @return array<string,SourceSlide> By slug
	 */
	private function slides( array $pages, string $prefix, ImportReport $report ): array {
		$slides = [];
		$pattern = '!^' . preg_quote( $prefix . 'slides/', '!' ) . '(\d+)-([^/]+)$!';
		foreach ( $pages as $title => $page ) {
			if ( !preg_match( $pattern, (string)$title, $m ) ) {
				continue;
			}
			$translations = [];
			foreach ( $this->translationPages( $pages, (string)$title ) as $code => $translated ) {
				$translations[$code] = $this->slideParser->parse( $translated, $report );
			}
			$slides[$m[2]] = new SourceSlide(
				$m[2], (int)$m[1], (string)$title, (string)$page->revision,
				$this->slideParser->parse( $page, $report ), $translations
			);
		}
		return $slides;
	}

	/**
	 * @param array<string,SourcePage> $pages
	 * @param string $title
	 * @return array<string,SourcePage> The page's /xx subpages in the source, by language code
	 */
	private function translationPages( array $pages, string $title ): array {
		$found = [];
		foreach ( $pages as $other => $page ) {
			$code = substr( (string)$other, strlen( $title ) + 1 );
			if ( str_starts_with( (string)$other, "$title/" ) && LanguageCode::isValid( $code )
				&& $code !== $this->sourceLanguage
			) {
				$found[$code] = $page;
			}
		}
		ksort( $found );
		return $found;
	}

	/**
	 * @param SourcePage $page
	 * @param array<mixed> $json
	 * @param array<string,SourcePage> $pages
	 * @param array<string,SourceSlide> $slides
	 * @param ImportReport $report
	 */
	private function module( SourcePage $page, array $json, array $pages, array $slides,
		ImportReport $report ): ?SourceModule {
		$slug = is_string( $json['slug'] ?? null ) ? $json['slug'] : '';
		if ( $slug === '' || !is_array( $json['slides'] ?? null ) ) {
			$report->problem( $page->title, 1, 'a module needs a "slug" and a list of "slides"' );
			return null;
		}
		$listed = [];
		foreach ( $json['slides'] as $entry ) {
			$slideSlug = is_array( $entry ) && is_string( $entry['slug'] ?? null ) ? $entry['slug'] : '';
			$listed[$slideSlug] = $slides[$slideSlug] ?? null;
			if ( !isset( $slides[$slideSlug] ) ) {
				$report->problem( $page->title, $this->lineOf( $page->text, "\"$slideSlug\"" ),
					"the slide \"$slideSlug\" is listed but missing from the source" );
			}
		}
		$name = (string)( $json['name'] ?? $slug );
		$description = (string)( $json['description'] ?? '' );
		$translations = [];
		$wikiPage = is_string( $json['wiki_page'] ?? null ) ? $json['wiki_page'] : '';
		if ( isset( $pages[$wikiPage] ) ) {
			[ $name, $description ] = $this->nameAndDescription( $pages[$wikiPage] );
			foreach ( $this->translationPages( $pages, $wikiPage ) as $code => $translated ) {
				[ $n, $d ] = $this->nameAndDescription( $translated );
				$translations[$code] = [ 'name' => $n, 'description' => $d ];
			}
		}
		return new SourceModule(
			$slug, $name, $description, (string)( $json['estimated_ttc'] ?? '' ), $listed, $translations,
			$page->title, (string)$page->revision
		);
	}

	/** @return array{0:string,1:string} A module's wikitext page: its first line, then the rest */
	private function nameAndDescription( SourcePage $page ): array {
		$lines = array_values( array_filter(
			explode( "\n", ( new TranslateMarkupCleaner() )->clean( $page->text ) ),
			static fn ( string $line ) => trim( $line ) !== ''
		) );
		return [ trim( $lines[0] ?? '' ), trim( implode( "\n", array_slice( $lines, 1 ) ) ) ];
	}

	private function lineOf( string $text, string $needle ): ?int {
		$offset = strpos( $text, $needle );
		return $offset === false ? null : 1 + substr_count( $text, "\n", 0, $offset );
	}
}
