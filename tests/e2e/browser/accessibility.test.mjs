/**
 * Accessibility, measured with axe-core (@axe-core/playwright) in Chromium: the player (its
 * introduction, first step, a quiz step after a check, the completion screen), the catalog
 * with its filters in use, and the statistics, in Vector 2022 and Minerva, left to right
 * (English) and right to left (Arabic). Any violation of impact "serious" or "critical"
 * fails, named with its rule and elements.
 *
 * The whole page is scanned, skin included, with one exception in core's Minerva markup that
 * this extension cannot change: its main menu toggle (`#main-menu-input`, a checkbox whose
 * label is visually hidden: rule "label").
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { countStart } from '../lib/stats.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';
import { answerVisibleQuizzes, PHONE, rightOptions } from '../lib/phone.mjs';

// A module this file counts a learner of, so that the statistics have a row of its own.
const STATS_MODULE_NAME = 'Using the Trainings catalog';

const SKINS = [
	{ skin: 'vector-2022', context: { viewport: { width: 1280, height: 900 } }, exclude: [] },
	{ skin: 'minerva', context: { viewport: PHONE, hasTouch: true, isMobile: true }, exclude: [ '#main-menu-input' ] }
];
const LANGUAGES = [
	{ lang: 'en', module: 'Training:Using_the_Trainings_catalog' },
	{ lang: 'ar', module: 'Training:How_to_talk_to_partners/ar' }
];
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * Run axe on the page and fail on serious or critical violations.
 *
 * @param {import('playwright-core').Page} page
 * @param {string[]} exclude Selectors of core markup left out
 * @param {string} what
 */
async function assertNoSeriousViolations( page, exclude, what ) {
	let builder = new AxeBuilder( { page } );
	for ( const selector of exclude ) {
		builder = builder.exclude( selector );
	}
	const results = await builder.analyze();
	const serious = results.violations.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' );
	const described = serious.map( ( v ) => `${ v.impact } ${ v.id }: ` +
		v.nodes.slice( 0, 5 ).map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) );
	assert.deepEqual( described, [], `${ what }: axe found serious or critical violations` );
	// The scan ran: it passed rules on this page.
	assert.ok( results.passes.length > 10, `${ what }: axe checked the page` );
}

SKINS.forEach( ( { skin, context, exclude } ) => {
	LANGUAGES.forEach( ( { lang, module } ) => {
		const query = `useskin=${ skin }&uselang=${ lang }`;

		test( `axe: the player (${ skin }, ${ lang }): introduction, first step, a quiz, completion`, async () => {
			const { page, problems, close } = await openPage( browser, context );
			await openModule( page, `${ server }/wiki/${ module }?${ query }` );
			await assertNoSeriousViolations( page, exclude, 'introduction' );
			await page.locator( '.trainings-player-start' ).click();
			assert.deepEqual( await visibleSteps( page ), [ 'step-1' ] );
			await assertNoSeriousViolations( page, exclude, 'first step' );
			let checkedQuiz = false;
			for ( let i = 0; i < 30; i++ ) {
				const quiz = page.locator( 'section.trainings-step:visible .trainings-quiz' ).first();
				if ( !checkedQuiz && await quiz.count() ) {
					// A wrong answer first: the feedback, its colours and "Try again".
					const right = await rightOptions( quiz );
					const values = await quiz.locator( '.trainings-quiz-options input' )
						.evaluateAll( ( inputs ) => inputs.map( ( input ) => input.value ) );
					const wrongValue = values.find( ( value ) => !right.includes( value ) );
					await quiz.locator( `.trainings-quiz-options input[value="${ wrongValue }"]` ).check();
					await quiz.locator( '.trainings-quiz-check' ).click();
					await quiz.locator( '.trainings-quiz-option--wrong' ).first().waitFor();
					await assertNoSeriousViolations( page, exclude, 'a quiz after a wrong answer' );
					await quiz.locator( '.trainings-quiz-retry' ).click();
					await answerVisibleQuizzes( page );
					await assertNoSeriousViolations( page, exclude, 'a quiz after a right answer' );
					checkedQuiz = true;
				} else if ( await quiz.count() ) {
					await answerVisibleQuizzes( page );
				}
				if ( await page.locator( '.trainings-player-finish' ).isVisible() ) {
					break;
				}
				await page.locator( '.trainings-player-next' ).click();
			}
			assert.ok( checkedQuiz, 'the module has a quiz' );
			await page.locator( '.trainings-player-finish' ).click();
			await page.locator( '.trainings-player-complete' ).waitFor();
			await page.waitForLoadState( 'networkidle' );
			await assertNoSeriousViolations( page, exclude, 'completion screen' );
			assert.deepEqual( problems, [] );
			await close();
		} );

		test( `axe: the catalog with its filters in use (${ skin }, ${ lang })`, async () => {
			const { page, problems, close } = await openPage( browser, context );
			await page.goto( `${ server }/wiki/Special:Trainings?${ query }` );
			await page.waitForFunction( () => window.mw?.loader?.getState( 'ext.trainings.catalog' ) === 'ready' );
			await assertNoSeriousViolations( page, exclude, 'catalog' );
			await page.locator( '#ext-trainings-catalog-level' ).selectOption( 'beginner' );
			await page.locator( '#ext-trainings-catalog-drafts' ).check();
			await page.locator( '.ext-trainings-catalog__app .cdx-card' ).first().waitFor();
			await page.waitForLoadState( 'networkidle' );
			// Not while a list loads, nor while it fades back in: it is dimmed then, on purpose.
			await page.waitForFunction( () => {
				const results = document.querySelector( '.ext-trainings-catalog__app .ext-trainings-catalog__results' );
				return results && !results.hasAttribute( 'aria-busy' ) && window.getComputedStyle( results ).opacity === '1';
			} );
			await assertNoSeriousViolations( page, exclude, 'catalog, filtered' );
			assert.deepEqual( problems, [] );
			await close();
		} );

		test( `axe: the statistics (${ skin }, ${ lang })`, async () => {
			const { page, problems, close } = await openPage( browser, context );
			await countStart( `Training:${ STATS_MODULE_NAME }` );
			await page.goto( `${ server }/wiki/Special:TrainingStats?${ query }` );
			// This file's own learner is counted: the module's row is in the table of modules.
			await page.locator( '.ext-trainings-stats-table td', { hasText: STATS_MODULE_NAME } ).first().waitFor();
			await assertNoSeriousViolations( page, exclude, 'statistics' );
			assert.deepEqual( problems, [] );
			await close();
		} );
	} );
} );
