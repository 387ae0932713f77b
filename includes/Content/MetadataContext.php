<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * What MetadataParser needs from the page being parsed: turning inline wikitext
 * into HTML and finding files. ParserMetadataContext answers from the parser;
 * tests answer with plain functions.
 *
 * @license GPL-2.0-or-later
 */
interface MetadataContext {

	/**
	 * @param string $wikitext Inline wikitext (templates already expanded)
	 * @return string Safe HTML, without an outer paragraph
	 */
	public function renderInline( string $wikitext ): string;

	/**
	 * @param string $name A file name, with or without a namespace prefix
	 * @return string|null The DB key of the file when it exists, else null
	 */
	public function findFile( string $name ): ?string;

}
