/**
 * Search in every language (design record 0012): the catalog's search (the server-rendered page, the
 * enhanced catalog through list=trainings, and the API itself) matches the titles and summaries
 * of every language version of a module, not only the source's; the card still opens the
 * learner's best version.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';

/** A word of the French version's title only ("Comment parler aux partenaires"). */
const FRENCH_WORD = 'partenaires';
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

test( 'a French word finds the module, in French, without and with JavaScript', async () => {
	const { page, problems, close } = await openPage( browser, { javaScriptEnabled: false } );
	await page.goto( `${ server }/wiki/Special:Trainings?search=${ FRENCH_WORD }&uselang=fr` );
	const cards = page.locator( '.ext-trainings-catalog__item' );
	assert.deepEqual( await cards.evaluateAll( ( items ) => items.map( ( li ) => li.dataset.key ) ),
		[ 'How_to_talk_to_partners' ] );
	assert.match( await cards.first().locator( 'a.cdx-card' ).getAttribute( 'href' ),
		/Training:How_to_talk_to_partners\/fr&uselang=fr$/, 'the card opens the French version' );
	assert.deepEqual( problems, [] );
	await close();

	const js = await openPage( browser );
	await js.page.goto( `${ server }/wiki/Special:Trainings?uselang=fr` );
	assert.equal( await waitForModule( js.page, 'ext.trainings.catalog' ), 'ready' );
	await js.page.locator( 'form.ext-trainings-catalog__search input[name="search"]' )
		.pressSequentially( 'PARTENAIRES', { delay: 20 } );
	await js.page.waitForFunction( () => {
		const shown = Array.from( document.querySelectorAll( '.ext-trainings-catalog__item' ) )
			.filter( ( li ) => li.offsetParent !== null );
		return shown.length === 1 && shown[ 0 ].dataset.key === 'How_to_talk_to_partners';
	}, null, { timeout: 10000 } );
	assert.match( await js.page.locator( '.ext-trainings-catalog__item a.cdx-card' ).first().getAttribute( 'href' ),
		/How_to_talk_to_partners\/fr&uselang=fr$/, "the server's card (design record 0024)" );
	assert.deepEqual( js.problems.filter( ( p ) => !/list=trainings.*ERR_ABORTED/.test( p ) ), [] );
	await js.close();
} );

test( 'list=trainings searches every language version, Arabic too', async () => {
	const search = async ( text, lang ) => {
		const params = new URLSearchParams( { action: 'query', list: 'trainings', trsearch: text, uselang: lang,
			format: 'json', formatversion: '2' } );
		const data = await ( await fetch( `${ server }/api.php?${ params }` ) ).json();
		return data.query.trainings.map( ( t ) => t.title );
	};
	assert.deepEqual( await search( FRENCH_WORD, 'fr' ), [ 'Training:How to talk to partners' ] );
	assert.deepEqual( await search( FRENCH_WORD, 'en' ), [ 'Training:How to talk to partners' ],
		'found whatever the learner\'s language' );
	assert.deepEqual( await search( 'الشركاء', 'ar' ), [ 'Training:How to talk to partners' ],
		'a word of the Arabic title' );
	assert.deepEqual( await search( 'no such word anywhere', 'fr' ), [] );
} );
