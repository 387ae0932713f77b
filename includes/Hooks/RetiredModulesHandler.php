<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Hook\RejectParserCacheValueHook;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\ResourceLoader\ResourceLoader;

/**
 * A Training page's cached parse names the ResourceLoader modules it needs. When a release
 * merges or renames the extension's modules (docs/architecture.md, "ResourceLoader
 * modules"), a page parsed before it would name modules that no longer exist and be shown
 * unstyled and without its player until its cache expired. Such a cached parse is rejected,
 * so the page is parsed again, once, on its next view.
 *
 * @license GPL-2.0-or-later
 */
class RetiredModulesHandler implements RejectParserCacheValueHook {

	private const PREFIX = 'ext.trainings.';

	public function __construct(
		private readonly ResourceLoader $resourceLoader
	) {
	}

	/**
	 * @param ParserOutput $parserOutput
	 * @param mixed $wikiPage
	 * @param mixed $parserOptions
	 * @return bool False to reject the cached parse
	 */
	public function onRejectParserCacheValue( $parserOutput, $wikiPage, $parserOptions ) {
		foreach ( [ ...$parserOutput->getModules(), ...$parserOutput->getModuleStyles() ] as $module ) {
			if ( str_starts_with( $module, self::PREFIX ) && !$this->resourceLoader->isModuleRegistered( $module ) ) {
				return false;
			}
		}
		return true;
	}
}
