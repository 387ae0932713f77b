/**
 * Debian's Chromium driven by playwright-core, for the browser suites. Each page records
 * console errors, uncaught exceptions and failed requests so that tests can assert none happened.
 */
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const server = process.env.TRAININGS_TEST_SERVER || 'http://localhost:8081';

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * @return {Promise<import('playwright-core').Browser>}
 */
export function launchBrowser() {
	return chromium.launch( {
		executablePath: process.env.TRAININGS_CHROMIUM || '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	} );
}

/**
 * Open a new page that remembers what went wrong on it.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 * @return {Promise<{page: import('playwright-core').Page, problems: string[], close: Function}>}
 */
export async function openPage( browser, contextOptions = {} ) {
	const context = await browser.newContext( { locale: 'en-US', ...contextOptions } );
	const page = await context.newPage();
	const problems = [];
	page.on( 'console', ( msg ) => {
		if ( msg.type() === 'error' ) {
			problems.push( `console error: ${ msg.text() }` );
		}
	} );
	page.on( 'pageerror', ( err ) => problems.push( `uncaught exception: ${ err.message }` ) );
	page.on( 'requestfailed', ( req ) => {
		// A statistics beacon (action=trainingevent) outlives the page by design: Chromium
		// reports it aborted when the page goes away while it is in flight.
		if ( req.failure()?.errorText === 'net::ERR_ABORTED' &&
			( req.postData() || '' ).includes( 'action=trainingevent' ) ) {
			return;
		}
		// A read (GET) still in flight when the test navigates to the next page is aborted by
		// Chromium; nothing is lost and the next page reads again. Failed writes still count.
		if ( req.failure()?.errorText === 'net::ERR_ABORTED' && req.method() === 'GET' ) {
			return;
		}
		problems.push( `request failed: ${ req.url() } ${ req.failure()?.errorText }` );
	} );
	return { page, problems, close: () => context.close() };
}

/**
 * Wait until ResourceLoader has loaded and executed a module (or it failed).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @return {Promise<string>} The module's final state ("ready" or "error")
 */
export async function waitForModule( page, name ) {
	const handle = await page.waitForFunction(
		( module ) => {
			const state = window.mw && window.mw.loader && window.mw.loader.getState( module );
			return state === 'ready' || state === 'error' ? state : false;
		},
		name,
		{ timeout: 30000 }
	);
	return handle.jsonValue();
}

/**
 * Log in as the development wiki's administrator.
 *
 * @param {import('playwright-core').Page} page
 */
export async function logInAsAdmin( page ) {
	await page.goto( `${ server }/index.php?title=Special:UserLogin` );
	await page.fill( '#wpName1', 'Admin' );
	await page.fill( '#wpPassword1', 'trainings-dev-password' );
	await Promise.all( [ page.waitForNavigation(), page.click( '#wpLoginAttempt' ) ] );
	assert.equal( await page.evaluate( () => window.mw.config.get( 'wgUserName' ) ), 'Admin' );
}
