/**
 * Statistics a test file needs, recorded by the file itself (not left by an earlier file).
 */
import assert from 'node:assert/strict';
import { server } from './browser.mjs';

/**
 * Count one anonymous learner starting a module, as the player's beacon does. The counts are
 * written by a deferred update that ends with the request, so they are there once it answers.
 *
 * @param {string} module A module's title, e.g. "Training:Using the Trainings catalog"
 */
export async function countStart( module ) {
	const response = await fetch( `${ server }/api.php`, {
		method: 'POST',
		body: new URLSearchParams( { action: 'trainingevent', module, event: 'start', format: 'json' } )
	} );
	const data = await response.json();
	assert.equal( data.error, undefined, JSON.stringify( data.error ) );
}
