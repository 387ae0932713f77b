<?php
/**
 * PHPUnit bootstrap: PHPUnit and its helpers come from .wiki/tools, then core's own
 * bootstrap sets up MediaWiki (its settings chosen through MW_CONFIG_FILE by dev/phpunit.sh).
 */

declare( strict_types = 1 );
require_once __DIR__ . '/../../.wiki/tools/vendor/autoload.php';
require_once getenv( 'MW_INSTALL_PATH' ) . '/tests/phpunit/bootstrap.php';
