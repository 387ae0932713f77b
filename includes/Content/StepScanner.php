<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use Wikimedia\RemexHtml\Tokenizer\Attributes;
use Wikimedia\RemexHtml\Tokenizer\Tokenizer;
use Wikimedia\RemexHtml\Tokenizer\TokenHandler;

/**
 * Finds where the steps of a module begin in the (tidied) HTML of its page, from
 * the tokens of RemexHtml's tokenizer with their source offsets (design record
 * 0003, §3):
 *
 * - each `<h2>` at the top level starts a step;
 * - a top-level Translate wrapper (`<div>` with `lang`, or class
 *   `mw-translate-fuzzy`) whose first element is an `<h2>` starts a step where
 *   the wrapper starts; an `<h2>` further inside one splits it;
 * - a top-level `<p>` (or `<span>`) holding only empty `<span id>`s, such as the
 *   source anchor Translate puts before a translated heading, joins the step
 *   that follows it;
 * - a `{{#trainingstep:}}` marker (an element with `data-trainings-step-id`) names the
 *   step whose heading comes next (design record 0019).
 *
 * Use scan(); the TokenHandler methods are for the tokenizer.
 *
 * @license GPL-2.0-or-later
 */
final class StepScanner implements TokenHandler {

	private const VOID_ELEMENTS = [
		'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
		'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
	];

	private const RAW_TEXT_ELEMENTS = [
		'style' => Tokenizer::STATE_RAWTEXT,
		'xmp' => Tokenizer::STATE_RAWTEXT,
		'iframe' => Tokenizer::STATE_RAWTEXT,
		'noembed' => Tokenizer::STATE_RAWTEXT,
		'noframes' => Tokenizer::STATE_RAWTEXT,
		'script' => Tokenizer::STATE_SCRIPT_DATA,
		'textarea' => Tokenizer::STATE_RCDATA,
		'title' => Tokenizer::STATE_RCDATA,
	];

	/** Top-level elements that neither break nor hold an anchor run. */
	private const INVISIBLE_ELEMENTS = [ 'meta', 'link' ];

	private string $html = '';
	private ?Tokenizer $tokenizer = null;

	/** @var list<StepBoundary> */
	private array $boundaries = [];

	private int $depth = 0;

	/** The top-level element being read: name, start offset, source of its start tag, attributes. */
	private ?string $topName = null;
	private int $topStart = 0;
	private string $topStartTag = '';
	/** @var array<string,string> */
	private array $topAttrs = [];
	private bool $topIsWrapper = false;
	private bool $topHasContent = false;

	/** Whether the current top-level element holds only empty `<span id>`s so far, and has one. */
	private bool $anchorCandidate = false;
	private bool $anchorHasSpan = false;
	/** Offset of the run of anchor elements just before here, if any. */
	private ?int $pendingAnchor = null;

	/** The id of the last step marker not yet given to a heading. */
	private ?string $pendingStepId = null;

	/** The heading being read. */
	private bool $inHeading = false;
	private int $headingDepth = 0;
	private int $editSectionDepth = 0;
	private string $headingText = '';
	private int $headingOffset = 0;
	private ?string $headingAnchor = null;
	private ?string $headingLang = null;
	private ?string $headingDir = null;
	private ?string $headingSplitWrapper = null;
	private ?string $headingStepId = null;

	/**
	 * @param string $html Tidied HTML of a page
	 * @return list<StepBoundary> In document order
	 */
	public static function scan( string $html ): array {
		$scanner = new self();
		$scanner->html = $html;
		$tokenizer = new Tokenizer( $scanner, $html, [
			'ignoreErrors' => true,
			// Keep offsets those of the text itself (no newline normalisation).
			'skipPreprocess' => true,
		] );
		$tokenizer->execute();
		return $scanner->boundaries;
	}

	/** @inheritDoc */
	public function startDocument( Tokenizer $tokenizer, $fragmentNamespace, $fragmentName ): void {
		$this->tokenizer = $tokenizer;
	}

	/** @inheritDoc */
	public function endDocument( $pos ): void {
	}

	/** @inheritDoc */
	public function error( $text, $pos ): void {
	}

	/** @inheritDoc */
	public function doctype( $name, $public, $system, $quirks, $sourceStart, $sourceLength ): void {
	}

	/** @inheritDoc */
	public function comment( $text, $sourceStart, $sourceLength ): void {
	}

	/** @inheritDoc */
	public function characters( $text, $start, $length, $sourceStart, $sourceLength ): void {
		$chars = substr( $text, $start, $length );
		if ( $this->inHeading && $this->editSectionDepth === 0 ) {
			$this->headingText .= $chars;
		}
		if ( trim( $chars ) === '' ) {
			return;
		}
		if ( $this->depth === 0 ) {
			$this->pendingAnchor = null;
		} elseif ( $this->depth === 1 ) {
			$this->topHasContent = true;
			$this->anchorCandidate = false;
		} else {
			$this->anchorCandidate = false;
		}
	}

	/** @inheritDoc */
	public function startTag( $name, Attributes $attrs, $selfClose, $sourceStart, $sourceLength ): void {
		$values = $attrs->getValues();
		$isVoid = $selfClose || in_array( $name, self::VOID_ELEMENTS, true );
		if ( isset( $values['data-trainings-step-id'] ) && !$this->inHeading ) {
			$this->pendingStepId ??= $values['data-trainings-step-id'];
		}

		if ( $this->inHeading ) {
			if ( $name === 'mw:editsection' || $this->editSectionDepth > 0 ) {
				$this->editSectionDepth += $isVoid ? 0 : 1;
			} else {
				$this->headingLang ??= $values['lang'] ?? null;
				$this->headingDir ??= $values['dir'] ?? null;
			}
		} elseif ( $name === 'h2' && $this->depth === 0 ) {
			$this->beginHeading( $this->pendingAnchor ?? $sourceStart, $values, null, null, null );
			$this->pendingAnchor = null;
		} elseif ( $name === 'h2' && $this->depth === 1 && $this->topIsWrapper ) {
			if ( $this->topHasContent ) {
				$this->beginHeading( $sourceStart, $values, $this->topAttrs['lang'] ?? null,
					$this->topAttrs['dir'] ?? null, $this->topStartTag );
			} else {
				$this->beginHeading( $this->pendingAnchor ?? $this->topStart, $values,
					$this->topAttrs['lang'] ?? null, $this->topAttrs['dir'] ?? null, null );
				$this->pendingAnchor = null;
			}
		}

		if ( $this->depth === 0 ) {
			$this->startTopLevel( $name, $values, $isVoid, $sourceStart, $sourceLength );
		} elseif ( $this->depth === 1 ) {
			$this->topHasContent = true;
			$this->anchorCandidate = $this->anchorCandidate && $name === 'span' && isset( $values['id'] )
				&& !$isVoid;
			$this->anchorHasSpan = true;
		} else {
			$this->anchorCandidate = false;
		}

		if ( $this->inHeading && $name === 'h2' && $this->headingDepth === -1 ) {
			$this->headingDepth = $this->depth;
		}
		if ( !$isVoid ) {
			$this->depth++;
			if ( isset( self::RAW_TEXT_ELEMENTS[$name] ) && $this->tokenizer ) {
				$this->tokenizer->switchState( self::RAW_TEXT_ELEMENTS[$name], $name );
			}
		}
	}

	/** @inheritDoc */
	public function endTag( $name, $sourceStart, $sourceLength ): void {
		if ( in_array( $name, self::VOID_ELEMENTS, true ) || $this->depth === 0 ) {
			return;
		}
		$this->depth--;
		if ( $this->inHeading ) {
			if ( $this->editSectionDepth > 0 ) {
				$this->editSectionDepth--;
			} elseif ( $name === 'h2' && $this->depth === $this->headingDepth ) {
				$this->endHeading();
			}
		}
		if ( $this->depth === 0 ) {
			$this->endTopLevel( $sourceStart );
		}
	}

	/**
	 * @param string $name
	 * @param array<string,string> $values
	 * @param bool $isVoid
	 * @param int $sourceStart
	 * @param int $sourceLength
	 */
	private function startTopLevel(
		string $name, array $values, bool $isVoid, int $sourceStart, int $sourceLength
	): void {
		if ( $isVoid ) {
			if ( !in_array( $name, self::INVISIBLE_ELEMENTS, true ) ) {
				$this->pendingAnchor = null;
			}
			return;
		}
		$this->topName = $name;
		$this->topStart = $sourceStart;
		$this->topStartTag = substr( $this->html, $sourceStart, $sourceLength );
		$this->topAttrs = $values;
		$this->topHasContent = false;
		$this->topIsWrapper = $name === 'div' && (
			isset( $values['lang'] ) ||
			preg_match( '/(^|\s)mw-translate-fuzzy(\s|$)/', $values['class'] ?? '' )
		);
		if ( $name === 'p' ) {
			$this->anchorCandidate = true;
			$this->anchorHasSpan = false;
		} elseif ( $name === 'span' && isset( $values['id'] ) ) {
			// An empty top-level span is an anchor itself.
			$this->anchorCandidate = true;
			$this->anchorHasSpan = true;
		} else {
			$this->anchorCandidate = false;
		}
	}

	private function endTopLevel( int $sourceStart ): void {
		$isAnchor = $this->anchorCandidate && $this->anchorHasSpan && $this->topName !== 'h2'
			&& !$this->topIsWrapper;
		if ( $isAnchor ) {
			$this->pendingAnchor ??= $this->topStart;
		} elseif ( $this->topName !== null ) {
			$this->pendingAnchor = null;
		}
		$this->topName = null;
		$this->topIsWrapper = false;
		$this->anchorCandidate = false;
	}

	/**
	 * @param int $offset
	 * @param array<string,string> $values Attributes of the h2
	 * @param string|null $lang
	 * @param string|null $dir
	 * @param string|null $splitWrapper
	 */
	private function beginHeading(
		int $offset, array $values, ?string $lang, ?string $dir, ?string $splitWrapper
	): void {
		$this->inHeading = true;
		// Set to the h2's depth once it is counted (see startTag).
		$this->headingDepth = -1;
		$this->editSectionDepth = 0;
		$this->headingText = '';
		$this->headingOffset = $offset;
		$this->headingAnchor = $values['data-mw-anchor'] ?? $values['id'] ?? null;
		$this->headingLang = $lang ?? $values['lang'] ?? null;
		$this->headingDir = $dir ?? $values['dir'] ?? null;
		$this->headingSplitWrapper = $splitWrapper;
		$this->headingStepId = $this->pendingStepId;
		$this->pendingStepId = null;
	}

	private function endHeading(): void {
		$this->inHeading = false;
		$this->boundaries[] = new StepBoundary(
			$this->headingOffset,
			trim( (string)preg_replace( '/\s+/u', ' ', $this->headingText ) ),
			$this->headingAnchor,
			$this->headingLang,
			$this->headingDir,
			$this->headingSplitWrapper,
			$this->headingStepId
		);
	}

}
