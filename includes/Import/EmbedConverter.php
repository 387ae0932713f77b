<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Images, videos and buttons of a slide, whichever way the source wrote them (Meta-Wiki's
 * `{{Training module image|video|button}}`, the YAML's `<figure>`, `<iframe>` and button
 * `<div>`), as module wikitext: files as `[[File:]]` through the wiki's repositories, Commons
 * videos as `{{#trainingvideo:}}` where it can play them, anything else as a link.
 *
 * @license GPL-2.0-or-later
 */
class EmbedConverter {

	public function image( string $file, string $layout, string $caption, ConversionContext $context,
		int $line ): string {
		$file = trim( preg_replace( '/^(File|Image):/i', '', trim( $file ) ) ?? '' );
		if ( $file === '' ) {
			$context->problem( $line, 'an image without a file name' );
			return '';
		}
		if ( !$context->media->exists( $file ) ) {
			$context->problem( $line, "the file \"$file\" is not found through this wiki's file repositories"
				. ' (it shows as a red link)' );
		}
		$align = str_contains( $layout, 'left' ) ? 'left' : ( str_contains( $layout, 'right' ) ? 'right' : 'center' );
		$caption = trim( (string)preg_replace( '/\s+/', ' ', str_replace( '|', '{{!}}', $caption ) ) );
		return "[[File:$file|thumb|$align" . ( $caption !== '' ? "|$caption" : '' ) . ']]';
	}

	/**
	 * @param string $url
	 * @param ConversionContext $context
	 * @param int $line
	 * @param bool $reportOther Whether a non-Commons video is a problem (an `<iframe>`) or an
	 *  accepted link (the video template, whose source may be any site)
	 */
	public function video( string $url, ConversionContext $context, int $line, bool $reportOther ): string {
		$file = CommonsUrl::fileName( $url );
		if ( $file !== null && $context->media->isPlayableVideo( $file ) ) {
			return "{{#trainingvideo: $file}}";
		}
		if ( $file !== null ) {
			$context->problem( $line, "the Commons video \"$file\" cannot be played here "
				. "(not found through this wiki's "
				. 'file repositories, or TimedMediaHandler is not installed): linked instead' );
			return '[https://commons.wikimedia.org/wiki/File:' . str_replace( ' ', '_', $file ) . " Video: $file]";
		}
		$url = $this->safeUrl( $url );
		if ( $reportOther ) {
			$context->problem( $line, "an <iframe> that is not a Commons video ($url): linked instead" );
		}
		return $url === '' ? '' : "[$url Video]";
	}

	public function button( string $url, string $text, ConversionContext $context, int $line ): string {
		$text = trim( (string)preg_replace( '/\s+/', ' ', $text ) );
		$slug = StepLinks::slugOf( $url );
		if ( $slug !== null ) {
			return "'''" . ( $context->links->link( $slug, $text ) ?? $text ) . "'''";
		}
		$url = $this->safeUrl( $url );
		if ( $url === '' ) {
			$context->problem( $line, 'a button without a usable link: its text is kept' );
			return "'''$text'''";
		}
		return "'''[$url $text]'''";
	}

	/** An http(s) URL with no character that would end the link early, or ''. */
	private function safeUrl( string $url ): string {
		$url = html_entity_decode( trim( $url ), ENT_QUOTES );
		if ( str_starts_with( $url, '//' ) ) {
			$url = "https:$url";
		}
		return preg_match( '!^https?://[^\s\[\]<>"{}|]+$!', $url ) ? $url : '';
	}

	/**
	 * Converts the HTML embeds the Dashboard writes in a text (figures, images, iframes,
	 * button divs). Line numbers are those of $text, starting at $firstLine.
	 */
	public function convertHtml( string $text, ConversionContext $context, int $firstLine ): string {
		$lineAt = static fn ( int $offset ) => $firstLine + substr_count( $text, "\n", 0, $offset );
		return (string)preg_replace_callback(
			[
				'!<figure\b([^>]*)>(.*?)</figure>!s',
				'!<iframe\b[^>]*?src="([^"]*)"[^>]*>\s*(?:</iframe>)?!s',
				'!<div class="training__button-container">\s*<a\b[^>]*?href="([^"]*)"[^>]*>(.*?)</a>\s*</div>!s',
				'!<img\b[^>]*?src="([^"]*)"[^>]*?/?>!s',
			],
			function ( array $m ) use ( $context, $lineAt ) {
				$line = $lineAt( (int)$m[0][1] );
				$html = $m[0][0];
				// Figures, videos and buttons are blocks: each its own paragraph.
				if ( str_starts_with( $html, '<figure' ) ) {
					return "\n\n" . $this->figure( $m[1][0] ?? '', $m[2][0], $context, $line ) . "\n\n";
				}
				if ( str_starts_with( $html, '<iframe' ) ) {
					return "\n\n" . $this->video( $m[1][0], $context, $line, true ) . "\n\n";
				}
				if ( str_starts_with( $html, '<div' ) ) {
					return "\n\n" . $this->button( $m[1][0], strip_tags( $m[2][0] ), $context, $line ) . "\n\n";
				}
				return $this->imageUrl( $m[1][0], '', '', $context, $line );
			},
			$text, -1, $count, PREG_OFFSET_CAPTURE
		);
	}

	private function figure( string $attributes, string $inner, ConversionContext $context, int $line ): string {
		preg_match( '!class="([^"]*)"!', $attributes, $class );
		$layout = $class[1] ?? '';
		preg_match( '!<img\b[^>]*?src="([^"]*)"!', $inner, $img );
		preg_match( '!<figcaption[^>]*>(.*?)</figcaption>!s', $inner, $caption );
		$captionHtml = $caption[1] ?? '';
		// The credit link points to the file's description page, a better name than a thumbnail URL.
		preg_match( '!href="([^"]*)"!', $captionHtml, $href );
		$file = CommonsUrl::fileName( $href[1] ?? '' ) ?? CommonsUrl::fileName( $img[1] ?? '' );
		preg_match( '!<a\b[^>]*>(.*?)</a>!s', $captionHtml, $credit );
		$text = $this->plain( (string)preg_replace( '!<a\b[^>]*>.*?</a>!s', '', $captionHtml ) );
		$creditText = $this->plain( $credit[1] ?? '' );
		$text = $creditText === '' ? $text : trim( "$text ($creditText)" );
		if ( $file !== null ) {
			return $this->image( $file, $layout, $text, $context, $line );
		}
		return $this->imageUrl( $img[1] ?? '', $layout, $text, $context, $line );
	}

	private function plain( string $html ): string {
		return trim( (string)preg_replace( '/\s+/', ' ', html_entity_decode( strip_tags( $html ), ENT_QUOTES ) ) );
	}

	private function imageUrl( string $url, string $layout, string $caption, ConversionContext $context,
		int $line ): string {
		$file = CommonsUrl::fileName( $url );
		if ( $file !== null ) {
			return $this->image( $file, $layout, $caption, $context, $line );
		}
		$url = $this->safeUrl( $url );
		$context->problem( $line, "an image that is not a Commons file ($url): linked instead" );
		return $url === '' ? $caption : "[$url " . ( $caption !== '' ? $caption : 'Image' ) . ']';
	}
}
