<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Content\TranslateMarkup;
use MediaWiki\Hook\ParserBeforeInternalParseHook;
use MediaWiki\Hook\ParserFirstCallInitHook;
use MediaWiki\Parser\Parser;
use MediaWiki\Registration\ExtensionRegistry;

/**
 * Modules are written for the Translate extension (`<translate>`, `<!--T:n-->`, `<tvar>`,
 * `<languages/>`; design record 0003 §1). On a wiki without Translate that markup would show
 * as text, so this handler does what Translate does to it on the source page: the tags and
 * unit markers go before the page is parsed (in the Training namespace), and `<languages/>`
 * renders nothing (the reader's language notice and the player's language menu list the
 * versions instead). With Translate loaded, it does nothing: Translate's hooks handle it.
 *
 * @license GPL-2.0-or-later
 */
class TranslateMarkupHandler implements ParserBeforeInternalParseHook, ParserFirstCallInitHook {

	private readonly bool $translateLoaded;

	public function __construct( ?bool $translateLoaded = null ) {
		$this->translateLoaded = $translateLoaded ?? ExtensionRegistry::getInstance()->isLoaded( 'Translate' );
	}

	/**
	 * @param Parser $parser
	 * @param string &$text
	 * @param mixed $stripState
	 * @return bool
	 */
	public function onParserBeforeInternalParse( $parser, &$text, $stripState ) {
		$page = $parser->getPage();
		if ( !$this->translateLoaded && $page !== null && $page->getNamespace() === NS_TRAINING ) {
			$text = TranslateMarkup::stripFromPage( $text );
		}
		return true;
	}

	/**
	 * @param Parser $parser
	 */
	public function onParserFirstCallInit( $parser ): void {
		if ( !$this->translateLoaded ) {
			$parser->setHook( 'languages', static fn () => '' );
		}
	}

}
