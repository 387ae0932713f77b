/**
 * The Dashboard import on the wiki with Translate (decision record 0021): the YAML fixture is
 * imported with a named reviewer, so each module is marked for translation and its units are
 * filled from the source's translations; Translate's jobs build the language versions. A
 * learner then plays the German version (complete) and the Spanish one (partial: Translate
 * marks the untranslated units English), and the catalog says how much of Spanish is there.
 * Runs in the Translate half of npm test (e2e-translate).
 *
 * Environment: TRAININGS_TEST_INSTANCE (that half's wiki), TRAININGS_TRANSLATE_HALF.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';

const half = process.env.TRAININGS_TRANSLATE_HALF === '1';
const skip = half ? false : 'needs Translate: runs in the Translate half of npm test (e2e-translate)';
const root = new URL( '../../..', import.meta.url ).pathname;
const instance = process.env.TRAININGS_TEST_INSTANCE || 'test';
const MODULE = `${ server }/wiki/Training:Running_an_edit-a-thon`;
let browser;

function php( ...args ) {
	const result = spawnSync( 'bash', [ 'dev/wiki.sh', 'php', instance, 'maintenance/run.php', ...args ],
		{ cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } );
	const log = result.stdout + result.stderr;
	assert.equal( result.status, 0, log );
	return log;
}

before( async () => {
	if ( !half ) {
		return;
	}
	const log = php( join( root, 'maintenance/importDashboardTrainings.php' ),
		'--yaml', join( root, 'tests/fixtures/dashboard/training_content' ),
		'--topic', 'Events=events', '--topic', 'Partnerships=partnerships', '--reviewer', 'Admin' );
	assert.match( log, /Modules: 2, courses: 1, steps: 11, quizzes: 3, languages: de, es/ );
	assert.doesNotMatch( log, /line up|Translate cannot/ );
	const time = /^Time: .*\(([\d.]+) s per 100 slides\)$/m.exec( log );
	assert.ok( time, log );
	console.log( `# Dashboard import with Translate: ${ time[ 1 ] } s per 100 slides` );
	php( 'runJobs' );
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string>} The visible step's heading, without its edit links
 */
async function stepHeading( page ) {
	const steps = await visibleSteps( page );
	assert.equal( steps.length, 1, `one step visible, saw: ${ steps.join( ', ' ) }` );
	return page.locator( `#${ steps[ 0 ] } h2` ).first()
		.evaluate( ( h ) => [ ...h.childNodes ].filter( ( n ) => !n.classList?.contains( 'mw-editsection' ) )
			.map( ( n ) => n.textContent ).join( '' ).trim() );
}

test( 'the imported module\'s German version, built by Translate, plays translated', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	await openModule( page, `${ MODULE }/de` );
	assert.equal( await page.locator( '.trainings-error' ).count(), 0, 'no inline error' );
	await page.locator( '.trainings-player-start' ).click();
	assert.equal( await stepHeading( page ), 'Willkommen bei Edit-a-thons' );
	assert.equal( await page.locator( 'section.trainings-step:visible' ).getAttribute( 'data-trainings-step-id' ),
		'welcome-to-editathons' );
	await openModule( page, `${ MODULE }/de#step-editathon-quiz` );
	const quiz = page.locator( 'section.trainings-step:visible .trainings-quiz' );
	await quiz.locator( 'label', { hasText: 'Helfen, verlässliche Quellen einzufügen' } ).click();
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-option--right' ).first().waitFor();
	assert.match( await quiz.locator( '.trainings-quiz-option--right' ).first().textContent(),
		/Quellen, die die Relevanz zeigen/ );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'the Spanish version shows the untranslated units in English, and the catalog says how much is there',
	{ skip }, async () => {
		const { page, problems, close } = await openPage( browser );
		await openModule( page, `${ MODULE }/es#step-choosing-articles` );
		assert.equal( await stepHeading( page ), 'Choosing articles' );
		assert.match( await page.locator( 'section.trainings-step:visible [lang="en"]' ).first().textContent(),
			/Choosing articles|Prepare a list/ );
		await page.goto( `${ server }/wiki/Special:Trainings?uselang=es&search=edit-a-thon` );
		assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
		const card = page.locator( '.ext-trainings-catalog__item[data-key="Running_an_edit-a-thon"]' );
		// The Spanish version, keeping the reader's interface language.
		const href = decodeURIComponent( await card.locator( 'a.cdx-card' ).getAttribute( 'href' ) );
		assert.match( href, /Training:Running_an_edit-a-thon\/es(&|\?|$)/ );
		assert.match( href, /[?&]uselang=es(&|$)/ );
		assert.match( await card.textContent(), /\d+\s?%/ );
		assert.deepEqual( problems, [] );
		await close();
	} );
