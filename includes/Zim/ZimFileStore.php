<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use RuntimeException;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Where built ZIM files live: one folder (by default `trainings-zim/` in the wiki's upload
 * folder, so the web server sends the files itself, with range requests), holding for each
 * language the current file and a small JSON record of it (`<lang>.json`: file name, content
 * key, date). A new file replaces the old one only once it is complete and checked
 * (publish()); readers keep downloading the old one until then.
 *
 * @license GPL-2.0-or-later
 */
class ZimFileStore {

	public const SERVICE_NAME = 'Trainings.ZimFileStore';

	/**
	 * @param string $directory Folder of the files
	 * @param string $urlPath Address of that folder (no trailing slash)
	 */
	public function __construct(
		private readonly string $directory,
		private readonly string $urlPath
	) {
	}

	public function getDirectory(): string {
		return $this->directory;
	}

	/**
	 * @param string $language
	 * @return ZimFile|null The current file of that language, fresh or not; null when none
	 *  was built or it went missing
	 */
	public function current( string $language ): ?ZimFile {
		if ( !self::isValidLanguage( $language ) ) {
			return null;
		}
		$json = @file_get_contents( $this->recordPath( $language ) );
		$record = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( !is_array( $record ) || !is_string( $record['name'] ?? null ) ) {
			return null;
		}
		$path = $this->directory . '/' . $record['name'];
		$bytes = @filesize( $path );
		if ( $bytes === false ) {
			return null;
		}
		return new ZimFile(
			$language,
			$record['name'],
			$path,
			$this->urlPath . '/' . rawurlencode( $record['name'] ),
			$bytes,
			(string)( $record['timestamp'] ?? '' ),
			(string)( $record['key'] ?? '' )
		);
	}

	/**
	 * A fresh working folder and a temporary file name next to the final files (same file
	 * system, so publish() renames).
	 *
	 * @return array{string,string} The working folder and the temporary file's path
	 */
	public function newWorkspace( string $language ): array {
		$this->ensureDirectory();
		$id = $language . '-' . bin2hex( random_bytes( 6 ) );
		$work = $this->directory . '/.build-' . $id;
		if ( !mkdir( $work, 0777, true ) ) {
			throw new RuntimeException( "Cannot create $work" );
		}
		return [ $work, $this->directory . '/.tmp-' . $id . '.zim' ];
	}

	/**
	 * Make a checked temporary file the language's current file, and delete the one before.
	 *
	 * @param string $language
	 * @param string $temporary Path from newWorkspace()
	 * @param string $contentKey
	 * @return ZimFile
	 */
	public function publish( string $language, string $temporary, string $contentKey ): ZimFile {
		$previous = $this->current( $language );
		$timestamp = ConvertibleTimestamp::now();
		$name = 'trainings_' . $language . '_' . substr( $timestamp, 0, 8 ) . '_' .
			substr( $contentKey, 0, 8 ) . '.zim';
		if ( !rename( $temporary, $this->directory . '/' . $name ) ) {
			throw new RuntimeException( "Cannot move $temporary to $name" );
		}
		$record = json_encode( [ 'name' => $name, 'key' => $contentKey, 'timestamp' => $timestamp ] );
		$recordTemp = $this->recordPath( $language ) . '.tmp';
		file_put_contents( $recordTemp, $record );
		rename( $recordTemp, $this->recordPath( $language ) );
		if ( $previous && $previous->name !== $name ) {
			@unlink( $previous->path );
		}
		$file = $this->current( $language );
		if ( !$file ) {
			throw new RuntimeException( "The published file $name cannot be read" );
		}
		return $file;
	}

	/**
	 * Hold the build lock of a language: one build at a time per language.
	 *
	 * @return resource|null The lock (release with unlock()), or null when another build holds it
	 */
	public function lock( string $language ) {
		$this->ensureDirectory();
		$handle = fopen( $this->directory . '/.lock-' . $language, 'c' );
		if ( !$handle || !flock( $handle, LOCK_EX | LOCK_NB ) ) {
			return null;
		}
		return $handle;
	}

	/**
	 * @param resource $lock From lock()
	 */
	public function unlock( $lock ): void {
		flock( $lock, LOCK_UN );
		fclose( $lock );
	}

	/**
	 * Delete a working folder or temporary file.
	 */
	public function remove( string $path ): void {
		if ( is_dir( $path ) && !is_link( $path ) ) {
			foreach ( scandir( $path ) ?: [] as $entry ) {
				if ( $entry !== '.' && $entry !== '..' ) {
					$this->remove( $path . '/' . $entry );
				}
			}
			@rmdir( $path );
		} elseif ( file_exists( $path ) || is_link( $path ) ) {
			@unlink( $path );
		}
	}

	/**
	 * Language codes become file names: only plain MediaWiki codes are accepted.
	 */
	public static function isValidLanguage( string $language ): bool {
		return (bool)preg_match( '/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/', $language ) && strlen( $language ) <= 35;
	}

	private function recordPath( string $language ): string {
		return $this->directory . '/' . $language . '.json';
	}

	private function ensureDirectory(): void {
		if ( !is_dir( $this->directory ) && !mkdir( $this->directory, 0777, true ) && !is_dir( $this->directory ) ) {
			throw new RuntimeException( "Cannot create {$this->directory}" );
		}
	}
}
