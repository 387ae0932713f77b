<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration;

use DOMDocument;
use DOMElement;
use DOMXPath;

/**
 * Reading rendered HTML the way a reader sees it: XPath over the parsed document, with
 * assertions that a query finds what the test expects.
 */
trait HtmlAssertions {

	private static function xpath( string $html ): DOMXPath {
		$doc = new DOMDocument();
		$previous = libxml_use_internal_errors( true );
		$doc->loadHTML( '<?xml encoding="utf-8"?><body>' . $html . '</body>' );
		libxml_clear_errors();
		libxml_use_internal_errors( $previous );
		return new DOMXPath( $doc );
	}

	/** XPath for elements that have $class among their classes. */
	private static function byClass( string $class ): string {
		return "//*[contains(concat(' ', normalize-space(@class), ' '), ' $class ')]";
	}

	/**
	 * @return list<DOMElement>
	 */
	private function all( DOMXPath $xpath, string $query ): array {
		$nodes = $xpath->query( $query );
		$this->assertNotFalse( $nodes, "valid query $query" );
		$elements = [];
		foreach ( $nodes as $node ) {
			$this->assertInstanceOf( DOMElement::class, $node );
			$elements[] = $node;
		}
		return $elements;
	}

	private function single( DOMXPath $xpath, string $query ): DOMElement {
		$elements = $this->all( $xpath, $query );
		$this->assertCount( 1, $elements, "exactly one node for $query" );
		return $elements[0];
	}
}
