<?php
/**
 * PHPStan bootstrap: what MediaWiki defines at run time and the analysis needs to know.
 *
 * Core's classes are also listed in scanDirectories (phpstan.neon), but constants made
 * with define() are not found that way, and Defines.php needs core's autoloader.
 *
 * @license GPL-2.0-or-later
 */

declare( strict_types = 1 );

$trainingsCore = dirname( __DIR__, 2 ) . '/.wiki/core';
if ( !is_file( "$trainingsCore/includes/Defines.php" ) ) {
	fwrite( STDERR, "MediaWiki core is missing at $trainingsCore: run 'bash dev/setup.sh' first.\n" );
	exit( 1 );
}

if ( !defined( 'MW_INSTALL_PATH' ) ) {
	define( 'MW_INSTALL_PATH', $trainingsCore );
}
if ( !defined( 'MEDIAWIKI' ) ) {
	define( 'MEDIAWIKI', true );
}

// Core's class autoloader (which also loads core's vendor/autoload.php) and its global
// constants (NS_*, DB_*, ...), as Setup.php loads them.
require_once "$trainingsCore/includes/AutoLoader.php";
require_once "$trainingsCore/includes/Defines.php";

// The extension's namespaces, registered by extension.json at run time.
define( 'NS_TRAINING', 1640 );
define( 'NS_TRAINING_TALK', 1641 );

// Maintenance scripts end by requiring this file when run directly.
define( 'RUN_MAINTENANCE_IF_MAIN', "$trainingsCore/maintenance/doMaintenance.php" );
