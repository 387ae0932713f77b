<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A YAML slide's Markdown (with the Dashboard's bits of HTML) as a step's wikitext: headings
 * as sub-headings (level 3 and below: a level-2 heading starts a step), lists, emphasis, code,
 * links (relative slide links to their steps), images and embeds through EmbedConverter.
 * Wiki templates written into the Markdown are reported and their text kept.
 *
 * @license GPL-2.0-or-later
 */
class MarkdownConverter {

	public function __construct(
		private readonly TemplateScanner $scanner,
		private readonly EmbedConverter $embeds
	) {
	}

	public function convert( string $markdown, int $firstLine, ConversionContext $context ): string {
		$text = $this->templates( str_replace( "\r\n", "\n", $markdown ), $firstLine, $context );
		$text = $this->embeds->convertHtml( $text, $context, $firstLine );
		$lines = [];
		foreach ( explode( "\n", $text ) as $number => $line ) {
			$lines[] = $this->block( $line, $firstLine + $number, $context );
		}
		return trim( implode( "\n", $lines ) );
	}

	/** Inline Markdown (quiz questions, answers, explanations) as inline wikitext. */
	public function convertInline( string $markdown, int $line, ConversionContext $context ): string {
		$text = $this->embeds->convertHtml( $this->templates( $markdown, $line, $context ), $context, $line );
		return $this->inline( trim( (string)preg_replace( '/\s+/', ' ', $text ) ), $line, $context );
	}

	private function templates( string $text, int $firstLine, ConversionContext $context ): string {
		foreach ( array_reverse( $this->scanner->scan( $text, $firstLine ) ) as $call ) {
			$context->problem( $call->line, "unknown template {{{$call->name}}}: its text is kept as a paragraph" );
			$kept = implode( ' ', array_filter( $call->params, static fn ( string $v ) => $v !== '' ) );
			$text = substr_replace( $text, $kept, $call->start, $call->end - $call->start );
		}
		return $text;
	}

	private function block( string $line, int $number, ConversionContext $context ): string {
		if ( preg_match( '/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/', $line, $m ) ) {
			$marks = str_repeat( '=', min( 6, max( 3, strlen( $m[1] ) + 1 ) ) );
			return "$marks " . $this->inline( $m[2], $number, $context ) . " $marks";
		}
		if ( preg_match( '/^\s*([-*_])(\s*\1){2,}\s*$/', $line ) ) {
			return '----';
		}
		if ( preg_match( '/^(\s*)([*+-]|\d+[.)])\s+(.*)$/', $line, $m ) ) {
			$depth = intdiv( strlen( str_replace( "\t", '  ', $m[1] ) ), 2 ) + 1;
			$marker = ctype_digit( $m[2][0] ) ? '#' : '*';
			return str_repeat( $marker, $depth ) . ' ' . $this->inline( $m[3], $number, $context );
		}
		if ( preg_match( '/^\s*>\s?(.*)$/', $line, $m ) ) {
			return ': ' . $this->inline( $m[1], $number, $context );
		}
		// A leading space would make a preformatted block in wikitext.
		return $this->inline( ltrim( $line ), $number, $context );
	}

	private function inline( string $text, int $number, ConversionContext $context ): string {
		$kept = [];
		$keep = static function ( string $wikitext ) use ( &$kept ): string {
			$kept[] = $wikitext;
			return "\x7fK" . ( count( $kept ) - 1 ) . "\x7f";
		};
		$text = (string)preg_replace_callback( '/`([^`]+)`/', static fn ( $m ) => $keep( '<code><nowiki>' . $m[1]
			. '</nowiki></code>' ), $text );
		// Wikitext already there (converted embeds, links) is kept as it is.
		$text = (string)preg_replace_callback( '/\[\[[^\]]*\]\]|\[https?:[^\]]*\]|\{\{#trainingvideo:[^}]*\}\}/',
			static fn ( $m ) => $keep( $m[0] ), $text );
		$text = (string)preg_replace_callback( '/(!?)\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/',
			fn ( array $m ) => $keep( $this->link( $m[1] === '!', $m[2], $m[3], $number, $context ) ), $text );
		$text = (string)preg_replace_callback( '/<(https?:[^>\s]+)>/', static fn ( $m ) => $keep( $m[1] ), $text );
		$text = (string)preg_replace( [ '/\*\*(.+?)\*\*/', '/(?<![\w])__(.+?)__(?![\w])/' ], "'''$1'''", $text );
		$text = (string)preg_replace( [ '/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/',
			'/(?<![\w])_(?!\s)(.+?)(?<!\s)_(?![\w])/' ], "''$1''", $text );
		return (string)preg_replace_callback( "/\x7fK(\d+)\x7f/", static fn ( $m ) => $kept[(int)$m[1]], $text );
	}

	private function link( bool $image, string $label, string $url, int $line, ConversionContext $context ): string {
		if ( $image ) {
			return $this->embeds->convertHtml( '<img src="' . htmlspecialchars( $url ) . '">', $context, $line );
		}
		$slug = StepLinks::slugOf( $url );
		if ( $slug !== null ) {
			$link = $context->links->link( $slug, $label );
			if ( $link === null ) {
				$context->problem( $line,
					"a link to the slide \"$slug\", which no imported module has: its text is kept" );
			}
			return $link ?? $label;
		}
		if ( preg_match( '!^https?://[^\s\[\]<>"{}|]+$!', $url ) ) {
			return "[$url $label]";
		}
		$context->problem( $line, "a link to \"$url\", which is not a web address or a slide: its text is kept" );
		return $label;
	}
}
