<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Parser\Parser;
use MediaWiki\Parser\PPFrame;
use MediaWiki\Title\Title;

/**
 * MetadataContext for a real parse: free text is parsed in the page's frame
 * (links and images are recorded as usual), files are fetched through the parser
 * so the cover image is recorded as an image link.
 *
 * @license GPL-2.0-or-later
 */
final class ParserMetadataContext implements MetadataContext {

	public function __construct(
		private readonly Parser $parser,
		private readonly PPFrame $frame
	) {
	}

	public function renderInline( string $wikitext ): string {
		return trim( Parser::stripOuterParagraph(
			$this->parser->recursiveTagParseFully( $wikitext, $this->frame )
		) );
	}

	public function findFile( string $name ): ?string {
		$title = Title::newFromText( $name, NS_FILE );
		if ( $title === null || $title->getNamespace() !== NS_FILE ) {
			return null;
		}
		[ $file ] = $this->parser->fetchFileAndTitle( $title );
		return $file && $file->exists() ? $title->getDBkey() : null;
	}

}
