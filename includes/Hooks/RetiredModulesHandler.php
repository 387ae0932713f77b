<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Hook\RejectParserCacheValueHook;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Registration\ExtensionRegistry;

/**
 * A Training page's cached parse names the ResourceLoader modules it needs. When a release
 * merges or renames the extension's modules (docs/architecture.md, "ResourceLoader
 * modules"), a page parsed before it would name modules that no longer exist and be shown
 * unstyled and without its player until its cache expired. Such a cached parse is rejected,
 * so the page is parsed again, once, on its next view.
 *
 * The modules of extension.json are read from the extension registry, which is in memory:
 * the ResourceLoader service would be built on every parser cache hit of any page.
 *
 * @license GPL-2.0-or-later
 */
class RetiredModulesHandler implements RejectParserCacheValueHook {

	private const PREFIX = 'ext.trainings.';

	/**
	 * @param array<string,mixed> $registered The modules of the extensions' extension.json
	 *  files, by name
	 */
	public function __construct(
		private readonly array $registered
	) {
	}

	public static function newFromRegistry(): self {
		return new self( ExtensionRegistry::getInstance()->getAttribute( 'ResourceModules' ) );
	}

	/**
	 * @param ParserOutput $parserOutput
	 * @param mixed $wikiPage
	 * @param mixed $parserOptions
	 * @return bool False to reject the cached parse
	 */
	public function onRejectParserCacheValue( $parserOutput, $wikiPage, $parserOptions ) {
		foreach ( [ ...$parserOutput->getModules(), ...$parserOutput->getModuleStyles() ] as $module ) {
			// (The VisualEditor plugin, registered from a hook, is never part of a parse.)
			if ( str_starts_with( $module, self::PREFIX ) && !isset( $this->registered[$module] ) ) {
				return false;
			}
		}
		return true;
	}
}
