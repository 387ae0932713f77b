<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\SpecialPage\SpecialPage;

/**
 * What the learners' and organisers' own pages (their progress, their groups, their
 * certificates) have in common: listed with the user pages, and they write (POST forms).
 *
 * @license GPL-2.0-or-later
 */
abstract class LearnerSpecialPage extends SpecialPage {

	/** @inheritDoc */
	public function doesWrites() {
		return true;
	}

	/** @inheritDoc */
	protected function getGroupName() {
		return 'users';
	}
}
