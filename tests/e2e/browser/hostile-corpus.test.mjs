/**
 * The hostile corpus (tests/corpus/*.wikitext) and a module of three thousand steps, saved into
 * the test wiki through the action API (so invalid UTF-8 arrives as a browser would send it),
 * then opened in Chromium as a reader. Every injected payload would open a dialog or set
 * window.trainingsPwned: neither may happen, no script error may occur, and where the page has
 * steps the player still starts and moves on. The pages are deleted afterwards.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';
import { WikiSession } from '../../http/session.mjs';

const corpusDir = join( dirname( fileURLToPath( import.meta.url ) ), '../../corpus' );
const PREFIX = 'Training:Hostile corpus/';
let browser;
let wiki;
let token;
/** @type {Array<{name: string, title: string}>} */
const pages = [];

/**
 * @param {Buffer} bytes
 * @return {string} Every byte percent-encoded, so invalid UTF-8 reaches the wiki as it is
 */
function encodeBytes( bytes ) {
	return Array.from( bytes, ( b ) => '%' + b.toString( 16 ).padStart( 2, '0' ) ).join( '' );
}

async function save( title, bytes ) {
	const body = new URLSearchParams( { action: 'edit', title, token, summary: 'hostile corpus', format: 'json' } )
		.toString() + '&text=' + encodeBytes( bytes );
	const result = await wiki.post( body );
	assert.equal( result.edit?.result, 'Success', `${ title }: ${ JSON.stringify( result ) }` );
}

function manySteps( count ) {
	let text = '{{#training: | summary = Three thousand steps }}\nIntro.\n';
	for ( let i = 1; i <= count; i++ ) {
		text += `== Step ${ i } <span onmouseover="window.trainingsPwned=${ i }">x</span> ==\nText ${ i }.\n`;
	}
	return Buffer.from( text );
}

before( async () => {
	browser = await launchBrowser();
	wiki = await new WikiSession().login();
	token = await wiki.csrf();
	const files = readdirSync( corpusDir ).filter( ( f ) => f.endsWith( '.wikitext' ) ).sort();
	for ( const file of files ) {
		const name = file.slice( 0, -'.wikitext'.length );
		pages.push( { name, title: PREFIX + name } );
		await save( PREFIX + name, readFileSync( join( corpusDir, file ) ) );
	}
	pages.push( { name: 'steps', title: PREFIX + 'steps' } );
	await save( PREFIX + 'steps', manySteps( 3000 ) );
} );

after( async () => {
	for ( const { title } of pages ) {
		await wiki?.post( { action: 'delete', title, token, reason: 'hostile corpus test done' } );
	}
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 */
async function oneStepShown( page ) {
	await page.waitForFunction( () => [ ...document.querySelectorAll( 'section.trainings-step' ) ]
		.filter( ( s ) => s.offsetParent !== null ).length === 1, null, { timeout: 20000 } ).catch( () => {} );
}

test( 'no corpus page runs script in Chromium, and the player works where there are steps', async () => {
	assert.ok( pages.length >= 11, `${ pages.length } pages saved` );
	for ( const { name, title } of pages ) {
		const { page, problems, close } = await openPage( browser );
		const dialogs = [];
		page.on( 'dialog', async ( dialog ) => {
			dialogs.push( `${ dialog.type() }: ${ dialog.message() }` );
			await dialog.dismiss();
		} );
		const url = `${ server }/wiki/${ encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) }`;
		const steps = await page.goto( url ).then( () => page.$eval( '.trainings-module', ( m ) => Number( m.dataset.trainingsSteps ) )
			.catch( () => 0 ) );
		if ( steps > 0 ) {
			await openModule( page, url );
			await page.locator( '.trainings-player-start' ).click();
			// A page of thousands of steps takes the player a moment to arrange: wait until it
			// shows one step (or give up and let the assertion say what it shows).
			await oneStepShown( page );
			assert.deepEqual( await visibleSteps( page ), [ 'step-1' ], `${ name }: the player shows step 1` );
			if ( steps > 1 ) {
				await page.locator( '.trainings-player-next' ).click();
				await oneStepShown( page );
				assert.deepEqual( await visibleSteps( page ), [ 'step-2' ], `${ name }: and then step 2` );
			}
		} else {
			await page.waitForLoadState( 'networkidle' );
		}
		// Hover and click across the page: event handlers from content would run now.
		for ( const y of [ 50, 200, 350, 500, 650 ] ) {
			for ( const x of [ 100, 400, 700, 1000 ] ) {
				await page.mouse.move( x, y );
			}
		}
		await page.keyboard.press( 'Tab' );
		assert.equal( await page.evaluate( () => window.trainingsPwned ), undefined, `${ name }: no payload ran` );
		assert.deepEqual( dialogs, [], `${ name }: no dialog opened` );
		assert.deepEqual( problems.filter( ( p ) => !p.startsWith( 'request failed' ) ), [], `${ name }: no script error` );
		await close();
	}
} );
