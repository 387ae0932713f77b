<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use DOMDocument;
use DOMElement;
use DOMXPath;

/**
 * What rendered page HTML must never hold when it came from hostile content: an element that
 * runs or embeds script, an event-handler attribute, a script URL, a CSS expression. Also
 * whether its elements are balanced.
 */
final class HostileHtml {

	/** Elements the parser must never let through from content. */
	private const FORBIDDEN_ELEMENTS = [
		'script', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset', 'base', 'form', 'svg', 'math',
	];

	/** Attributes holding a URL. */
	private const URL_ATTRIBUTES = [ 'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc' ];

	private const VOID_ELEMENTS = [ 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
		'source', 'track', 'wbr', 'mw:editsection', 'mw:tocplace' ];

	private static function loadDocument( string $html ): DOMDocument {
		$doc = new DOMDocument();
		$previous = libxml_use_internal_errors( true );
		$doc->loadHTML( '<?xml encoding="utf-8"?><body>' . $html . '</body>' );
		libxml_clear_errors();
		libxml_use_internal_errors( $previous );
		return $doc;
	}

	/**
	 * @return list<string> Every way the HTML could run script, each described; empty when none
	 */
	public static function scriptRisks( string $html ): array {
		$risks = [];
		$xpath = new DOMXPath( self::loadDocument( $html ) );
		foreach ( $xpath->query( '//*' ) ?: [] as $element ) {
			if ( !$element instanceof DOMElement ) {
				continue;
			}
			$name = strtolower( $element->tagName );
			if ( in_array( $name, self::FORBIDDEN_ELEMENTS, true ) ) {
				$risks[] = "element <$name>";
			}
			foreach ( $element->attributes ?? [] as $attribute ) {
				$attr = strtolower( $attribute->nodeName );
				$value = strtolower( (string)preg_replace( '/[\s\x00-\x1f]+/', '', $attribute->nodeValue ?? '' ) );
				if ( str_starts_with( $attr, 'on' ) ) {
					$risks[] = "attribute $attr on <$name>";
				}
				if ( in_array( $attr, self::URL_ATTRIBUTES, true )
					&& preg_match( '/^(javascript|vbscript|data|livescript):/', $value )
				) {
					$risks[] = "script URL in $attr of <$name>: $value";
				}
				if ( $attr === 'style' && preg_match( '/expression\(|javascript:|url\(/', $value ) ) {
					$risks[] = "style on <$name>: $value";
				}
			}
		}
		// Raw text outside elements would also be caught by a browser; a literal tag in the source
		// is the simplest sign that escaping failed.
		if ( preg_match( '/<script\b/i', $html ) ) {
			$risks[] = 'literal <script in the HTML';
		}
		return $risks;
	}

	/**
	 * Whether every element is closed in order, as the serialised DOM of MediaWiki's tidy
	 * always is: a stray or missing end tag can only come from a later string rewrite (the
	 * step structure).
	 *
	 * @return list<string> Each unbalanced tag, with its offset
	 */
	public static function structureErrors( string $html ): array {
		$errors = [];
		$stack = [];
		$text = (string)preg_replace( '/<!--.*?-->/s', '', $html );
		preg_match_all( '/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>/', $text, $tags,
			PREG_SET_ORDER | PREG_OFFSET_CAPTURE );
		foreach ( $tags as $tag ) {
			$name = strtolower( $tag[2][0] );
			$offset = $tag[0][1];
			if ( in_array( $name, self::VOID_ELEMENTS, true ) || str_ends_with( $tag[0][0], '/>' ) ) {
				continue;
			}
			if ( $tag[1][0] === '' ) {
				$stack[] = $name;
			} elseif ( $stack === [] || end( $stack ) !== $name ) {
				$errors[] = "</$name> at $offset closes " . ( $stack === [] ? 'nothing' : '<' . end( $stack ) . '>' );
				return $errors;
			} else {
				array_pop( $stack );
			}
		}
		foreach ( $stack as $name ) {
			$errors[] = "<$name> never closed";
		}
		return $errors;
	}

}
