/**
 * An author edits a module in VisualEditor (design record 0018): a step's text, one answer of
 * a quiz through the quiz dialog and the duration through the module facts form, then saves;
 * the saved wikitext differs by exactly those changes, and the module plays with them. An
 * author creates a quiz from the Insert menu, saves, and the player checks it right and wrong.
 * The same with the Arabic interface (RTL).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, logInAsAdmin, openPage, server, waitForModule } from '../lib/browser.mjs';
import { openEditor, pageText, saveEditor, savePage } from '../lib/visualEditor.mjs';

const TEXT = `{{#training:
 | summary     = A module to edit in VisualEditor (a draft: not in the catalog).
 | level       = beginner
 | duration    = 10
 | status      = draft
}}
An introduction.

{{#trainingstep: first-step}}
== First step ==
The word apple stands here.
<trainingquiz>
? Which fruit is red?
+ A cherry.
: Yes, cherries are red.
- A banana.
: No, bananas are yellow.
</trainingquiz>

{{#trainingstep: second-step}}
== Second step ==
Another step.`;

let browser;
/** Pages the tests wrote: deleted afterwards, as other tests read the whole library. */
const written = [];

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	if ( written.length ) {
		const { page, close } = await openPage( browser );
		await logInAsAdmin( page );
		for ( const title of written ) {
			await page.evaluate( ( t ) => new window.mw.Api().postWithToken( 'csrf',
				{ action: 'delete', title: t } ), title );
		}
		await close();
	}
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {import('playwright-core').Locator} The open quiz dialog
 */
async function quizDialog( page ) {
	// Ready: set up and focused, so typing goes where the test means it to.
	const dialog = page.locator( '.oo-ui-window-active.oo-ui-window-ready',
		{ has: page.locator( '.trainings-ve-quiz-question' ) } );
	await dialog.waitFor();
	await dialog.locator( '.trainings-ve-quiz-question input' ).waitFor();
	return dialog;
}

async function applyDialog( dialog ) {
	const primary = dialog.locator( '.oo-ui-processDialog-actions-primary .oo-ui-buttonElement-button' );
	await primary.click();
	await dialog.waitFor( { state: 'hidden' } );
}

async function checkQuizInPlayer( page, title, step, wrong, right ) {
	await page.goto( `${ server }/wiki/${ encodeURIComponent( title.replace( / /g, '_' ) ) }#step-${ step }` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	const quiz = page.locator( `#step-${ step } .trainings-quiz` ).last();
	await quiz.waitFor();
	await quiz.locator( 'label', { hasText: wrong } ).click();
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-option--wrong' ).first().waitFor();
	await quiz.locator( '.trainings-quiz-retry' ).click();
	await quiz.locator( 'label', { hasText: right } ).click();
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-option--right' ).first().waitFor();
}

/**
 * @param {string} lang The interface language the author edits in
 */
function editorTests( lang ) {
	test( `an author edits a step, a quiz answer and the duration in VisualEditor, and only those change (${ lang })`, async () => {
		const { page, problems, close } = await openPage( browser );
		const title = `Training:VisualEditor edit ${ lang }`;
		await logInAsAdmin( page );
		await savePage( page, title, TEXT );
		written.push( title );
		await openEditor( page, title, lang );
		if ( lang === 'ar' ) {
			assert.equal( await page.evaluate( () => document.documentElement.dir ), 'rtl' );
		}

		// The duration, in the module facts form (first: the box is at the top of the page).
		await page.locator( '.ve-ce-surface .trainings-meta' ).click();
		// "Edit" in the box's context menu, "Module facts".
		await page.locator( '.trainings-ve-metadata-contextItem .oo-ui-buttonElement-button' ).last().click();
		const facts = page.locator( '.oo-ui-window-active.oo-ui-window-ready',
			{ has: page.locator( '.trainings-ve-metadata-duration' ) } );
		await facts.locator( '.trainings-ve-metadata-duration input' ).waitFor();
		assert.equal( await facts.locator( '.trainings-ve-metadata-duration input' ).inputValue(), '10' );
		// A value out of its range cannot be applied, and says why.
		await facts.locator( '.trainings-ve-metadata-duration input' ).fill( '900' );
		await facts.locator( '.trainings-ve-metadata-problems' ).waitFor();
		await facts.locator( '.trainings-ve-metadata-duration input' ).fill( '20' );
		await applyDialog( facts );

		// The step's text.
		await page.locator( '.ve-ce-surface p', { hasText: 'The word apple stands here.' } ).click();
		await page.keyboard.press( 'End' );
		await page.keyboard.type( ' Fresh.' );

		// One answer of the quiz, in its dialog.
		// Selected as a keyboard user would reach it (the context menu of the box edited above
		// may still cover it for the mouse).
		await page.evaluate( () => {
			const model = window.ve.init.target.getSurface().getModel();
			const quiz = model.getDocument().getNodesByType( 'trainingsQuiz' )[ 0 ];
			model.setLinearSelection( quiz.getOuterRange() );
		} );
		// Enter opens a selected node's dialog.
		await page.keyboard.press( 'Enter' );
		const dialog = await quizDialog( page );
		assert.equal( await dialog.locator( '.trainings-ve-quiz-question input' ).inputValue(), 'Which fruit is red?' );
		assert.equal( await dialog.locator( '.trainings-ve-quiz-option-text input' ).nth( 1 ).inputValue(), 'A banana.' );
		await dialog.locator( '.trainings-ve-quiz-option-text input' ).nth( 1 ).fill( 'A lime.' );
		await applyDialog( dialog );

		await saveEditor( page );
		const saved = await pageText( page, title );
		assert.equal( saved, TEXT
			.replace( 'The word apple stands here.', 'The word apple stands here. Fresh.' )
			.replace( '- A banana.', '- A lime.' )
			.replace( '| duration    = 10', '| duration    = 20' ) );

		await checkQuizInPlayer( page, title, 1, 'A lime.', 'A cherry.' );
		assert.match( await page.locator( '#step-1' ).textContent(), /The word apple stands here\. Fresh\./ );
		assert.equal( await page.locator( '.trainings-meta' ).getAttribute( 'data-trainings-duration' ), '20' );
		assert.deepEqual( problems, [] );
		await close();
	} );

	test( `an author inserts a new quiz from the Insert menu, and the player checks it (${ lang })`, async () => {
		const { page, problems, close } = await openPage( browser );
		const title = `Training:VisualEditor new quiz ${ lang }`;
		await logInAsAdmin( page );
		await savePage( page, title, TEXT );
		written.push( title );
		await openEditor( page, title, lang );

		await page.locator( '.ve-ce-surface p', { hasText: 'Another step.' } ).click();
		await page.keyboard.press( 'End' );
		await page.locator( '.ve-ui-toolbar-group-insert' ).first().click();
		const tool = page.locator( '.oo-ui-tool-name-trainingsQuiz' ).first();
		if ( !await tool.isVisible() ) {
			// Under the menu's "More".
			await page.locator( '.oo-ui-tool-name-more-fewer:visible' ).first().click();
		}
		await tool.click();
		const dialog = await quizDialog( page );
		const apply = dialog.locator( '.oo-ui-processDialog-actions-primary .oo-ui-widget' ).first();
		// Nothing to apply until the quiz is valid.
		assert.match( await apply.getAttribute( 'class' ), /oo-ui-widget-disabled/ );
		await dialog.locator( '.trainings-ve-quiz-question input' ).fill( 'Which colour is the sky?' );
		const texts = dialog.locator( '.trainings-ve-quiz-option-text input' );
		await texts.nth( 0 ).fill( 'Blue.' );
		await texts.nth( 1 ).fill( 'Green.' );
		await dialog.locator( '.trainings-ve-quiz-option-feedback input' ).nth( 1 ).fill( 'Look up again.' );
		await applyDialog( dialog );

		await saveEditor( page );
		const saved = await pageText( page, title );
		assert.ok( saved.startsWith( TEXT.slice( 0, TEXT.indexOf( 'Another step.' ) ) ), 'the rest is unchanged' );
		assert.match( saved, /<trainingquiz>\s*\? Which colour is the sky\?\n\+ Blue\.\n- Green\.\n: Look up again\.\s*<\/trainingquiz>/ );

		await checkQuizInPlayer( page, title, 2, 'Green.', 'Blue.' );
		assert.deepEqual( problems, [] );
		await close();
	} );
}

editorTests( 'en' );
editorTests( 'ar' );
