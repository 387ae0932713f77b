/**
 * Everything a first-time reader downloads for a page, for dev/bench.mjs: the page in a fresh
 * Chromium context (no cache), then every load the startup module starts, gzipped here with
 * zlib level 6 (what a compressing server sends).
 */
/* global window */
import { gzipSync } from 'node:zlib';

/** Kinds of responses, by CDP resource type. */
const KINDS = { Document: 'HTML', Stylesheet: 'CSS', Script: 'JS', Image: 'images', Font: 'fonts', XHR: 'API', Fetch: 'API' };

/**
 * Everything a first-time reader downloads for a page: a fresh browser context (no cache),
 * the page, then every load the startup module starts, until the page's modules are ready
 * and the network is idle. Sizes are the response bodies gzipped at level 6 (what a
 * compressing server sends), by kind, and what went over the wire here.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @return {Promise<Object>} { byKind: {HTML, CSS, JS, ...: {count, raw, gz}}, total, wire, requests }
 */
export async function pageDownloads( browser, url ) {
	const context = await browser.newContext( { locale: 'en-US', serviceWorkers: 'block' } );
	// The development server answers /favicon.ico with the main page: not what a wiki sends.
	await context.route( '**/favicon.ico', ( route ) => route.abort() );
	const page = await context.newPage();
	const cdp = await context.newCDPSession( page );
	await cdp.send( 'Network.enable' );
	await cdp.send( 'Network.setCacheDisabled', { cacheDisabled: true } );
	const types = new Map();
	const pending = [];
	const entries = [];
	cdp.on( 'Network.responseReceived', ( e ) => types.set( e.requestId, { type: e.type, url: e.response.url } ) );
	cdp.on( 'Network.loadingFinished', ( e ) => {
		const info = types.get( e.requestId ) || { type: 'Other', url: '' };
		pending.push( cdp.send( 'Network.getResponseBody', { requestId: e.requestId } ).then( ( body ) => {
			const buffer = Buffer.from( body.body, body.base64Encoded ? 'base64' : 'utf8' );
			entries.push( { ...info, wire: e.encodedDataLength, raw: buffer.length, gz: gzipSync( buffer, { level: 6 } ).length } );
		}, () => entries.push( { ...info, wire: e.encodedDataLength, raw: 0, gz: 0 } ) ) );
	} );
	await page.goto( url, { waitUntil: 'load' } );
	await page.evaluate( () => new Promise( ( resolve ) => {
		/* global RLPAGEMODULES */
		const mods = typeof RLPAGEMODULES !== 'undefined' ? RLPAGEMODULES : [];
		window.mw.loader.using( mods ).then( resolve, resolve );
	} ) );
	await page.waitForLoadState( 'networkidle' );
	await Promise.all( pending );
	await context.close();
	const byKind = {};
	const total = { count: 0, raw: 0, gz: 0, wire: 0 };
	for ( const e of entries ) {
		const kind = KINDS[ e.type ] || 'other';
		byKind[ kind ] = byKind[ kind ] || { count: 0, raw: 0, gz: 0, wire: 0 };
		for ( const t of [ byKind[ kind ], total ] ) {
			t.count++;
			t.raw += e.raw;
			t.gz += e.gz;
			t.wire += e.wire;
		}
	}
	return { byKind, total, entries };
}
