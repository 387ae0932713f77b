/**
 * The `list=trainings` response (design record 0004, §3), read defensively: a field that is
 * missing or of another type becomes "unknown" instead of breaking the list.
 */

/** How complete a translation is, from the Translate extension's statistics. */
export interface TranslationFigures {
	readonly language: string;
	/** 0…100, rounded as the Translate extension rounds it. */
	readonly percent: number;
	/** Translation units whose translation is outdated. */
	readonly outdated: number;
}

/** A topic of a module, labelled in the request's language (design record 0020). */
export interface TopicLabel {
	readonly key: string;
	readonly label: string;
}

/** One module of the catalog, as the enhancement shows it. */
export interface CatalogEntry {
	/** DB key of the module's base page, e.g. `How_to_talk_to_partners`. */
	readonly key: string;
	readonly displaytitle: string;
	readonly summary: string;
	/**
	 * The language (BCP 47) and direction of the title and summary: the reader's version's,
	 * or the source's for words not translated yet; null when the server did not say.
	 */
	readonly titleLang: string | null;
	/**
	 * The version whose words these are (the reader's, or the one a search found): its code,
	 * null for the source; undefined when the server did not say (then the card links by the
	 * reader's chains).
	 */
	readonly version?: string | null;
	readonly titleDir: string | null;
	readonly summaryLang: string | null;
	readonly summaryDir: string | null;
	/** `beginner`, `intermediate` or `advanced`, or null when not given. */
	readonly level: string | null;
	/** Minutes, or null when not given. */
	readonly duration: number | null;
	/** `quiz`, `video`, `image`. */
	readonly formats: readonly string[];
	/** The module's topics that the wiki's topic list has, in the list's order. */
	readonly topics: readonly TopicLabel[];
	/** Language codes, the source language first. */
	readonly languages: readonly string[];
	/** `published`, `outdated` or `draft`. */
	readonly status: string;
	/** Link to the module. */
	readonly url: string;
	/**
	 * The translation the card links to, when Translate knows how complete it is; null for a
	 * source page, a hand-made version or figures not computed yet.
	 */
	readonly translation: TranslationFigures | null;
	/**
	 * Language code => the reviewed revision of that version, what readers get (design record
	 * 0017); versions no reviewer approved are missing.
	 */
	readonly revisions: Readonly<Record<string, number>>;
}

/** One page of results. */
export interface CatalogResponse {
	readonly entries: readonly CatalogEntry[];
	/** `trcontinue` for the next page, or null on the last page. */
	readonly continueFrom: string | null;
}

type Json = Record<string, unknown>;

function isObject( value: unknown ): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray( value );
}

function text( value: unknown ): string {
	return typeof value === 'string' ? value : '';
}

function strings( value: unknown ): string[] {
	return Array.isArray( value ) ? value.filter( ( item ): item is string => typeof item === 'string' ) : [];
}

function topicLabels( value: unknown ): TopicLabel[] {
	return Array.isArray( value ) ? value.filter( ( item ): item is TopicLabel => isObject( item ) &&
		typeof item.key === 'string' && typeof item.label === 'string' && item.label !== '' )
		.map( ( item ) => ( { key: item.key, label: item.label } ) ) : [];
}

function revisions( value: unknown ): Record<string, number> {
	const result: Record<string, number> = {};
	if ( isObject( value ) ) {
		Object.keys( value ).forEach( ( code ) => {
			const id = value[ code ];
			if ( typeof id === 'number' && isFinite( id ) && id > 0 ) {
				result[ code ] = id;
			}
		} );
	}
	return result;
}

function direction( value: unknown ): string | null {
	return value === 'ltr' || value === 'rtl' ? value : null;
}

function translationFigures( value: unknown ): TranslationFigures | null {
	if ( !isObject( value ) || typeof value.language !== 'string' || typeof value.percent !== 'number' ||
		!isFinite( value.percent ) ) {
		return null;
	}
	const outdated = typeof value.outdated === 'number' && isFinite( value.outdated ) ? value.outdated : 0;
	return { language: value.language, percent: value.percent, outdated };
}

/**
 * @param item One element of `query.trainings`
 * @return The entry, or null when it has no key or title
 */
function readEntry( item: unknown ): CatalogEntry | null {
	if ( !isObject( item ) ) {
		return null;
	}
	const key = text( item.key ) || text( item.title ).replace( /^[^:]*:/, '' ).replace( / /g, '_' );
	const displaytitle = text( item.displaytitle ) || key.replace( /_/g, ' ' );
	if ( key === '' ) {
		return null;
	}
	const duration = typeof item.duration === 'number' && isFinite( item.duration ) ? item.duration : null;
	return {
		key,
		displaytitle,
		summary: text( item.summary ),
		titleLang: text( item.displaytitlelang ) || null,
		version: 'version' in item ? text( item.version ) || null : undefined,
		titleDir: direction( item.displaytitledir ),
		summaryLang: text( item.summarylang ) || null,
		summaryDir: direction( item.summarydir ),
		level: text( item.level ) || null,
		duration,
		formats: strings( item.formats ),
		topics: topicLabels( item.topiclabels ),
		languages: strings( item.languages ),
		status: text( item.status ) || 'published',
		url: text( item.url ),
		translation: translationFigures( item.translation ),
		revisions: revisions( item.revisions ),
	};
}

/**
 * @param data Decoded JSON of a `list=trainings` response (formatversion=2)
 * @return Its entries and continuation
 * @throws {Error} When the response holds no list at all
 */
export function readCatalogResponse( data: unknown ): CatalogResponse {
	const query = isObject( data ) ? data.query : undefined;
	const list = isObject( query ) ? query.trainings : undefined;
	if ( !Array.isArray( list ) ) {
		throw new Error( 'The list=trainings response has no query.trainings list' );
	}
	const cont = isObject( data ) ? data.continue : undefined;
	const continueFrom = isObject( cont ) && typeof cont.trcontinue === 'string' ? cont.trcontinue : null;
	return {
		entries: list.map( readEntry ).filter( ( entry ): entry is CatalogEntry => entry !== null ),
		continueFrom,
	};
}
