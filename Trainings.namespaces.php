<?php
/**
 * Translations of the namespaces of the Trainings extension.
 *
 * The IDs are fixed (see docs/decisions/0001-namespace-ids.md); only the names
 * are translated. The canonical (English) names are registered in extension.json.
 *
 * @file
 * @ingroup Extensions
 * @license GPL-2.0-or-later
 */

declare( strict_types = 1 );

$namespaceNames = [];

// For wikis where the Trainings extension is not installed.
if ( !defined( 'NS_TRAINING' ) ) {
	define( 'NS_TRAINING', 1640 );
	define( 'NS_TRAINING_TALK', 1641 );
}

/** English (English) */
$namespaceNames['en'] = [
	NS_TRAINING => 'Training',
	NS_TRAINING_TALK => 'Training_talk',
];
