/**
 * Right to left in Chromium: the player, a quiz and the catalog in Arabic lay out mirrored,
 * asserted on what the page computes (direction, alignment, where things sit), not on the
 * style sheets. ResourceLoader flips our styles (CSSJanus); what it cannot flip is checked
 * too: inline widths of the progress bar, the browser's own form controls and disclosure
 * markers, Codex icons. Screenshots go to .cache/test-artifacts/ (git-ignored), to look at
 * after a run.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';

const MODULE = `${ server }/wiki/Training:How_to_talk_to_partners`;
const ARTIFACTS = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '../../../.cache/test-artifacts' );
const VIEWPORT = { width: 1000, height: 900 };
let browser;

before( async () => {
	browser = await launchBrowser();
	await mkdir( ARTIFACTS, { recursive: true } );
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Locator} locator
 * @return {Promise<{x:number,y:number,width:number,height:number}>}
 */
async function box( locator ) {
	const b = await locator.boundingBox();
	assert.ok( b, 'the element is laid out' );
	return b;
}

/**
 * Where the first line of an element's text sits, from the text itself (a Range), so that a
 * block as wide as its container still shows its alignment. Whole text nodes, not their first
 * letters: an English title in an Arabic page is a left-to-right run placed from the right.
 *
 * @param {import('playwright-core').Locator} locator
 * @return {Promise<{left:number,right:number,containerLeft:number,containerRight:number}>}
 */
function textLine( locator ) {
	return locator.evaluate( ( el ) => {
		const { NodeFilter } = el.ownerDocument.defaultView;
		const walker = el.ownerDocument.createTreeWalker( el, NodeFilter.SHOW_TEXT, {
			acceptNode: ( n ) => ( n.textContent.trim() ?
				NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP )
		} );
		// The first line of the first text laid out: its rectangles on the first line's top (a
		// line of mixed scripts is several bidi runs).
		let line;
		for ( let node = walker.nextNode(); node && !line; node = walker.nextNode() ) {
			const range = el.ownerDocument.createRange();
			range.selectNodeContents( node );
			const rects = Array.from( range.getClientRects() ).filter( ( r ) => r.width > 0 );
			if ( rects.length ) {
				const top = rects[ 0 ].top;
				const first = rects.filter( ( r ) => Math.abs( r.top - top ) < 2 );
				line = {
					left: Math.min( ...first.map( ( r ) => r.left ) ),
					right: Math.max( ...first.map( ( r ) => r.right ) )
				};
			}
		}
		if ( !line ) {
			throw new Error( 'No text laid out in ' + el.outerHTML.slice( 0, 200 ) );
		}
		const rect = el.getBoundingClientRect();
		const style = window.getComputedStyle( el );
		return {
			left: line.left,
			right: line.right,
			containerLeft: rect.left + parseFloat( style.paddingLeft ),
			containerRight: rect.right - parseFloat( style.paddingRight )
		};
	} );
}

/**
 * @param {import('playwright-core').Locator} locator
 * @return {Promise<{direction:string,textAlign:string}>}
 */
function computed( locator ) {
	return locator.evaluate( ( el ) => {
		const style = window.getComputedStyle( el );
		return { direction: style.direction, textAlign: style.textAlign };
	} );
}

/**
 * The text starts at the right edge of its box, as Arabic does.
 *
 * @param {import('playwright-core').Locator} locator
 * @param {string} what
 */
async function assertStartsRight( locator, what ) {
	const line = await textLine( locator );
	assert.ok( Math.abs( line.containerRight - line.right ) < 4,
		`${ what }: text starts at the right (text ${ line.right }, box ${ line.containerRight })` );
	const style = await computed( locator );
	assert.equal( style.direction, 'rtl', `${ what }: direction` );
	assert.ok( [ 'start', 'right' ].includes( style.textAlign ), `${ what }: text-align ${ style.textAlign }` );
}

test( 'the player in Arabic is mirrored', async () => {
	const { page, problems, close } = await openPage( browser, { viewport: VIEWPORT } );
	await page.goto( `${ MODULE }/ar?uselang=ar` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), 'rtl' );
	assert.equal( ( await computed( page.locator( '.trainings-module' ) ) ).direction, 'rtl' );
	await assertStartsRight( page.locator( '.trainings-intro p' ).first(), 'introduction' );
	// The start button sits at the start of its line: the right.
	const nav = await box( page.locator( '.trainings-player-nav' ) );
	const start = await box( page.locator( '.trainings-player-start' ) );
	assert.ok( start.x + start.width / 2 > nav.x + nav.width / 2, 'Start is on the right half' );
	await page.screenshot( { path: path.join( ARTIFACTS, 'rtl-ar-player-intro.png' ), fullPage: true } );

	await page.locator( '.trainings-player-start' ).click();
	await page.locator( '.trainings-player-next' ).click();
	// Next (forward) is on the left, Previous on the right.
	const next = await box( page.locator( '.trainings-player-next' ) );
	const previous = await box( page.locator( '.trainings-player-previous' ) );
	assert.ok( next.x + next.width <= previous.x, `Next (${ next.x }) is left of Previous (${ previous.x })` );
	// The progress bar's width is inline (no flipping by ResourceLoader): it must still fill
	// from the right.
	const track = await box( page.locator( '.trainings-player-progress__track' ) );
	const bar = await box( page.locator( '.trainings-player-progress__bar' ) );
	assert.ok( bar.width > 0 && bar.width < track.width, 'partly filled' );
	assert.ok( Math.abs( ( bar.x + bar.width ) - ( track.x + track.width ) ) < 1, 'bar starts at the right' );
	// The label above the bar starts at the right.
	await assertStartsRight( page.locator( '.trainings-player-progress__label' ), 'step label' );
	// The step heading and text start at the right.
	await assertStartsRight( page.locator( 'section#step-2 h2' ), 'step heading' );
	await assertStartsRight( page.locator( 'section#step-2 p' ).first(), 'step text' );
	// The language menu sits at the start of the line: the right.
	const menu = await box( page.locator( '.trainings-player-languages select' ) );
	const module = await box( page.locator( '.trainings-module' ) );
	assert.ok( menu.x > module.x + module.width / 2, 'language menu on the right' );
	// The step list opens as a list whose numbers are on the right.
	await page.locator( '.trainings-player-steps-toggle' ).click();
	const item = page.locator( '.trainings-steplist li' ).first();
	assert.equal( ( await computed( item ) ).direction, 'rtl' );
	await assertStartsRight( item, 'step list entry' );
	await page.screenshot( { path: path.join( ARTIFACTS, 'rtl-ar-player-step.png' ), fullPage: true } );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'a quiz in Arabic is mirrored', async () => {
	const { page, problems, close } = await openPage( browser, { viewport: VIEWPORT } );
	await page.goto( `${ MODULE }/ar?uselang=ar#step-1` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	const quiz = page.locator( 'section#step-1 .trainings-quiz' ).first();
	await quiz.scrollIntoViewIfNeeded();
	await assertStartsRight( quiz.locator( '.trainings-quiz-question' ), 'question' );
	// Each radio button comes before its answer in reading order: on its right.
	const option = quiz.locator( '.trainings-quiz-options label' ).first();
	const radio = await box( option.locator( 'input' ) );
	const answer = await textLine( option );
	assert.ok( radio.x >= answer.right - 1, `radio (${ radio.x }) right of its text (${ answer.right })` );
	// The check button at the start of the quiz's actions: the right.
	const check = await box( quiz.locator( '.trainings-quiz-check' ) );
	const quizBox = await box( quiz );
	assert.ok( check.x + check.width / 2 > quizBox.x + quizBox.width / 2, 'Check is on the right half' );
	await option.locator( 'input' ).check();
	await quiz.locator( '.trainings-quiz-check' ).click();
	const status = quiz.locator( '.trainings-quiz-status' );
	await quiz.locator( '.trainings-quiz-status:not(:empty)' ).waitFor();
	await assertStartsRight( status, 'quiz result' );
	// The browser draws the disclosure marker of "show the answers" itself: on the right.
	const summary = quiz.locator( 'details.trainings-quiz-answers > summary' );
	if ( await summary.isVisible() ) {
		await assertStartsRight( summary, 'show the answers' );
	}
	await quiz.screenshot( { path: path.join( ARTIFACTS, 'rtl-ar-quiz.png' ) } );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'the catalog in Arabic is mirrored', async () => {
	const { page, problems, close } = await openPage( browser, { viewport: VIEWPORT } );
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=ar` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), 'rtl' );
	const catalog = page.locator( '#ext-trainings-catalog' );
	assert.equal( ( await computed( catalog ) ).direction, 'rtl' );
	// The search field at the start (right), its button after it (left), the text typed from
	// the right.
	const input = page.locator( '#ext-trainings-catalog-search' );
	const inputBox = await box( input );
	const button = await box( page.locator( '.ext-trainings-catalog__search-box > .cdx-button' ) );
	assert.ok( button.x + button.width <= inputBox.x, 'search button left of the field' );
	assert.equal( ( await computed( input ) ).direction, 'rtl' );
	// Filters run from right to left: at this width they share a line, and the first one
	// (topic) is right of the second (level).
	const topic = await box( page.locator( '.ext-trainings-catalog__filter--topic' ) );
	const level = await box( page.locator( '.ext-trainings-catalog__filter--level' ) );
	assert.ok( Math.abs( topic.y - level.y ) < 5, 'topic and level filters on one line' );
	assert.ok( topic.x > level.x, 'topic filter right of level filter' );
	// Cards: text from the right; the first card right of the second when they share a row.
	const cards = page.locator( '.ext-trainings-catalog__item .cdx-card' );
	assert.ok( await cards.count() >= 2, 'several cards' );
	await assertStartsRight( cards.first().locator( '.cdx-card__text__title' ), 'card title' );
	// A module's own English text is isolated left to right inside the mirrored card, so that
	// its full stop stays at its end.
	// (Modules with an Arabic version show its words, marked Arabic: take one without.)
	const summary = page.locator( '.ext-trainings-catalog__item .cdx-card__text__description bdi[lang="en"]' ).first();
	assert.equal( await summary.getAttribute( 'lang' ), 'en' );
	assert.equal( ( await computed( summary ) ).direction, 'ltr' );
	const stop = await summary.evaluate( ( el ) => {
		const range = el.ownerDocument.createRange();
		const text = el.firstChild;
		range.setStart( text, text.textContent.length - 1 );
		range.setEnd( text, text.textContent.length );
		const rects = Array.from( range.getClientRects() );
		const all = Array.from( el.getClientRects() );
		return { stop: rects[ rects.length - 1 ].right, lastLine: all[ all.length - 1 ].right };
	} );
	assert.ok( Math.abs( stop.stop - stop.lastLine ) < 1, 'the full stop ends the last line' );
	// A module with an Arabic version shows its words, marked Arabic.
	const arabic = page.locator( '.ext-trainings-catalog__item[data-key="How_to_talk_to_partners"] .cdx-card__text__title bdi' );
	assert.deepEqual( [ await arabic.getAttribute( 'lang' ), await arabic.getAttribute( 'dir' ) ], [ 'ar', 'rtl' ] );
	const first = await box( cards.nth( 0 ) );
	const second = await box( cards.nth( 1 ) );
	assert.ok( Math.abs( first.y - second.y ) < 5, 'at this width the first two cards share a row' );
	assert.ok( first.x > second.x, 'first card on the right' );
	// Chips flow from the right too (the first card has its level, duration, topic… chips).
	const chips = cards.first().locator( '.cdx-info-chip' );
	const a = await box( chips.nth( 0 ) );
	const b = await box( chips.nth( 1 ) );
	assert.ok( Math.abs( a.y - b.y ) < 5, 'the first two chips share a line' );
	assert.ok( a.x > b.x, 'first chip on the right' );
	// No icon that points a way without being flipped: Codex flips its directional icons
	// with a class; ours are none.
	const unflipped = await page.$$eval( '#ext-trainings-catalog .cdx-icon', ( icons ) => icons
		.filter( ( i ) => /arrow|next|previous|expand|collapse/i.test( i.className.baseVal || i.className ) &&
			!/flipped/.test( i.className.baseVal || i.className ) ).length );
	assert.equal( unflipped, 0 );
	await page.screenshot( { path: path.join( ARTIFACTS, 'rtl-ar-catalog.png' ), fullPage: true } );

	// The enhancement renders the same layout: filter by level and look again.
	await page.locator( '#ext-trainings-catalog-level' ).selectOption( 'beginner' );
	await page.locator( '.ext-trainings-catalog__app .cdx-card' ).first().waitFor();
	await assertStartsRight( page.locator( '.ext-trainings-catalog__app .cdx-card__text__title' ).first(),
		'card title (enhanced)' );
	await page.screenshot( { path: path.join( ARTIFACTS, 'rtl-ar-catalog-filtered.png' ), fullPage: true } );
	assert.deepEqual( problems, [] );
	await close();
} );
