<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use Transliterator;

/**
 * The rules of a step's stable identity (design record 0019): what an id may be, the
 * fragment that links to it, and the id made from a heading's text when a step has no
 * `{{#trainingstep:}}` marker yet.
 *
 * @license GPL-2.0-or-later
 */
final class StepId {

	/** A lowercase letter, then up to 63 lowercase letters, digits and hyphens. */
	public const PATTERN = '/^[a-z][a-z0-9-]{0,63}$/D';

	public const MAX_LENGTH = 64;

	/** The stable fragment is the id behind this prefix: `#step-before-the-meeting`. */
	public const FRAGMENT_PREFIX = 'step-';

	private function __construct() {
		// Static helpers only.
	}

	public static function isValid( string $id ): bool {
		return preg_match( self::PATTERN, $id ) === 1;
	}

	/**
	 * @return string The fragment (without `#`) that links to the step: never `step-<digits>`,
	 *  the numbered form, since an id starts with a letter
	 */
	public static function fragment( string $id ): string {
		return self::FRAGMENT_PREFIX . $id;
	}

	/**
	 * @param string $text The heading's text (wikitext or plain)
	 * @param array<string,true> $taken Ids already used on the page
	 * @return string A valid id, not among $taken
	 */
	public static function fromHeading( string $text, array $taken ): string {
		$base = self::slug( $text );
		$id = $base;
		for ( $n = 2; isset( $taken[$id] ); $n++ ) {
			$id = substr( $base, 0, self::MAX_LENGTH - strlen( "-$n" ) ) . "-$n";
		}
		return $id;
	}

	private static function slug( string $text ): string {
		// Link targets and formatting give way to the words a reader sees.
		$text = (string)preg_replace( '/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/u', '$1', $text );
		$text = (string)preg_replace( '/\[\S+\s+([^\]]*)\]/u', '$1', $text );
		$text = (string)preg_replace( '/<[^>]*>|\'{2,}|\{\{[^}]*\}\}/u', ' ', $text );
		$text = html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		if ( class_exists( Transliterator::class ) ) {
			$latin = Transliterator::create( 'Any-Latin; Latin-ASCII; Lower()' );
			$text = $latin ? (string)$latin->transliterate( $text ) : $text;
		}
		$slug = trim( (string)preg_replace( '/[^a-z0-9]+/', '-', strtolower( $text ) ), '-' );
		$slug = rtrim( substr( $slug, 0, self::MAX_LENGTH - 8 ), '-' );
		if ( $slug === '' ) {
			return 'step';
		}
		return preg_match( '/^[a-z]/', $slug ) ? $slug : "step-$slug";
	}

}
