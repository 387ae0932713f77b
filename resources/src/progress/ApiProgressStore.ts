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
 *   browser store, from where {@link carryOverProgress} uploads it on a later page view; a
 *   write the server refuses for good (module gone, step out of range) stays in memory.
 *   Both are logged.
 */
import { ApiParams, ApiRequestError } from '../shared/MwEnvironment';
import {
	AnsweredOutcome, applyUpdate, isAnsweredOutcome, ModuleProgress,
	normaliseProgress, ProgressKey, ProgressUpdate, QuizProgress, sortedNumbers,
} from './model';
import { ProgressStore } from './ProgressStore';

/** The part of the action API the store uses (MwEnvironment's apiGet/apiPost/apiBeacon). */
export interface ProgressApi {
	/** GET, formatversion=2; rejects with an ApiRequestError. */
	apiGet( params: ApiParams ): Promise<unknown>;
	/** POST with a CSRF token, formatversion=2; rejects with an ApiRequestError. */
	apiPost( params: ApiParams ): Promise<unknown>;
	/** POST that outlives the page; false when it could not be queued. */
	apiBeacon( params: ApiParams ): boolean;
}

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

/** The namespace of module pages (canonical name: valid in every language). */
const NAMESPACE = 'Training';

/** Write the store debounces for (ms). */
export const WRITE_DELAY = 500;

/** Most modules in one `tpmodules` (the API's limit for multi-value parameters). */
const MODULES_PER_REQUEST = 50;

/** At most this many pages of `meta=trainingprogress` for one list(). */
const MAX_PAGES = 10;

/** API error codes that retrying cannot fix: the write is dropped (logged). */
const PERMANENT_ERRORS: readonly string[] = [
	'nosuchmodule', 'language', 'badstep', 'badstepsdone', 'badquiz', 'badquizvalue',
	'invalidtitle', 'blocked', 'nocentralid', 'badvalue', 'baddatatype', 'maxbytes', 'maxchars',
];

/**
 * @param error Why a request failed
 * @return Whether repeating it later cannot help
 */
export function isPermanentError( error: unknown ): boolean {
	// By its code, not instanceof: each ResourceLoader module bundles its own ApiRequestError.
	const code = error instanceof Error ? ( error as Partial<ApiRequestError> ).code : undefined;
	return typeof code === 'string' && PERMANENT_ERRORS.includes( code );
}

/**
 * @param key A module key
 * @return Its record key in maps: the module (progress belongs to it, in every language)
 */
function keyString( key: ProgressKey ): string {
	return key.module;
}

/**
 * @param module A module's DB key
 * @return The title the API takes
 */
export function moduleTitle( module: string ): string {
	return NAMESPACE + ':' + module;
}

/**
 * @param value An ISO 8601 time, or anything
 * @return Milliseconds since the epoch, 0 when not a time
 */
function timeOf( value: unknown ): number {
	const t = typeof value === 'string' ? Date.parse( value ) : NaN;
	return isFinite( t ) && t > 0 ? t : 0;
}

/**
 * One module of `meta=trainingprogress` (or of `action=trainingprogress`'s answer) as a
 * {@link ModuleProgress}. The server keeps the latest and the first outcome of each quiz and
 * whether it was passed, not the number of attempts (1 here).
 *
 * @param value One element of `modules`
 * @return The progress, or null when the value does not fit
 */
export function progressFromApi( value: unknown ): ModuleProgress | null {
	if ( typeof value !== 'object' || value === null ) {
		return null;
	}
	const raw = value as Record<string, unknown>;
	if ( typeof raw.module !== 'string' || typeof raw.language !== 'string' ) {
		return null;
	}
	// "Training:How to talk to partners" → "How_to_talk_to_partners" (no namespace name has a
	// colon).
	const colon = raw.module.indexOf( ':' );
	const module = raw.module.slice( colon + 1 ).replace( / /g, '_' );
	const seen = sortedNumbers( Array.isArray( raw.stepsdone ) ? raw.stepsdone : [] );
	const step = typeof raw.step === 'number' ? raw.step : 0;
	const answers: Record<string, QuizProgress> = {};
	for ( const quiz of Array.isArray( raw.quizzes ) ? raw.quizzes : [] ) {
		const q = quiz as
			{ quiz?: unknown; result?: unknown; first?: unknown; passed?: unknown } | null;
		if ( q && typeof q.quiz === 'number' && isAnsweredOutcome( q.result ) ) {
			answers[ String( q.quiz ) ] = {
				first: isAnsweredOutcome( q.first ) ? q.first : q.result,
				last: q.result,
				attempts: 1,
				passed: q.passed === true || q.result === 'right',
			};
		}
	}
	// Steps and quizzes are null when the version is no module any more: keep what was done.
	const steps = typeof raw.steps === 'number' && raw.steps >= 1 ? raw.steps :
		Math.max( 1, step, ...seen );
	const quizCount = typeof raw.quizcount === 'number' ? raw.quizcount : 0;
	const quizzes: number[] = [];
	for ( let n = 1; n <= quizCount; n++ ) {
		quizzes.push( n );
	}
	const updated = timeOf( raw.updated );
	return normaliseProgress( {
		module,
		language: raw.language,
		steps,
		quizzes: quizCount ? quizzes : sortedNumbers( Object.keys( answers ).map( Number ) ),
		step,
		seen,
		answers,
		completed: raw.completed === true ? ( timeOf( raw.completedat ) || updated || 1 ) : 0,
		updated,
	} );
}

/**
 * The POST that brings the server to a record's state: the API merges steps and quizzes into
 * what it has, so the whole state can be sent each time.
 *
 * @param progress The record
 * @return Parameters of `action=trainingprogress`
 */
export function recordParams( progress: ModuleProgress ): ApiParams {
	const numbers = Object.keys( progress.answers ).sort( ( a, b ) => Number( a ) - Number( b ) );
	return {
		action: 'trainingprogress',
		module: moduleTitle( progress.module ),
		language: progress.language,
		step: Math.max( 0, Math.min( progress.step, progress.steps ) ),
		stepsdone: progress.seen.map( String ),
		quizzes: numbers.map( ( n ) => n + ':' + progress.answers[ n ].last ),
		quizfirst: numbers.map( ( n ) => n + ':' + progress.answers[ n ].first ),
		quizpassed: numbers.filter( ( n ) => progress.answers[ n ].passed ),
	};
}

/**
 * Write a record into another store by replaying what it holds (steps seen, quiz outcomes:
 * first, passed and latest, then the step the learner was on).
 *
 * @param store The store
 * @param progress The record
 * @return Resolves when written
 */
export function replayInto( store: ProgressStore, progress: ModuleProgress ): Promise<unknown> {
	const base = { steps: progress.steps, quizzes: progress.quizzes };
	const updates: ProgressUpdate[] = [];
	for ( const step of progress.seen ) {
		if ( step !== progress.step ) {
			updates.push( Object.assign( { step }, base ) );
		}
	}
	for ( const number of Object.keys( progress.answers ) ) {
		// The first outcome, a right one if the quiz was passed, then the latest.
		const answer = progress.answers[ number ];
		const outcomes: AnsweredOutcome[] = [ answer.first ];
		if ( answer.passed && answer.first !== 'right' ) {
			outcomes.push( 'right' );
		}
		if ( answer.last !== outcomes[ outcomes.length - 1 ] ) {
			outcomes.push( answer.last );
		}
		for ( const outcome of outcomes ) {
			updates.push( Object.assign( { quiz: { number: Number( number ), outcome } }, base ) );
		}
	}
	if ( progress.step >= 1 ) {
		updates.push( Object.assign( { step: progress.step }, base ) );
	}
	return updates.reduce(
		( done: Promise<unknown>, update ) => done.then( () => store.record( progress, update ) ),
		Promise.resolve(),
	);
}

/**
 * @param response A `meta=trainingprogress` answer
 * @return Its records, and the continuation if any
 */
function readList( response: unknown ): { records: ModuleProgress[]; next: string | null } {
	const r = response as {
		query?: { trainingprogress?: { modules?: unknown[] } };
		continue?: { tpcontinue?: unknown };
	} | null;
	const modules = r && r.query && r.query.trainingprogress && r.query.trainingprogress.modules;
	const records: ModuleProgress[] = [];
	for ( const item of Array.isArray( modules ) ? modules : [] ) {
		const record = progressFromApi( item );
		if ( record ) {
			records.push( record );
		}
	}
	const next = r && r.continue && typeof r.continue.tpcontinue === 'string' ?
		r.continue.tpcontinue : null;
	return { records, next };
}

/**
 * A {@link ProgressStore} over the progress API.
 *
 * @param options API, fallback, error log
 * @return The store
 */
export function createApiProgressStore( options: ApiProgressStoreOptions ): ApiProgressStore {
	const { api, fallback, logError } = options;
	const delay = options.delay === undefined ? WRITE_DELAY : options.delay;
	const now = options.now || ( () => Date.now() );
	const ready: Promise<unknown> = ( options.ready || Promise.resolve() ).catch( () => undefined );

	/** Per module: the record as loaded (a promise), once asked for. */
	const loaded = new Map<string, Promise<ModuleProgress | null>>();
	/** Per module: the record as changed on this page. */
	const current = new Map<string, ModuleProgress>();
	/** Changed since the last POST. */
	const dirty = new Set<string>();
	/** Being POSTed now. */
	const sending = new Set<string>();
	let timer: ReturnType<typeof setTimeout> | null = null;
	let inFlight: Promise<void> | null = null;

	/**
	 * Fetch every page of a listing.
	 *
	 * @param params The query, without continuation
	 * @return The records
	 */
	function fetchAll( params: ApiParams ): Promise<ModuleProgress[]> {
		const all: ModuleProgress[] = [];
		type Page = ( cont: string | null, count: number ) => Promise<ModuleProgress[]>;
		const page: Page = ( cont, count ) => api.apiGet(
			Object.assign( {}, params, cont ? { tpcontinue: cont } : {} ),
		).then( ( response ) => {
			const { records, next } = readList( response );
			all.push( ...records );
			return next && count < MAX_PAGES ? page( next, count + 1 ) : all;
		} );
		return page( null, 1 );
	}

	/**
	 * @param modules DB keys, or undefined for all
	 * @return The server's records (rejects when the API fails)
	 */
	function fetchRecords( modules?: readonly string[] ): Promise<ModuleProgress[]> {
		const base: ApiParams = { action: 'query', meta: 'trainingprogress', tplimit: 'max' };
		if ( !modules ) {
			return fetchAll( base );
		}
		const chunks: string[][] = [];
		for ( let i = 0; i < modules.length; i += MODULES_PER_REQUEST ) {
			chunks.push( modules.slice( i, i + MODULES_PER_REQUEST ).map( moduleTitle ) );
		}
		return Promise.all( chunks.map( ( titles ) => fetchAll(
			Object.assign( { tpmodules: titles }, base ),
		) ) ).then( ( lists ) => ( [] as ModuleProgress[] ).concat( ...lists ) );
	}

	/**
	 * @param key A module
	 * @return The server's record (the browser's when the server fails or has none)
	 */
	function load( key: ProgressKey ): Promise<ModuleProgress | null> {
		const k = keyString( key );
		let promise = loaded.get( k );
		if ( !promise ) {
			promise = ready
				.then( () => fetchRecords( [ key.module ] ) )
				.then(
					( records ) => records.find( ( r ) => r.module === key.module ) || null,
					( error ) => {
						logError( error );
						return null;
					},
				)
				.then( ( record ) => record || fallback.get( key ).catch( () => null ) );
			loaded.set( k, promise );
		}
		return promise;
	}

	/**
	 * Keep a record the server would not take (for now) in the browser store.
	 *
	 * @param progress The record
	 */
	function keepInBrowser( progress: ModuleProgress ): void {
		replayInto( fallback, progress ).catch( logError );
	}

	/**
	 * @param k A key string
	 * @param error Why its POST failed
	 */
	function writeFailed( k: string, error: unknown ): void {
		logError( error );
		const progress = current.get( k );
		if ( progress && !isPermanentError( error ) ) {
			keepInBrowser( progress );
		}
	}

	/**
	 * POST every dirty record, one request each.
	 *
	 * @return Resolves when all answered
	 */
	function send(): Promise<void> {
		const keys = Array.from( dirty );
		dirty.clear();
		keys.forEach( ( k ) => sending.add( k ) );
		return Promise.all( keys.map( ( k ) => {
			const progress = current.get( k );
			if ( !progress ) {
				return Promise.resolve();
			}
			return api.apiPost( recordParams( progress ) ).then(
				() => undefined,
				( error ) => writeFailed( k, error ),
			);
		} ) ).then( () => {
			keys.forEach( ( k ) => sending.delete( k ) );
		} );
	}

	function flush(): Promise<void> {
		if ( timer !== null ) {
			clearTimeout( timer );
			timer = null;
		}
		if ( inFlight ) {
			// One batch at a time: what changed meanwhile goes in the next one.
			return inFlight.then( () => flush() );
		}
		if ( dirty.size === 0 ) {
			return Promise.resolve();
		}
		inFlight = send().then( () => {
			inFlight = null;
		} );
		return inFlight;
	}

	function schedule(): void {
		if ( timer !== null ) {
			clearTimeout( timer );
		}
		timer = setTimeout( () => {
			timer = null;
			flush().catch( logError );
		}, delay );
	}

	/**
	 * @param key A module and language
	 * @return Whether it has changes not confirmed by the server
	 */
	function unconfirmed( key: ProgressKey ): boolean {
		const k = keyString( key );
		return dirty.has( k ) || sending.has( k );
	}

	return {
		get( key: ProgressKey ): Promise<ModuleProgress | null> {
			return load( key ).then( ( record ) => current.get( keyString( key ) ) || record );
		},

		list( modules?: readonly string[] ): Promise<ModuleProgress[]> {
			return ready
				.then( () => fetchRecords( modules ) )
				.catch( ( error ) => {
					logError( error );
					return fallback.list( modules ).catch( () => [] );
				} )
				.then( ( records ) => {
					// What changed on this page is newer than what the server confirmed.
					const mine = Array.from( current.values() ).filter(
						( record ) => !modules || modules.includes( record.module ),
					);
					return records
						.filter( ( record ) => !current.has( keyString( record ) ) )
						.concat( mine );
				} );
		},

		record( key: ProgressKey, update: ProgressUpdate ): Promise<ModuleProgress> {
			const k = keyString( key );
			return load( key ).then( ( record ) => {
				const updated = applyUpdate( current.get( k ) || record, key, update, now() );
				current.set( k, updated );
				dirty.add( k );
				schedule();
				return updated;
			} );
		},

		reset( key?: ProgressKey ): Promise<void> {
			const params: ApiParams = key ?
				{ action: 'trainingprogressreset', module: moduleTitle( key.module ) } :
				{ action: 'trainingprogressreset', all: true };
			for ( const k of Array.from( current.keys() ) ) {
				if ( !key || k === keyString( key ) ) {
					current.delete( k );
					dirty.delete( k );
					loaded.delete( k );
				}
			}
			// After the writes already on their way, so that none lands after the reset.
			const before = inFlight || Promise.resolve();
			return before
				.then( () => api.apiPost( params ) )
				.then( () => undefined, logError )
				.then( () => fallback.reset( key ) )
				.catch( logError );
		},

		flush,

		flushOnPageHide(): void {
			if ( timer !== null ) {
				clearTimeout( timer );
				timer = null;
			}
			for ( const [ k, progress ] of Array.from( current.entries() ) ) {
				// Also what is being sent: the page's requests may die with it.
				if ( !unconfirmed( progress ) ) {
					continue;
				}
				dirty.delete( k );
				if ( !api.apiBeacon( recordParams( progress ) ) ) {
					keepInBrowser( progress );
				}
			}
		},
	};
}

/** What a carry-over did. */
export interface CarryOverResult {
	/** Records the server took (and the browser forgot). */
	readonly uploaded: number;
	/** Records the server refused for good (the browser forgot them too). */
	readonly dropped: number;
	/** Records left in the browser for a later page view. */
	readonly kept: number;
}

/** At most this many records are uploaded per page view (the API's rate limit is 300 a minute). */
export const CARRY_OVER_BATCH = 50;

/**
 * Carry the progress a learner made while logged out (the browser store) over to their
 * account: upload each record once, then forget it in the browser (unless it changed
 * meanwhile, in another tab). Cheap when there is nothing to carry: one localStorage read.
 * Stops at the first failure that may pass (offline, rate limit); what is left goes on a
 * later page view.
 *
 * @param browser The browser store
 * @param api The API
 * @param logError Report failures
 * @param batch At most this many records
 * @return What happened (never rejects)
 */
export function carryOverProgress(
	browser: ProgressStore,
	api: Pick<ProgressApi, 'apiPost'>,
	logError: ( error: unknown ) => void,
	batch = CARRY_OVER_BATCH,
): Promise<CarryOverResult> {
	let uploaded = 0;
	let dropped = 0;
	return browser.list().then( ( records ) => {
		const todo = records.slice().sort( ( a, b ) => a.updated - b.updated ).slice( 0, batch );
		const forget = ( record: ModuleProgress ): Promise<void> => browser.get( record )
			.then( ( now ) => now && now.updated !== record.updated ?
				undefined : browser.reset( record ) );
		const next = ( i: number ): Promise<number> => {
			if ( i >= todo.length ) {
				return Promise.resolve( records.length - uploaded - dropped );
			}
			const record = todo[ i ];
			return api.apiPost( recordParams( record ) ).then(
				() => {
					uploaded++;
					return forget( record ).then( () => next( i + 1 ) );
				},
				( error ) => {
					if ( isPermanentError( error ) ) {
						dropped++;
						return forget( record ).then( () => next( i + 1 ) );
					}
					logError( error );
					return records.length - uploaded - dropped;
				},
			);
		};
		return next( 0 );
	} ).then(
		( kept ) => ( { uploaded, dropped, kept } ),
		( error ) => {
			logError( error );
			return { uploaded, dropped, kept: -1 };
		},
	);
}
