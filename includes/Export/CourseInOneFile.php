<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

use DOMDocument;
use DOMElement;
use DOMXPath;

/**
 * A course and its modules in one exported file (TrainingExporter): each module's ids made its
 * own, and the course's list pointing to the modules inside the file instead of the wiki.
 *
 * @license GPL-2.0-or-later
 */
final class CourseInOneFile {

	/** Attributes holding one or more element ids, rewritten for each module of a course. */
	private const ID_REFERENCES = [ 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls' ];

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * Prefixes the ids of a module's elements, and every reference to them (labels, ARIA,
	 * in-page links, radio groups), so that two modules of one file never share one.
	 */
	public static function prefixIds( DOMElement $root, string $prefix ): void {
		foreach ( $root->getElementsByTagName( '*' ) as $element ) {
			if ( $element->hasAttribute( 'id' ) ) {
				$element->setAttribute( 'id', $prefix . $element->getAttribute( 'id' ) );
			}
			foreach ( self::ID_REFERENCES as $attribute ) {
				if ( $element->hasAttribute( $attribute ) ) {
					$ids = preg_split( '/\s+/', trim( $element->getAttribute( $attribute ) ) ) ?: [];
					$element->setAttribute( $attribute, implode( ' ', array_map(
						static fn ( string $id ) => $prefix . $id, $ids
					) ) );
				}
			}
			$href = $element->getAttribute( 'href' );
			if ( $element->tagName === 'a' && str_starts_with( $href, '#' ) && strlen( $href ) > 1 ) {
				$element->setAttribute( 'href', '#' . $prefix . substr( $href, 1 ) );
			}
			// Radio groups of quizzes with the same number in two modules must not be one group.
			if ( $element->tagName === 'input' && $element->hasAttribute( 'name' ) ) {
				$element->setAttribute( 'name', $prefix . $element->getAttribute( 'name' ) );
			}
		}
	}

	/**
	 * Points a course's list entry to the module in the file instead of the wiki.
	 */
	public static function linkEntry( DOMDocument $doc, string $key, string $id ): void {
		$xpath = new DOMXPath( $doc );
		$entries = $xpath->query( '//ol[contains(concat(" ", @class, " "), " trainings-course ")]/li' );
		foreach ( $entries ?: [] as $li ) {
			if ( !$li instanceof DOMElement || $li->getAttribute( 'data-trainings-module' ) !== $key ) {
				continue;
			}
			foreach ( $li->getElementsByTagName( 'a' ) as $link ) {
				$link->setAttribute( 'href', '#' . $id );
			}
		}
	}

}
