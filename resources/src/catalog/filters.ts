/**
 * The state of Special:Trainings as its GET form and its URL carry it, and the matching
 * `list=trainings` request (design record 0004, §3 and §4).
 */
import { ApiParams } from '../shared/MwEnvironment';
import { parameters } from '../../../includes/Catalog/catalogParameters.json';
import {
	API_PREFIX, DEFAULT_KIND, DEFAULT_SORT, DRAFTS_STATUSES, MAX_LIMIT, MIN_LIMIT,
	NARROWING_PARAMETERS, TEXT_PARAMETERS,
} from './catalogParameters';

export { DEFAULT_SORT, MAX_LIMIT };

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

type TextFilter = Exclude<keyof CatalogFilters, 'drafts'>;

/**
 * Every field of CatalogFilters is a declared parameter (a type error otherwise); which ones
 * are read, written and sent is the declaration's.
 */
export type DeclaredFilters = Pick<typeof parameters, keyof CatalogFilters>;

/** The text-valued filters, in URL order; each is a form field and a URL parameter of that name. */
export const TEXT_FILTERS = TEXT_PARAMETERS as readonly TextFilter[];

export const NO_FILTERS: CatalogFilters = TEXT_FILTERS.reduce(
	( filters, name ) => Object.assign( filters, { [ name ]: '' } ),
	{ drafts: false } as Record<string, string | boolean> ) as unknown as CatalogFilters;

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
	return TEXT_FILTERS.reduce(
		( filters, name ) => Object.assign( filters, { [ name ]: value( name ) } ),
		{ drafts: !!drafts && drafts.checked === true } as Record<string, string | boolean>,
	) as unknown as CatalogFilters;
}

/**
 * Whether the filters narrow the list (sort order and drafts do not: they only reorder or add).
 *
 * @param filters Catalog filters
 * @return True when a search or a filter is set; courses are then not shown
 */
export function isFiltering( filters: CatalogFilters ): boolean {
	return ( NARROWING_PARAMETERS as readonly TextFilter[] ).some( ( name ) => filters[ name ].trim() !== '' );
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
		[ API_PREFIX + 'kind' ]: DEFAULT_KIND,
		[ API_PREFIX + 'limit' ]: Math.max( MIN_LIMIT, Math.min( MAX_LIMIT, Math.floor( limit ) ) ),
	};
	TEXT_FILTERS.forEach( ( name ) => {
		const value = name === 'search' ? filters.search.trim() : filters[ name ];
		if ( value !== '' ) {
			params[ API_PREFIX + name ] = value;
		}
	} );
	if ( filters.drafts ) {
		params[ API_PREFIX + 'status' ] = DRAFTS_STATUSES.slice();
	}
	if ( continueFrom !== null ) {
		params[ API_PREFIX + 'continue' ] = continueFrom;
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
