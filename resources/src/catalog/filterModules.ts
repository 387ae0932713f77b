/**
 * Pure search logic of the catalog: which modules match what the learner typed.
 */

/**
 * Anything the catalog can search: the server renders `data-search-text` for each module.
 */
export interface SearchableModule {
	readonly searchText: string;
}

// Combining marks that act as diacritics once text is decomposed (NFD): combining diacritical
// marks (Latin, Greek, Cyrillic accents and their extensions), Cyrillic titlos, Hebrew points
// and Arabic harakat. Listed, because `\p{M}` is ES2018 syntax and the output is ES2017.
// (Ranges of lone combining marks, not combined characters: hence the rule exception.)
// eslint-disable-next-line no-misleading-character-class
const DIACRITICS = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * Fold text for matching: lower case, decomposed, without diacritics, single spaces.
 *
 * @param text Any text
 * @return Folded text; "Événement  Ça" becomes "evenement ca"
 */
export function normalizeForSearch( text: string ): string {
	return text
		.normalize( 'NFD' )
		.replace( DIACRITICS, '' )
		.toLowerCase()
		.replace( /\s+/g, ' ' )
		.trim();
}

/**
 * Split a query into the folded words that must all match.
 *
 * @param query What the learner typed
 * @return Folded words, empty for a blank query
 */
export function queryWords( query: string ): string[] {
	const folded = normalizeForSearch( query );
	return folded === '' ? [] : folded.split( ' ' );
}

/**
 * Whether a module's search text contains every word of the query.
 *
 * @param searchText Text to search in (folded here, so raw text is fine)
 * @param query What the learner typed
 * @return True for a blank query
 */
export function matchesQuery( searchText: string, query: string ): boolean {
	return containsWords( searchText, queryWords( query ) );
}

/**
 * @param searchText Text to search in (folded here, so raw text is fine)
 * @param words Folded words, as queryWords() gives them
 * @return Whether the folded text contains every word
 */
function containsWords( searchText: string, words: readonly string[] ): boolean {
	const haystack = normalizeForSearch( searchText );
	return words.every( ( word ) => haystack.includes( word ) );
}

/**
 * The modules whose search text contains every word of the query, in their original order.
 *
 * @param modules Modules to filter
 * @param query What the learner typed; a blank query keeps every module
 * @return The matching modules (a new array)
 */
export function filterModules<T extends SearchableModule>(
	modules: readonly T[],
	query: string,
): T[] {
	const words = queryWords( query );
	if ( words.length === 0 ) {
		return modules.slice();
	}
	return modules.filter( ( module ) => containsWords( module.searchText, words ) );
}
