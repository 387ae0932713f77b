<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Parsoid;

use MediaWiki\Extension\Trainings\Content\EmbeddedHtml;
use Wikimedia\Parsoid\DOM\DocumentFragment;
use Wikimedia\Parsoid\Ext\ExtensionTagHandler;
use Wikimedia\Parsoid\Ext\ParsoidExtensionAPI;

/**
 * `<trainingshtml>` under Parsoid: the signed HTML of one of our parser functions, as the
 * legacy preprocessor produced it (EmbeddedHtml, design record 0018).
 *
 * @license GPL-2.0-or-later
 */
class EmbeddedHtmlTagHandler extends ExtensionTagHandler {

	public function __construct(
		private readonly EmbeddedHtml $embeddedHtml
	) {
	}

	/**
	 * @param ParsoidExtensionAPI $extApi
	 * @param string $src
	 * @param array<mixed> $extArgs
	 * @return DocumentFragment
	 */
	public function sourceToDom( ParsoidExtensionAPI $extApi, string $src, array $extArgs ): DocumentFragment {
		$attributes = array_map( 'strval', $extApi->extArgsToArray( $extArgs ) );
		$html = $this->embeddedHtml->unwrap( $src, $attributes ) ?? $this->embeddedHtml->invalid(
			new PageLanguageMessages( $extApi->getPageConfig()->getPageLanguageBcp47() ) );
		return $extApi->htmlToDom( $html );
	}

}
