/**
 * What the enhanced catalog does, without its markup: turns form changes into `list=trainings`
 * requests (debounced while typing, the previous request aborted), keeps the results and the
 * continuation, and loads more pages.
 */
import { reactive } from 'vue';
import { ApiRequestError, MwEnvironment } from '../shared/MwEnvironment';
import { apiParams, CatalogFilters, MAX_LIMIT, sameFilters } from './filters';
import { CatalogCard, readCardsResponse } from './cards';

export interface CatalogState {
	/** The filters of the list shown (or being loaded). */
	filters: CatalogFilters;
	/** False while the server-rendered list is still the one shown. */
	active: boolean;
	loading: boolean;
	/** The module cards shown, as the server renders them. */
	entries: CatalogCard[];
	/** `trcontinue` of the next page, or null when there is none. */
	continueFrom: string | null;
	/** Text of the last error, or null. */
	error: string | null;
	/** Index of the first entry added by the last "more", to move the focus to; or null. */
	firstNew: number | null;
}

export interface ControllerOptions {
	/** How many modules one request asks for. */
	pageSize: number;
	/**
	 * The `uselang` to ask with, '' for none: the page's, so that the cards are in the
	 * reader's language and their links keep it, as the server's (design record 0024).
	 */
	uselang?: string;
	/** The filters the server rendered the page with. */
	initialFilters: CatalogFilters;
	/** How many modules the server listed. */
	serverCount: number;
	/** The `continue` value the server page started at (a later page), or null. */
	serverStart: string | null;
	/** The `continue` value of the server's "more" link, or null when it has none. */
	serverContinue: string | null;
	/** Wait this long after typing before asking the API (milliseconds). */
	debounceMs?: number;
	/** Called when the filters of the list change (before its results arrive). */
	onFiltersChange?: ( filters: CatalogFilters ) => void;
}

export interface CatalogController {
	readonly state: CatalogState;
	/**
	 * Show the list for these filters.
	 *
	 * @param filters The form's values
	 * @param immediate Ask now (a select changed, the form was submitted) instead of after
	 *  the typing pause; also retries the same filters after an error
	 * @return Settles when the list is updated (or the request was superseded or failed)
	 */
	update( filters: CatalogFilters, immediate: boolean ): Promise<void>;
	/**
	 * Add the next page of modules.
	 *
	 * @return Settles when they are added (or the request failed)
	 */
	loadMore(): Promise<void>;
	/** Cancel any pending or running request. */
	destroy(): void;
}

/**
 * Whether "more" can be loaded without leaving the page: the server's list and the next page
 * fit in one request. (Else the server's "more" link is followed.)
 *
 * @param options Controller options
 * @return True when one request can hold both
 */
export function canLoadMoreInPlace( options: Pick<ControllerOptions, 'serverCount' | 'pageSize'> ): boolean {
	return options.serverCount + options.pageSize <= MAX_LIMIT;
}

/** Runs the list's requests. */
interface Runner {
	/**
	 * Run one request; only the latest one may change the state.
	 *
	 * @param limit How many modules
	 * @param continueFrom Where to start, or null
	 * @param append Add to the entries shown instead of replacing them
	 * @return Settles when done
	 */
	request( limit: number, continueFrom: string | null, append: boolean ): Promise<void>;
	/** Abort the running request, if any. */
	abort(): void;
}

/**
 * Show a page of the API's results.
 *
 * @param state The list
 * @param data The API's response
 * @param append Add to the entries shown instead of replacing them
 */
function showPage( state: CatalogState, data: unknown, append: boolean ): void {
	const page = readCardsResponse( data );
	const entries = page.cards.slice();
	state.firstNew = append ? state.entries.length : null;
	state.entries = append ?
		state.entries.concat( entries ) :
		entries;
	state.continueFrom = page.continueFrom;
	state.active = true;
	state.error = null;
}

/**
 * @param env For the API and the error messages
 * @param state Where the results go
 * @param uselang The `uselang` to ask with, '' for none
 * @return The runner of the list's requests
 */
function createRunner( env: MwEnvironment, state: CatalogState, uselang: string ): Runner {
	let running: AbortController | null = null;

	function request( limit: number, continueFrom: string | null, append: boolean ): Promise<void> {
		const controller = new AbortController();
		running = controller;
		state.loading = true;
		// The server's cards (design record 0024): it chooses the version each shows and links to.
		const params = Object.assign( apiParams( state.filters, limit, continueFrom, uselang ), { trprop: 'card' } );
		return env.apiGet( params, controller.signal ).then( ( data ) => {
			if ( !controller.signal.aborted ) {
				showPage( state, data, append );
			}
		} ).catch( ( error: unknown ) => {
			if ( controller.signal.aborted ) {
				return;
			}
			const detail = error instanceof Error ? error.message : String( error );
			state.error = env.message( 'trainings-catalog-error', detail );
			if ( !( error instanceof ApiRequestError ) ) {
				// Not the network or the API: a bug, or a response of another shape.
				env.logError( error, 'error.trainings' );
			}
		} ).then( () => {
			if ( running === controller ) {
				running = null;
				state.loading = false;
			}
		} );
	}

	return {
		request,
		abort(): void {
			if ( running ) {
				running.abort();
				running = null;
			}
		},
	};
}

/**
 * Add the next page of modules.
 *
 * @param state The list
 * @param options Controller options
 * @param runner Runs the request
 * @return Settles when they are added (or the request failed)
 */
function loadMore(
	state: CatalogState, options: ControllerOptions, runner: Runner,
): Promise<void> {
	if ( state.loading ) {
		return Promise.resolve();
	}
	if ( !state.active ) {
		// The list shown is the server's: load it again with the next page, so that the
		// enhancement has every module it shows.
		if ( !canLoadMoreInPlace( options ) ) {
			return Promise.resolve();
		}
		const limit = options.serverCount + options.pageSize;
		return runner.request( limit, options.serverStart, false ).then( () => {
			if ( state.active ) {
				state.firstNew = Math.min( options.serverCount, state.entries.length );
			}
		} );
	}
	if ( state.continueFrom === null ) {
		return Promise.resolve();
	}
	return runner.request( options.pageSize, state.continueFrom, true );
}

/**
 * @param env For the API and the error messages
 * @param options See {@link ControllerOptions}
 * @return The controller, with reactive state
 */
export function createCatalogController(
	env: MwEnvironment,
	options: ControllerOptions,
): CatalogController {
	const state = reactive<CatalogState>( {
		filters: options.initialFilters,
		active: false,
		loading: false,
		entries: [],
		continueFrom: options.serverContinue,
		error: null,
		firstNew: null,
	} ) as CatalogState;
	const runner = createRunner( env, state, options.uselang || '' );
	const debounceMs = options.debounceMs === undefined ? 250 : options.debounceMs;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pendingResolve: ( () => void ) | null = null;

	function cancel(): void {
		if ( timer !== null ) {
			clearTimeout( timer );
			timer = null;
		}
		if ( pendingResolve ) {
			pendingResolve();
			pendingResolve = null;
		}
		runner.abort();
	}

	function update( filters: CatalogFilters, immediate: boolean ): Promise<void> {
		const unchanged = sameFilters( filters, state.filters );
		if ( unchanged && !( immediate && state.error !== null ) && timer === null ) {
			return Promise.resolve();
		}
		cancel();
		state.filters = filters;
		if ( !unchanged && options.onFiltersChange ) {
			options.onFiltersChange( filters );
		}
		if ( immediate || debounceMs <= 0 ) {
			return runner.request( options.pageSize, null, false );
		}
		return new Promise<void>( ( resolve ) => {
			pendingResolve = resolve;
			timer = setTimeout( () => {
				timer = null;
				pendingResolve = null;
				runner.request( options.pageSize, null, false ).then( resolve );
			}, debounceMs );
		} );
	}

	return {
		state,
		update,
		loadMore: () => loadMore( state, options, runner ),
		destroy: cancel,
	};
}
