/**
 * Every module of the sample library, and every language version of one, passes through the
 * player from the introduction to the completion screen without an inline error.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { sampleModules, sampleTranslations, trainingPath } from '../../http/lib.mjs';

let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

async function walk( title ) {
	const { page, problems, close } = await openPage( browser );
	try {
		await page.goto( server + trainingPath( title ) );
		assert.equal( await page.locator( '.trainings-error' ).count(), 0, 'no inline error' );
		const steps = await page.locator( 'section.trainings-step' ).count();
		assert.ok( steps >= 3, `${ steps } steps` );
		assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
		await page.locator( '.trainings-player-start' ).click();
		for ( let step = 1; step < steps; step++ ) {
			await page.locator( '.trainings-player-next' ).click();
		}
		// The address names the last step by its id (design record 0019), its number without one.
		const lastId = await page.locator( 'section.trainings-step' ).last().getAttribute( 'data-trainings-step-id' );
		assert.ok( page.url().endsWith( `#step-${ lastId || steps }` ), page.url() );
		await page.locator( '.trainings-player-finish' ).click();
		await page.locator( '.trainings-player-complete' ).waitFor();
		assert.deepEqual( problems, [] );
	} finally {
		await close();
	}
}

for ( const title of sampleModules() ) {
	test( `module: ${ title }`, () => walk( title ) );
}

for ( const title of sampleTranslations( { courses: false } ) ) {
	test( `language version: ${ title }`, () => walk( title ) );
}
