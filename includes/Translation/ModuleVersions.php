<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Page\PageIdentity;

/**
 * What Translation needs to know of a module whose versions are already known (a catalog
 * card): its base page and the codes of its versions, the source language first. The catalog
 * builds these from its entries, so that Translation does not know the catalog
 * (docs/architecture.md). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ModuleVersions {

	/**
	 * @param PageIdentity $base The module's base page
	 * @param list<string> $languages Codes of its versions, its source language first
	 */
	public function __construct(
		public readonly PageIdentity $base,
		public readonly array $languages
	) {
	}

}
