/**
 * A keyboard-only learner walks a whole sample module in Chromium (Vector 2022, left to right,
 * and Arabic, right to left): only Tab, Shift+Tab, Enter, Space and the arrow keys, answering
 * each quiz. Every control of the module that takes focus shows it (an outline or a box shadow
 * of non-zero width), Tab follows the reading order, and after Start, Next, Previous and
 * Finish focus lands in the new step's heading (or the completion heading), where a screen
 * reader then starts reading.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';
import { rightOptions } from '../lib/phone.mjs';

const WALKS = [
	{ lang: 'en', url: `${ server }/wiki/Training:Using_the_Trainings_catalog`, rtl: false },
	{ lang: 'ar', url: `${ server }/wiki/Training:How_to_talk_to_partners/ar?uselang=ar`, rtl: true }
];
const DESKTOP = { width: 1280, height: 900 };
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * What has focus now, and whether it is shown; also whether it comes after what had focus
 * before in the document (the order Tab should follow).
 *
 * @param {import('playwright-core').Page} page
 * @return {Promise<Object>}
 */
function focusNow( page ) {
	return page.evaluate( () => {
		const el = document.activeElement;
		const style = window.getComputedStyle( el );
		const lengths = ( value ) => ( value.match( /-?\d*\.?\d+px/g ) || [] ).map( parseFloat );
		const outline = style.outlineStyle !== 'none' && parseFloat( style.outlineWidth ) > 0;
		const shadow = style.boxShadow !== 'none' && lengths( style.boxShadow ).some( ( n ) => n !== 0 );
		const previous = window.trainingsLastFocus;
		const inOrder = !previous || previous === el ||
			// eslint-disable-next-line no-bitwise
			!!( previous.compareDocumentPosition( el ) & window.Node.DOCUMENT_POSITION_FOLLOWING );
		window.trainingsLastFocus = el;
		const section = el.closest( 'section.trainings-step' );
		return {
			name: el.tagName.toLowerCase() + ( el.className && typeof el.className === 'string' ?
				'.' + el.className.trim().split( /\s+/ ).join( '.' ) : '' ),
			inModule: !!el.closest( '.trainings-module' ),
			visible: outline || shadow,
			focusStyle: `outline ${ style.outlineStyle } ${ style.outlineWidth }; box-shadow ${ style.boxShadow }`,
			after: inOrder,
			step: section ? section.id : null,
			heading: /^H[1-6]$/.test( el.tagName ),
			complete: !!el.closest( '.trainings-player-complete' ),
			input: el.matches( '.trainings-quiz-options input' ) ?
				{ type: el.type, value: el.value, checked: el.checked } : null,
			check: el.matches( '.trainings-quiz-check' ),
			forward: el.matches( '.trainings-player-start, .trainings-player-next, .trainings-player-finish' ),
			finish: el.matches( '.trainings-player-finish' ),
			previousButton: el.matches( '.trainings-player-previous' )
		};
	} );
}

/**
 * @param {Object} focus From focusNow()
 * @param {string} where
 */
function assertShown( focus, where ) {
	if ( focus.inModule ) {
		assert.ok( focus.visible, `${ where }: ${ focus.name } shows its focus (${ focus.focusStyle })` );
	}
}

/**
 * Press a key and read the focus.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} key
 * @return {Promise<Object>}
 */
async function press( page, key ) {
	await page.keyboard.press( key );
	return focusNow( page );
}

/**
 * Focus landed at the start of the step shown (its heading), visibly.
 *
 * @param {Object} focus
 * @param {string} step
 */
function assertAtStep( focus, step ) {
	assert.equal( focus.step, step, `focus moved into ${ step } (on ${ focus.name })` );
	assert.ok( focus.heading, `focus on ${ step }'s heading (on ${ focus.name })` );
	assert.ok( focus.visible, `${ step }'s heading shows its focus (${ focus.focusStyle })` );
}

WALKS.forEach( ( walk ) => {
	test( `a keyboard-only walk through a whole module (${ walk.lang })`, async () => {
		const { page, problems, close } = await openPage( browser, { viewport: DESKTOP } );
		await openModule( page, walk.url );

		// From the top of the page to Start, through the skin and the introduction.
		let focus;
		for ( let i = 0; i < 200; i++ ) {
			focus = await press( page, 'Tab' );
			assertShown( focus, 'introduction' );
			if ( focus.forward ) {
				break;
			}
		}
		assert.ok( focus.forward, 'Tab reaches Start' );
		focus = await press( page, 'Enter' );
		assertAtStep( focus, 'step-1' );

		let step = 1;
		let answered = 0;
		let wentBack = false;
		for ( let guard = 0; guard < 20; guard++ ) {
			const stepId = `step-${ step }`;
			const quizzes = page.locator( `section#${ stepId } .trainings-quiz` );
			const right = [];
			for ( let q = 0; q < await quizzes.count(); q++ ) {
				right.push( ...await rightOptions( quizzes.nth( q ) ) );
			}
			// Tab through the step to the forward button, answering the quizzes on the way.
			for ( let i = 0; i < 100; i++ ) {
				focus = await press( page, 'Tab' );
				assertShown( focus, stepId );
				assert.ok( focus.after, `${ stepId }: Tab follows the reading order (to ${ focus.name })` );
				if ( focus.input && focus.input.type === 'radio' ) {
					// One stop for the group: the arrow keys choose (and check) the option.
					for ( let k = 0; k < 10 && !right.includes( focus.input.value ); k++ ) {
						focus = await press( page, 'ArrowDown' );
					}
					if ( !focus.input.checked ) {
						focus = await press( page, 'Space' );
					}
					assert.ok( right.includes( focus.input.value ) && focus.input.checked, 'chose the right option' );
				} else if ( focus.input && right.includes( focus.input.value ) && !focus.input.checked ) {
					focus = await press( page, 'Space' );
				} else if ( focus.check ) {
					await page.keyboard.press( 'Space' );
					const status = page.locator( `section#${ stepId } .trainings-quiz-status:not(:empty)` );
					await status.first().waitFor();
					answered++;
					// Checking keeps focus on the button.
					focus = await focusNow( page );
					assert.ok( focus.check, 'focus stays on Check' );
				}
				if ( focus.forward ) {
					break;
				}
			}
			assert.ok( focus.forward, `${ stepId }: Tab reaches the forward button` );
			// Shift+Tab goes back the same way: to Previous, just before it.
			focus = await press( page, 'Shift+Tab' );
			assert.ok( focus.previousButton, `${ stepId }: Shift+Tab from Next reaches Previous (${ focus.name })` );
			assertShown( focus, stepId );
			if ( step === 2 && !wentBack ) {
				// Previous with Space: back to step 1, focus at its heading; then the arrow key
				// that means "forward" in this direction returns to step 2.
				wentBack = true;
				focus = await press( page, 'Space' );
				assertAtStep( focus, 'step-1' );
				focus = await press( page, walk.rtl ? 'ArrowLeft' : 'ArrowRight' );
				assertAtStep( focus, 'step-2' );
				await page.evaluate( () => {
					window.trainingsLastFocus = null;
				} );
				continue;
			}
			focus = await press( page, 'Tab' );
			assert.ok( focus.forward, 'Tab returns to the forward button' );
			if ( focus.finish ) {
				break;
			}
			focus = await press( page, 'Enter' );
			step++;
			assertAtStep( focus, `step-${ step }` );
			assert.deepEqual( await visibleSteps( page ), [ `step-${ step }` ] );
		}
		assert.ok( focus.finish, 'the walk reached Finish' );
		assert.ok( answered > 0, 'a quiz was answered with the keyboard' );
		assert.equal( await page.locator( '.trainings-module [data-trainings-quiz-outcome="right"]' ).count(),
			await page.locator( '.trainings-module .trainings-quiz' ).count(), 'every quiz answered rightly' );
		focus = await press( page, 'Enter' );
		assert.ok( focus.complete && focus.heading, `focus on the completion heading (on ${ focus.name })` );
		assert.ok( focus.visible, `the completion heading shows its focus (${ focus.focusStyle })` );
		// The completion screen's links come next in Tab order.
		focus = await press( page, 'Tab' );
		assert.ok( focus.complete, `Tab goes to the completion screen's links (${ focus.name })` );
		assertShown( focus, 'completion' );
		await page.waitForLoadState( 'networkidle' );
		assert.deepEqual( problems, [] );
		await close();
	} );
} );
