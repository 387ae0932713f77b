<?php
/**
 * Aliases for the special pages of the Trainings extension.
 *
 * @file
 * @ingroup Extensions
 * @license GPL-2.0-or-later
 */

declare( strict_types = 1 );

$specialPageAliases = [];

/** English (English) */
$specialPageAliases['en'] = [
	'Trainings' => [ 'Trainings', 'Training_modules' ],
	'MyTrainings' => [ 'MyTrainings', 'My_trainings' ],
	'TrainingStats' => [ 'TrainingStats', 'Training_statistics' ],
	'TrainingMaintenance' => [ 'TrainingMaintenance', 'Training_maintenance' ],
	'TrainingsKiwix' => [ 'TrainingsKiwix', 'Trainings_for_Kiwix' ],
	'TrainingGroups' => [ 'TrainingGroups', 'Training_groups' ],
	'TrainingGroup' => [ 'TrainingGroup', 'Training_group' ],
	'JoinTrainingGroup' => [ 'JoinTrainingGroup', 'Join_training_group' ],
	'TrainingCertificate' => [ 'TrainingCertificate', 'Training_certificate' ],
];
