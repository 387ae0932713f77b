<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Page\PageReference;
use MediaWiki\Title\MalformedTitleException;
use MediaWiki\Title\TitleParser;

/**
 * Whether a module's metadata `title` may become its page's display title: the rule of
 * `{{DISPLAYTITLE:}}` under `$wgRestrictDisplayTitle` (on by default). With the setting on,
 * only a title that normalises to the page's own title is accepted (case of the first letter,
 * spaces and underscores aside); any other keeps the page's own heading, so that a page
 * cannot present itself as another. The metadata title names the module, not the page, so it
 * is read in the page's namespace: "Partnerships" on Training:Partnerships is accepted, where
 * `{{DISPLAYTITLE:}}` would want "Training:Partnerships". The catalog still lists the module
 * by its metadata title.
 *
 * @license GPL-2.0-or-later
 */
final class DisplayTitleRule {

	public function __construct(
		private readonly bool $restrictDisplayTitle,
		private readonly TitleParser $titleParser
	) {
	}

	public function accepts( string $title, PageReference $page ): bool {
		if ( !$this->restrictDisplayTitle ) {
			return true;
		}
		try {
			$parsed = $this->titleParser->parseTitle( $title, $page->getNamespace() );
		} catch ( MalformedTitleException ) {
			return false;
		}
		return !$parsed->hasFragment() && !$parsed->isExternal()
			&& $parsed->getNamespace() === $page->getNamespace()
			&& $parsed->getDBkey() === $page->getDBkey();
	}

}
