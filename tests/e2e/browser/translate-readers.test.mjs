/**
 * Every reader's language, on a module translated with the real Translate extension (design
 * record 0005; SPEC "Translations"): for Spanish, French, Hong Kong and mainland Chinese,
 * Austrian German, Egyptian Arabic and Hebrew readers, the catalog card's words and their
 * language, the card's link, the module's notice (with Translate's own percentage), the Kiwix
 * offer, and the language of the parts left untranslated.
 *
 * Runs in the Translate half of `npm test` (suite e2e-translate); skipped in the other half.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { TranslateWiki } from '../../../dev/translate-sample.mjs';

const half = process.env.TRAININGS_TRANSLATE_HALF === '1';
const skip = half ? false : 'needs Translate: runs in the Translate half of npm test (e2e-translate)';

// Unique per run, so a kept wiki (TRAININGS_KEEP_WIKI) can run them again; also the search word.
const run = `qz${ Date.now().toString( 36 ) }`;
const MODULE = `Training:Reading wikis ${ run }`;
const KEY = MODULE.replace( /^Training:/, '' ).replace( / /g, '_' );

/**
 * Six translation units: title, summary, introduction and three steps.
 *
 * @param {string} [save] Text of the last step
 * @return {string} Wikitext
 */
function source( save = 'Save your change with a summary.' ) {
	return `<languages/>
{{#training:
 | title   = <translate>Reading wikis ${ run }</translate>
 | summary = <translate>How wikis work, in three steps.</translate>
 | level   = beginner
 | status  = published
}}
<translate>
Wikis are websites that anyone can edit.
</translate>
<translate>
== Read ==
Open a page and read it.
</translate>
<translate>
== Edit ==
Click edit to change the page.
</translate>
<translate>
== Save ==
${ save }
</translate>`;
}
const CHANGED_SAVE = 'Save your change, with a summary of what you did.';

/**
 * Unit texts by language; null leaves a unit untranslated. The last unit is the step that changes.
 */
const UNITS = {
	es: [ `Leer wikis ${ run }`, 'Cómo funcionan los wikis, en tres pasos.', 'Los wikis son sitios que cualquiera puede editar.',
		'== Leer ==\nAbre una página y léela.', '== Editar ==\nHaz clic en editar.', '== Guardar ==\nGuarda tu cambio con un resumen.' ],
	fr: [ `Lire des wikis ${ run }`, 'Comment fonctionnent les wikis, en trois étapes.', 'Les wikis sont des sites que chacun peut modifier.',
		'== Lire ==\nOuvrez une page et lisez-la.', '== Modifier ==\nCliquez sur modifier.', '== Publier ==\nPubliez avec un résumé.' ],
	'zh-hant': [ `閱讀維基 ${ run }`, '維基如何運作，分三步。', '維基是任何人都可以編輯的網站。',
		'== 閱讀 ==\n打開頁面並閱讀。', '== 編輯 ==\n點擊編輯。', '== 儲存 ==\n附上摘要儲存。' ],
	'zh-hans': [ `阅读维基 ${ run }`, '维基如何运作，分三步。', '维基是任何人都可以编辑的网站。',
		'== 阅读 ==\n打开页面并阅读。', '== 编辑 ==\n点击编辑。', '== 保存 ==\n附上摘要保存。' ],
	// 5 of 6; the step that changes becomes outdated: 4 of 6 and one outdated (Translate: 67 %).
	de: [ `Wikis lesen ${ run }`, 'Wie Wikis funktionieren, in drei Schritten.', 'Wikis sind Websites, die jeder bearbeiten kann.',
		'== Lesen ==\nÖffne eine Seite und lies sie.', null, '== Speichern ==\nSpeichere mit einer Zusammenfassung.' ],
	ar: [ `قراءة الويكي ${ run }`, 'كيف تعمل الويكي، في ثلاث خطوات.', 'الويكي مواقع يمكن لأي شخص تعديلها.',
		'== اقرأ ==\nافتح صفحة واقرأها.', '== عدّل ==\nانقر على تعديل.', '== احفظ ==\nاحفظ تعديلك مع ملخص.' ],
	// The title stays English: 5 of 6 (Translate: 83 %).
	he: [ null, 'איך ויקי עובד, בשלושה צעדים.', 'ויקי הוא אתר שכל אחד יכול לערוך.',
		'== קריאה ==\nפתחו דף וקראו אותו.', '== עריכה ==\nלחצו על עריכה.', '== שמירה ==\nשמרו עם תקציר.' ]
};
/** Languages whose translators follow the change of the last step; de and zh-hant do not. */
const RETRANSLATED = [ 'es', 'fr', 'zh-hans', 'ar', 'he' ];

/**
 * What each reader gets. `words`: the language of the version's units (title, summary).
 */
const READERS = {
	es: { version: 'es', file: 'es', dir: 'ltr', notice: null },
	fr: { version: 'fr', file: 'fr', dir: 'ltr', notice: null },
	'zh-hk': { version: 'zh-hant', lang: 'zh-Hant', file: 'zh-hant', dir: 'ltr', notice: /83\s?%/, closest: true },
	'zh-cn': { version: 'zh-hans', lang: 'zh-Hans', file: 'zh-hans', dir: 'ltr', notice: null, closest: true },
	'de-at': { version: 'de', file: 'de', dir: 'ltr', notice: /67\s?%/, closest: true },
	arz: { version: 'ar', file: 'ar', dir: 'rtl', notice: null, closest: true },
	he: { version: 'he', file: 'he', dir: 'rtl', notice: /83\s?%/, englishTitle: true }
};

let browser;
let wiki;

before( async () => {
	if ( !half ) {
		return;
	}
	wiki = await new TranslateWiki( server, process.env.TRAININGS_TEST_INSTANCE ).login();
	const units = await wiki.publish( MODULE, source(), UNITS, { jobs: false } );
	// The last step changes and is marked again: its translations are outdated until redone.
	const text = ( await wiki.request( {
		action: 'query', prop: 'revisions', titles: MODULE, rvprop: 'content', rvslots: 'main'
	} ) ).query.pages[ 0 ].revisions[ 0 ].slots.main.content;
	await wiki.edit( MODULE, text.replace( 'Save your change with a summary.', CHANGED_SAVE ) );
	await wiki.mark( MODULE );
	await wiki.approve( MODULE );
	// Marking outdates the translations of the changed unit in jobs: let them run first.
	wiki.runJobs();
	for ( const code of RETRANSLATED ) {
		await wiki.translate( MODULE, units[ 5 ], code, `${ UNITS[ code ][ 5 ] } (2)` );
	}
	wiki.runJobs();
	// Translate computes its statistics lazily; the catalog reads them from its cache.
	await wiki.stats( MODULE );
	for ( let i = 0; i < 20; i++ ) {
		wiki.runJobs();
		const data = await wiki.request( { action: 'query', list: 'trainings', trsearch: run, uselang: 'de' } );
		if ( data.query.trainings.find( ( m ) => m.key === KEY )?.translation?.percent === 67 ) {
			break;
		}
	}
	browser = await launchBrowser();
} );

after( async () => {
	if ( browser ) {
		await browser.close();
	}
} );

test( 'Translate counts what the readers will be told', { skip }, async () => {
	const stats = await wiki.stats( MODULE );
	assert.deepEqual( [ stats.de.translated, stats.de.fuzzy, stats.de.total ], [ 4, 1, 6 ] );
	assert.deepEqual( [ stats[ 'zh-hant' ].translated, stats[ 'zh-hant' ].fuzzy ], [ 5, 1 ] );
	assert.deepEqual( [ stats.he.translated, stats.he.fuzzy ], [ 5, 0 ] );
	assert.deepEqual( [ stats.es.translated, stats.ar.translated, stats[ 'zh-hans' ].translated ], [ 6, 6, 6 ] );
} );

/**
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @return {Promise<{text:string,lang:string|null,dir:string|null}>}
 */
async function marked( page, selector ) {
	const element = page.locator( selector ).first();
	return {
		text: ( await element.textContent() ).trim(),
		lang: await element.getAttribute( 'lang' ),
		dir: await element.getAttribute( 'dir' )
	};
}

/**
 * @param {string} text
 * @return {number|null} The first percentage in a text
 */
function percent( text ) {
	const match = /(\d+)\s?%/.exec( text );
	return match ? Number( match[ 1 ] ) : null;
}

/**
 * @param {string} reader
 * @param {Object} expected From READERS
 * @return {Function} The test of that reader
 */
function readerTest( reader, expected ) {
	return async () => {
		const { page, problems, close } = await openPage( browser );
		const card = `.ext-trainings-catalog__item[data-key="${ KEY }"]`;
		await page.goto( `${ server }/wiki/Special:Trainings?uselang=${ reader }&search=${ run }` );
		const lang = expected.lang || expected.version;
		const [ titleUnit, summaryUnit ] = UNITS[ expected.version ];

		// The card speaks the version it links to, each text marked with its language.
		const title = await marked( page, `${ card } .cdx-card__text__title bdi` );
		assert.deepEqual( title, expected.englishTitle ?
			{ text: `Reading wikis ${ run }`, lang: 'en', dir: 'ltr' } :
			{ text: titleUnit, lang, dir: expected.dir } );
		assert.deepEqual( await marked( page, `${ card } .cdx-card__text__description bdi` ),
			{ text: summaryUnit, lang, dir: expected.dir } );

		// The link goes to that version and keeps the reader's interface language.
		const href = decodeURIComponent( await page.locator( `${ card } a.cdx-card` ).getAttribute( 'href' ) );
		assert.ok( href.includes( `${ KEY }/${ expected.version }` ), href );
		assert.match( href, new RegExp( `[?&]uselang=${ reader }(&|$)` ) );

		// The Kiwix file offered follows the fallback chain.
		const kiwix = decodeURIComponent( await page.locator( '.ext-trainings-zim-download a' ).getAttribute( 'href' ) );
		assert.ok( kiwix.endsWith( `Special:TrainingsKiwix/${ expected.file }` ), kiwix );

		// The module page: the notice, with Translate's own percentage.
		await page.locator( `${ card } a.cdx-card` ).click();
		await page.waitForURL( ( url ) => decodeURIComponent( url.href ).includes( `/${ expected.version }` ) );
		await page.locator( '.trainings-player-languages__select' ).waitFor();
		const notice = page.locator( '.trainings-language-notice' );
		if ( expected.notice ) {
			const text = await notice.innerText();
			assert.match( text, expected.notice );
			const translates = percent( await page.locator( '.mw-pt-translate-header.noprint' ).innerText() );
			assert.equal( percent( text ), translates, 'the same figure as Translate\'s header' );
			assert.equal( await notice.locator( 'a.trainings-language-notice-translate' ).count(), 1 );
		}
		if ( expected.closest ) {
			// "Shown in Deutsch, the closest language to Österreichisches Deutsch…"
			assert.match( await notice.innerText(), /closest language/ );
		} else if ( !expected.notice ) {
			assert.equal( await notice.count(), 0 );
		}
		assert.equal( await page.locator( '.mw-parser-output' ).getAttribute( 'lang' ), lang );
		assert.deepEqual( problems, [] );
		await close();
	};
}

for ( const [ reader, expected ] of Object.entries( READERS ) ) {
	test( `a ${ reader } reader: the card's words, its link, the notice, the Kiwix offer`, { skip },
		readerTest( reader, expected ) );
}

test( 'an untranslated title keeps its language in a right-to-left page: heading, card, enhanced card', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Training:${ encodeURIComponent( KEY ) }/he?uselang=he` );
	const heading = page.locator( '#firstHeading bdi' );
	assert.equal( await heading.getAttribute( 'lang' ), 'en' );
	assert.equal( await heading.getAttribute( 'dir' ), 'ltr' );
	assert.match( await heading.innerText(), new RegExp( `Reading wikis ${ run }/he` ) );
	// Translate marks the untranslated units of the body; the parts translated are Hebrew.
	assert.equal( await page.locator( '.mw-parser-output' ).getAttribute( 'dir' ), 'rtl' );

	// The enhanced catalog renders the card from list=trainings with the same marks.
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=he` );
	await page.locator( '.ext-trainings-catalog__item' ).first().waitFor();
	await page.evaluate( () => document.querySelectorAll( '.ext-trainings-catalog__item' )
		.forEach( ( item ) => item.setAttribute( 'data-test-server', '' ) ) );
	await Promise.all( [
		page.waitForResponse( ( r ) => r.url().includes( 'list=trainings' ) && r.url().includes( run ) ),
		page.locator( 'form.ext-trainings-catalog__search input[name="search"]' ).fill( run )
	] );
	const card = `.ext-trainings-catalog__item[data-key="${ KEY }"]:not([data-test-server])`;
	await page.locator( card ).waitFor();
	assert.deepEqual( await marked( page, `${ card } .cdx-card__text__title bdi` ),
		{ text: `Reading wikis ${ run }`, lang: 'en', dir: 'ltr' } );
	assert.deepEqual( await marked( page, `${ card } .cdx-card__text__description bdi` ),
		{ text: UNITS.he[ 1 ], lang: 'he', dir: 'rtl' } );
	const href = decodeURIComponent( await page.locator( `${ card } a` ).first().getAttribute( 'href' ) );
	assert.ok( href.includes( `${ KEY }/he` ), href );
	assert.match( href, /[?&]uselang=he(&|$)/ );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'list=trainings speaks the reader\'s version: words, their language and direction', { skip }, async () => {
	const data = await wiki.request( { action: 'query', list: 'trainings', trsearch: run, uselang: 'zh-hk' } );
	const entry = data.query.trainings.find( ( m ) => m.key === KEY );
	assert.deepEqual(
		[ entry.version, entry.displaytitle, entry.displaytitlelang, entry.summary,
			entry.summarydir ],
		[ 'zh-hant', UNITS[ 'zh-hant' ][ 0 ], 'zh-Hant', UNITS[ 'zh-hant' ][ 1 ], 'ltr' ] );
	assert.deepEqual( entry.translation, { language: 'zh-hant', percent: 83, outdated: 1 } );
	// A word of the Spanish version finds the card, in Spanish.
	const spanish = await wiki.request( { action: 'query', list: 'trainings', trsearch: 'funcionan wikis', uselang: 'es' } );
	const inSpanish = spanish.query.trainings.find( ( m ) => m.key === KEY );
	assert.equal( inSpanish?.displaytitle, UNITS.es[ 0 ] );
	// An English reader finding it by a Spanish word gets the Spanish words, marked Spanish.
	const english = await wiki.request( { action: 'query', list: 'trainings', trsearch: 'funcionan', uselang: 'en' } );
	const found = english.query.trainings.find( ( m ) => m.key === KEY );
	assert.deepEqual( [ found?.version, found?.displaytitle, found?.displaytitlelang ], [ 'es', UNITS.es[ 0 ], 'es' ] );
} );
