/**
 * Reviewed versions as people see them (design record 0017): an author edits a published
 * module; readers keep the reviewed text on the page, in the catalog, in the gadget on the
 * plain wiki and in a fresh offline export; a reviewer finds the pending change in the
 * maintenance queue, reads the diff, approves; readers then get the new text.
 *
 * The gadget part needs TRAININGS_TEST_PLAIN_SERVER (npm test sets it); without it that part
 * is skipped.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, logInAsAdmin, openPage, server } from '../lib/browser.mjs';

const plain = process.env.TRAININGS_TEST_PLAIN_SERVER;
const RUN = Date.now();
const NAME = `Reviewed version ${ RUN }`;
const TITLE = `Training:${ NAME }`;
const URL = `${ server }/wiki/${ encodeURIComponent( TITLE.replace( / /g, '_' ) ) }`;
const text = ( summary, step ) => `{{#training:\n| summary = ${ summary }\n| duration = 5\n}}\nIntro.\n\n== Only step ==\n${ step }\n`;
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page On the wiki
 * @param {Object} params action API parameters (POST, with a CSRF token)
 * @return {Promise<Object>}
 */
function post( page, params ) {
	return page.evaluate( async ( p ) => {
		await window.mw.loader.using( 'mediawiki.api' );
		return new window.mw.Api().postWithToken( 'csrf', Object.assign( { formatversion: 2 }, p ) );
	}, params );
}

/**
 * What a reader (a fresh browser context, no cache) gets of the module.
 *
 * @return {Promise<{page: string, card: string, exported: string, gadget: string|null}>}
 */
async function whatReadersGet() {
	const reader = await openPage( browser );
	try {
		const { page } = reader;
		await page.goto( URL );
		const view = await page.locator( '#mw-content-text' ).textContent();
		await page.goto( `${ server }/index.php?title=Special:Trainings&search=${ encodeURIComponent( NAME ) }` );
		const card = await page.locator( `.ext-trainings-catalog__item[data-key="${ NAME.replace( / /g, '_' ) }"]` )
			.innerText();
		const exported = await ( await page.request.get(
			`${ server }/index.php?title=${ encodeURIComponent( TITLE ) }&action=trainingdownload` ) ).text();
		let gadget = null;
		if ( plain ) {
			await page.goto( `${ plain }/wiki/Main_Page` );
			const link = page.locator( '#t-trainings-gadget a' );
			await link.waitFor( { state: 'attached' } );
			if ( !await link.isVisible() ) {
				await page.locator( '#vector-page-tools-dropdown-checkbox' ).click();
			}
			await link.click();
			const dialog = page.locator( '.trainings-gadget' );
			await dialog.locator( '.trainings-gadget__item' ).first().waitFor( { timeout: 30000 } );
			await dialog.locator( '.trainings-gadget__search-input input' ).fill( NAME );
			await dialog.locator( '.trainings-gadget__search-input input' ).press( 'Enter' );
			const item = dialog.locator( `.trainings-gadget__item[data-key="${ NAME.replace( / /g, '_' ) }"]` );
			await item.waitFor();
			await item.locator( '.trainings-gadget__open' ).click();
			await dialog.locator( '.trainings-module .trainings-player-start' ).waitFor();
			gadget = await dialog.locator( '.trainings-module' ).evaluate( ( el ) => el.textContent );
		}
		assert.deepEqual( reader.problems, [] );
		return { page: view, card, exported, gadget };
	} finally {
		await reader.close();
	}
}

test( 'readers keep the reviewed text until a reviewer approves the change from the queue', async () => {
	const reviewer = await openPage( browser );
	const author = await openPage( browser );
	try {
		await logInAsAdmin( reviewer.page );
		const created = await post( reviewer.page, { action: 'edit', title: TITLE,
			text: text( 'Reviewed summary', 'Reviewed step text.' ) } );
		const approved = await post( reviewer.page, { action: 'trainingreview', page: TITLE,
			revid: created.edit.newrevid } );
		assert.equal( approved.trainingreview.result, 'Success' );

		// An author (anonymous here: anyone who may edit) changes the module.
		await author.page.goto( URL );
		const edited = await post( author.page, { action: 'edit', title: TITLE,
			text: text( 'Author summary', 'Author step text.' ) } );
		assert.equal( edited.edit.result, 'Success' );

		const beforeApproval = await whatReadersGet();
		for ( const [ where, got ] of Object.entries( beforeApproval ) ) {
			if ( got !== null ) {
				assert.ok( !got.includes( 'Author' ), `${ where } keeps the reviewed text` );
			}
		}
		assert.match( beforeApproval.page, /Reviewed step text\./ );
		assert.match( beforeApproval.card, /Reviewed summary/ );
		assert.match( beforeApproval.exported, /Reviewed step text\./ );
		if ( plain ) {
			assert.match( beforeApproval.gadget, /Reviewed step text\./ );
		}

		// The reviewer finds the pending change in the queue, reads the diff, approves.
		const { page } = reviewer;
		await page.goto( `${ server }/wiki/Special:TrainingMaintenance` );
		const row = page.locator( `tr[data-module="${ TITLE }"][data-type="pending"]` );
		assert.match( await row.innerText(), /One edit/ );
		await Promise.all( [ page.waitForNavigation(),
			row.getByRole( 'link', { name: 'Changes since the review' } ).click() ] );
		assert.match( await page.locator( '.diff' ).innerText(), /Author step text\./ );
		await page.goBack();
		await Promise.all( [ page.waitForNavigation(),
			row.getByRole( 'button', { name: 'Approve this revision' } ).click() ] );
		assert.match( await page.locator( '.cdx-message--success' ).innerText(), new RegExp( NAME ) );
		assert.equal( await page.locator( `tr[data-module="${ TITLE }"]` ).count(), 0 );

		const afterApproval = await whatReadersGet();
		assert.match( afterApproval.page, /Author step text\./ );
		assert.match( afterApproval.card, /Author summary/ );
		assert.match( afterApproval.exported, /Author step text\./ );
		if ( plain ) {
			assert.match( afterApproval.gadget, /Author step text\./ );
		}
		assert.deepEqual( reviewer.problems, [] );
	} finally {
		await author.close();
		await reviewer.close();
		// The other tests count the sample library's published modules: leave none behind.
		const cleanup = await openPage( browser );
		await logInAsAdmin( cleanup.page );
		await post( cleanup.page, { action: 'delete', title: TITLE } );
		await cleanup.close();
	}
} );
