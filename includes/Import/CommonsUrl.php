<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * The Commons file a URL points to, if any: a description page (`commons.wikimedia.org/wiki/
 * File:X`), an original or a thumbnail on `upload.wikimedia.org/wikipedia/commons/`.
 *
 * @license GPL-2.0-or-later
 */
final class CommonsUrl {

	public static function fileName( string $url ): ?string {
		$url = html_entity_decode( trim( $url ), ENT_QUOTES );
		$path = (string)parse_url( $url, PHP_URL_PATH );
		$host = (string)parse_url( $url, PHP_URL_HOST );
		$name = null;
		if ( $host === 'commons.wikimedia.org' && preg_match( '!^/wiki/File:(.+)$!', $path, $m ) ) {
			$name = $m[1];
		} elseif ( $host === 'upload.wikimedia.org'
			&& preg_match( '!^/wikipedia/commons/(?:thumb/)?[0-9a-f]/[0-9a-f]{2}/([^/]+)!', $path, $m )
		) {
			$name = $m[1];
		}
		return $name === null ? null : str_replace( '_', ' ', rawurldecode( $name ) );
	}
}
