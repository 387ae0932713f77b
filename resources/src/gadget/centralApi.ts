/**
 * What the gadget asks of the central wiki: its interface messages, its catalog
 * (`list=trainings`), and a module's language version parsed (`action=parse`). Read-only and
 * the same for every reader of a language: cacheable (`maxage`/`smaxage`).
 */
import { CatalogResponse, readCatalogResponse } from './catalogResponse';
import { MwEnvironment } from '../shared/MwEnvironment';

/** The API's limit on values of a multi-value parameter (for readers). */
const MESSAGES_PER_REQUEST = 50;

/** How long the central wiki's answers may be cached (s). */
const CACHE = { maxage: 300, smaxage: 300 };

/** How many modules the catalog lists at once. */
export const CATALOG_LIMIT = 50;

/**
 * @param env The gadget's environment
 * @param keys Message keys
 * @param language The reader's language
 * @return Key => text, for the messages the central wiki has
 */
export function fetchMessages(
	env: MwEnvironment,
	keys: readonly string[],
	language: string,
): Promise<Record<string, string>> {
	const chunks: string[][] = [];
	for ( let i = 0; i < keys.length; i += MESSAGES_PER_REQUEST ) {
		chunks.push( keys.slice( i, i + MESSAGES_PER_REQUEST ) );
	}
	return Promise.all( chunks.map( ( chunk ) => env.apiGet( Object.assign( {
		action: 'query',
		meta: 'allmessages',
		ammessages: chunk,
		amlang: language,
		uselang: language,
	}, CACHE ) ) ) ).then( ( responses ) => {
		const messages: Record<string, string> = {};
		responses.forEach( ( response ) => {
			const r = response as { query?: { allmessages?: unknown[] } } | null;
			const list = r && r.query && Array.isArray( r.query.allmessages ) ?
				r.query.allmessages : [];
			list.forEach( ( item ) => {
				const m = item as { name?: unknown; content?: unknown; missing?: unknown } | null;
				if ( m && typeof m.name === 'string' && typeof m.content === 'string' && !m.missing ) {
					messages[ m.name ] = m.content;
				}
			} );
		} );
		return messages;
	} );
}

/**
 * @param env The gadget's environment
 * @param search Words to look for ('' for all)
 * @param language The reader's language
 * @return The first modules that match
 */
export function fetchCatalog(
	env: MwEnvironment,
	search: string,
	language: string,
): Promise<CatalogResponse> {
	return env.apiGet( Object.assign( {
		action: 'query',
		list: 'trainings',
		trsearch: search || undefined,
		trlimit: CATALOG_LIMIT,
		uselang: language,
	}, CACHE ) ).then( readCatalogResponse );
}

/** A parsed language version of a module. */
export interface ParsedVersion {
	readonly html: string;
	/** ResourceLoader style modules of the central wiki the HTML needs. */
	readonly styles: readonly string[];
}

/**
 * @param env The gadget's environment
 * @param revision The reviewed revision of the page (`Training:X` or `Training:X/fr`): the
 *  gadget shows only what a reviewer approved (design record 0017)
 * @param language The reader's language
 * @return The revision's HTML and styles; rejects when there is no such revision
 */
export function fetchVersion(
	env: MwEnvironment,
	revision: number,
	language: string,
): Promise<ParsedVersion> {
	return env.apiGet( Object.assign( {
		action: 'parse',
		oldid: revision,
		prop: [ 'text', 'modulestyles' ],
		disableeditsection: true,
		disabletoc: true,
		uselang: language,
	}, CACHE ) ).then( ( response ) => {
		const r = response as { parse?: { text?: unknown; modulestyles?: unknown } } | null;
		if ( !r || !r.parse || typeof r.parse.text !== 'string' ) {
			throw new Error( 'The parse response has no text' );
		}
		const styles = Array.isArray( r.parse.modulestyles ) ?
			r.parse.modulestyles.filter( ( name ): name is string => typeof name === 'string' ) : [];
		return { html: r.parse.text, styles };
	} );
}

/**
 * Make the links and images of HTML parsed on the central wiki point there, not at the host
 * wiki; links that leave the module open in a new tab.
 *
 * @param root Where the HTML was put
 * @param origin The central wiki's origin
 */
export function pointAtCentral( root: Element, origin: string ): void {
	const absolute = ( url: string ): string => /^\/(?!\/)/.test( url ) ? origin + url : url;
	Array.prototype.forEach.call( root.querySelectorAll( '[href], [src], [srcset]' ), ( el: Element ) => {
		const href = el.getAttribute( 'href' );
		if ( href !== null && href.charAt( 0 ) !== '#' ) {
			el.setAttribute( 'href', absolute( href ) );
			if ( el.tagName === 'A' ) {
				el.setAttribute( 'target', '_blank' );
				el.setAttribute( 'rel', 'noopener' );
			}
		}
		const src = el.getAttribute( 'src' );
		if ( src !== null ) {
			el.setAttribute( 'src', absolute( src ) );
		}
		const srcset = el.getAttribute( 'srcset' );
		if ( srcset !== null ) {
			el.setAttribute( 'srcset', srcset.split( ',' ).map( ( part ) => {
				const trimmed = part.trim();
				return absolute( trimmed );
			} ).join( ', ' ) );
		}
	} );
}

/**
 * Load the central wiki's styles for a module page once (a stylesheet link to its load.php).
 *
 * @param doc The host page
 * @param loadUrl The central wiki's load.php
 * @param modules Style modules
 * @param language The reader's language
 */
export function loadCentralStyles(
	doc: Document,
	loadUrl: string,
	modules: readonly string[],
	language: string,
): void {
	if ( modules.length === 0 ) {
		return;
	}
	const href = loadUrl + '?' + new URLSearchParams( {
		modules: modules.slice().sort().join( '|' ),
		only: 'styles',
		lang: language,
	} ).toString();
	const present = Array.prototype.some.call(
		doc.querySelectorAll( 'link[data-trainings-gadget]' ),
		( link: Element ) => link.getAttribute( 'href' ) === href,
	);
	if ( !present ) {
		const link = doc.createElement( 'link' );
		link.rel = 'stylesheet';
		link.href = href;
		link.setAttribute( 'data-trainings-gadget', '' );
		doc.head.appendChild( link );
	}
}
