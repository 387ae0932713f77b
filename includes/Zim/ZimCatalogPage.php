<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use MediaWiki\Html\Html;
use Wikimedia\Message\ITextFormatter;
use Wikimedia\Message\MessageValue;

/**
 * The main page of a ZIM file: the catalog, grouped as Special:Trainings shows it (courses
 * with their modules in order, then the modules), the modules under their topics
 * (the topics' order, design record 0020; a module with several topics is under each, one without any
 * under "Other topics"). Plain HTML, relative links: no script needed to browse it.
 *
 * @license GPL-2.0-or-later
 */
class ZimCatalogPage {

	/** Styles of the catalog page and of the link back to it, added to the offline styles. */
	public const STYLES = '.trainings-zim-nav{margin:0 0 1em;padding:0;border:0}' .
		'.trainings-zim-list,.trainings-zim-courses{list-style:none;padding:0}' .
		'.trainings-zim-list>li,.trainings-zim-courses>li{border:1px solid #c8ccd1;border-radius:2px;' .
		'padding:.5em 1em;margin-block-end:.75em}' .
		'.trainings-zim-facts,.trainings-zim-summary{color:#54595d;margin:.25em 0}' .
		'.trainings-zim-list a,.trainings-zim-courses h3 a{font-weight:bold}';

	/**
	 * @param ITextFormatter $formatter Messages in the file's language
	 * @param array<string,string> $topics Topic key => label in the file's language, in display
	 *  order (Topics::labels())
	 */
	public function __construct(
		private readonly ITextFormatter $formatter,
		private readonly array $topics
	) {
	}

	/**
	 * @param ZimSelection $selection
	 * @param array<string,ZimPage> $pages The written pages by DB key
	 * @param string $dir Direction of the file's language
	 * @param string $siteName The wiki's name
	 * @return string The whole HTML document
	 */
	public function render( ZimSelection $selection, array $pages, string $dir, string $siteName ): string {
		$title = $this->text( 'trainings-zim-title' );
		$body = Html::rawElement( 'header', [],
			Html::element( 'h1', [], $title ) .
			Html::element( 'p', [], $this->text( 'trainings-zim-intro', $siteName ) )
		);
		$courses = array_values( array_filter(
			$selection->courses, static fn ( ZimEntry $entry ) => isset( $pages[$entry->entry->getDBkey()] )
		) );
		if ( $courses !== [] ) {
			$items = '';
			foreach ( $courses as $course ) {
				$items .= $this->course( $course, $selection, $pages );
			}
			$body .= $this->section( 'courses', $this->text( 'trainings-catalog-courses-heading' ), 'h2',
				Html::rawElement( 'ul', [ 'class' => 'trainings-zim-courses' ], $items ) );
		}
		$body .= $this->section( 'modules', $this->text( 'trainings-catalog-modules-heading' ), 'h2',
			$this->modulesByTopic( $selection, $pages ) );

		return "<!DOCTYPE html>\n" .
			Html::openElement( 'html', [ 'lang' => $selection->language, 'dir' => $dir ] ) .
			'<head><meta charset="utf-8">' .
			Html::element( 'meta', [ 'http-equiv' => 'Content-Security-Policy', 'content' => ZimLayout::CSP ] ) .
			'<meta name="viewport" content="width=device-width, initial-scale=1">' .
			Html::element( 'title', [], $title ) .
			Html::element( 'link', [ 'rel' => 'stylesheet', 'href' => ZimLayout::STYLES ] ) .
			'</head><body>' .
			Html::rawElement( 'main', [ 'class' => 'trainings-zim-catalog' ], $body ) .
			"</body></html>\n";
	}

	/**
	 * @param ZimEntry $course
	 * @param ZimSelection $selection
	 * @param array<string,ZimPage> $pages
	 */
	private function course( ZimEntry $course, ZimSelection $selection, array $pages ): string {
		$page = $pages[$course->entry->getDBkey()];
		$modules = '';
		foreach ( $course->entry->getModuleKeys() as $key ) {
			$module = $selection->get( $key );
			$modulePage = $pages[$key] ?? null;
			// A title in another language is marked on the link: the list keeps its direction.
			$modules .= $module && $modulePage
				? Html::rawElement( 'li', [],
					Html::element( 'a',
						[ 'href' => $module->fileName ] + $this->languageAttributes( $module, $selection ),
						$modulePage->title ) )
				: Html::element( 'li', [], strtr( $key, '_', ' ' ) );
		}
		return Html::rawElement( 'li', $this->languageAttributes( $course, $selection ),
			Html::rawElement( 'h3', [], Html::element( 'a', [ 'href' => $course->fileName ], $page->title ) ) .
			$this->summary( $page ) .
			Html::rawElement( 'ol', [], $modules )
		);
	}

	/**
	 * @param ZimSelection $selection
	 * @param array<string,ZimPage> $pages
	 */
	private function modulesByTopic( ZimSelection $selection, array $pages ): string {
		$groups = [];
		foreach ( $selection->modules as $module ) {
			if ( !isset( $pages[$module->entry->getDBkey()] ) ) {
				continue;
			}
			$topics = array_intersect( $module->entry->getTopics(), array_keys( $this->topics ) );
			foreach ( $topics === [] ? [ '' ] : $topics as $topic ) {
				$groups[$topic][] = $module;
			}
		}
		$html = '';
		foreach ( array_merge( array_keys( $this->topics ), [ '' ] ) as $topic ) {
			if ( !isset( $groups[$topic] ) ) {
				continue;
			}
			$items = '';
			foreach ( $groups[$topic] as $module ) {
				$items .= $this->module( $module, $selection, $pages[$module->entry->getDBkey()] );
			}
			// Messages: trainings-zim-topic-other
			$heading = $topic === '' ? $this->text( 'trainings-zim-topic-other' ) : $this->topics[$topic];
			$html .= $this->section( 'topic-' . ( $topic === '' ? 'other' : $topic ), $heading, 'h3',
				Html::rawElement( 'ul', [ 'class' => 'trainings-zim-list' ], $items ) );
		}
		return $html;
	}

	private function module( ZimEntry $module, ZimSelection $selection, ZimPage $page ): string {
		$facts = [];
		$level = $module->entry->getLevel();
		if ( $level !== null ) {
			// Messages: trainings-meta-level-beginner, -intermediate, -advanced
			$facts[] = $this->text( 'trainings-meta-level-' . $level );
		}
		$duration = $module->entry->getDuration();
		if ( $duration !== null ) {
			$facts[] = $this->formatter->format(
				MessageValue::new( 'trainings-catalog-card-duration' )->numParams( $duration )
			);
		}
		return Html::rawElement( 'li', $this->languageAttributes( $module, $selection ),
			Html::element( 'a', [ 'href' => $module->fileName ], $page->title ) .
			( $facts === [] ? '' :
				Html::element( 'p', [ 'class' => 'trainings-zim-facts' ], implode( ' · ', $facts ) ) ) .
			$this->summary( $page )
		);
	}

	private function summary( ZimPage $page ): string {
		return $page->summary === '' ? '' :
			Html::element( 'p', [ 'class' => 'trainings-zim-summary' ], $page->summary );
	}

	/**
	 * An entry whose version is in another language (a fallback) says so to the browser.
	 *
	 * @return array<string,string>
	 */
	private function languageAttributes( ZimEntry $entry, ZimSelection $selection ): array {
		return $entry->version->code === $selection->language ? [] :
			[ 'lang' => $entry->version->code, 'dir' => 'auto' ];
	}

	private function section( string $id, string $heading, string $level, string $content ): string {
		$headingId = 'trainings-zim-' . $id;
		return Html::rawElement( 'section', [ 'aria-labelledby' => $headingId ],
			Html::element( $level, [ 'id' => $headingId ], $heading ) . $content );
	}

	private function text( string $key, string ...$params ): string {
		return $this->formatter->format( MessageValue::new( $key )->plaintextParams( ...$params ) );
	}
}
