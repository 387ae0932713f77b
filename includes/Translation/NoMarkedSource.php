<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Title\Title;

/**
 * Without Translate no page is a translation page: every language version is reviewed itself.
 *
 * @license GPL-2.0-or-later
 */
class NoMarkedSource implements MarkedSource {

	/** @inheritDoc */
	public function markedSourceRevision( Title $page ): ?int {
		return null;
	}

}
