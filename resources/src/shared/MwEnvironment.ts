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

export interface MwEnvironment {
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
}

/**
 * Adapt MediaWiki's `mw` global to {@link MwEnvironment}.
 *
 * @param mwGlobal Usually the `mw` global
 * @return The environment
 */
export function createMwEnvironment( mwGlobal: typeof mw ): MwEnvironment {
	return {
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
	};
}
