/**
 * A {@link ProgressStore} over the progress API, for logged-in learners: reads with
 * `meta=trainingprogress`, writes with `action=trainingprogress` (POST, CSRF token), resets
 * with `action=trainingprogressreset`.
 *
 * - The page never waits for the server: record() applies the update here at once (the same
 *   rule as the browser store, `applyUpdate()`) and resolves with the result.
 * - Writes are coalesced: each record() marks the module dirty and (re)starts a short timer;
 *   when it fires, one POST per dirty module sends its whole state (step, every step seen,
 *   the latest and the first outcome of every quiz answered, the quizzes passed). The API
 *   merges what it receives, so a repeated or reordered POST loses nothing, and decides
 *   completion itself from what it recorded (no "complete" flag is sent).
 * - When the page goes away (`pagehide`), what is not confirmed yet leaves with
 *   `navigator.sendBeacon` (the CSRF token in the body, see MwEnvironment.apiBeacon).
 * - Failures never reject: a read that fails falls back to the browser store; a write that
 *   fails for a passing reason (network, rate limit, read-only, session lost) is kept in the
 *   browser store, from where carryOverProgress (carryOver.ts) uploads it on a later page view; a
 *   write the server refuses for good (module gone, step out of range) stays in memory.
 *   Both are logged.
 */
import { ApiParams } from '../shared/MwEnvironment';
import { applyUpdate, ModuleProgress, ProgressKey, ProgressUpdate } from './model';
import { ProgressStore } from './ProgressStore';
import { replayInto } from './carryOver';
import {
	fetchRecords, isPermanentError, keyString, moduleTitle, ProgressApi, recordParams,
} from './progressApi';
import { createWriteQueue, WRITE_DELAY, WriteQueue } from './writeQueue';

export interface ApiProgressStoreOptions {
	readonly api: ProgressApi;
	/** Where progress goes when the server cannot take it (the browser store). */
	readonly fallback: ProgressStore;
	/** Report a failure (env.logError). */
	readonly logError: ( error: unknown ) => void;
	/** Reads wait for this first (the carry-over of browser progress). */
	readonly ready?: Promise<unknown>;
	/** How long writes wait for more before one POST (ms). */
	readonly delay?: number;
	readonly now?: () => number;
}

/** The store, plus what its owner calls when the page goes away. */
export interface ApiProgressStore extends ProgressStore {
	/**
	 * Send what is pending now (without waiting for the timer).
	 *
	 * @return Resolves when sent (never rejects)
	 */
	flush(): Promise<void>;

	/** The page goes away: send what is not confirmed with beacons, or keep it in the browser. */
	flushOnPageHide(): void;
}

/** What the store's parts share: its options, and the records of this page. */
interface StoreState {
	readonly api: ProgressApi;
	readonly fallback: ProgressStore;
	readonly logError: ( error: unknown ) => void;
	readonly ready: Promise<unknown>;
	/** Per module: the record as loaded (a promise), once asked for. */
	readonly loaded: Map<string, Promise<ModuleProgress | null>>;
	/** Per module: the record as changed on this page. */
	readonly current: Map<string, ModuleProgress>;
}

/**
 * @param s The store's state
 * @param key A module
 * @return The server's record (the browser's when the server fails or has none)
 */
function load( s: StoreState, key: ProgressKey ): Promise<ModuleProgress | null> {
	const k = keyString( key );
	let promise = s.loaded.get( k );
	if ( !promise ) {
		promise = s.ready
			.then( () => fetchRecords( s.api, [ key.module ] ) )
			.then(
				( records ) => records.find( ( r ) => r.module === key.module ) || null,
				( error ) => {
					s.logError( error );
					return null;
				},
			)
			.then( ( record ) => record || s.fallback.get( key ).catch( () => null ) );
		s.loaded.set( k, promise );
	}
	return promise;
}

/**
 * Keep a record the server would not take (for now) in the browser store.
 *
 * @param s The store's state
 * @param progress The record
 */
function keepInBrowser( s: StoreState, progress: ModuleProgress ): void {
	replayInto( s.fallback, progress ).catch( s.logError );
}

/**
 * POST one module's record; a failure that may pass keeps it in the browser store.
 *
 * @param s The store's state
 * @param k A key string
 * @return Resolves when answered (never rejects)
 */
function send( s: StoreState, k: string ): Promise<void> {
	const progress = s.current.get( k );
	if ( !progress ) {
		return Promise.resolve();
	}
	return s.api.apiPost( recordParams( progress ) ).then( () => undefined, ( error ) => {
		s.logError( error );
		// The record as it is now: it may have changed while the request was out.
		const latest = s.current.get( k );
		if ( latest && !isPermanentError( error ) ) {
			keepInBrowser( s, latest );
		}
	} );
}

/**
 * @param s The store's state
 * @param modules DB keys, or undefined for all
 * @return The server's records (the browser's when it fails), with this page's changes
 */
function list( s: StoreState, modules?: readonly string[] ): Promise<ModuleProgress[]> {
	return s.ready
		.then( () => fetchRecords( s.api, modules ) )
		.catch( ( error ) => {
			s.logError( error );
			return s.fallback.list( modules ).catch( () => [] );
		} )
		.then( ( records ) => {
			// What changed on this page is newer than what the server confirmed.
			const mine = Array.from( s.current.values() ).filter(
				( record ) => !modules || modules.includes( record.module ),
			);
			return records
				.filter( ( record ) => !s.current.has( keyString( record ) ) )
				.concat( mine );
		} );
}

/**
 * @param s The store's state
 * @param queue The writes
 * @param key A module, or undefined for all
 * @return Resolves when reset on the server and in the browser (never rejects)
 */
function reset( s: StoreState, queue: WriteQueue, key?: ProgressKey ): Promise<void> {
	const params: ApiParams = key ?
		{ action: 'trainingprogressreset', module: moduleTitle( key.module ) } :
		{ action: 'trainingprogressreset', all: true };
	for ( const k of Array.from( s.current.keys() ) ) {
		if ( !key || k === keyString( key ) ) {
			s.current.delete( k );
			queue.drop( k );
			s.loaded.delete( k );
		}
	}
	// After the writes already on their way, so that none lands after the reset.
	return queue.idle()
		.then( () => s.api.apiPost( params ) )
		.then( () => undefined, s.logError )
		.then( () => s.fallback.reset( key ) )
		.catch( s.logError );
}

/**
 * The page goes away: what is not confirmed leaves with beacons, or stays in the browser.
 *
 * @param s The store's state
 * @param queue The writes
 */
function flushOnPageHide( s: StoreState, queue: WriteQueue ): void {
	queue.stopTimer();
	for ( const [ k, progress ] of Array.from( s.current.entries() ) ) {
		// Also what is being sent: the page's requests may die with it.
		if ( !queue.unconfirmed( k ) ) {
			continue;
		}
		queue.drop( k );
		if ( !s.api.apiBeacon( recordParams( progress ) ) ) {
			keepInBrowser( s, progress );
		}
	}
}

/**
 * A {@link ProgressStore} over the progress API.
 *
 * @param options API, fallback, error log
 * @return The store
 */
export function createApiProgressStore( options: ApiProgressStoreOptions ): ApiProgressStore {
	const now = options.now || ( () => Date.now() );
	const s: StoreState = {
		api: options.api,
		fallback: options.fallback,
		logError: options.logError,
		ready: ( options.ready || Promise.resolve() ).catch( () => undefined ),
		loaded: new Map(),
		current: new Map(),
	};
	const queue = createWriteQueue( ( k ) => send( s, k ),
		options.delay === undefined ? WRITE_DELAY : options.delay, s.logError );
	return {
		get: ( key ) => load( s, key )
			.then( ( record ) => s.current.get( keyString( key ) ) || record ),
		list: ( modules ) => list( s, modules ),
		record( key: ProgressKey, update: ProgressUpdate ): Promise<ModuleProgress> {
			const k = keyString( key );
			return load( s, key ).then( ( record ) => {
				const updated = applyUpdate( s.current.get( k ) || record, key, update, now() );
				s.current.set( k, updated );
				queue.mark( k );
				return updated;
			} );
		},
		reset: ( key ) => reset( s, queue, key ),
		flush: queue.flush,
		flushOnPageHide: () => flushOnPageHide( s, queue ),
	};
}
