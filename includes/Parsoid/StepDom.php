<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Parsoid;

use MediaWiki\Extension\Trainings\Content\StepBoundary;
use MediaWiki\Extension\Trainings\Content\StepIds;
use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Extension\Trainings\Content\StepMarkup;
use Wikimedia\Parsoid\DOM\Element;
use Wikimedia\Parsoid\DOM\Node;
use Wikimedia\Parsoid\DOM\Text;
use Wikimedia\Parsoid\Utils\DOMCompat;

/**
 * Arranges Parsoid's DOM of a module page in introduction, step list and steps, by the rules
 * StepScanner applies to the legacy parser's HTML (design record 0003, §3), with StepMarkup's
 * markup (design record 0018):
 *
 * - each `<h2>` among the body's children starts a step;
 * - a Translate wrapper (`<div>` with `lang`, or class `mw-translate-fuzzy`) whose first
 *   element is an `<h2>` starts a step where it starts; an `<h2>` further inside one splits it
 *   (a copy of the wrapper holds the rest);
 * - a `<p>` or `<span>` holding only empty `<span id>`s (Translate's source anchor) joins the
 *   step that follows it;
 * - a `{{#trainingstep:}}` marker (`data-trainings-step-id`) names the step whose heading comes
 *   next (design record 0019).
 *
 * ModuleDomProcessor::htmlPreprocess() undoes the arrangement before Parsoid writes wikitext.
 *
 * @license GPL-2.0-or-later
 */
final class StepDom {

	private const INVISIBLE_ELEMENTS = [ 'meta', 'link' ];

	/**
	 * @param Element $body The page's body, before Parsoid wraps its sections
	 * @param StepMarkup $markup
	 * @param int $quizCount
	 * @param callable(string):\Wikimedia\Parsoid\DOM\DocumentFragment $htmlToDom
	 * @param list<string> $sourceIds On a language version: the source's step ids (StepIds)
	 * @return StepLayout The steps' ids and the quizzes' keys
	 */
	public static function apply(
		Element $body, StepMarkup $markup, int $quizCount, callable $htmlToDom, array $sourceIds = []
	): StepLayout {
		[ $starts, $boundaries ] = self::findSteps( $body );
		$ids = StepIds::resolve( $boundaries, $sourceIds );
		$module = self::element( $body, 'div', StepMarkup::moduleAttributes( count( $starts ), $quizCount ) );
		$intro = self::element( $body, 'div', StepMarkup::introAttributes() );
		$module->appendChild( $intro );

		$target = $intro;
		$next = $starts[0] ?? null;
		$index = 0;
		while ( $body->firstChild !== null ) {
			$node = $body->firstChild;
			if ( $node === $next ) {
				if ( $index === 0 ) {
					$module->appendChild( $htmlToDom( $markup->stepList( $boundaries ) ) );
				}
				$target = self::element( $body, 'section',
					StepMarkup::stepAttributes( $index + 1, $boundaries[$index]->anchor, $ids[$index] ) );
				$module->appendChild( $target );
				$index++;
				$next = $starts[$index] ?? null;
			}
			$target->appendChild( $node );
		}
		$body->appendChild( $module );
		return new StepLayout( $ids, self::quizKeys( $module, $ids ) );
	}

	/**
	 * @param Element $body
	 * @return array{0:list<Node>,1:list<StepBoundary>} The first node of each step, and the steps
	 */
	private static function findSteps( Element $body ): array {
		$starts = [];
		$boundaries = [];
		$anchors = new AnchorIds();
		$pendingAnchor = null;
		$pendingStepId = null;
		for ( $node = $body->firstChild; $node !== null; $node = $node->nextSibling ) {
			if ( !( $node instanceof Element ) ) {
				if ( $node instanceof Text && trim( $node->nodeValue ?? '' ) !== '' ) {
					$pendingAnchor = null;
				}
				continue;
			}
			$name = DOMCompat::nodeName( $node );
			$heading = null;
			$wrapper = null;
			if ( $name === 'h2' ) {
				$heading = $node;
			} elseif ( self::isWrapper( $node ) ) {
				$heading = self::headingIn( $node );
				$wrapper = $node;
				if ( $heading !== null && $heading !== self::firstContent( $node ) ) {
					// A heading mid-way: the rest of the wrapper goes into a copy of it.
					$copy = $node->cloneNode( false );
					$body->insertBefore( $copy, $node->nextSibling );
					while ( $heading->parentNode === $node && $node->lastChild !== null ) {
						$last = $node->lastChild;
						$copy->insertBefore( $last, $copy->firstChild );
						if ( $last === $heading ) {
							break;
						}
					}
					// The copy is read next, as a wrapper starting with its heading.
					$pendingAnchor = null;
					continue;
				}
			} elseif ( in_array( $name, self::INVISIBLE_ELEMENTS, true ) ) {
				continue;
			} elseif ( self::isAnchorRun( $node ) ) {
				$node = self::unwrapMarker( $node );
				$pendingAnchor ??= $node;
				$pendingStepId ??= self::markerId( $node );
				continue;
			}
			if ( $heading !== null ) {
				$starts[] = $pendingAnchor ?? $node;
				$boundaries[] = self::boundary( $heading, $wrapper, $anchors, $pendingStepId );
				$pendingStepId = null;
			} else {
				$pendingStepId ??= self::markerId( $node );
			}
			$pendingAnchor = null;
		}
		return [ $starts, $boundaries ];
	}

	/**
	 * @param Element $module The arranged module
	 * @param list<string> $ids
	 * @return list<string> Each quiz's key (StepLayout), in page order
	 */
	private static function quizKeys( Element $module, array $ids ): array {
		$keys = [];
		$step = 0;
		foreach ( $module->childNodes as $part ) {
			if ( !( $part instanceof Element ) ) {
				continue;
			}
			$isStep = DOMCompat::nodeName( $part ) === 'section';
			$stepId = $isStep ? ( $ids[$step++] ?? '' ) : '';
			$n = 0;
			foreach ( DOMCompat::querySelectorAll( $part, '.trainings-quiz[data-trainings-quiz]' ) as $quiz ) {
				$keys[] = $stepId . ':' . ++$n;
			}
		}
		return $keys;
	}

	/**
	 * A marker alone in a paragraph needs no paragraph (design record 0019): the paragraph
	 * gives way to it, as in the legacy parser's output.
	 *
	 * @return Element The marker in the paragraph's place, or the node unchanged
	 */
	private static function unwrapMarker( Element $node ): Element {
		if ( DOMCompat::nodeName( $node ) !== 'p' ) {
			return $node;
		}
		$elements = [];
		foreach ( $node->childNodes as $child ) {
			if ( $child instanceof Element ) {
				$elements[] = $child;
			}
		}
		if ( count( $elements ) !== 1 || !$elements[0]->hasAttribute( 'data-trainings-step-id' ) ) {
			return $node;
		}
		$node->parentNode?->replaceChild( $elements[0], $node );
		return $elements[0];
	}

	/** The id of the first step marker in the node, if any. */
	private static function markerId( Element $node ): ?string {
		$marker = $node->hasAttribute( 'data-trainings-step-id' ) ? $node
			: DOMCompat::querySelector( $node, '[data-trainings-step-id]' );
		return $marker?->getAttribute( 'data-trainings-step-id' ) ?: null;
	}

	private static function boundary(
		Element $heading, ?Element $wrapper, AnchorIds $anchors, ?string $stepId
	): StepBoundary {
		$label = trim( (string)preg_replace( '/\s+/u', ' ', $heading->textContent ?? '' ) );
		$lang = $wrapper?->getAttribute( 'lang' ) ?: null;
		$dir = $wrapper?->getAttribute( 'dir' ) ?: null;
		if ( $lang === null ) {
			$marked = DOMCompat::querySelector( $heading, '[lang]' );
			$lang = $heading->getAttribute( 'lang' ) ?: $marked?->getAttribute( 'lang' ) ?: null;
			$dir = $heading->getAttribute( 'dir' ) ?: $marked?->getAttribute( 'dir' ) ?: null;
		}
		return new StepBoundary( 0, $label, $anchors->forHeading( $heading ), $lang, $dir, null, $stepId );
	}

	private static function isWrapper( Element $node ): bool {
		return DOMCompat::nodeName( $node ) === 'div' && (
			$node->hasAttribute( 'lang' ) || DOMCompat::getClassList( $node )->contains( 'mw-translate-fuzzy' )
		);
	}

	/** The wrapper's first `<h2>` child, if any. */
	private static function headingIn( Element $wrapper ): ?Element {
		foreach ( $wrapper->childNodes as $child ) {
			if ( $child instanceof Element && DOMCompat::nodeName( $child ) === 'h2' ) {
				return $child;
			}
		}
		return null;
	}

	/** The wrapper's first child that is an element or text other than white space. */
	private static function firstContent( Element $wrapper ): ?Node {
		foreach ( $wrapper->childNodes as $child ) {
			if ( $child instanceof Element || ( $child instanceof Text && trim( $child->nodeValue ?? '' ) !== '' ) ) {
				return $child;
			}
		}
		return null;
	}

	/** A `<p>` or `<span>` holding only empty `<span id>`s (and white space). */
	private static function isAnchorRun( Element $node ): bool {
		$name = DOMCompat::nodeName( $node );
		if ( $name === 'span' ) {
			return $node->hasAttribute( 'id' ) && trim( $node->textContent ?? '' ) === '';
		}
		if ( $name !== 'p' || trim( $node->textContent ?? '' ) !== '' ) {
			return false;
		}
		$spans = 0;
		foreach ( $node->childNodes as $child ) {
			if ( $child instanceof Element ) {
				if ( DOMCompat::nodeName( $child ) !== 'span' || !$child->hasAttribute( 'id' ) ) {
					return false;
				}
				$spans++;
			}
		}
		return $spans > 0;
	}

	/**
	 * @param Element $context
	 * @param string $name
	 * @param array<string,string|null> $attributes
	 */
	private static function element( Element $context, string $name, array $attributes ): Element {
		$element = $context->ownerDocument?->createElement( $name );
		if ( !( $element instanceof Element ) ) {
			throw new \LogicException( "No <$name> element could be made" );
		}
		foreach ( $attributes as $attribute => $value ) {
			if ( $value !== null ) {
				$element->setAttribute( $attribute, $value );
			}
		}
		return $element;
	}

}
