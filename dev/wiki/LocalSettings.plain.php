<?php
/**
 * Settings of a "plain" development or test wiki (dev/wiki.sh install NAME PORT --plain):
 * a wiki WITHOUT the Trainings extension, with Gadgets, where the Trainings gadget
 * (dev/install-gadget.mjs) plays the central wiki's trainings. Appended to the
 * LocalSettings.php that install.php writes; expects $trainingsInstanceDir.
 */

// Short URLs; dev/wiki/router.php sends /wiki/* to index.php under PHP's built-in server.
$wgArticlePath = '/wiki/$1';
$wgUsePathInfo = true;

$wgUploadDirectory = "$trainingsInstanceDir/images";
$wgUploadPath = '/images';
$wgCacheDirectory = "$trainingsInstanceDir/cache";

// Errors must be visible: the test run fails when any of these logs is not empty.
$trainingsLogDir = "$trainingsInstanceDir/logs";
$wgDebugLogGroups['exception'] = "$trainingsLogDir/exception.log";
$wgDebugLogGroups['error'] = "$trainingsLogDir/error.log";
$wgDebugLogGroups['fatal'] = "$trainingsLogDir/error.log";
ini_set( 'log_errors', '1' );
ini_set( 'display_errors', '0' );
ini_set( 'error_log', "$trainingsLogDir/php-error.log" );
$wgShowExceptionDetails = true;
$wgDevelopmentWarnings = true;
error_reporting( E_ALL );

$wgMainCacheType = CACHE_DB;
$wgParserCacheType = CACHE_DB;
$wgJobRunRate = 0;

// Gadgets, and nothing of the extension: everything about trainings comes from the central wiki.
wfLoadExtension( 'Gadgets' );
$wgGroupPermissions['sysop']['gadgets-edit'] = true;
$wgGroupPermissions['sysop']['gadgets-definition-edit'] = true;

// Per-instance overrides (e.g. from a test run).
if ( is_file( "$trainingsInstanceDir/LocalSettings.local.php" ) ) {
	require "$trainingsInstanceDir/LocalSettings.local.php";
}
