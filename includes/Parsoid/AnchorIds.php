<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Parsoid;

use Wikimedia\Parsoid\Core\Sanitizer;
use Wikimedia\Parsoid\DOM\Element;

/**
 * The ids Parsoid will give the step headings. Its DOM processors run before Parsoid's own
 * heading ids are set, so the step's `aria-labelledby` is computed here by the same rule
 * (the heading's text, normalised and escaped; `_2`, `_3`… for repeats). An id set by the
 * author is kept, as Parsoid keeps it.
 *
 * @license GPL-2.0-or-later
 */
final class AnchorIds {

	/** @var array<string,true> */
	private array $seen = [];

	public function forHeading( Element $heading ): string {
		$id = (string)$heading->getAttribute( 'id' );
		if ( $id === '' ) {
			$text = Sanitizer::normalizeSectionNameWhiteSpace( $heading->textContent ?? '' );
			$id = Sanitizer::escapeIdForAttribute( $text );
		}
		$unique = $id;
		for ( $suffix = 2; isset( $this->seen[$unique] ); $suffix++ ) {
			$unique = $id . '_' . $suffix;
		}
		$this->seen[$unique] = true;
		return $unique;
	}

}
