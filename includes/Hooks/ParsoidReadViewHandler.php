<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use Article;
use MediaWiki\Config\Config;
use MediaWiki\Page\Hook\ArticleParserOptionsHook;
use MediaWiki\Parser\ParserOptions;

/**
 * Parsoid page views of the Training namespace (design record 0018), as MediaWiki 1.43 offers
 * them: `ParserOptions::setUseParsoid()` from the ArticleParserOptions hook, which is what the
 * ParserMigration extension does. `$wgTrainingsParsoidReadViews`: "off" (the default), "on",
 * or "query": only with `?useparsoid=1` in the address, so a test wiki can run some of its
 * browser tests on Parsoid and the rest on the legacy parser. The parser cache keeps the two
 * renderings apart (`useParsoid` is part of its key).
 *
 * @license GPL-2.0-or-later
 */
class ParsoidReadViewHandler implements ArticleParserOptionsHook {

	public const CONFIG = 'TrainingsParsoidReadViews';

	public function __construct(
		private readonly Config $config
	) {
	}

	/**
	 * @param Article $article
	 * @param ParserOptions $popts
	 */
	public function onArticleParserOptions( Article $article, ParserOptions $popts ): void {
		if ( $article->getTitle()->getNamespace() !== NS_TRAINING ) {
			return;
		}
		$mode = $this->config->get( self::CONFIG );
		if ( $mode === 'on'
			|| ( $mode === 'query' && $article->getContext()->getRequest()->getRawVal( 'useparsoid' ) === '1' )
		) {
			$popts->setUseParsoid();
		}
	}

}
