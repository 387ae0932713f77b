/**
 * The API store's writes, coalesced: each change marks its module dirty and (re)starts a
 * short timer; when it fires, one batch sends every dirty module (one request each). One batch
 * at a time: what changes meanwhile goes in the next one. The queue knows keys only; what a
 * key's request holds is the store's.
 */

/** Write the store debounces for (ms). */
export const WRITE_DELAY = 500;

export interface WriteQueue {
	/** A module changed: send it with the next batch. */
	mark( key: string ): void;
	/** Send what is pending now (without waiting for the timer); never rejects. */
	flush(): Promise<void>;
	/** Whether a module has changes not confirmed yet (pending or being sent). */
	unconfirmed( key: string ): boolean;
	/** Forget a module's pending change (it leaves another way, or was reset). */
	drop( key: string ): void;
	/** Stop the timer (the page goes away). */
	stopTimer(): void;
	/** Resolves when the batch on its way (if any) has answered. */
	idle(): Promise<void>;
}

/**
 * @param send Sends one module's change; resolves when it answered (never rejects)
 * @param delay How long changes wait for more (ms)
 * @param logError Report a failure
 * @return The queue
 */
export function createWriteQueue(
	send: ( key: string ) => Promise<void>,
	delay: number,
	logError: ( error: unknown ) => void,
): WriteQueue {
	/** Changed since the last batch. */
	const dirty = new Set<string>();
	/** Being sent now. */
	const sending = new Set<string>();
	let timer: ReturnType<typeof setTimeout> | null = null;
	let inFlight: Promise<void> | null = null;

	function stopTimer(): void {
		if ( timer !== null ) {
			clearTimeout( timer );
			timer = null;
		}
	}

	function sendBatch(): Promise<void> {
		const keys = Array.from( dirty );
		dirty.clear();
		keys.forEach( ( k ) => sending.add( k ) );
		return Promise.all( keys.map( send ) ).then( () => {
			keys.forEach( ( k ) => sending.delete( k ) );
		} );
	}

	function flush(): Promise<void> {
		stopTimer();
		if ( inFlight ) {
			return inFlight.then( () => flush() );
		}
		if ( dirty.size === 0 ) {
			return Promise.resolve();
		}
		inFlight = sendBatch().then( () => {
			inFlight = null;
		} );
		return inFlight;
	}

	return {
		mark( key: string ): void {
			dirty.add( key );
			stopTimer();
			timer = setTimeout( () => {
				timer = null;
				flush().catch( logError );
			}, delay );
		},
		flush,
		unconfirmed: ( key: string ) => dirty.has( key ) || sending.has( key ),
		drop( key: string ): void {
			dirty.delete( key );
		},
		stopTimer,
		idle: () => inFlight || Promise.resolve(),
	};
}
