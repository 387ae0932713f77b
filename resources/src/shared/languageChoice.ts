/**
 * Which language version a reader gets, where the choice must be made in the browser: the
 * gadget (the central wiki's versions, the host wiki's language chain) and a video's subtitles.
 * The rule is the server's (LanguageVersionResolver, design record 0005): the reader's language,
 * its explicit fallbacks, the module's source language, then the rest of the message fallback
 * chain (which ends with `en`). The catalog and the player's text get their version from the
 * server and do not choose here.
 */

/** A reader's language chains (as wgTrainingsLanguages.fallbacks gives them). */
export interface ReaderChains {
	/** The language, then its explicit fallbacks. */
	readonly strict: readonly string[];
	/** The language, then its whole message fallback chain. */
	readonly all: readonly string[];
}

/**
 * The chains from MediaWiki's message chain (`mw.language.getFallbackLanguageChain()`), whose
 * `en` at its end is implicit: it counts as explicit only for variants of English (`en-gb`).
 *
 * @param chain The reader's language and its fallbacks
 * @return The chains
 */
export function chainsFromFallbackChain( chain: readonly string[] ): ReaderChains {
	const [ user = '' ] = chain;
	const strict = chain.slice( 1 ).filter( ( code ) => code !== 'en' || /^en-/.test( user ) );
	return { strict: [ user ].concat( strict ), all: chain.concat( [ 'en' ] ) };
}

/**
 * @param chains The reader's chains
 * @param source The module's source language
 * @return Codes to try, best first, each once
 */
export function candidateLanguages( chains: ReaderChains, source: string ): string[] {
	const all = chains.strict.concat( [ source ], chains.all );
	return all.filter( ( code, i ) => code !== '' && all.indexOf( code ) === i );
}

/**
 * @param available Codes to choose from
 * @param candidates Codes to try, best first
 * @return The first candidate available, or null
 */
export function firstAvailable(
	available: readonly string[],
	candidates: readonly string[],
): string | null {
	return candidates.find( ( code ) => available.includes( code ) ) || null;
}
