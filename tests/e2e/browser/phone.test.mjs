/**
 * Phones: the player, its quizzes, the catalog and the statistics in MediaWiki's mobile skin
 * (Minerva, `useskin=minerva`) at 360×640 with a touch screen, left to right and right to
 * left. No horizontal scrolling, controls of at least 44×44 CSS pixels, previous/next on the
 * screen without scrolling back up, and swiping between steps as an addition to the buttons.
 * Screenshots go to .cache/test-artifacts/ (git-ignored), to look at after a run.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { countStart } from '../lib/stats.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';
import { answerVisibleQuizzes, PHONE, pageWidths, smallTargets, swipe } from '../lib/phone.mjs';

// A module this file counts a learner of, so that the statistics have a row of its own.
const STATS_MODULE_NAME = 'Using the Trainings catalog';

const ARTIFACTS = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '../../../.cache/test-artifacts' );
const PHONE_CONTEXT = { viewport: PHONE, hasTouch: true, isMobile: true };
// The player's own controls (header, step list, quizzes, feedback, navigation, completion),
// not the links an author wrote into the module's text.
const PLAYER_CONTROLS = '.trainings-player, .trainings-steplist, .trainings-quiz';
const VERSIONS = [
	{ lang: 'en', url: `${ server }/wiki/Training:Using_the_Trainings_catalog?useskin=minerva`, rtl: false },
	{ lang: 'ar', url: `${ server }/wiki/Training:How_to_talk_to_partners/ar?useskin=minerva&uselang=ar`, rtl: true }
];
let browser;

before( async () => {
	browser = await launchBrowser();
	await mkdir( ARTIFACTS, { recursive: true } );
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @param {string} what
 */
async function assertFitsPhone( page, what ) {
	const widths = await pageWidths( page );
	assert.ok( widths.scrollWidth <= widths.clientWidth,
		`${ what }: no horizontal scrolling (${ widths.scrollWidth } > ${ widths.clientWidth })` );
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} scope
 * @param {string} what
 */
async function assertTouchTargets( page, scope, what ) {
	assert.deepEqual( await smallTargets( page, scope ), [], `${ what }: controls of at least 44×44` );
}

/**
 * The forward button (Start, Next or Finish) is on the screen as the step opens.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} what
 */
async function assertNavOnScreen( page, what ) {
	const forward = page.locator( '.trainings-player-start:visible, .trainings-player-next:visible, .trainings-player-finish:visible' );
	const box = await forward.boundingBox();
	assert.ok( box, `${ what }: a forward button` );
	assert.ok( box.y >= 0 && box.y + box.height <= PHONE.height,
		`${ what }: the forward button is on the screen (${ box.y }–${ box.y + box.height } of ${ PHONE.height })` );
	const previous = page.locator( '.trainings-player-previous:visible' );
	if ( await previous.count() ) {
		const back = await previous.boundingBox();
		assert.ok( back.y >= 0 && back.y + back.height <= PHONE.height, `${ what }: Previous is on the screen` );
	}
}

/**
 * Tap a navigation button and wait for the step to change (a tap's click may come after
 * the touch events have been handled).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
async function tapToMove( page, selector ) {
	const hashBefore = await page.evaluate( () => window.location.hash );
	await page.locator( selector ).tap();
	await page.waitForFunction( ( hash ) => window.location.hash !== hash, hashBefore );
}

/**
 * Wait until the page has stopped moving after a gesture (a fling, a focus scroll): on a
 * phone, a touch during a fling only stops it.
 *
 * @param {import('playwright-core').Page} page
 */
async function settle( page ) {
	await page.waitForFunction( () => {
		const wide = document.querySelector( '#wide-table' );
		const table = wide && wide.querySelector( 'table' );
		const now = [ window.scrollY, window.visualViewport.offsetLeft,
			wide ? wide.scrollLeft : 0, table ? table.scrollLeft : 0 ].join( ' ' );
		const still = window.trainingsScroll === now;
		window.trainingsScroll = now;
		return still;
	}, null, { polling: 300 } );
}

VERSIONS.forEach( ( version ) => {
	test( `the player on a phone (Minerva, ${ version.lang }): fits, big targets, navigation at hand`, async () => {
		const { page, problems, close } = await openPage( browser, PHONE_CONTEXT );
		await openModule( page, version.url );
		assert.ok( await page.locator( 'body.skin-minerva' ).count(), 'Minerva' );
		assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), version.rtl ? 'rtl' : 'ltr' );
		await assertFitsPhone( page, 'introduction' );
		await assertTouchTargets( page, PLAYER_CONTROLS, 'introduction' );
		await page.screenshot( { path: path.join( ARTIFACTS, `phone-minerva-${ version.lang }-player-intro.png` ) } );

		await tapToMove( page, '.trainings-player-start' );
		let longest = 0;
		let quizShot = false;
		for ( let i = 0; i < 30; i++ ) {
			const [ step ] = await visibleSteps( page );
			const section = page.locator( `section#${ step }` );
			longest = Math.max( longest, ( await section.boundingBox() ).height );
			await assertNavOnScreen( page, step );
			await assertFitsPhone( page, step );
			await assertTouchTargets( page, PLAYER_CONTROLS, step );
			if ( await section.locator( '.trainings-quiz' ).count() ) {
				await answerVisibleQuizzes( page );
				await assertFitsPhone( page, `${ step } after the quiz` );
				await assertTouchTargets( page, PLAYER_CONTROLS, `${ step } after the quiz` );
				if ( !quizShot ) {
					await section.locator( '.trainings-quiz' ).first().scrollIntoViewIfNeeded();
					await page.screenshot( { path: path.join( ARTIFACTS, `phone-minerva-${ version.lang }-player-quiz.png` ) } );
					quizShot = true;
				}
			}
			if ( await page.locator( '.trainings-player-finish' ).isVisible() ) {
				break;
			}
			await tapToMove( page, '.trainings-player-next' );
		}
		// At least one step is longer than the screen: the bar at the bottom did the work.
		assert.ok( longest > PHONE.height, `a step longer than the screen (${ longest })` );
		await page.locator( '.trainings-player-finish' ).tap();
		// The completion screen whole: the next module of the course is looked up after it opens.
		await page.locator( '.trainings-player-complete[data-trainings-next-module="done"]' ).waitFor();
		await assertFitsPhone( page, 'completion' );
		await assertTouchTargets( page, PLAYER_CONTROLS, 'completion' );
		await page.screenshot( { path: path.join( ARTIFACTS, `phone-minerva-${ version.lang }-player-complete.png` ) } );
		await page.waitForLoadState( 'networkidle' );
		assert.deepEqual( problems, [] );
		await close();
	} );

	test( `swiping between steps (Minerva, ${ version.lang }), mirrored in right-to-left`, async () => {
		const { page, problems, close } = await openPage( browser, PHONE_CONTEXT );
		await openModule( page, `${ version.url }#step-2` );
		await page.waitForFunction( () => document.querySelector( '#step-2' )?.offsetParent !== null );
		const y = 420;
		const left = { x: 40, y };
		const right = { x: 320, y };
		// Forward is a swipe against the reading direction: to the left in English, to the
		// right in Arabic.
		const forward = version.rtl ? [ left, right ] : [ right, left ];
		const back = [ forward[ 1 ], forward[ 0 ] ];
		await page.evaluate( () => window.scrollTo( 0, 0 ) );
		await swipe( page, ...forward );
		await settle( page );
		assert.deepEqual( await visibleSteps( page ), [ 'step-3' ], 'swipe forward' );
		await swipe( page, ...back );
		await settle( page );
		assert.deepEqual( await visibleSteps( page ), [ 'step-2' ], 'swipe back' );

		// Scrolling down the page is not a swipe.
		await swipe( page, { x: 200, y: 500 }, { x: 140, y: 200 } );
		await settle( page );
		assert.deepEqual( await visibleSteps( page ), [ 'step-2' ], 'vertical scroll' );

		// Nor is a finger moving while text is selected.
		await page.evaluate( () => {
			const paragraph = document.querySelector( '#step-2 p' );
			const range = document.createRange();
			range.selectNodeContents( paragraph );
			document.getSelection().addRange( range );
		} );
		await swipe( page, ...forward );
		await settle( page );
		assert.deepEqual( await visibleSteps( page ), [ 'step-2' ], 'with text selected' );
		await page.evaluate( () => document.getSelection().removeAllRanges() );

		// Nor scrolling sideways inside something wider than the screen (a wide table, code):
		// a table of the module made wider than the phone, in a box that scrolls, as skins
		// and authors wrap them.
		await page.evaluate( () => {
			const wrapper = document.createElement( 'div' );
			wrapper.id = 'wide-table';
			wrapper.style.overflowX = 'auto';
			const table = document.createElement( 'table' );
			table.innerHTML = '<tr><td style="white-space: nowrap">' + 'A cell wider than a phone. '.repeat( 12 ) + '</td></tr>';
			wrapper.appendChild( table );
			document.querySelector( '#step-2 h2' ).after( wrapper );
			wrapper.scrollIntoView( { block: 'center' } );
		} );
		const wide = await page.locator( '#wide-table' ).boundingBox();
		const middle = wide.y + wide.height / 2;
		await swipe( page, { x: forward[ 0 ].x, y: middle }, { x: forward[ 1 ].x, y: middle } );
		assert.deepEqual( await visibleSteps( page ), [ 'step-2' ], 'inside a wide table' );
		// (Minerva makes the table itself the box that scrolls.)
		await page.waitForFunction( () => [ document.querySelector( '#wide-table' ),
			document.querySelector( '#wide-table table' ) ].some( ( el ) => Math.abs( el.scrollLeft ) > 0 ),
		null, { timeout: 5000 } );

		await settle( page );

		// The buttons still work beside the swipes.
		await tapToMove( page, '.trainings-player-next' );
		assert.deepEqual( await visibleSteps( page ), [ 'step-3' ], 'Next' );
		assert.deepEqual( problems, [] );
		await close();
	} );

	test( `the catalog on a phone (Minerva, ${ version.lang }): fits, big targets`, async () => {
		const { page, problems, close } = await openPage( browser, PHONE_CONTEXT );
		await page.goto( `${ server }/wiki/Special:Trainings?useskin=minerva&uselang=${ version.lang }` );
		await page.waitForFunction( () => window.mw?.loader?.getState( 'ext.trainings.catalog' ) === 'ready' );
		assert.ok( await page.locator( 'body.skin-minerva' ).count(), 'Minerva' );
		await assertFitsPhone( page, 'catalog' );
		await assertTouchTargets( page, '#ext-trainings-catalog', 'catalog' );
		await page.screenshot( { path: path.join( ARTIFACTS, `phone-minerva-${ version.lang }-catalog.png` ) } );
		// Filtered: the enhancement's own rendering fits too.
		await page.locator( '#ext-trainings-catalog-level' ).selectOption( 'beginner' );
		await page.locator( '.ext-trainings-catalog__app .cdx-card' ).first().waitFor();
		await assertFitsPhone( page, 'catalog, filtered' );
		await assertTouchTargets( page, '#ext-trainings-catalog', 'catalog, filtered' );
		await page.screenshot( { path: path.join( ARTIFACTS, `phone-minerva-${ version.lang }-catalog-filtered.png` ),
			fullPage: true } );
		await page.waitForLoadState( 'networkidle' );
		assert.deepEqual( problems, [] );
		await close();
	} );

	test( `the statistics on a phone (Minerva, ${ version.lang }): fit`, async () => {
		const { page, problems, close } = await openPage( browser, PHONE_CONTEXT );
		await countStart( `Training:${ STATS_MODULE_NAME }` );
		await page.goto( `${ server }/wiki/Special:TrainingStats?useskin=minerva&uselang=${ version.lang }` );
		assert.ok( await page.locator( 'body.skin-minerva' ).count(), 'Minerva' );
		// This file's own learner is counted: the module's row is in the table of modules.
		await page.locator( '.ext-trainings-stats-table td', { hasText: STATS_MODULE_NAME } ).first().waitFor();
		await assertFitsPhone( page, 'statistics' );
		await page.screenshot( { path: path.join( ARTIFACTS, `phone-minerva-${ version.lang }-stats.png` ), fullPage: true } );
		assert.deepEqual( problems, [] );
		await close();
	} );
} );

/**
 * Whether a control is hidden behind something (the sticky previous/next bar) or off the screen.
 *
 * @param {import('playwright-core').Locator} control
 * @return {Promise<boolean>}
 */
function covered( control ) {
	return control.evaluate( ( el ) => {
		const box = el.getBoundingClientRect();
		const hit = document.elementFromPoint( box.x + box.width / 2, box.y + box.height / 2 );
		return box.bottom > window.innerHeight || !hit || !el.contains( hit );
	} );
}

test( 'Minerva at 360×640: the sticky previous/next bar does not cover a quiz\'s Check button', async () => {
	const { page, problems, close } = await openPage( browser, PHONE_CONTEXT );
	await openModule( page, `${ server }/wiki/Training:Editing_a_training_module?useskin=minerva#step-2` );
	const quiz = page.locator( 'section.trainings-step:visible .trainings-quiz' ).first();
	const check = quiz.locator( '.trainings-quiz-check' );
	await check.waitFor();
	// The learner scrolls until the answers are on the screen: the Check button, under the
	// last one, is where the bar sticks.
	const scrollUnderBar = () => check.evaluate( ( el ) => {
		window.scrollBy( 0, el.getBoundingClientRect().bottom - window.innerHeight + 10 );
	} );
	await scrollUnderBar();
	assert.ok( await covered( check ), 'the bar stands over the Check button (the situation tested)' );
	const option = quiz.locator( '.trainings-quiz-options input' ).first();
	const box = await option.boundingBox();
	await page.touchscreen.tap( box.x + box.width / 2, box.y + box.height / 2 );
	assert.equal( await option.isChecked(), true, 'an answer is chosen' );
	await page.waitForFunction( ( el ) => {
		const r = el.getBoundingClientRect();
		return el.contains( document.elementFromPoint( r.x + r.width / 2, r.y + r.height / 2 ) );
	}, await check.elementHandle(), { timeout: 5000 } ).catch( () => {} );
	assert.equal( await covered( check ), false, 'once an answer is chosen, Check is above the bar' );
	// With the keyboard: the focused button comes out from under the bar.
	await scrollUnderBar();
	await check.focus();
	assert.equal( await covered( check ), false, 'the focused Check button is above the bar' );
	const target = await check.boundingBox();
	await page.touchscreen.tap( target.x + target.width / 2, target.y + target.height / 2 );
	await quiz.locator( '.trainings-quiz-status:not(:empty)' ).waitFor();
	await page.screenshot( { path: path.join( ARTIFACTS, 'phone-minerva-en-quiz-check.png' ) } );
	assert.deepEqual( problems, [] );
	await close();
} );
