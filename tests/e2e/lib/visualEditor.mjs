/**
 * Driving VisualEditor in Chromium: open a page in it, insert and edit through our dialogs,
 * save (design record 0018).
 */
import assert from 'node:assert/strict';
import { server } from './browser.mjs';

/**
 * Save a page's wikitext through the API, as the logged-in user.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} title
 * @param {string} text
 * @return {Promise<number>} The new revision's id
 */
export async function savePage( page, title, text ) {
	const result = await page.evaluate( ( [ t, x ] ) => new window.mw.Api().postWithToken( 'csrf',
		{ action: 'edit', title: t, text: x, formatversion: 2 } ), [ title, text ] );
	assert.equal( result.edit.result, 'Success' );
	return result.edit.newrevid;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} title
 * @return {Promise<string>} The page's current wikitext
 */
export async function pageText( page, title ) {
	return page.evaluate( async ( t ) => {
		const data = await new window.mw.Api().get( { action: 'query', prop: 'revisions', titles: t,
			rvprop: 'content', rvslots: 'main', formatversion: 2 } );
		return data.query.pages[ 0 ].revisions[ 0 ].slots.main.content;
	}, title );
}

/**
 * Open a page in VisualEditor and wait until it can be edited.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} title
 * @param {string} [uselang]
 */
export async function openEditor( page, title, uselang = 'en' ) {
	// VisualEditor's welcome dialog of a first visit makes the page inert when it opens, which
	// can be after the surface is ready: the author has seen it (as the dialog's button says).
	await page.evaluate( () => new window.mw.Api().saveOptions(
		{ 'visualeditor-hidebetawelcome': '1', 'visualeditor-hideusered': '1' } ) );
	await page.goto( `${ server }/index.php?title=${ encodeURIComponent( title ) }&veaction=edit&uselang=${ uselang }` );
	await page.waitForFunction( () => window.ve && window.ve.init && window.ve.init.target &&
		window.ve.init.target.getSurface && window.ve.init.target.getSurface() &&
		document.querySelector( '.ve-ce-documentNode[contenteditable="true"]' ), null, { timeout: 90000 } );
	// The welcome dialog of a first visit.
	const welcome = page.locator( '.oo-ui-dialog .oo-ui-processDialog-actions-primary .oo-ui-buttonElement-button, ' +
		'.ve-init-mw-welcomeDialog .oo-ui-messageDialog-actions .oo-ui-flaggedElement-primary .oo-ui-buttonElement-button' );
	if ( await welcome.count() ) {
		await welcome.first().click();
	}
	await page.waitForFunction( () => !document.querySelector( '.oo-ui-window-active' ), null, { timeout: 10000 } )
		.catch( () => {} );
}

/**
 * Save the open editor with a summary, and wait for the page to be shown again.
 *
 * @param {import('playwright-core').Page} page
 */
export async function saveEditor( page ) {
	await page.locator( '.ve-ui-toolbar-saveButton' ).click();
	const dialog = page.locator( '.ve-ui-mwSaveDialog' );
	await dialog.waitFor();
	await dialog.locator( '.oo-ui-processDialog-actions-primary .oo-ui-buttonElement-button' ).click();
	await page.waitForFunction( () => !document.querySelector( '.ve-init-mw-desktopArticleTarget-toolbar' ) &&
		!/veaction=/.test( window.location.search ), null, { timeout: 60000 } );
}
