<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Page\ProperPageIdentity;

/**
 * What the catalog knows about one training module: the page, the title to show
 * and a short summary. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ModuleSummary {

	/**
	 * @param ProperPageIdentity $page The module's base page (not a language subpage)
	 * @param string $titleText The title to show, without the namespace prefix
	 * @param string $summary Plain-text summary; empty when the module has none
	 */
	public function __construct(
		private readonly ProperPageIdentity $page,
		private readonly string $titleText,
		private readonly string $summary = ''
	) {
	}

	public function getPage(): ProperPageIdentity {
		return $this->page;
	}

	public function getTitleText(): string {
		return $this->titleText;
	}

	public function getSummary(): string {
		return $this->summary;
	}

	/**
	 * The text a client-side filter matches against: title and summary,
	 * lower-cased, separated by a space.
	 */
	public function getSearchText(): string {
		return mb_strtolower( trim( $this->titleText . ' ' . $this->summary ) );
	}

}
