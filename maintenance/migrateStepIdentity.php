<?php
/**
 * Ties what learners recorded by step number (progress, flags on steps, first-try counts) to
 * step ids (design record 0019). update.php runs it once; run it
 * again with --force (rows already tied are skipped):
 *
 *   php maintenance/run.php ./extensions/Trainings/maintenance/migrateStepIdentity.php --force
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

use MediaWiki\Extension\Trainings\Maintenance\MigrateStepIdentity;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

// @phan-suppress-next-line PhanUndeclaredClassReference
$maintClass = MigrateStepIdentity::class;
require_once RUN_MAINTENANCE_IF_MAIN;
