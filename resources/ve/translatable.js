/**
 * A value written as `<translate><!--T:5--> text</translate>` (Translate's markers, design
 * record 0005): the dialogs show the text, and keep the markers around a changed text.
 */
'use strict';

const WRAPPED = /^(<translate>(?:<!--T:[^>]*-->)?\s*)([\s\S]*?)(<\/translate>)$/;

/**
 * @param {string} wikitext
 * @return {{text: string, wrap: string[]|null}}
 */
function read( wikitext ) {
	const match = WRAPPED.exec( wikitext );
	return match ?
		{ text: match[ 2 ].trim(), wrap: [ match[ 1 ], match[ 3 ] ] } :
		{ text: wikitext, wrap: null };
}

/**
 * @param {string} old The wikitext the value had
 * @param {string} text The new text
 * @return {string} The new wikitext, wrapped as the old one was
 */
function write( old, text ) {
	const wrap = read( old ).wrap;
	return wrap ? wrap[ 0 ] + text + wrap[ 1 ] : text;
}

module.exports = { WRAPPED: WRAPPED, read: read, write: write };
