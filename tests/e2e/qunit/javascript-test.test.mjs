/**
 * Runs the extension's QUnit tests inside the real wiki (Special:JavaScriptTest, which loads
 * them through ResourceLoader with the real Vue and Codex) and reports each QUnit test as a
 * test here, so failures show up by name.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';

let browser;
let results;
let problems;

before( async () => {
	browser = await launchBrowser();
	const opened = await openPage( browser );
	problems = opened.problems;
	const { page } = opened;
	await page.goto( `${ server }/wiki/Special:JavaScriptTest?component=Trainings` );
	// QUnit's HTML reporter writes the final summary into #qunit-testresult once the run ends.
	await page.waitForFunction(
		() => {
			const done = document.querySelector( '#qunit-testresult .total' );
			return done !== null;
		},
		null,
		{ timeout: 120000 }
	);
	results = await page.$$eval( '#qunit-tests > li', ( items ) => items.map( ( li ) => ( {
		module: li.querySelector( '.module-name' )?.textContent || '',
		name: li.querySelector( '.test-name' )?.textContent || '',
		passed: li.classList.contains( 'pass' ) || li.classList.contains( 'skipped' ),
		details: Array.from( li.querySelectorAll( '.fail' ) ).map( ( a ) => a.textContent ).join( '\n' )
	} ) ) );
	await opened.close();
} );

after( async () => {
	await browser?.close();
} );

test( 'Special:JavaScriptTest ran the Trainings QUnit tests', async ( t ) => {
	assert.ok( results.length > 0, 'QUnit reported no tests for component=Trainings' );
	for ( const result of results ) {
		await t.test( `${ result.module }: ${ result.name }`, () => {
			assert.ok( result.passed, result.details || 'failed' );
		} );
	}
} );

test( 'the QUnit page had no uncaught errors', () => {
	assert.deepEqual( problems.filter( ( p ) => !p.startsWith( 'console error' ) || !/QUnit/.test( p ) ), [] );
} );
