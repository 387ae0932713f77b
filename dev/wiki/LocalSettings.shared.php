<?php
/**
 * Settings shared by the development and test wikis, appended to the LocalSettings.php that
 * install.php writes for each instance. Expects $trainingsInstanceDir and $trainingsRepoDir.
 */

// Short URLs; dev/wiki/router.php sends /wiki/* to index.php under PHP's built-in server.
$wgArticlePath = '/wiki/$1';
$wgUsePathInfo = true;

// Each instance keeps its own uploads, caches and logs.
$wgUploadDirectory = "$trainingsInstanceDir/images";
$wgUploadPath = '/images';
$wgCacheDirectory = "$trainingsInstanceDir/cache";
$wgEnableUploads = true;
$wgFileExtensions[] = 'svg';
$wgSVGConverter = false;
$wgSVGNativeRendering = true;

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

// The transaction profiler with a large wiki's expectations (core's defaults, which follow
// Wikimedia's production, plus bounds on queries per request; design record 0016). Its reports
// go to rdbms.log, and any of them fails the wiki-log check (dev/check-wiki-logs.mjs).
$wgTrxProfilerLimits = [
	// Page views and API reads: the replica only, no write, bounded work.
	'GET' => [ 'masterConns' => 0, 'writes' => 0, 'readQueryTime' => 5, 'readQueryRows' => 10000,
		'queries' => 100 ],
	'POST' => [ 'readQueryTime' => 5, 'writeQueryTime' => 1, 'readQueryRows' => 100000,
		'maxAffected' => 1000, 'queries' => 300 ],
	'POST-nonwrite' => [ 'writes' => 0, 'readQueryTime' => 5, 'readQueryRows' => 10000, 'queries' => 100 ],
	// After the response of a page view: still no primary connection and no write.
	'PostSend-GET' => [ 'masterConns' => 0, 'writes' => 0, 'readQueryTime' => 5, 'writeQueryTime' => 1,
		'readQueryRows' => 10000, 'maxAffected' => 1000 ],
	'PostSend-POST' => [ 'readQueryTime' => 5, 'writeQueryTime' => 1, 'readQueryRows' => 100000,
		'maxAffected' => 1000 ],
	'JobRunner' => [ 'readQueryTime' => 30, 'writeQueryTime' => 5, 'readQueryRows' => 100000,
		'maxAffected' => 500 ],
	'Maintenance' => [ 'writeQueryTime' => 5, 'maxAffected' => 1000 ],
];
$wgDebugLogGroups['rdbms'] = [ 'destination' => "$trainingsLogDir/rdbms.log", 'level' => 'warning' ];
// Queuing a job is no database write of the wiki's on a large wiki (see the class).
require_once __DIR__ . '/DevJobQueue.php';
$wgJobTypeConf['default'] = [ 'class' => TrainingsDevJobQueue::class, 'order' => 'random', 'claimTTL' => 3600 ];

// QUnit tests run inside the wiki through Special:JavaScriptTest.
$wgEnableJavaScriptTest = true;

// A faster local experience; production caching is measured by the benchmarks instead.
$wgMainCacheType = CACHE_DB;
$wgParserCacheType = CACHE_DB;
$wgJobRunRate = 0;

// Bundled with the Debian package, used by the extension or by sample modules.
wfLoadExtension( 'Gadgets' );
wfLoadExtension( 'ParserFunctions' );
wfLoadExtension( 'Cite' );
// Maintainers are notified through Echo when it is loaded (the extension detects it).
wfLoadExtension( 'Echo' );
// Minerva, the mobile skin, for `?useskin=minerva`: the phone tests run on it (install.php
// enables every bundled skin too; queuing the same skin again is harmless). Vector 2022 stays
// the default.
wfLoadSkin( 'MinervaNeue' );
$wgGroupPermissions['sysop']['gadgets-edit'] = true;
$wgGroupPermissions['sysop']['gadgets-definition-edit'] = true;

// The plain wikis beside this one (dev/wiki.sh --plain) run the gadget against this wiki's
// API: it reads anonymously (origin=*), and their origin is allowed for credentialed requests.
$wgCrossSiteAJAXdomains = [ 'localhost', '127.0.0.1' ];

// The extension itself, straight from the checkout.
wfLoadExtension( 'Trainings', "$trainingsRepoDir/extension.json" );

// VisualEditor (bundled) in the Training namespace, on core's own Parsoid (design record 0018).
wfLoadExtension( 'VisualEditor' );
$wgVisualEditorAvailableNamespaces['Training'] = true;
$wgDefaultUserOptions['visualeditor-enable'] = 1;

// Module pages render with Parsoid when the address has ?useparsoid=1: some browser tests
// run that way (design record 0018).
$wgTrainingsParsoidReadViews = 'query';

// The real Translate and UniversalLanguageSelector, in instances installed with --translate
// (written by dev/translate.sh; design record 0005).
if ( is_file( "$trainingsInstanceDir/LocalSettings.translate.php" ) ) {
	require "$trainingsInstanceDir/LocalSettings.translate.php";
}

// The real TimedMediaHandler with getID3 and WebM uploads (written by dev/timedmedia.sh;
// design record 0013).
if ( is_file( "$trainingsInstanceDir/LocalSettings.timedmedia.php" ) ) {
	require "$trainingsInstanceDir/LocalSettings.timedmedia.php";
}

// Per-instance overrides (e.g. from a test run).
if ( is_file( "$trainingsInstanceDir/LocalSettings.local.php" ) ) {
	require "$trainingsInstanceDir/LocalSettings.local.php";
}
