/**
 * A library imported from the Dashboard (decision record 0021), walked in Chromium: the YAML
 * fixture is imported into the test wiki with a named reviewer, then a learner plays the module
 * in English (slide link to a later step, quiz with the Dashboard's explanations), in German
 * (translated) and in Spanish (partly translated, the rest marked English), and finds it in the
 * catalog. The pages are deleted afterwards: other browser files read the whole library.
 *
 * Environment: TRAININGS_TEST_INSTANCE (the test wiki, default "test").
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';

const root = new URL( '../../..', import.meta.url ).pathname;
const instance = process.env.TRAININGS_TEST_INSTANCE || 'test';
const MODULE = `${ server }/wiki/Training:Running_an_edit-a-thon`;
const PAGES = [
	'Training:Running an edit-a-thon', 'Training:Running an edit-a-thon/de', 'Training:Running an edit-a-thon/es',
	'Training:Partnering with libraries', 'Training:Organizing events'
];
/** The mark of text in the source language on a language version, as Translate writes it. */
const FALLBACK = 'div.mw-content-ltr[lang="en"]';
let browser;

function php( ...args ) {
	const result = spawnSync( 'bash', [ 'dev/wiki.sh', 'php', instance, 'maintenance/run.php', ...args ],
		{ cwd: root, encoding: 'utf8' } );
	const log = result.stdout + result.stderr;
	assert.equal( result.status, 0, log );
	return log;
}

function deletePages() {
	const dir = mkdtempSync( join( tmpdir(), 'trainings-import-' ) );
	writeFileSync( join( dir, 'pages.txt' ), PAGES.join( '\n' ) + '\n' );
	php( 'deleteBatch', '-r', 'Browser test of the Dashboard import', join( dir, 'pages.txt' ) );
	rmSync( dir, { recursive: true } );
}

before( async () => {
	deletePages();
	const log = php( join( root, 'maintenance/importDashboardTrainings.php' ),
		'--yaml', join( root, 'tests/fixtures/dashboard/training_content' ),
		'--topic', 'Events=events', '--topic', 'Partnerships=partnerships', '--reviewer', 'Admin', '--overwrite' );
	assert.match( log, /Modules: 2, courses: 1, steps: 11, quizzes: 3, languages: de, es/ );
	assert.match( log, /Pages created: 5, .* reviews recorded: 5/ );
	const time = /^Time: .*\(([\d.]+) s per 100 slides\)$/m.exec( log );
	assert.ok( time, log );
	console.log( `# Dashboard import of the YAML fixture: ${ time[ 1 ] } s per 100 slides` );
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
	deletePages();
} );

async function stepHeading( page ) {
	const steps = await visibleSteps( page );
	assert.equal( steps.length, 1, `one step visible, saw: ${ steps.join( ', ' ) }` );
	// The heading's own text, without the section edit links beside it.
	return page.locator( `#${ steps[ 0 ] } h2` ).first()
		.evaluate( ( h ) => [ ...h.childNodes ].filter( ( n ) => !n.classList?.contains( 'mw-editsection' ) )
			.map( ( n ) => n.textContent ).join( '' ).trim() );
}

test( 'an imported module plays in English: slide link to its step, quiz with the Dashboard\'s explanations', async () => {
	const { page, problems, close } = await openPage( browser );
	await openModule( page, MODULE );
	assert.equal( await page.locator( '.trainings-error' ).count(), 0, 'no inline error' );
	await page.locator( '.trainings-player-start' ).click();
	assert.equal( await stepHeading( page ), 'Welcome to edit-a-thons' );
	await page.locator( '.trainings-player-next' ).click();
	await page.locator( '.trainings-player-next' ).click();
	assert.equal( await stepHeading( page ), 'Choosing articles' );
	// The Dashboard's relative link "./during-the-event" now opens that step.
	await page.locator( 'section.trainings-step:visible a', { hasText: 'what happens during the event' } ).click();
	await page.waitForURL( /#step-during-the-event$/ );
	assert.equal( await stepHeading( page ), 'During the event' );
	assert.equal( await page.locator( 'section.trainings-step:visible' ).getAttribute( 'data-trainings-step-id' ),
		'during-the-event' );

	await page.locator( '.trainings-player-previous' ).click();
	assert.equal( await stepHeading( page ), 'Quiz: new editors' );
	const quiz = page.locator( 'section.trainings-step:visible .trainings-quiz' );
	await quiz.locator( 'label', { hasText: 'Ask everyone to vote' } ).click();
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-option--wrong' ).first().waitFor();
	assert.match( await quiz.locator( '.trainings-quiz-option--wrong' ).first().textContent(),
		/Canvassing votes breaks the rules/ );
	await quiz.locator( 'label', { hasText: 'Help them add reliable sources' } ).click();
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-option--right' ).first().waitFor();
	const right = await quiz.locator( '.trainings-quiz-option--right' ).first().textContent();
	assert.match( right, /Sources that show notability/ );
	assert.doesNotMatch( right, /Correct!/, 'the player says it; the Dashboard\'s "Correct!" is dropped' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'the German version plays translated, the Spanish one falls back to English, marked', async () => {
	const { page, problems, close } = await openPage( browser );
	await openModule( page, `${ MODULE }/de` );
	await page.locator( '.trainings-player-start' ).click();
	assert.equal( await stepHeading( page ), 'Willkommen bei Edit-a-thons' );
	// No source-language fallback (the video's transcript is English: no German subtitles).
	assert.equal( await page.locator( FALLBACK ).count(), 0, 'German is complete' );

	await openModule( page, `${ MODULE }/es#step-choosing-articles` );
	assert.equal( await stepHeading( page ), 'Choosing articles' );
	const step = page.locator( 'section.trainings-step:visible' );
	assert.equal( await page.locator( `section.trainings-step:visible ${ FALLBACK }` ).count(), 1,
		'the untranslated slide is marked English' );
	assert.match( await step.locator( FALLBACK ).textContent(), /Prepare a list of missing or short articles/ );
	await page.locator( '.trainings-player-previous' ).click();
	assert.equal( await stepHeading( page ), 'Antes del evento' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'the catalog lists the imported module, and links a German reader to the German version', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings?search=edit-a-thon` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	const card = page.locator( '.ext-trainings-catalog__item[data-key="Running_an_edit-a-thon"]' );
	assert.equal( ( await card.locator( '.cdx-card__text__title' ).textContent() ).trim(), 'Running an edit-a-thon' );
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=de&search=edit-a-thon` );
	// The German version, keeping the reader's interface language.
	const href = decodeURIComponent( await card.locator( 'a.cdx-card' ).getAttribute( 'href' ) );
	assert.match( href, /Training:Running_an_edit-a-thon\/de(&|\?|$)/ );
	assert.match( href, /[?&]uselang=de(&|$)/ );
	assert.deepEqual( problems, [] );
	await close();
} );
