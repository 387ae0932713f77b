/**
 * The statistics of anonymous learners: walking a module in the browser sends one start, one
 * completion and each first quiz answer to action=trainingevent, which Special:TrainingStats
 * then counts (the deferred updates run at the end of each API request); walking it again in
 * the same browser sends nothing more. Uses a module no other browser test walks.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { openModule, walkAndAnswer } from '../lib/learner.mjs';

const MODULE = 'Training:Organising an online photo contest';
const URL = `${ server }/wiki/${ MODULE.replace( / /g, '_' ) }`;
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @return {Promise<{starts: number, completions: number, quizAnswers: number}>} The module's
 *  counts in English, summed over the days of the CSV download
 */
async function counts() {
	const response = await fetch( `${ server }/wiki/Special:TrainingStats?format=csv` );
	assert.equal( response.status, 200 );
	const lines = ( await response.text() ).trim().split( /\r?\n/ );
	const header = lines[ 0 ].split( ',' );
	const column = ( name ) => header.indexOf( name );
	const sum = { starts: 0, completions: 0, quizAnswers: 0 };
	for ( const line of lines.slice( 1 ) ) {
		const cells = line.split( ',' ).map( ( cell ) => cell.replace( /^"|"$/g, '' ) );
		if ( cells[ column( 'module' ) ] === MODULE && cells[ column( 'language' ) ] === 'en' ) {
			sum.starts += Number( cells[ column( 'starts' ) ] );
			sum.completions += Number( cells[ column( 'completions' ) ] );
			sum.quizAnswers += Number( cells[ column( 'quiz_answers' ) ] );
		}
	}
	return sum;
}

test( 'an anonymous learner\'s start, quiz answer and completion are counted once', async () => {
	const initial = await counts();
	const { page, problems, close } = await openPage( browser );
	const events = [];
	page.on( 'request', ( request ) => {
		const body = request.postData() || '';
		if ( request.url().includes( '/api.php' ) && body.includes( 'action=trainingevent' ) ) {
			events.push( new URLSearchParams( body ).get( 'event' ) );
		}
	} );
	await openModule( page, URL );
	await walkAndAnswer( page );
	assert.deepEqual( events, [ 'start', 'quiz', 'complete' ] );

	// The beacons were sent; their deferred updates end with their requests.
	let now = await counts();
	for ( let i = 0; i < 50 && now.completions === initial.completions; i++ ) {
		await new Promise( ( resolve ) => {
			setTimeout( resolve, 200 );
		} );
		now = await counts();
	}
	assert.deepEqual( now, {
		starts: initial.starts + 1,
		completions: initial.completions + 1,
		quizAnswers: initial.quizAnswers + 1
	} );

	// The same browser again: nothing more is sent.
	await openModule( page, URL );
	await walkAndAnswer( page );
	assert.deepEqual( events, [ 'start', 'quiz', 'complete' ] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'action=trainingevent refuses GET', async () => {
	const params = new URLSearchParams( { action: 'trainingevent', module: MODULE, event: 'start', format: 'json' } );
	const response = await fetch( `${ server }/api.php?${ params }` );
	const data = await response.json();
	assert.equal( data.error?.code, 'mustbeposted' );
} );
