<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

use DOMDocument;
use DOMElement;
use File;
use MediaWiki\Utils\UrlUtils;
use RepoGroup;

/**
 * Makes the media of exported HTML self-contained: each `<img>` of a file on the wiki becomes a
 * data URI at the width it is shown (SVG drawings as they are, bitmaps as a thumbnail of that
 * width), and everything else that would load something (video, audio, frames, images from
 * elsewhere) becomes a plain link (a video after its poster: never the video's bytes). Over
 * the size budget, every image becomes a link too.
 *
 * @license GPL-2.0-or-later
 */
class MediaEmbedder {

	public const SERVICE_NAME = 'Trainings.ExportMediaEmbedder';

	/** Never embed a bitmap wider than this (CSS pixels), whatever the page asks. */
	private const MAX_WIDTH = 1200;

	/** Elements that load something and are replaced by a link. */
	private const LOADING_ELEMENTS = [ 'video', 'audio', 'iframe', 'object', 'embed', 'picture' ];

	private const MIME_TYPES = [
		'png' => 'image/png',
		'jpg' => 'image/jpeg',
		'jpeg' => 'image/jpeg',
		'gif' => 'image/gif',
		'webp' => 'image/webp',
		'svg' => 'image/svg+xml',
	];

	public function __construct(
		private readonly RepoGroup $repoGroup,
		private readonly UrlUtils $urlUtils
	) {
	}

	/**
	 * @param DOMDocument $doc The document to change in place
	 * @param string[] $fileNames DB keys of the files the pages use (ParserOutput::getImages())
	 * @param int $budget Bytes the embedded media may take; below 0, none is embedded
	 * @return bool Whether the images are embedded (false: linked, because of the budget)
	 */
	public function embed( DOMDocument $doc, array $fileNames, int $budget ): bool {
		$files = $this->findFiles( $fileNames );
		foreach ( self::LOADING_ELEMENTS as $tag ) {
			foreach ( $this->elements( $doc, $tag ) as $element ) {
				$this->addPoster( $element );
				$this->replaceWithLink( $element, $this->sourceOf( $element ), $files );
			}
		}
		/** @var array<int,array{DOMElement,?string}> $images */
		$images = [];
		$total = 0;
		$cache = [];
		foreach ( $this->elements( $doc, 'img' ) as $img ) {
			$src = $img->getAttribute( 'src' );
			$width = (int)$img->getAttribute( 'width' );
			$key = $src . '|' . $width;
			$cache[$key] ??= $this->dataUri( $src, $width, $files );
			$images[] = [ $img, $cache[$key] ];
			// Each use counts: the same picture twice is in the file twice.
			$total += strlen( $cache[$key] ?? '' );
		}
		$embedded = $total <= $budget;
		foreach ( $images as [ $img, $uri ] ) {
			if ( $embedded && $uri !== null ) {
				$img->setAttribute( 'src', $uri );
				foreach ( [ 'srcset', 'loading', 'decoding' ] as $attribute ) {
					$img->removeAttribute( $attribute );
				}
			} else {
				$this->replaceWithLink( $img, $img->getAttribute( 'src' ), $files );
			}
		}
		return $embedded;
	}

	/**
	 * @param string[] $fileNames
	 * @return File[]
	 */
	private function findFiles( array $fileNames ): array {
		if ( $fileNames === [] ) {
			return [];
		}
		$found = $this->repoGroup->findFiles( array_map(
			static fn ( string $name ) => [ 'title' => $name ],
			array_values( $fileNames )
		) );
		return array_values( array_filter( $found, static fn ( $file ) => $file instanceof File ) );
	}

	/**
	 * @return list<DOMElement> A static list (the live one changes while elements are replaced)
	 */
	private function elements( DOMDocument $doc, string $tag ): array {
		$list = [];
		foreach ( $doc->getElementsByTagName( $tag ) as $element ) {
			$list[] = $element;
		}
		return $list;
	}

	/**
	 * A video's poster (or the one a video step keeps aside, see VideoFunction) becomes an image
	 * before it, embedded like the others: the reader sees what the video is about.
	 */
	private function addPoster( DOMElement $element ): void {
		$poster = $element->getAttribute( 'poster' ) ?: $element->getAttribute( 'data-trainings-poster' );
		$doc = $element->ownerDocument;
		if ( $poster === '' || !$doc || !$element->parentNode ) {
			return;
		}
		$img = $doc->createElement( 'img' );
		$img->setAttribute( 'src', $poster );
		$img->setAttribute( 'alt', '' );
		foreach ( [ 'width', 'height' ] as $attribute ) {
			if ( $element->getAttribute( $attribute ) !== '' ) {
				$img->setAttribute( $attribute, $element->getAttribute( $attribute ) );
			}
		}
		$element->parentNode->insertBefore( $img, $element );
		$element->removeAttribute( 'poster' );
	}

	private function sourceOf( DOMElement $element ): string {
		foreach ( [ 'src', 'data', 'poster' ] as $attribute ) {
			if ( $element->getAttribute( $attribute ) !== '' ) {
				return $element->getAttribute( $attribute );
			}
		}
		foreach ( $element->getElementsByTagName( 'source' ) as $source ) {
			if ( $source->getAttribute( 'src' ) !== '' ) {
				return $source->getAttribute( 'src' );
			}
		}
		foreach ( $element->getElementsByTagName( 'img' ) as $img ) {
			return $img->getAttribute( 'src' );
		}
		return '';
	}

	/**
	 * @param string $src An image address from the page
	 * @param File[] $files
	 * @return File|null The wiki file whose original or thumbnail it is
	 */
	private function fileFor( string $src, array $files ): ?File {
		$path = rawurldecode( (string)parse_url( $src, PHP_URL_PATH ) );
		foreach ( $files as $file ) {
			$original = rawurldecode( (string)parse_url( (string)$file->getUrl(), PHP_URL_PATH ) );
			$thumbs = rawurldecode( (string)parse_url( (string)$file->getThumbUrl(), PHP_URL_PATH ) );
			if ( $path === $original || str_starts_with( $path, $thumbs . '/' ) ) {
				return $file;
			}
		}
		return null;
	}

	/**
	 * @param string $src
	 * @param int $width Width the page shows the image at, 0 if unknown
	 * @param File[] $files
	 * @return string|null A data URI, or null when the image cannot be read from the wiki's files
	 */
	private function dataUri( string $src, int $width, array $files ): ?string {
		$file = $this->fileFor( $src, $files );
		if ( !$file ) {
			return null;
		}
		if ( $file->getMimeType() === 'image/svg+xml' ) {
			$path = $file->getLocalRefPath();
			$svg = is_string( $path ) ? file_get_contents( $path ) : false;
			return is_string( $svg ) ? self::svgDataUri( $svg ) : null;
		}
		$width = min( $width > 0 ? $width : (int)$file->getWidth(), self::MAX_WIDTH );
		$thumb = $file->transform( [ 'width' => max( 1, $width ) ], File::RENDER_NOW );
		if ( !$thumb || $thumb->isError() ) {
			return null;
		}
		$path = $thumb->getLocalCopyPath();
		$mime = self::MIME_TYPES[ strtolower( pathinfo( (string)$path, PATHINFO_EXTENSION ) ) ] ?? null;
		$bytes = is_string( $path ) && $mime !== null ? file_get_contents( $path ) : false;
		return is_string( $bytes ) ? 'data:' . $mime . ';base64,' . base64_encode( $bytes ) : null;
	}

	/**
	 * An SVG as a data URI, percent-encoding only what a URI or an HTML attribute needs:
	 * smaller than base64 and still readable.
	 */
	public static function svgDataUri( string $svg ): string {
		$svg = trim( (string)preg_replace( '/\s+/', ' ', $svg ) );
		return 'data:image/svg+xml,' . strtr( $svg, [
			'%' => '%25', '#' => '%23', '"' => "'", '<' => '%3C', '>' => '%3E', '&' => '%26',
		] );
	}

	/**
	 * Replace a media element by a link to its file, so that nothing loads without a click.
	 *
	 * @param DOMElement $element
	 * @param string $src The element's address
	 * @param File[] $files
	 */
	private function replaceWithLink( DOMElement $element, string $src, array $files ): void {
		$doc = $element->ownerDocument;
		$parent = $element->parentNode;
		if ( !$doc || !$parent ) {
			return;
		}
		$file = $src !== '' ? $this->fileFor( $src, $files ) : null;
		$href = $file ? (string)$file->getUrl() : $src;
		$text = $file ? $file->getTitle()->getText() : $element->getAttribute( 'alt' );
		// Inside a link already (an image linking to its description page): text only.
		$inLink = $parent instanceof DOMElement && $parent->tagName === 'a';
		$replacement = $doc->createElement( $inLink ? 'span' : 'a' );
		$replacement->setAttribute( 'class', 'trainings-offline-media' );
		if ( !$inLink && $href !== '' && !str_starts_with( $href, 'data:' ) ) {
			$replacement->setAttribute( 'href', (string)$this->urlUtils->expand( $href, PROTO_CANONICAL ) );
		}
		$replacement->appendChild( $doc->createTextNode( $text !== '' ? $text : basename( $href ) ) );
		$parent->replaceChild( $replacement, $element );
	}
}
