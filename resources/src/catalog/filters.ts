/**
 * The state of Special:Trainings as its GET form and its URL carry it, and the matching
 * `list=trainings` request (design record 0004, §3 and §4).
 */
import { ApiParams } from '../shared/MwEnvironment';

/**
 * The values of the catalog form. Empty strings mean "no filter"; the server validated the
 * options, so any value the form holds is one the API knows.
 */
export interface CatalogFilters {
	readonly search: string;
	readonly topic: string;
	readonly level: string;
	readonly format: string;
	readonly language: string;
	/** Whole minutes, as text (the value of the duration select), or empty. */
	readonly maxduration: string;
	readonly sort: string;
	readonly drafts: boolean;
}

/** The text-valued filters, in URL order; each is a form field and a URL parameter of that name. */
export const TEXT_FILTERS = [ 'search', 'topic', 'level', 'format', 'language', 'maxduration', 'sort' ] as const;

type TextFilter = typeof TEXT_FILTERS[ number ];

/** The sort the server applies when none is asked for: not written into the URL. */
export const DEFAULT_SORT = 'title';

/** The action API's upper limit for `trlimit`. */
export const MAX_LIMIT = 500;

export const NO_FILTERS: CatalogFilters = {
	search: '',
	topic: '',
	level: '',
	format: '',
	language: '',
	maxduration: '',
	sort: '',
	drafts: false,
};

/**
 * Read the filters from the catalog form.
 *
 * @param form The `form.ext-trainings-catalog__search`
 * @return Its current values
 */
export function readFilters( form: HTMLFormElement ): CatalogFilters {
	const value = ( name: string ): string => {
		const field = form.elements.namedItem( name ) as
			HTMLInputElement | HTMLSelectElement | null;
		return field && typeof field.value === 'string' ? field.value : '';
	};
	const drafts = form.elements.namedItem( 'drafts' ) as HTMLInputElement | null;
	return {
		search: value( 'search' ),
		topic: value( 'topic' ),
		level: value( 'level' ),
		format: value( 'format' ),
		language: value( 'language' ),
		maxduration: value( 'maxduration' ),
		sort: value( 'sort' ),
		drafts: !!drafts && drafts.checked === true,
	};
}

/**
 * Whether the filters narrow the list (sort order and drafts do not: they only reorder or add).
 *
 * @param filters Catalog filters
 * @return True when a search or a filter is set; courses are then not shown
 */
export function isFiltering( filters: CatalogFilters ): boolean {
	return filters.search.trim() !== '' || filters.topic !== '' || filters.level !== '' ||
		filters.format !== '' || filters.language !== '' || filters.maxduration !== '';
}

/**
 * @param a Filters
 * @param b Other filters
 * @return Whether both ask for the same list (surrounding spaces of the search aside)
 */
export function sameFilters( a: CatalogFilters, b: CatalogFilters ): boolean {
	return TEXT_FILTERS.every( ( name: TextFilter ) => name === 'search' ?
		a.search.trim() === b.search.trim() :
		a[ name ] === b[ name ] ) && a.drafts === b.drafts;
}

/**
 * The `list=trainings` request for one page of modules.
 *
 * @param filters Catalog filters
 * @param limit How many modules (clamped to 1..MAX_LIMIT)
 * @param continueFrom `trcontinue` from a previous response, or null for the first page
 * @param userLanguage The reader's language (`uselang`: search ranking, the version's words and
 *  figures), '' for none
 * @return API parameters
 */
export function apiParams(
	filters: CatalogFilters,
	limit: number,
	continueFrom: string | null,
	userLanguage = '',
): ApiParams {
	const params: ApiParams = {
		action: 'query',
		list: 'trainings',
		trkind: 'module',
		trlimit: Math.max( 1, Math.min( MAX_LIMIT, Math.floor( limit ) ) ),
	};
	const search = filters.search.trim();
	if ( search !== '' ) {
		params.trsearch = search;
	}
	( [ 'topic', 'level', 'format', 'language', 'maxduration', 'sort' ] as const ).forEach( ( name ) => {
		if ( filters[ name ] !== '' ) {
			params[ 'tr' + name ] = filters[ name ];
		}
	} );
	if ( filters.drafts ) {
		params.trstatus = [ 'published', 'outdated', 'draft' ];
	}
	if ( continueFrom !== null ) {
		params.trcontinue = continueFrom;
	}
	if ( userLanguage !== '' ) {
		params.uselang = userLanguage;
	}
	return params;
}

/**
 * The URL of the catalog showing these filters: the first page (no `continue`, no search inside
 * modules), other
 * parameters (`title`, `uselang`…) and the fragment kept, empty values left out.
 *
 * @param href The current URL
 * @param filters Catalog filters
 * @return The shareable URL
 */
export function urlWithFilters( href: string, filters: CatalogFilters ): string {
	const url = new URL( href );
	const params = url.searchParams;
	params.delete( 'continue' );
	params.delete( 'drafts' );
	// The list shown is the instant one, on titles and summaries (design record 0023).
	params.delete( 'fulltext' );
	TEXT_FILTERS.forEach( ( name ) => params.delete( name ) );
	TEXT_FILTERS.forEach( ( name ) => {
		const value = name === 'search' ? filters.search.trim() : filters[ name ];
		if ( value !== '' && !( name === 'sort' && value === DEFAULT_SORT ) ) {
			params.set( name, value );
		}
	} );
	if ( filters.drafts ) {
		params.set( 'drafts', '1' );
	}
	// URLSearchParams writes spaces as `+` and leaves `:` and `/` escaped: make titles readable.
	url.search = params.toString().replace( /%3A/gi, ':' ).replace( /%2F/gi, '/' );
	return url.toString();
}
