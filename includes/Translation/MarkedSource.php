<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Title\Title;

/**
 * What the Translate extension ties a translation page to: the revision of its source page
 * marked for translation (design record 0017: a translation page follows its source's review).
 *
 * @license GPL-2.0-or-later
 */
interface MarkedSource {

	public const SERVICE_NAME = 'Trainings.MarkedSource';

	/**
	 * @param Title $page Any page
	 * @return int|null For a translation page of Translate: the source's revision marked for
	 *  translation; null for every other page (a hand-made version needs its own review)
	 */
	public function markedSourceRevision( Title $page ): ?int;

}
