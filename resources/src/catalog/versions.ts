/**
 * Which language version of a module a catalog card links to: the reader's language, its
 * explicit fallbacks, the module's source language, then the rest of the reader's fallback
 * chain, among the versions the `list=trainings` entry already lists (no request per
 * module). The same rule as the server's cards (LanguageVersionResolver::bestOf()), from the
 * chains the server exports as `wgTrainingsLanguageFallbacks`.
 */
import { CatalogEntry } from './response';

/** The reader's language chains: each starts with the reader's language. */
export interface LanguageFallbacks {
	/** The language and its explicit fallbacks. */
	readonly strict: readonly string[];
	/** The language and its whole message fallback chain (ending with `en`). */
	readonly all: readonly string[];
	/** The `uselang` the reader came with, kept on the cards' links; null without one. */
	readonly uselang?: string | null;
}

/**
 * @param value `wgTrainingsLanguageFallbacks`, or anything
 * @return The chains, or null when the value does not fit
 */
export function readLanguageFallbacks( value: unknown ): LanguageFallbacks | null {
	const raw = value as { strict?: unknown; all?: unknown } | null;
	const list = ( v: unknown ): string[] | null => Array.isArray( v ) &&
		v.every( ( code ) => typeof code === 'string' ) ? v as string[] : null;
	const strict = raw && typeof raw === 'object' ? list( raw.strict ) : null;
	const all = raw && typeof raw === 'object' ? list( raw.all ) : null;
	const uselang = raw && typeof raw === 'object' && typeof ( raw as { uselang?: unknown } ).uselang === 'string' ?
		( raw as { uselang: string } ).uselang : null;
	if ( !strict || !all || !strict.length ) {
		return null;
	}
	return uselang ? { strict, all, uselang } : { strict, all };
}

/**
 * @param languages A module's language codes, its source first
 * @param fallbacks The reader's chains
 * @return The code of the `/<code>` version the reader gets; null for the base page
 */
export function readerVersion(
	languages: readonly string[],
	fallbacks: LanguageFallbacks,
): string | null {
	const source = languages[ 0 ];
	if ( source === undefined ) {
		return null;
	}
	const candidates = fallbacks.strict.concat( [ source ], fallbacks.all );
	for ( const code of candidates ) {
		if ( code === source ) {
			return null;
		}
		if ( languages.includes( code ) ) {
			return code;
		}
	}
	return null;
}

/**
 * @param entry A catalog entry (its url is the base page's)
 * @param fallbacks The reader's chains, or null (then the entry is left as it is)
 * @return The entry, linking to the version the reader gets (with the reader's `uselang`)
 */
export function withReaderVersion(
	entry: CatalogEntry,
	fallbacks: LanguageFallbacks | null,
): CatalogEntry {
	// The server says which version's words the entry carries; else the reader's chains choose.
	const code = entry.version !== undefined ? entry.version :
		fallbacks && entry.url ? readerVersion( entry.languages, fallbacks ) : null;
	// A subpage's address is the base page's plus "/code" (article path or ?title=, both end
	// with the title); language codes need no escaping.
	let url = code === null ? entry.url : entry.url + '/' + code;
	const uselang = fallbacks && fallbacks.uselang;
	if ( uselang && url ) {
		url += ( url.includes( '?' ) ? '&' : '?' ) + 'uselang=' + encodeURIComponent( uselang );
	}
	return url === entry.url ? entry : Object.assign( {}, entry, { url } );
}
