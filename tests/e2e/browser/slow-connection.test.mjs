/**
 * A long module on a slow connection: the page arrives in parts, and ResourceLoader runs the
 * player while the end of the page is still on its way. The player must wait for the whole
 * page, or the steps that arrive later stay visible under the step it shows (learners saw
 * step 1 followed by steps 1486–3000 of a long module).
 *
 * A small proxy in front of the test wiki holds back the second half of the module page until
 * the player module has run in the browser, then sends the rest.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { visibleSteps } from '../lib/learner.mjs';
import { WikiSession } from '../../http/session.mjs';

const TITLE = 'Training:Slow connection test/long module';
const STEPS = 200;
let browser;
let wiki;
let token;
let proxy;
let proxyUrl;
/** Resolves when the test lets the held-back part of the page go. */
let release;
const released = new Promise( ( resolve ) => {
	release = resolve;
} );

function longModule() {
	let text = '{{#training: | summary = A module of many steps, for the slow connection test }}\nIntro.\n';
	for ( let i = 1; i <= STEPS; i++ ) {
		text += `== Part ${ i } ==\nText of part ${ i }.\n`;
	}
	return text;
}

/**
 * Forward a request to the test wiki; the module page's second half waits for `released`.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function forward( req, res ) {
	const upstream = await fetch( server + req.url, {
		headers: { 'accept-encoding': 'identity', 'accept-language': 'en' },
		redirect: 'manual'
	} );
	const body = Buffer.from( await upstream.arrayBuffer() );
	const headers = { 'content-type': upstream.headers.get( 'content-type' ) || 'text/plain' };
	if ( upstream.headers.get( 'location' ) ) {
		headers.location = upstream.headers.get( 'location' );
	}
	res.writeHead( upstream.status, headers );
	if ( req.url.startsWith( '/wiki/Training:Slow_connection_test' ) ) {
		// Cut inside the steps: the first half, with the player's script tags, arrives now.
		const cut = body.indexOf( `id="step-${ STEPS / 2 }"` );
		assert.ok( cut > 0, 'the page has its steps' );
		res.write( body.subarray( 0, cut ) );
		await released;
		res.end( body.subarray( cut ) );
	} else {
		res.end( body );
	}
}

before( async () => {
	browser = await launchBrowser();
	wiki = await new WikiSession().login();
	token = await wiki.csrf();
	const result = await wiki.post( { action: 'edit', title: TITLE, text: longModule(), token, summary: 'slow connection test' } );
	assert.equal( result.edit?.result, 'Success', JSON.stringify( result ) );
	proxy = createServer( ( req, res ) => {
		forward( req, res ).catch( ( error ) => {
			res.destroy( error );
		} );
	} );
	await new Promise( ( resolve ) => {
		proxy.listen( 0, '127.0.0.1', resolve );
	} );
	proxyUrl = `http://127.0.0.1:${ proxy.address().port }`;
} );

after( async () => {
	release();
	proxy?.close();
	await wiki?.post( { action: 'delete', title: TITLE, token, reason: 'slow connection test done' } );
	await browser?.close();
} );

test( 'the player waits for the whole page: only the step it shows is visible', async () => {
	const { page, problems, close } = await openPage( browser );
	try {
		await page.goto( `${ proxyUrl }/wiki/${ TITLE.replace( / /g, '_' ) }`, { waitUntil: 'commit' } );
		// The player's module has run while half of the page is still to come.
		assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
		assert.equal( await page.evaluate( () => document.readyState ), 'loading', 'the page is still arriving' );
		release();
		await page.waitForLoadState( 'domcontentloaded' );
		await page.locator( '.trainings-player-start' ).click();
		await page.waitForFunction( () => document.querySelector( '#step-1' )?.offsetParent !== null );
		assert.deepEqual( await visibleSteps( page ), [ 'step-1' ] );
		await page.locator( '.trainings-player-next' ).click();
		await page.waitForFunction( () => document.querySelector( '#step-2' )?.offsetParent !== null );
		assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
		assert.deepEqual( problems, [] );
	} finally {
		await close();
	}
} );
