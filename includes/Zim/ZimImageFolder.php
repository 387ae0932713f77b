<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use RuntimeException;

/**
 * The images of a ZIM file: each picture once (named by its content hash), however many
 * pages show it, in `images/` of the folder zimwriterfs packs.
 *
 * @license GPL-2.0-or-later
 */
class ZimImageFolder {

	public const FOLDER = 'images';

	private const EXTENSIONS = [
		'image/png' => 'png',
		'image/jpeg' => 'jpg',
		'image/gif' => 'gif',
		'image/webp' => 'webp',
		'image/svg+xml' => 'svg',
	];

	/** @var array<string,true> Paths written */
	private array $written = [];
	private int $bytes = 0;

	/**
	 * @param string $root The folder zimwriterfs packs
	 */
	public function __construct(
		private readonly string $root
	) {
	}

	/**
	 * @param string $uri A data URI as MediaEmbedder writes them (base64, or percent-encoded SVG)
	 * @return string|null The image's path relative to the root, or null when the URI is not
	 *  an image this class knows
	 */
	public function store( string $uri ): ?string {
		if ( !preg_match( '/^data:([a-z0-9.+\/-]+)(;base64)?,/i', $uri, $match ) ) {
			return null;
		}
		$extension = self::EXTENSIONS[strtolower( $match[1] )] ?? null;
		if ( $extension === null ) {
			return null;
		}
		$payload = substr( $uri, strlen( $match[0] ) );
		$bytes = ( $match[2] ?? '' ) !== '' ? base64_decode( $payload, true ) : rawurldecode( $payload );
		if ( !is_string( $bytes ) || $bytes === '' ) {
			return null;
		}
		$path = self::FOLDER . '/' . substr( sha1( $bytes ), 0, 20 ) . '.' . $extension;
		if ( !isset( $this->written[$path] ) ) {
			if ( !is_dir( $this->root . '/' . self::FOLDER ) ) {
				mkdir( $this->root . '/' . self::FOLDER, 0777, true );
			}
			if ( file_put_contents( $this->root . '/' . $path, $bytes ) === false ) {
				throw new RuntimeException( "Cannot write $path" );
			}
			$this->written[$path] = true;
			$this->bytes += strlen( $bytes );
		}
		return $path;
	}

	public function count(): int {
		return count( $this->written );
	}

	public function bytes(): int {
		return $this->bytes;
	}
}
