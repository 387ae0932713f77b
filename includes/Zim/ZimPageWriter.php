<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use DOMDocument;
use DOMElement;
use DOMXPath;
use MediaWiki\Title\Title;
use Wikimedia\Parsoid\Utils\DOMUtils;
use Wikimedia\Parsoid\Wt2Html\XMLSerializer;

/**
 * Turns the single-file export of a module or course (TrainingExporter, the same HTML and
 * offline player) into a page of a ZIM file:
 * - its embedded images become files shared by every page (ZimImageFolder), the inline
 *   player script and styles one shared file each (ZimLayout::SCRIPT and STYLES), so the
 *   library does not carry them once per module;
 * - links to modules and courses in the file become relative links to their pages, a
 *   course's list points to the modules' pages instead of copies inside the course, and each
 *   page links back to the catalog page;
 * - its Content-Security-Policy allows the ZIM's own origin (its files, and what a reader
 *   such as kiwix-serve adds: its toolbar and search) and nothing else.
 * It also reads what is broken in the page, for the build log.
 *
 * @license GPL-2.0-or-later
 */
class ZimPageWriter {

	public const SERVICE_NAME = 'Trainings.ZimPageWriter';

	/** Longest quote of an inline error in the build log, in characters. */
	private const QUOTE_LENGTH = 100;

	/**
	 * @param string $html An export of TrainingExporter
	 * @param ZimEntry $entry The page's entry
	 * @param ZimSelection $selection What the file holds
	 * @param array<string,string> $links File names in the ZIM by the wiki URLs (canonical,
	 *  without fragment) of the pages they hold
	 * @param ZimImageFolder $images
	 * @param string $catalogText Text of the link to the catalog page
	 * @return ZimPage
	 */
	public function write(
		string $html, ZimEntry $entry, ZimSelection $selection, array $links, ZimImageFolder $images,
		string $catalogText
	): ZimPage {
		$doc = DOMUtils::parseHTML( $html );
		$xpath = new DOMXPath( $doc );
		if ( $entry->isCourse() ) {
			$this->linkCourseModules( $xpath, $selection );
		}
		// After the course's copies of its modules are gone: each module's problems are its own.
		$problems = $this->problems( $xpath );
		foreach ( $this->all( $xpath, '//img[starts-with(@src, "data:")]' ) as $img ) {
			$path = $images->store( $img->getAttribute( 'src' ) );
			if ( $path !== null ) {
				$img->setAttribute( 'src', $path );
			}
		}
		foreach ( $this->all( $xpath, '//a[@href]' ) as $link ) {
			if ( $this->all( $xpath, 'ancestor::*[contains(@class, "trainings-offline-source")]', $link ) !== [] ) {
				// "Offline copy of Training:X": the way back to the wiki stays.
				continue;
			}
			[ $url, $fragment ] = array_pad( explode( '#', $link->getAttribute( 'href' ), 2 ), 2, null );
			if ( isset( $links[$url] ) ) {
				$link->setAttribute( 'href', $links[$url] . ( $fragment !== null ? '#' . $fragment : '' ) );
			}
		}
		$this->useSharedAssets( $doc, $xpath );
		$this->addCatalogLink( $doc, $catalogText );

		$title = $doc->getElementsByTagName( 'title' )->item( 0 );
		$summary = $this->all( $xpath, self::byClass( '*', 'trainings-meta-summary' ) );
		return new ZimPage(
			"<!DOCTYPE html>\n" . XMLSerializer::serialize( $doc, [ 'addDoctype' => false ] )['html'] . "\n",
			$title ? trim( $title->textContent ) : $entry->entry->getDisplayTitle(),
			$summary ? trim( $summary[0]->textContent ) : '',
			$problems
		);
	}

	/**
	 * @return list<string> Inline errors, missing files, media that could not be embedded
	 */
	private function problems( DOMXPath $xpath ): array {
		$problems = [];
		foreach ( $this->all( $xpath, self::byClass( '*', 'trainings-error' ) ) as $error ) {
			$text = trim( (string)preg_replace( '/\s+/u', ' ', $error->textContent ) );
			$problems[] = 'inline error: ' . mb_strimwidth( $text, 0, self::QUOTE_LENGTH, '…' );
		}
		foreach ( $this->all( $xpath, self::byClass( 'a', 'new' ) ) as $link ) {
			if ( str_contains( $link->getAttribute( 'href' ), 'wpDestFile=' ) ) {
				$problems[] = 'missing file: ' . ( $link->getAttribute( 'title' ) ?: $link->textContent );
			}
		}
		foreach ( $this->all( $xpath, self::byClass( '*', 'trainings-offline-media' ) ) as $media ) {
			$problems[] = 'media left out (linked to the wiki): ' . trim( $media->textContent );
		}
		return $problems;
	}

	/**
	 * A course's list of modules links to the modules' own pages in the file (or to the wiki
	 * for a module the file does not hold), and the copies of the modules are dropped.
	 *
	 * @param DOMXPath $xpath
	 * @param ZimSelection $selection
	 */
	private function linkCourseModules( DOMXPath $xpath, ZimSelection $selection ): void {
		foreach ( $this->all( $xpath, self::byClass( 'article', 'trainings-offline-module' ) ) as $copy ) {
			$copy->parentNode?->removeChild( $copy );
		}
		foreach ( $this->all( $xpath, self::byClass( 'ol', 'trainings-course' ) . '/li' ) as $li ) {
			$module = $selection->get( $li->getAttribute( 'data-trainings-module' ) );
			foreach ( $li->getElementsByTagName( 'a' ) as $link ) {
				if ( $module ) {
					$link->setAttribute( 'href', $module->fileName );
				} elseif ( str_starts_with( $link->getAttribute( 'href' ), '#' ) ) {
					// Not published: the file does not hold it, the wiki does.
					$title = Title::makeTitleSafe( NS_TRAINING, $li->getAttribute( 'data-trainings-module' ) );
					$link->setAttribute( 'href', $title ? $title->getCanonicalURL() : '' );
				}
			}
		}
	}

	private function useSharedAssets( DOMDocument $doc, DOMXPath $xpath ): void {
		foreach ( $this->all( $xpath, '//head/style' ) as $style ) {
			$link = $doc->createElement( 'link' );
			$link->setAttribute( 'rel', 'stylesheet' );
			$link->setAttribute( 'href', ZimLayout::STYLES );
			$style->parentNode?->replaceChild( $link, $style );
		}
		foreach ( $this->all( $xpath, '//script[not(@type) and not(@src)]' ) as $script ) {
			$shared = $doc->createElement( 'script' );
			$shared->setAttribute( 'src', ZimLayout::SCRIPT );
			$script->parentNode?->replaceChild( $shared, $script );
		}
		foreach ( $this->all( $xpath, '//meta[@http-equiv="Content-Security-Policy"]' ) as $meta ) {
			$meta->setAttribute( 'content', ZimLayout::CSP );
		}
	}

	private function addCatalogLink( DOMDocument $doc, string $text ): void {
		$body = $doc->getElementsByTagName( 'body' )->item( 0 );
		if ( !$body ) {
			return;
		}
		$nav = $doc->createElement( 'nav' );
		$nav->setAttribute( 'class', 'trainings-zim-nav' );
		$link = $doc->createElement( 'a' );
		$link->setAttribute( 'href', ZimLayout::MAIN_PAGE );
		$link->appendChild( $doc->createTextNode( $text ) );
		$nav->appendChild( $link );
		$body->insertBefore( $nav, $body->firstChild );
	}

	private static function byClass( string $tag, string $class ): string {
		return "//{$tag}[contains(concat(' ', normalize-space(@class), ' '), ' $class ')]";
	}

	/**
	 * @return list<DOMElement> A static list of the elements the query finds
	 */
	private function all( DOMXPath $xpath, string $query, ?DOMElement $context = null ): array {
		$list = [];
		foreach ( $xpath->query( $query, $context ) ?: [] as $node ) {
			if ( $node instanceof DOMElement ) {
				$list[] = $node;
			}
		}
		return $list;
	}
}
