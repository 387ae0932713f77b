/**
 * Waiting for what the server records after a page's own requests (the player's coalesced
 * progress writes, jobs): nothing on the page announces it, so the test reads it again until
 * it holds. The interval only spaces the reads; a condition, never a fixed time, ends the wait.
 */
import assert from 'node:assert/strict';

/**
 * @template T
 * @param {() => Promise<T>} read Reads the state afresh
 * @param {(value: T) => boolean} done Whether it is what the test waits for
 * @param {string} what What is awaited, for the failure's message
 * @param {{tries?: number, interval?: number}} [options] At most `tries` reads (50), `interval`
 *  ms apart (200)
 * @return {Promise<T>} The first value read that is done
 */
export async function pollUntil( read, done, what, { tries = 50, interval = 200 } = {} ) {
	let last;
	for ( let i = 0; i < tries; i++ ) {
		last = await read();
		if ( done( last ) ) {
			return last;
		}
		await new Promise( ( resolve ) => {
			setTimeout( resolve, interval );
		} );
	}
	assert.fail( `${ what } never came; last read: ${ JSON.stringify( last ) }` );
}
