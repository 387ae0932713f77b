/**
 * Honest completion and quizzes that report (design record 0012): scripted learners (three accounts and
 * two anonymous browsers) take quizzes of the sample library with some wrong first answers
 * and retry them; Special:TrainingStats then shows, per question, the learners and the share
 * right on the first try. A deep link to the last step completes nothing, for an account (the
 * server's record) and in an anonymous browser (no completion event); the explanation shows
 * after a right answer. The figures are written to test-results/quiz-first-tries.txt
 * (dev/quiz-first-tries.mjs).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { openModule, walkAndAnswer } from '../lib/learner.mjs';
import { answerQuiz } from '../lib/quiz.mjs';
import { firstTries, report } from '../../../dev/quiz-first-tries.mjs';
import { pollUntil } from '../lib/poll.mjs';

/** The modules the learners take, with their number of quizzes. */
const MODULES = [ [ 'How_to_talk_to_partners', 3 ], [ 'Editing_a_training_module', 2 ] ];
/** Each learner's first tries (R right, W wrong), per module in MODULES' order, per quiz. */
const LEARNERS = [
	{ account: true, tries: [ 'RRR', 'RR' ] },
	{ account: true, tries: [ 'WRW', 'WR' ] },
	{ account: true, tries: [ 'WWR', 'RW' ] },
	{ account: false, tries: [ 'WWW', 'WW' ] },
	{ account: false, tries: [ 'WRR', 'RR' ] }
];
const PASSWORD = 'scripted-learner-password-2026';
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * Create an account through the API in this page's context (which then holds its session).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function createAccount( page, name ) {
	const tokens = await ( await page.request.get(
		`${ server }/api.php?action=query&meta=tokens&type=createaccount&format=json` ) ).json();
	const created = await ( await page.request.post( `${ server }/api.php`, { form: {
		action: 'createaccount', format: 'json', username: name, password: PASSWORD, retype: PASSWORD,
		createreturnurl: server, createtoken: tokens.query.tokens.createaccounttoken
	} } ) ).json();
	assert.equal( created.createaccount?.status, 'PASS', JSON.stringify( created ) );
	await page.goto( `${ server }/index.php?title=Special:UserLogin` );
	if ( await page.evaluate( () => window.mw.config.get( 'wgUserName' ) ) !== name ) {
		await page.fill( '#wpName1', name );
		await page.fill( '#wpPassword1', PASSWORD );
		await Promise.all( [ page.waitForNavigation(), page.click( '#wpLoginAttempt' ) ] );
	}
	assert.equal( await page.evaluate( () => window.mw.config.get( 'wgUserName' ) ), name );
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} module DB key
 * @return {Promise<Object|undefined>} The learner's progress there, from the server
 */
async function serverProgress( page, module ) {
	const data = await ( await page.request.get(
		`${ server }/api.php?action=query&meta=trainingprogress&format=json&formatversion=2` ) ).json();
	return data.query.trainingprogress.modules.find( ( m ) => m.module === `Training:${ module.replace( /_/g, ' ' ) }` );
}

/**
 * @return {Promise<Object<string,{learners: number, right: number}>>} By "module#quiz"
 */
async function figures() {
	const byKey = {};
	for ( const row of await firstTries( server ) ) {
		byKey[ `${ row.module }#${ row.quiz }` ] = row;
	}
	return byKey;
}

test( 'scripted learners: first tries per question reach Special:TrainingStats', async () => {
	const initial = await figures();
	const stamp = Date.now().toString( 36 );
	for ( const [ i, learner ] of LEARNERS.entries() ) {
		const { page, problems, close } = await openPage( browser );
		if ( learner.account ) {
			await createAccount( page, `Quiz learner ${ stamp } ${ i }` );
		}
		for ( const [ m, [ module ] ] of MODULES.entries() ) {
			await openModule( page, `${ server }/wiki/Training:${ module }` );
			const tries = learner.tries[ m ];
			const firsts = await walkAndAnswer( page, ( n ) => tries[ n - 1 ] === 'R' ? 'right' : 'wrong' );
			assert.deepEqual( Object.values( firsts ), tries.split( '' ).map( ( t ) => t === 'R' ? 'right' : 'wrong' ) );
			assert.equal( ( await page.locator( '.trainings-player-complete h2' ).textContent() ).trim(),
				'Module completed', 'every step seen and every quiz right once, after the retries' );
			if ( learner.account ) {
				const recorded = await pollUntil( () => serverProgress( page, module ),
					( r ) => r?.completed === true, 'the server finding it completed' );
				assert.deepEqual( recorded.quizzes.map( ( q ) => q.first ),
					tries.split( '' ).map( ( t ) => t === 'R' ? 'right' : 'wrong' ), 'the first tries, as stored' );
				assert.ok( recorded.quizzes.every( ( q ) => q.passed ) );
			}
		}
		assert.deepEqual( problems, [] );
		await close();
	}

	// The counts arrive with the requests' deferred updates.
	const expected = {};
	for ( const [ m, [ module, count ] ] of MODULES.entries() ) {
		for ( let n = 1; n <= count; n++ ) {
			const key = `${ module }#${ n }`;
			expected[ key ] = {
				learners: ( initial[ key ]?.learners || 0 ) + LEARNERS.length,
				right: ( initial[ key ]?.right || 0 ) +
					LEARNERS.filter( ( l ) => l.tries[ m ][ n - 1 ] === 'R' ).length
			};
		}
	}
	let now;
	for ( let k = 0; k < 50; k++ ) {
		const current = await figures();
		now = current;
		const arrived = ( key ) => current[ key ]?.learners === expected[ key ].learners;
		if ( Object.keys( expected ).every( arrived ) ) {
			break;
		}
		await new Promise( ( resolve ) => {
			setTimeout( resolve, 200 );
		} );
	}
	for ( const key of Object.keys( expected ) ) {
		const got = now[ key ] || {};
		assert.deepEqual( { learners: got.learners, right: got.right }, expected[ key ], key );
	}

	// What a maintainer sees: the share per question, in words.
	const stats = await openPage( browser );
	await stats.page.goto( `${ server }/wiki/Special:TrainingStats` );
	const row = stats.page.locator( 'tr[data-trainings-module="How_to_talk_to_partners"][data-trainings-quiz="1"]' );
	const share = Math.round( 1000 * expected[ 'How_to_talk_to_partners#1' ].right /
		expected[ 'How_to_talk_to_partners#1' ].learners ) / 10;
	assert.match( await row.textContent(), new RegExp( `Quiz 1.*${ expected[ 'How_to_talk_to_partners#1' ].learners }.*${ String( share ).replace( '.', '\\.' ) }%` ) );
	await stats.close();

	const text = await report( server );
	mkdirSync( 'test-results', { recursive: true } );
	writeFileSync( 'test-results/quiz-first-tries.txt', text );
	process.stdout.write( text );
} );

test( 'a deep link to the last step completes nothing; the explanation follows a right answer', async () => {
	const module = 'Editing_a_training_module';
	// An account: the server's record says what is missing.
	let { page, problems, close } = await openPage( browser );
	await createAccount( page, `Quiz jumper ${ Date.now().toString( 36 ) }` );
	await openModule( page, `${ server }/wiki/Training:${ module }` );
	const steps = await page.locator( 'section.trainings-step' ).count();
	await openModule( page, `${ server }/wiki/Training:${ module }#step-${ steps }` );
	await page.locator( '.trainings-player-finish' ).click();
	assert.equal( ( await page.locator( '.trainings-player-complete h2' ).textContent() ).trim(),
		'You reached the end of the module' );
	const recorded = await pollUntil( () => serverProgress( page, module ), ( r ) => !!r,
		'the server\'s record of the module' );
	assert.equal( recorded.completed, false );
	assert.deepEqual( recorded.stepsdone, [ steps ] );
	assert.equal( recorded.missingsteps.length, steps - 1 );
	// Forging the old "complete" flag changes nothing.
	const forged = await page.evaluate( async ( m ) => {
		await window.mw.loader.using( 'mediawiki.api' );
		return new window.mw.Api().postWithToken( 'csrf', { action: 'trainingprogress', module: m,
			step: 1, stepsdone: [ 1, 2, 3 ], complete: 1, formatversion: 2 } );
	}, `Training:${ module }` );
	assert.equal( forged.trainingprogress.completed, false, 'quizzes not answered right' );
	assert.deepEqual( problems, [] );
	await close();

	// Anonymous: nothing completed in the browser, no completion event sent.
	( { page, problems, close } = await openPage( browser ) );
	const events = [];
	page.on( 'request', ( request ) => {
		const body = request.postData() || '';
		if ( body.includes( 'action=trainingevent' ) ) {
			events.push( new URLSearchParams( body ).get( 'event' ) );
		}
	} );
	await openModule( page, `${ server }/wiki/Training:${ module }#step-${ steps }` );
	await page.locator( '.trainings-player-finish' ).click();
	await page.locator( '.trainings-player-todo' ).waitFor();
	const stored = JSON.parse( await page.evaluate( 'window.localStorage.getItem( "mw-trainings-progress" )' ) );
	assert.equal( stored.records[ 0 ].completed, 0 );
	assert.ok( !events.includes( 'complete' ), events.join() );

	// The explanation: hidden after a wrong answer, shown after a right one.
	await openModule( page, `${ server }/wiki/Training:${ module }#quiz-1` );
	const quiz = page.locator( '#quiz-1' );
	const explanation = quiz.locator( ':scope > .trainings-quiz-explanation' );
	const wrong = await quiz.locator( 'details [data-trainings-correct="0"]' ).first().getAttribute( 'data-trainings-option' );
	await quiz.locator( `.trainings-quiz-options input[value="${ wrong }"]` ).check();
	await quiz.locator( '.trainings-quiz-check' ).click();
	assert.equal( await quiz.getAttribute( 'data-trainings-quiz-outcome' ), 'wrong' );
	assert.equal( await explanation.isVisible(), false, 'not after a wrong answer' );
	await quiz.locator( '.trainings-quiz-retry' ).click();
	assert.equal( await answerQuiz( quiz, 'right' ), 'right' );
	assert.equal( await explanation.isVisible(), true, 'after the retry, right' );
	assert.match( await explanation.textContent(), /^Why: Plain words/ );
	await quiz.locator( '.trainings-quiz-options input' ).first().check();
	assert.equal( await explanation.isVisible(), false, 'a new choice hides it' );
	assert.deepEqual( problems, [] );
	await close();
} );
