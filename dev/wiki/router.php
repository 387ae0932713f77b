<?php
/**
 * Router for PHP's built-in server: short URLs (/wiki/Title, including titles with a dot),
 * the extension's assets from the checkout, and each instance's uploads.
 */

declare( strict_types = 1 );

$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/' );

$types = [
	'css' => 'text/css; charset=utf-8',
	'js' => 'text/javascript; charset=utf-8',
	'json' => 'application/json',
	'svg' => 'image/svg+xml',
	'png' => 'image/png',
	'jpg' => 'image/jpeg',
	'jpeg' => 'image/jpeg',
	'gif' => 'image/gif',
	'webm' => 'video/webm',
	'ogv' => 'video/ogg',
	'vtt' => 'text/vtt',
	'html' => 'text/html; charset=utf-8',
];

/**
 * Serve a file from outside the document root, refusing paths that climb out of $base.
 */
$serveFrom = static function ( string $base, string $relative ) use ( $types ): bool {
	$file = realpath( $base . '/' . $relative );
	$root = realpath( $base );
	if ( $file === false || $root === false || !str_starts_with( $file, $root . '/' ) || !is_file( $file ) ) {
		return false;
	}
	$ext = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $types[$ext] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
	return true;
};

$extPrefix = '/extensions/Trainings/';
if ( str_starts_with( $path, $extPrefix ) ) {
	if ( !$serveFrom( (string)getenv( 'TRAININGS_ROOT' ), substr( $path, strlen( $extPrefix ) ) ) ) {
		http_response_code( 404 );
	}
	return true;
}
if ( str_starts_with( $path, '/images/' ) ) {
	if ( !$serveFrom( getenv( 'TRAININGS_INSTANCE_DIR' ) . '/images', substr( $path, 8 ) ) ) {
		http_response_code( 404 );
	}
	return true;
}

// Entry points and core's own static files are served as usual.
if ( $path !== '/' && !str_starts_with( $path, '/wiki/' ) ) {
	$script = preg_replace( '#^(/[^/]+\.php).*$#', '$1', $path );
	if ( is_file( $_SERVER['DOCUMENT_ROOT'] . $script ) || is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
		return false;
	}
}

// Everything else is a page view.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
