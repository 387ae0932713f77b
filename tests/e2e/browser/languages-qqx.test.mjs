/**
 * `uselang=qqx` in Chromium: MediaWiki shows every interface message as `(message-key)`, so
 * any other text in our interface is hard-coded. Checked on the player (with the quiz
 * controls, the to-do list and the completion view), the catalog (server-rendered and
 * enhanced), a course page and Special:MyTrainings. What is content (module text, titles,
 * summaries, language names, user names) is named per page and left out; the parser output
 * of a module (its facts and step list) is content too: it is rendered in the page's
 * language, once for every reader (parser cache). Every key shown must also be a message the
 * wiki knows (meta=allmessages), so that a hard-coded "(word)" cannot pass for one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';

const MODULE = `${ server }/wiki/Training:How_to_talk_to_partners`;
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * Text left in the elements matching `selector` once every `(message-key…)` of qqx, digits,
 * punctuation, hidden elements and the elements matching `content` are taken out. Whole
 * elements, not text nodes: a message may hold a link.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector The interface to check
 * @param {string} content What inside it is not interface text
 * @return {Promise<{left:string[],keys:string[],roots:number}>} What is left per element
 *  (none: all messages), the message keys seen, how many elements were checked
 */
async function qqxText( page, selector, content ) {
	return page.$$eval( selector, ( roots, contentSelector ) => {
		const keys = new Set();
		const left = roots.map( ( root ) => {
			const copy = root.cloneNode( true );
			copy.querySelectorAll( 'style, script, [hidden]' + ( contentSelector ? ', ' + contentSelector : '' ) )
				.forEach( ( el ) => el.remove() );
			// Nested keys, e.g. "(a: x, (b))", go from the inside out.
			let text = copy.textContent;
			let previous;
			do {
				previous = text;
				// eslint-disable-next-line security/detect-unsafe-regex
				text = text.replace( /\(([a-z0-9-]+)(?::[^()]*)?\)/g, ( match, key ) => {
					keys.add( key );
					return '';
				} );
			} while ( text !== previous );
			return text.replace( /[\s\d.,:;!?%()✓…—–-]+/gu, ' ' ).trim();
		} ).filter( Boolean );
		return { left, keys: Array.from( keys ), roots: roots.length };
	}, content );
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string[]} keys
 * @return {Promise<string[]>} Those the wiki has no message for
 */
async function unknownKeys( page, keys ) {
	const missing = [];
	for ( let i = 0; i < keys.length; i += 50 ) {
		const response = await page.request.get( `${ server }/api.php`, { params: {
			action: 'query', meta: 'allmessages', ammessages: keys.slice( i, i + 50 ).join( '|' ),
			amlang: 'en', format: 'json', formatversion: '2'
		} } );
		for ( const message of ( await response.json() ).query.allmessages ) {
			if ( message.missing ) {
				missing.push( message.name );
			}
		}
	}
	return missing;
}

/**
 * Asserts that the interface in `selector` is messages only.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {string} content
 * @param {string} where
 * @return {Promise<string[]>} The keys seen
 */
async function assertAllMessages( page, selector, content, where ) {
	const { left, keys, roots } = await qqxText( page, selector, content );
	assert.ok( roots > 0, `${ where }: something to check` );
	assert.deepEqual( left, [], `${ where }: hard-coded text` );
	assert.deepEqual( await unknownKeys( page, keys ), [], `${ where }: keys without a message` );
	return keys;
}

/** Language names in the player's menu are data (autonyms), not messages. */
const LANGUAGE_NAMES = '.trainings-player-languages option:not(:first-child)';
/** What the player shows of the module itself (step titles in the to-do list). */
const MODULE_TEXT = `${ LANGUAGE_NAMES }, .trainings-player-todo a`;

test( 'uselang=qqx: the player, its quizzes and its completion view are messages only', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ MODULE }?uselang=qqx` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	assert.match( await page.locator( '.trainings-language-notice' ).innerText(), /^\(trainings-language-fallback: / );
	const keys = new Set( await assertAllMessages( page, '.trainings-player, .trainings-language-notice',
		MODULE_TEXT, 'introduction' ) );

	await page.locator( '.trainings-player-start' ).click();
	// The quiz of step 1: what the enhancement adds (check button, result, retry).
	const quiz = page.locator( 'section#step-1 .trainings-quiz' ).first();
	await quiz.locator( '.trainings-quiz-options input' ).first().check();
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-status:not(:empty)' ).waitFor();
	for ( const key of await assertAllMessages( page,
		'.trainings-player, .trainings-quiz-actions, .trainings-quiz-status', MODULE_TEXT, 'step and quiz' )
	) {
		keys.add( key );
	}
	// Straight to the end: the completion view lists what is left, step by step.
	await page.locator( '.trainings-player-steps-toggle' ).click();
	await page.locator( '.trainings-steplist a[href="#step-6"]' ).click();
	await page.locator( '.trainings-player-finish' ).click();
	await page.locator( '.trainings-player-complete' ).waitFor();
	for ( const key of await assertAllMessages( page, '.trainings-player-complete, .trainings-player-nav',
		MODULE_TEXT, 'completion view' ) ) {
		keys.add( key );
	}
	for ( const key of [ 'trainings-player-start', 'trainings-player-progress', 'trainings-player-steps',
		'trainings-player-language-label', 'trainings-quiz-check' ] ) {
		assert.ok( keys.has( key ), `${ key } shown` );
	}
	assert.ok( [ ...keys ].some( ( key ) => key.startsWith( 'trainings-player-todo' ) ), 'the to-do list' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'uselang=qqx: the catalog, server-rendered and enhanced, is messages only', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=qqx` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	// Module titles and summaries are content; language names are data.
	const content = '.cdx-card__text__title, .cdx-card__text__description, .ext-trainings-card__chip--languages, ' +
		'#ext-trainings-catalog-language option:not(:first-child), .ext-trainings-course__title, ' +
		'.ext-trainings-course__summary, .ext-trainings-course__module-title';
	await assertAllMessages( page, '.mw-specialpage-summary, #ext-trainings-catalog, .ext-trainings-create',
		content, 'catalog' );
	// The enhancement's own list, after a filter.
	await page.locator( '#ext-trainings-catalog-level' ).selectOption( 'beginner' );
	await page.locator( '.ext-trainings-catalog__app .cdx-card' ).first().waitFor();
	await assertAllMessages( page, '#ext-trainings-catalog', content, 'enhanced catalog' );
	// Nothing found: the empty state.
	await page.locator( '#ext-trainings-catalog-search' ).fill( 'zzzz no such module' );
	await page.locator( '.ext-trainings-catalog__app .cdx-card' ).first().waitFor( { state: 'detached' } );
	await assertAllMessages( page, '#ext-trainings-catalog', content, 'empty result' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'uselang=qqx: a course page\'s progress and Special:MyTrainings are messages only', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/index.php?title=Special:UserLogin` );
	await page.fill( '#wpName1', 'Admin' );
	await page.fill( '#wpPassword1', 'trainings-dev-password' );
	await Promise.all( [ page.waitForNavigation(), page.click( '#wpLoginAttempt' ) ] );
	await page.evaluate( async () => {
		await window.mw.loader.using( 'mediawiki.api' );
		const api = new window.mw.Api();
		await api.postWithToken( 'csrf', { action: 'trainingprogressreset', all: 1 } );
		await api.postWithToken( 'csrf', { action: 'trainingprogress', module: 'Training:How to talk to partners',
			step: 2, stepsdone: '1|2' } );
		await api.postWithToken( 'csrf', { action: 'trainingprogress', module: 'Training:How to measure your success',
			language: 'fr', step: 1 } );
	} );

	// The course page: the list is content (module labels); the progress added to it is not.
	await page.goto( `${ server }/wiki/Training:Partnerships?uselang=qqx` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	await page.locator( '.trainings-course-added' ).first().waitFor();
	await assertAllMessages( page, '.trainings-course-added', '', 'course progress' );

	// Special:MyTrainings: module titles, language names and dates are data.
	await page.goto( `${ server }/wiki/Special:MyTrainings?uselang=qqx` );
	assert.equal( await page.locator( 'tr[data-trainings-module]' ).count(), 2 );
	const data = 'tbody td:nth-child(1), tbody td:nth-child(2), tbody td:nth-child(4), .mw-indicators';
	await assertAllMessages( page, '#firstHeading, #mw-content-text', data, 'my trainings' );
	assert.equal( await page.locator( '#firstHeading' ).innerText(), '(mytrainings)' );
	await page.evaluate( async () => {
		await new window.mw.Api().postWithToken( 'csrf', { action: 'trainingprogressreset', all: 1 } );
	} );
	assert.deepEqual( problems.filter( ( p ) => !/load\.php\?modules=skins\.[^ ]*&image=.* net::ERR_ABORTED$/.test( p ) ), [] );
	await close();
} );
