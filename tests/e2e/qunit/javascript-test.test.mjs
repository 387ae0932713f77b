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
		// QUnit marks a skipped test "skipped" (and a todo "todo"): neither is a pass.
		status: [ 'pass', 'skipped', 'todo' ].find( ( c ) => li.classList.contains( c ) ) || 'fail',
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
		const name = `${ result.module }: ${ result.name }`;
		if ( result.status === 'skipped' ) {
			// Reported as skipped, so that the summary shows it and does not count it as passed.
			await t.test( name, { skip: 'QUnit.skip' }, () => {} );
			continue;
		}
		await t.test( name, () => {
			assert.equal( result.status, 'pass', result.details || 'failed' );
		} );
	}
} );

test( 'the QUnit page had no uncaught errors', () => {
	assert.deepEqual( problems.filter( ( p ) => !p.startsWith( 'console error' ) || !/QUnit/.test( p ) ), [] );
} );
