/**
 * A hand-made language version that lacks a step of its source shows the source's step, quiz
 * included (design record 0019). A logged-in learner answers every quiz the version shows, the
 * source's among its own, and the server records the module completed: it checks the answers
 * against the quizzes as the page numbers them (design record 0015, §6). Before, it checked
 * them against the version's own quizzes only: the source's quiz could never be passed, and the
 * quiz after it was checked against the wrong question.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, logInAsAdmin, openPage, server } from '../lib/browser.mjs';
import { openModule, walkAndAnswer } from '../lib/learner.mjs';
import { pollUntil } from '../lib/poll.mjs';
import { WikiSession } from '../../http/session.mjs';

const SOURCE = 'Training:Hand-made fallback test';
const VERSION = `${ SOURCE }/fr`;
let browser;
let wiki;
let token;

const quiz = ( question, options ) => `<trainingquiz>\n? ${ question }\n${ options }\n</trainingquiz>\n`;

/**
 * Save a page and approve what was saved, as a reviewer does (design record 0017).
 *
 * @param {string} title
 * @param {string} text
 */
async function saveReviewed( title, text ) {
	const saved = await wiki.post( { action: 'edit', title, text, token, summary: 'fallback test' } );
	assert.equal( saved.edit?.result, 'Success', JSON.stringify( saved ) );
	const reviewed = await wiki.post( { action: 'trainingreview', page: title, revid: saved.edit.newrevid,
		state: 'published', token } );
	assert.equal( reviewed.trainingreview?.revid, saved.edit.newrevid, JSON.stringify( reviewed ) );
}

before( async () => {
	browser = await launchBrowser();
	wiki = await new WikiSession().login();
	token = await wiki.csrf();
	// The source's second quiz has its second option right; the others their first.
	await saveReviewed( SOURCE, '{{#training: | summary = Source of the fallback test. }}\nIntro.\n' +
		'{{#trainingstep: one}}\n== One ==\nFirst.\n' + quiz( 'One?', '+ Yes\n- No' ) +
		'{{#trainingstep: two}}\n== Two ==\nSecond, from the source.\n' + quiz( 'Two?', '- No\n+ Yes' ) +
		'{{#trainingstep: three}}\n== Three ==\nThird.\n' + quiz( 'Three?', '+ Yes\n- No' ) );
	await saveReviewed( VERSION, '{{#training: | summary = Version du test. }}\nIntro.\n' +
		'{{#trainingstep: one}}\n== Un ==\nPremier.\n' + quiz( 'Un ?', '+ Oui\n- Non' ) +
		'{{#trainingstep: three}}\n== Trois ==\nTroisième.\n' + quiz( 'Trois ?', '+ Oui\n- Non' ) );
} );

after( async () => {
	await wiki?.post( { action: 'trainingprogressreset', module: SOURCE, token } );
	for ( const title of [ VERSION, SOURCE ] ) {
		await wiki?.post( { action: 'delete', title, token, reason: 'fallback test done' } );
	}
	await browser?.close();
} );

test( 'a learner completes a hand-made version whose step from the source has a quiz', async () => {
	const { page, problems, close } = await openPage( browser );
	try {
		await logInAsAdmin( page );
		await openModule( page, `${ server }/wiki/${ VERSION.replace( / /g, '_' ) }` );
		const fallback = page.locator( '.trainings-step-fallback' );
		assert.equal( await fallback.count(), 1, 'the step the version lacks, from the source' );
		assert.equal( await fallback.getAttribute( 'lang' ), 'en' );
		// French typography puts a no-break space before "?".
		assert.deepEqual( ( await page.locator( '.trainings-quiz legend' ).allInnerTexts() )
			.map( ( text ) => text.replace( /\s+/g, ' ' ).trim() ), [ 'Un ?', 'Two?', 'Trois ?' ],
		'the quizzes in page order' );

		const firsts = await walkAndAnswer( page, () => 'right' );
		assert.deepEqual( firsts, { 1: 'right', 2: 'right', 3: 'right' } );
		assert.equal( ( await page.locator( '.trainings-player-complete h2' ).textContent() ).trim(),
			'Module completed' );
		const recorded = await pollUntil( async () => ( await wiki.get( { action: 'query', meta: 'trainingprogress' } ) )
			.query.trainingprogress.modules.find( ( m ) => m.module === SOURCE ),
		( m ) => m?.completed === true, 'the server\'s record of the module as completed' );
		assert.equal( recorded.language, 'fr' );
		assert.deepEqual( recorded.quizzes.map( ( q ) => [ q.quiz, q.first, q.passed ] ),
			[ [ 1, 'right', true ], [ 2, 'right', true ], [ 3, 'right', true ] ] );
		assert.deepEqual( problems, [] );
	} finally {
		await close();
	}
} );
