<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

use RuntimeException;

/**
 * The offline player and its styles, built by Vite from resources/src/offline and
 * resources/styles/offline.css into resources/dist/offline (committed), for inlining into
 * exported files.
 *
 * @license GPL-2.0-or-later
 */
class OfflineAssets {

	public const SERVICE_NAME = 'Trainings.OfflineAssets';

	private ?string $script = null;
	private ?string $styles = null;

	/**
	 * @param string $dir The build's folder (resources/dist/offline)
	 */
	public function __construct(
		private readonly string $dir
	) {
	}

	/**
	 * @return string The script, safe inside `<script>`
	 */
	public function getScript(): string {
		$this->script ??= str_ireplace( '</script', '<\/script', $this->read( 'offline.js' ) );
		return $this->script;
	}

	/**
	 * @return string The stylesheet, safe inside `<style>`
	 */
	public function getStyles(): string {
		$this->styles ??= str_ireplace( '</style', '<\/style', $this->read( 'offline.css' ) );
		return $this->styles;
	}

	private function read( string $name ): string {
		$text = @file_get_contents( $this->dir . '/' . $name );
		if ( !is_string( $text ) ) {
			throw new RuntimeException( "The offline build is missing $name: run npm run build" );
		}
		return trim( $text );
	}
}
