/**
 * Every reader's language on hand-made versions (the sample library's `/fr` and `/ar` pages,
 * written by hand with their own metadata; no Translate): the catalog card's words and their
 * language, the link keeping `uselang`, the module's notice, the Kiwix offer and the heading of
 * a module in another language than the interface. The same readers on Translate's pages:
 * translate-readers.test.mjs.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';

const KEY = 'How_to_talk_to_partners';
const CARD = `.ext-trainings-catalog__item[data-key="${ KEY }"]`;

/**
 * What each reader gets: the version, its title's language and direction, the Kiwix file.
 * The Chinese readers (zh-hk, zh-cn) are tested on Translate's zh-hant and zh-hans versions
 * (translate-readers.test.mjs) and in PHPUnit (ReaderLanguagesTest): the sample library has no
 * Chinese version, and a first page view in a language with a five-language chain loads its
 * skin messages from a cold message cache (core's cost, about 130 queries) above this wiki's
 * bound of 100 queries per page view (design record 0016; the Translate wiki allows 200).
 */
const READERS = {
	es: { version: null, lang: 'en', dir: 'ltr', file: 'en' },
	fr: { version: 'fr', lang: 'fr', dir: 'ltr', file: 'fr', title: /^Comment/ },
	'de-at': { version: null, lang: 'en', dir: 'ltr', file: 'en' },
	arz: { version: 'ar', lang: 'ar', dir: 'rtl', file: 'ar', title: /^كيف تتحدث مع الشركاء$/, closest: true },
	he: { version: null, lang: 'en', dir: 'ltr', file: 'en' }
};

let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {string} reader
 * @param {Object} expected From READERS
 * @return {Function} The test of that reader
 */
function readerTest( reader, expected ) {
	return async () => {
		const { page, problems, close } = await openPage( browser );
		await page.goto( `${ server }/wiki/Special:Trainings?uselang=${ reader }` );

		const title = page.locator( `${ CARD } .cdx-card__text__title bdi` );
		assert.equal( await title.getAttribute( 'lang' ), expected.lang );
		assert.equal( await title.getAttribute( 'dir' ), expected.dir );
		assert.match( ( await title.textContent() ).trim(), expected.title || /^How to talk to partners$/ );
		const summary = page.locator( `${ CARD } .cdx-card__text__description bdi` );
		assert.equal( await summary.getAttribute( 'lang' ), expected.lang );

		const href = decodeURIComponent( await page.locator( `${ CARD } a.cdx-card` ).getAttribute( 'href' ) );
		assert.match( href, new RegExp( `Training:${ KEY }${ expected.version ? `/${ expected.version }` : '' }&uselang=${ reader }$` ) );

		const kiwix = decodeURIComponent( await page.locator( '.ext-trainings-zim-download a' ).getAttribute( 'href' ) );
		assert.ok( kiwix.endsWith( `Special:TrainingsKiwix/${ expected.file }` ), kiwix );

		await Promise.all( [ page.waitForURL( /uselang=/ ), page.locator( `${ CARD } a.cdx-card` ).click() ] );
		const notice = page.locator( '.trainings-language-notice' );
		if ( expected.closest ) {
			// A hand-made version has no figures: "Shown in العربية, the closest language to …".
			assert.match( await notice.innerText(), /closest language/ );
			assert.doesNotMatch( await notice.innerText(), /%/ );
		} else if ( reader !== 'fr' ) {
			assert.match( await notice.innerText(), /not yet translated/ );
		} else {
			assert.equal( await notice.count(), 0 );
		}
		// The heading: the page's own name is English; in another interface it is marked so.
		const heading = page.locator( '#firstHeading bdi' );
		if ( expected.version === null ) {
			assert.equal( await heading.getAttribute( 'lang' ), 'en' );
			assert.equal( await heading.getAttribute( 'dir' ), 'ltr' );
		}
		assert.deepEqual( problems, [] );
		await close();
	};
}

for ( const [ reader, expected ] of Object.entries( READERS ) ) {
	test( `a ${ reader } reader of hand-made versions: card, link, notice, Kiwix offer, heading`,
		readerTest( reader, expected ) );
}
