<?php
/**
 * Magic words of the Trainings extension: the parser functions {{#training:}},
 * {{#trainingcourse:}}, {{#trainingvideo:}} and {{#trainingstep:}}.
 *
 * @file
 * @ingroup Extensions
 * @license GPL-2.0-or-later
 */

declare( strict_types = 1 );

$magicWords = [];

/** English (English) */
$magicWords['en'] = [
	'training' => [ 0, 'training' ],
	'trainingcourse' => [ 0, 'trainingcourse' ],
	'trainingvideo' => [ 0, 'trainingvideo' ],
	'trainingstep' => [ 0, 'trainingstep' ],
];
