/**
 * Which language version of a module a reader gets, the rule of the server's
 * LanguageVersionResolver::candidates() on the client: the reader's language, its explicit
 * fallbacks, the module's source language, then the rest of the message fallback chain
 * (which ends with `en`). The host wiki knows the chain (`mw.language`), the central wiki's
 * `list=trainings` the versions (source first).
 *
 * The client's chain is MediaWiki's message chain, with the implicit `en` at its end: it is
 * taken as explicit only for variants of English (`en-gb` → `en`), as the server's data says.
 */

/**
 * @param chain The reader's language and its fallbacks (`mw.language.getFallbackLanguageChain()`)
 * @param source The module's source language
 * @return Codes to try, best first
 */
export function candidateLanguages( chain: readonly string[], source: string ): string[] {
	const [ user = source ] = chain;
	const strict = chain.slice( 1 ).filter( ( code ) => code !== 'en' || /^en-/.test( user ) );
	const all = [ user ].concat( strict, [ source ], chain.slice( 1 ), [ 'en' ] );
	return all.filter( ( code, i ) => code !== '' && all.indexOf( code ) === i );
}

/**
 * @param versions Codes of the module's versions, the source language first
 * @param chain The reader's language chain
 * @return The code of the version to show ('' when there is none)
 */
export function chooseLanguage( versions: readonly string[], chain: readonly string[] ): string {
	if ( versions.length === 0 ) {
		return '';
	}
	const found = candidateLanguages( chain, versions[ 0 ] )
		.find( ( code ) => versions.includes( code ) );
	return found || versions[ 0 ];
}

/**
 * @param key The module's DB key
 * @param code A version's language code
 * @param source The source language (its version is the base page)
 * @return The page to parse on the central wiki
 */
export function versionTitle( key: string, code: string, source: string ): string {
	return 'Training:' + key + ( code === source ? '' : '/' + code );
}
