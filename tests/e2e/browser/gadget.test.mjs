/**
 * The Trainings gadget on a plain wiki (no extension, Gadgets, the gadget installed by
 * dev/install-gadget.mjs with the test wiki as its central wiki): the tools link opens the
 * central catalog in a dialog, a module plays to its end in French (its French version,
 * chosen by the fallback rule), progress stays in the browser, and the host page is
 * untouched. And when the central wiki cannot be reached, the dialog says so and retrying
 * works once it can.
 *
 * The plain wiki's address comes from TRAININGS_TEST_PLAIN_SERVER (npm test sets it); without
 * it the tests are skipped.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { answerQuiz } from '../lib/quiz.mjs';

const plain = process.env.TRAININGS_TEST_PLAIN_SERVER;
const skip = plain ? false : 'TRAININGS_TEST_PLAIN_SERVER is not set (npm test starts a plain wiki)';
const HOST_PAGE = `${ plain }/wiki/Main_Page`;
/** What install.php writes on the plain wiki's main page. */
const HOST_TEXT = 'MediaWiki has been installed';
let browser;

before( async () => {
	if ( !skip ) {
		browser = await launchBrowser();
	}
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<{text: string, links: number}>} The host page's content, to compare
 */
async function hostContent( page ) {
	return page.$eval( '#mw-content-text', ( el ) => ( {
		text: el.textContent.trim(),
		links: el.querySelectorAll( 'a' ).length
	} ) );
}

/**
 * The gadget's link in the tools menu, shown (Vector 2022 keeps the menu in a dropdown until
 * a reader pins it).
 *
 * @param {import('playwright-core').Page} page
 * @return {Promise<import('playwright-core').Locator>}
 */
async function toolsLink( page ) {
	const link = page.locator( '#t-trainings-gadget a' );
	await link.waitFor( { state: 'attached' } );
	if ( !await link.isVisible() ) {
		await page.locator( '#vector-page-tools-dropdown-checkbox' ).click();
	}
	await link.waitFor();
	return link;
}

test( 'the gadget plays a central module to its end in French on a plain wiki', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	try {
		await page.goto( `${ HOST_PAGE }?uselang=fr` );
		// A plain wiki: no extension module, no Training namespace.
		assert.equal( await page.evaluate( () => window.mw.loader.getState( 'ext.trainings.player' ) ), null );
		const content = await hostContent( page );
		assert.ok( content.text.includes( HOST_TEXT ), content.text );

		const link = await toolsLink( page );
		assert.equal( ( await link.textContent() ).trim(), 'Formations' );
		await link.click();

		// The central catalog, its facts in French (messages of the central wiki).
		const dialog = page.locator( '.trainings-gadget' );
		await dialog.locator( '.trainings-gadget__item' ).first().waitFor( { timeout: 30000 } );
		assert.equal( ( await dialog.locator( '.cdx-dialog__header' ).textContent() ).trim(), 'Formations' );
		const items = dialog.locator( '.trainings-gadget__item' );
		const all = await items.count();
		assert.ok( all >= 6, `the sample library is listed (${ all })` );
		await dialog.locator( '.trainings-gadget__search-input input' ).fill( 'talk partners' );
		await dialog.locator( '.trainings-gadget__search-input input' ).press( 'Enter' );
		await page.waitForFunction( ( n ) => {
			const shown = document.querySelectorAll( '.trainings-gadget__item' ).length;
			return shown > 0 && shown < n;
		}, all );
		const item = dialog.locator( '.trainings-gadget__item[data-key="How_to_talk_to_partners"]' );
		assert.equal( await item.count(), 1, 'the search finds the module' );
		assert.match( await item.locator( '.trainings-gadget__facts' ).textContent(), /min/ );
		await item.locator( '.trainings-gadget__open' ).click();

		// The French version, from the central wiki, played by the player.
		const module = dialog.locator( '.trainings-module' );
		await module.locator( '.trainings-player-start' ).waitFor();
		assert.equal( await dialog.locator( '.mw-parser-output' ).first().getAttribute( 'lang' ), 'fr' );
		assert.equal( ( await module.locator( '.trainings-player-start' ).textContent() ).trim(), 'Commencer' );
		assert.equal( await dialog.locator( '.trainings-player-languages__select' ).inputValue(), 'fr' );
		// Images come from the central wiki.
		for ( const src of await module.locator( 'img' ).evaluateAll( ( imgs ) => imgs.map( ( i ) => i.src ) ) ) {
			assert.ok( src.startsWith( server ), src );
		}

		await module.locator( '.trainings-player-start' ).click();
		for ( let i = 0; i < 30; i++ ) {
			const quizzes = module.locator( 'section.trainings-step:visible .trainings-quiz' );
			for ( let q = 0; q < await quizzes.count(); q++ ) {
				// Completing needs every quiz right once: a first try, then the right answers.
				await answerQuiz( quizzes.nth( q ) );
			}
			if ( await module.locator( '.trainings-player-finish' ).isVisible() ) {
				break;
			}
			assert.equal( ( await module.locator( 'section.trainings-step:visible' ).count() ), 1, 'one step at a time' );
			await module.locator( '.trainings-player-next' ).click();
		}
		await module.locator( '.trainings-player-finish' ).click();
		const done = module.locator( '.trainings-player-complete' );
		await done.waitFor();
		assert.equal( ( await done.locator( 'h2' ).textContent() ).trim(), 'Module terminé' );

		// Progress in this browser, under the gadget's key; the host page's address untouched.
		const stored = await page.evaluate(
			'JSON.parse( window.localStorage.getItem( "mw-trainings-gadget-progress" ) )' );
		const record = stored.records.find( ( r ) => r.module === 'How_to_talk_to_partners' );
		assert.equal( record.language, 'fr' );
		assert.ok( record.completed > 0, 'completed' );
		assert.equal( new URL( page.url() ).hash, '' );

		// Back to the catalog, close the dialog: the host page still works.
		await dialog.locator( '.trainings-gadget__back' ).click();
		await item.waitFor();
		await dialog.locator( '.cdx-dialog__header__close-button' ).click();
		await dialog.waitFor( { state: 'hidden' } );
		assert.deepEqual( await hostContent( page ), content );
		await page.locator( '#searchInput, input[name="search"]' ).first().fill( 'Main' );
		assert.deepEqual( problems, [] );
	} finally {
		await close();
	}
} );

test( 'when the central wiki cannot be reached, the dialog says so and retrying works', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	try {
		// The central wiki's API does not answer (as when the network or the wiki is down).
		const central = `${ server }/api.php**`;
		const refuse = ( route ) => route.abort( 'connectionrefused' );
		await page.route( central, refuse );
		await page.goto( HOST_PAGE );
		const content = await hostContent( page );
		await ( await toolsLink( page ) ).click();
		const dialog = page.locator( '.trainings-gadget' );
		const error = dialog.locator( '.trainings-gadget__error' );
		await error.waitFor( { timeout: 30000 } );
		assert.match( await error.textContent(), /could not be loaded from localhost:\d+/ );
		assert.equal( await dialog.locator( '.trainings-gadget__item' ).count(), 0 );
		// Nothing on the host page broke: no uncaught error, the content as it was.
		assert.deepEqual( problems.filter( ( p ) => p.startsWith( 'uncaught' ) ), [] );
		assert.deepEqual( await hostContent( page ), content );

		// The central wiki is back: "Try again" loads the catalog.
		await page.unroute( central, refuse );
		await error.locator( '.trainings-gadget__retry' ).click();
		await dialog.locator( '.trainings-gadget__item' ).first().waitFor( { timeout: 30000 } );
		assert.equal( await error.count(), 0 );
		// What went wrong was the refused requests (and their report in the console) only.
		assert.deepEqual( problems.filter( ( p ) => !p.includes( 'connectionrefused' ) &&
			!p.includes( 'ERR_CONNECTION_REFUSED' ) && !p.startsWith( 'console error' ) ), [] );
	} finally {
		await close();
	}
} );

test( 'an http central address is refused with a message, and nothing is asked of it', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	try {
		const asked = [];
		page.on( 'request', ( request ) => {
			if ( request.url().startsWith( 'http://central.example' ) ) {
				asked.push( request.url() );
			}
		} );
		await page.goto( HOST_PAGE );
		const link = await toolsLink( page );
		await page.evaluate( () => window.mw.config.set( 'trainingsGadgetCentralApi',
			'http://central.example/w/api.php' ) );
		await link.click();
		const refused = page.locator( '.trainings-gadget .trainings-gadget__refused' );
		await refused.waitFor( { timeout: 30000 } );
		assert.match( await refused.textContent(), /http:\/\/central\.example\/w\/api\.php.*https/ );
		assert.equal( await page.locator( '.trainings-gadget__item, .trainings-gadget__loading' ).count(), 0 );
		assert.deepEqual( asked, [] );
		assert.deepEqual( problems, [] );
	} finally {
		await close();
	}
} );

/** What a compromised central wiki could put in a parsed module page. */
const HOSTILE_HTML = [
	'<img id="hostile-img" src="x" onerror="window.hostileRan = \'img\'">',
	'<script>window.hostileRan = "script";</script>',
	'<a id="hostile-js" href="javascript:window.hostileRan=\'link\'">a link</a>',
	'<a id="hostile-web" href="https://example.org/page">a web link</a>',
	'<style>body { display: none !important; } .trainings-module { outline: 3px solid rgb(255, 0, 0); }</style>',
	'<div id="hostile-cover" style="position: fixed; inset: 0; z-index: 9999; background: red">cover</div>',
	'<form id="hostile-form" action="https://evil.example/"><input name="q" value="x"></form>',
	'<base href="https://evil.example/">',
	'<iframe srcdoc="<script>parent.hostileRan = 1</script>"></iframe>',
	'<svg><script>window.hostileRan = "svg"</script></svg>',
	'<p id="hostile-name" name="cookie">named</p>'
].join( '' );

test( 'HTML from the central wiki is cleaned before it enters the host page', { skip }, async () => {
	const { page, close } = await openPage( browser );
	try {
		// The central wiki answers a module's parse with hostile HTML around the real module.
		await page.route( `${ server }/api.php?**`, async ( route ) => {
			if ( !route.request().url().includes( 'action=parse' ) ) {
				return route.continue();
			}
			const response = await route.fetch();
			const body = await response.json();
			body.parse.text = body.parse.text.replace( '<div class="trainings-module"',
				HOSTILE_HTML + '<div class="trainings-module"' );
			return route.fulfill( { response, json: body } );
		} );
		await page.goto( HOST_PAGE );
		await ( await toolsLink( page ) ).click();
		const dialog = page.locator( '.trainings-gadget' );
		const item = dialog.locator( '.trainings-gadget__item[data-key="How_to_talk_to_partners"]' );
		await item.waitFor( { timeout: 30000 } );
		await item.locator( '.trainings-gadget__open' ).click();
		const module = dialog.locator( '.trainings-module' );
		// The player still plays the module.
		await module.locator( '.trainings-player-start' ).waitFor();

		const view = dialog.locator( '.trainings-gadget-module' );
		assert.equal( await page.evaluate( () => window.hostileRan ), undefined, 'no script ran' );
		assert.equal( await view.locator( 'script, iframe, svg, base, form' ).count(), 0 );
		assert.equal( await page.locator( 'base' ).count(), 0 );
		assert.equal( await view.locator( '#hostile-img' ).getAttribute( 'onerror' ), null );
		assert.equal( await view.locator( '#hostile-js' ).getAttribute( 'href' ), null );
		assert.equal( await view.locator( '#hostile-web' ).getAttribute( 'href' ), 'https://example.org/page' );
		assert.equal( await view.locator( '#hostile-cover' ).getAttribute( 'style' ), null );
		assert.equal( await view.locator( 'input[name="q"]' ).count(), 1, 'a form\'s fields stay, the form goes' );
		assert.equal( await view.locator( '#hostile-name' ).getAttribute( 'name' ), null );
		// Its styles apply inside the module only: the host page is shown, the module outlined.
		assert.equal( await page.evaluate( () => window.getComputedStyle( document.body ).display ), 'block' );
		assert.equal( await module.evaluate( ( el ) => window.getComputedStyle( el ).outlineColor ),
			'rgb(255, 0, 0)' );
		await module.locator( '.trainings-player-start' ).click();
		await module.locator( 'section.trainings-step:visible' ).first().waitFor();
	} finally {
		await close();
	}
} );
