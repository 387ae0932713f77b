/**
 * The small part of the `mw` global that Trainings front-end code uses.
 *
 * Apps receive an implementation of this interface instead of reaching for the
 * global, so they are typed against what they need and run in tests without a wiki.
 */
/**
 * An mw.track() topic for errors, e.g. `error.vue`.
 */
export type ErrorTopic = `error.${ string }`;

/**
 * Parameters of an action API request: arrays are sent as `a|b`.
 */
export type ApiParams = Record<string, string | number | boolean | string[] | undefined>;

/**
 * Why an action API request failed: `code` is the API's error code, or `http` when the
 * request itself failed (offline, server error, aborted).
 */
export class ApiRequestError extends Error {
	/**
	 * @param code The API error code, or `http`
	 * @param message A human-readable description, if the API gave one
	 */
	public constructor( public readonly code: string, message?: string ) {
		super( message || code );
		this.name = 'ApiRequestError';
	}
}

/**
 * Key-value storage with the semantics of `mw.storage` (SafeStorage): it never throws; `get`
 * gives null for a missing key and false when storage is unavailable; `set` and `remove`
 * say whether they worked.
 */
export interface KeyValueStorage {
	get( key: string ): string | null | false;
	set( key: string, value: string ): boolean;
	remove( key: string ): boolean;
}

export interface MwEnvironment {
	/**
	 * The browser's localStorage through `mw.storage` (module mediawiki.storage); a storage
	 * that is never available when that module is not loaded.
	 */
	localStorage(): KeyValueStorage;

	/**
	 * Text of an interface message with parameters substituted and {{PLURAL}} etc. applied,
	 * i.e. `mw.message( key, ...params ).text()`.
	 */
	message( key: string, ...params: ( string | number )[] ): string;

	/**
	 * A number written with the user language's digits and separators,
	 * i.e. `mw.language.convertNumber( n )`; PLURAL still understands the result.
	 */
	formatNumber( n: number ): string;

	/**
	 * A value exported to the page with `mw.config`, or `fallback` when it is not set.
	 */
	config<T>( key: string, fallback: T ): T;

	/**
	 * Report an unexpected error (Vue error handler, failed enhancement).
	 */
	logError( error: unknown, topic: ErrorTopic ): void;

	/**
	 * GET from the wiki's action API (`mw.Api().get()`), JSON, `formatversion=2`.
	 *
	 * @param params Request parameters (format and formatversion are set already)
	 * @param signal Aborting it aborts the request; the promise then rejects
	 * @return The decoded response; rejects with an {@link ApiRequestError}
	 */
	apiGet( params: ApiParams, signal?: AbortSignal ): Promise<unknown>;

	/**
	 * POST to the action API with a CSRF token (`mw.Api().postWithToken( 'csrf' )`, which
	 * retries once with a fresh token on `badtoken`), JSON, `formatversion=2`. Loads
	 * mediawiki.api first when needed.
	 *
	 * @param params Request parameters (format, formatversion and token are set already)
	 * @return The decoded response; rejects with an {@link ApiRequestError}
	 */
	apiPost( params: ApiParams ): Promise<unknown>;

	/**
	 * Queue a POST to the action API that outlives the page (`navigator.sendBeacon`), for
	 * `pagehide`: the CSRF token travels in the body (`token` is a POST field), from
	 * `mw.user.tokens`. The response is never read.
	 *
	 * @param params Request parameters
	 * @return Whether the browser queued it (false: no token, no sendBeacon, or refused)
	 */
	apiBeacon( params: ApiParams ): boolean;

	/**
	 * Like `apiBeacon()`, without a token, for modules that need none
	 * (`action=trainingevent`): `navigator.sendBeacon`, else `fetch` with `keepalive`.
	 *
	 * @param params Request parameters
	 * @return Whether the browser took the request
	 */
	apiBeaconAnonymous( params: ApiParams ): boolean;
}

/**
 * @param params API parameters
 * @return Them as a form body: arrays joined with `|`, true as `1`, false and undefined left out
 */
export function apiFormBody( params: ApiParams ): URLSearchParams {
	const body = new URLSearchParams();
	for ( const [ name, value ] of Object.entries( params ) ) {
		if ( value === undefined || value === false ) {
			continue;
		}
		body.append( name, Array.isArray( value ) ? value.join( '|' ) :
			value === true ? '1' : String( value ) );
	}
	return body;
}

/** A request of `mw.Api` or `mw.ForeignApi`: a jQuery promise that can be aborted. */
interface JQueryApiRequest {
	then(
		done: ( data: unknown ) => void,
		fail: ( code: unknown, details: unknown ) => void
	): unknown;
	abort?: () => void;
}

/**
 * A request of `mw.Api` (or `mw.ForeignApi`) as a native promise that rejects with an
 * {@link ApiRequestError}: the one place that reads jQuery's failure arguments and handles
 * aborting. A signal aborted already rejects without starting the request.
 *
 * @param start Starts the request: returns its jQuery promise
 * @param signal Aborts the request
 * @return The promise
 */
export function settleApiRequest( start: () => unknown, signal?: AbortSignal ): Promise<unknown> {
	if ( signal && signal.aborted ) {
		return Promise.reject( new ApiRequestError( 'http', 'aborted' ) );
	}
	const settled = start() as JQueryApiRequest;
	const onAbort = (): void => {
		if ( settled.abort ) {
			settled.abort();
		}
	};
	if ( signal ) {
		signal.addEventListener( 'abort', onAbort );
	}
	const stopListening = (): void => {
		if ( signal ) {
			signal.removeEventListener( 'abort', onAbort );
		}
	};
	return new Promise<unknown>( ( resolve, reject ) => {
		settled.then( ( data ) => {
			stopListening();
			resolve( data );
		}, ( code, details ) => {
			stopListening();
			const about = details as { error?: { info?: string }; textStatus?: string } | null;
			const info = about ? ( about.error ? about.error.info : about.textStatus ) : undefined;
			reject( new ApiRequestError( String( code ), info ) );
		} );
	} );
}

/**
 * @param mwGlobal The `mw` global
 * @return Resolves once `mw.Api` exists (mediawiki.api loaded); rejects when it cannot load
 */
function loadApi( mwGlobal: typeof mw ): Promise<void> {
	return typeof mwGlobal.Api === 'function' ? Promise.resolve() :
		Promise.resolve( mwGlobal.loader.using( 'mediawiki.api' ) ).then( () => undefined, () => {
			throw new ApiRequestError( 'http', 'mediawiki.api did not load' );
		} );
}

/**
 * @param mwGlobal Usually the `mw` global
 * @return The wiki's api.php
 */
function apiUrl( mwGlobal: typeof mw ): string {
	return String( mwGlobal.config.get( 'wgScriptPath' ) || '' ) + '/api.php';
}

/**
 * {@link MwEnvironment.apiBeacon}: a write with the user's token, sent as the page unloads.
 *
 * @param mwGlobal Usually the `mw` global
 * @param params Action API parameters
 * @return Whether the browser queued it
 */
function sendBeacon( mwGlobal: typeof mw, params: ApiParams ): boolean {
	const tokens = mwGlobal.user && mwGlobal.user.tokens;
	const token = tokens ? tokens.get( 'csrfToken' ) : null;
	// "+\\" is the token of anonymous users: useless for a write.
	if ( typeof token !== 'string' || token === '' || token === '+\\' ||
		typeof navigator === 'undefined' || typeof navigator.sendBeacon !== 'function'
	) {
		return false;
	}
	const body = apiFormBody( Object.assign( { format: 'json', formatversion: 2 }, params ) );
	// The token last, as the API recommends (a truncated body then fails the check).
	body.append( 'token', token );
	try {
		return navigator.sendBeacon( apiUrl( mwGlobal ), body );
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		return false;
	}
}

/**
 * {@link MwEnvironment.apiBeaconAnonymous}: a write without a token, sent as the page unloads.
 *
 * @param mwGlobal Usually the `mw` global
 * @param params Action API parameters
 * @return Whether the browser queued it
 */
function sendAnonymousBeacon( mwGlobal: typeof mw, params: ApiParams ): boolean {
	const body = apiFormBody( Object.assign( { format: 'json', formatversion: 2 }, params ) );
	const url = apiUrl( mwGlobal );
	try {
		if ( typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' &&
			navigator.sendBeacon( url, body )
		) {
			return true;
		}
		if ( typeof fetch === 'function' ) {
			fetch( url, { method: 'POST', body, keepalive: true } ).catch( () => undefined );
			return true;
		}
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		// Refused (e.g. too much queued): the event is lost.
	}
	return false;
}

/**
 * Adapt MediaWiki's `mw` global to {@link MwEnvironment}.
 *
 * @param mwGlobal Usually the `mw` global
 * @return The environment
 */
export function createMwEnvironment( mwGlobal: typeof mw ): MwEnvironment {
	return {
		localStorage(): KeyValueStorage {
			const storage = mwGlobal.storage;
			return storage && typeof storage.get === 'function' ? {
				get: ( key ) => storage.get( key ),
				set: ( key, value ) => storage.set( key, value ),
				remove: ( key ) => storage.remove( key ),
			} : { get: () => false, set: () => false, remove: () => false };
		},
		message( key: string, ...params: ( string | number )[] ): string {

			return mwGlobal.message( key, ...params ).text();
		},
		formatNumber( n: number ): string {
			return mwGlobal.language.convertNumber( n );
		},
		config<T>( key: string, fallback: T ): T {
			const value: unknown = mwGlobal.config.get( key );
			return value === null || value === undefined ? fallback : value as T;
		},
		logError( error: unknown, topic: ErrorTopic ): void {
			const err = error instanceof Error ? error : new Error( String( error ) );
			// errorLogger is part of mediawiki.base, but stand-ins may lack it.
			if ( mwGlobal.errorLogger && typeof mwGlobal.errorLogger.logError === 'function' ) {
				mwGlobal.errorLogger.logError( err, topic );
			}
			mwGlobal.log.error( err );
		},
		apiGet( params: ApiParams, signal?: AbortSignal ): Promise<unknown> {
			if ( typeof mwGlobal.Api !== 'function' ) {
				// Modules without mediawiki.api among their dependencies load it when needed.
				return loadApi( mwGlobal ).then(
					() => createMwEnvironment( mwGlobal ).apiGet( params, signal ) );
			}
			return settleApiRequest(
				() => new mwGlobal.Api().get( Object.assign( { formatversion: 2 }, params ) ), signal );
		},
		apiPost( params: ApiParams ): Promise<unknown> {
			return loadApi( mwGlobal ).then( () => settleApiRequest(
				() => new mwGlobal.Api().postWithToken( 'csrf', Object.assign( { formatversion: 2 }, params ) ),
			) );
		},
		apiBeacon: ( params ) => sendBeacon( mwGlobal, params ),
		apiBeaconAnonymous: ( params ) => sendAnonymousBeacon( mwGlobal, params ),
	};
}
