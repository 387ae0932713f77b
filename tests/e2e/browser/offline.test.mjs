/**
 * The offline export: a sample module with a quiz and an image is downloaded over
 * HTTP, saved to disk and opened from file:// with every request blocked and recorded. The
 * player walks every step, a quiz is checked, and no request leaves the page. With
 * JavaScript off, the same file is a readable document with every step and the answers.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';

const MODULE = 'Training:How_to_talk_to_partners';
// A course in Arabic: right to left, and two of its modules fall back to English.
const COURSE = 'Training:Partnerships/ar';
let browser, dir, fileUrl, courseUrl;

/**
 * Download a page's export and save it in `dir`.
 *
 * @param {string} title Page
 * @param {string} name File name
 * @return {Promise<Object>} The file's URL and the response's Content-Disposition
 */
async function download( title, name ) {
	const response = await fetch(
		`${ server }/index.php?title=${ encodeURIComponent( title ) }&action=trainingdownload`
	);
	assert.equal( response.status, 200 );
	const html = await response.text();
	console.log( `# export of ${ title }: ${ Buffer.byteLength( html ) } bytes` );
	const path = join( dir, name );
	await writeFile( path, html );
	return { url: pathToFileURL( path ).href, disposition: response.headers.get( 'content-disposition' ) };
}

before( async () => {
	browser = await launchBrowser();
	dir = await mkdtemp( join( tmpdir(), 'trainings-offline-' ) );
	const module = await download( MODULE, 'module.html' );
	assert.match( module.disposition, /^attachment; filename="How to talk to partners\.html"/ );
	fileUrl = module.url;
	courseUrl = ( await download( COURSE, 'course.html' ) ).url;
} );

after( async () => {
	await browser?.close();
	if ( dir ) {
		await rm( dir, { recursive: true, force: true } );
	}
} );

/**
 * Open the file with the network blocked, recording every request but the file itself.
 *
 * @param {Object} [options] Browser context options
 * @param {string} [url] The file (default: the module's)
 * @return {Promise<Object>}
 */
async function openOffline( options = {}, url = fileUrl ) {
	const opened = await openPage( browser, options );
	const requests = [];
	await opened.page.context().route( '**/*', ( route ) => {
		if ( route.request().url() === url ) {
			return route.continue();
		}
		requests.push( route.request().url() );
		return route.abort();
	} );
	opened.page.on( 'request', ( req ) => {
		if ( req.url() !== url && !req.url().startsWith( 'data:' ) && !requests.includes( req.url() ) ) {
			requests.push( req.url() );
		}
	} );
	await opened.page.goto( url );
	return { ...opened, requests };
}

test( 'the downloaded module works from disk with the network blocked', async () => {
	const { page, problems, close, requests } = await openOffline();
	const sections = page.locator( '.trainings-step' );
	const steps = await sections.count();
	assert.ok( steps >= 2 );
	assert.equal( await page.locator( '.trainings-intro' ).isVisible(), true );
	assert.equal( await sections.first().isVisible(), false, 'one part at a time' );
	// The image is embedded and shown.
	const image = page.locator( 'img' ).first();
	assert.match( await image.getAttribute( 'src' ), /^data:image\// );
	assert.ok( await image.evaluate( ( img ) => img.complete && img.naturalWidth > 0 ) );

	const nextButton = page.locator( '.trainings-offline-next' );
	let checkedQuiz = false;
	for ( let i = 1; i <= steps; i++ ) {
		await nextButton.click();
		const section = sections.nth( i - 1 );
		assert.equal( await section.isVisible(), true, `step ${ i } shown` );
		assert.match( await page.locator( '.trainings-offline-status' ).textContent(), new RegExp( `Step ${ i } of ${ steps }` ) );
		const quiz = section.locator( '.trainings-quiz' ).first();
		if ( !checkedQuiz && await quiz.count() ) {
			assert.equal( await quiz.locator( 'details' ).isVisible(), false, 'answers hidden behind Check' );
			await quiz.locator( '.trainings-quiz-options input' ).first().check();
			await quiz.locator( '.trainings-quiz-check' ).click();
			assert.ok( ( await quiz.locator( '.trainings-quiz-status' ).textContent() ).length > 0 );
			assert.equal( await quiz.locator( '.trainings-quiz-result' ).count(), 1 );
			checkedQuiz = true;
		}
	}
	assert.ok( checkedQuiz, 'a quiz was checked' );
	assert.equal( await nextButton.textContent(), 'Finish', 'the last step' );
	await nextButton.click();
	const complete = page.locator( '.trainings-offline-complete' );
	assert.equal( await complete.locator( 'h2' ).textContent(), 'Module completed', 'a completion screen' );
	assert.equal( await sections.nth( steps - 1 ).isVisible(), false, 'instead of the last step' );
	assert.equal( await nextButton.isDisabled(), true, 'the end' );
	await page.locator( '.trainings-offline-previous' ).click();
	assert.equal( await sections.nth( steps - 1 ).isVisible(), true, 'back to the last step' );
	await nextButton.click();
	await complete.locator( 'button' ).click();
	assert.equal( await page.locator( '.trainings-intro' ).isVisible(), true, 'start again: the introduction' );
	assert.equal( await complete.isVisible(), false );
	// The step list, folded, jumps to a step.
	assert.equal( await page.locator( '.trainings-steplist a[href="#step-1"]' ).isVisible(), false, 'folded' );
	await page.locator( '.trainings-steplist summary' ).click();
	await page.locator( '.trainings-steplist a[href="#step-1"]' ).click();
	await sections.first().waitFor( { state: 'visible' } );
	assert.equal( await page.locator( '.trainings-steplist a[href="#step-1"]' ).isVisible(), false, 'folded again' );

	assert.deepEqual( requests, [], 'no request left the page' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'on a 360×640 phone: each step opens with its heading on the screen, a completion screen, no sideways scrolling', async () => {
	const { page, problems, close, requests } = await openOffline( { viewport: { width: 360, height: 640 }, isMobile: true,
		hasTouch: true } );
	const sideways = () => page.evaluate( () => document.documentElement.scrollWidth - document.documentElement.clientWidth );
	/**
	 * @param {import('playwright-core').Locator} heading
	 * @param {string} what
	 */
	const onFirstScreen = async ( heading, what ) => {
		const box = await heading.boundingBox();
		assert.ok( box && box.y >= 0 && box.y + box.height <= 640, `${ what }: heading on the screen (${ box && box.y })` );
	};
	assert.equal( await sideways(), 0, 'the introduction fits the width' );
	// The step list is folded to its label.
	assert.equal( await page.locator( '.trainings-steplist summary' ).isVisible(), true );
	assert.equal( await page.locator( '.trainings-steplist ol' ).isVisible(), false, 'the step list is folded' );
	const sections = page.locator( '.trainings-step' );
	const steps = await sections.count();
	const nextButton = page.locator( '.trainings-offline-next' );
	for ( let i = 1; i <= steps; i++ ) {
		await nextButton.click();
		const section = sections.nth( i - 1 );
		await onFirstScreen( section.locator( 'h2' ), `step ${ i }` );
		// Step 2 of this module holds a letter in <pre> whose lines are longer than the phone.
		assert.equal( await sideways(), 0, `step ${ i }: no sideways scrolling` );
	}
	assert.ok( await sections.nth( 1 ).locator( 'pre' ).count(), 'preformatted text was met' );
	await nextButton.click();
	await onFirstScreen( page.locator( '.trainings-offline-complete h2' ), 'the completion screen' );
	assert.equal( await page.locator( '.trainings-offline-complete h2' ).textContent(), 'Module completed' );
	assert.equal( await sideways(), 0, 'the completion screen fits the width' );
	assert.deepEqual( requests, [] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'without JavaScript the file is a readable document', async () => {
	const { page, close, requests } = await openOffline( { javaScriptEnabled: false } );
	const sections = page.locator( '.trainings-step' );
	for ( let i = 0; i < await sections.count(); i++ ) {
		assert.equal( await sections.nth( i ).isVisible(), true, `step ${ i + 1 } visible` );
	}
	const details = page.locator( 'details.trainings-quiz-answers' ).first();
	await details.locator( 'summary' ).click();
	assert.equal( await details.locator( '[data-trainings-correct="1"]' ).first().isVisible(), true );
	assert.deepEqual( requests, [] );
	await close();
} );

test( 'printed, every step shows and the answers come after the steps', async () => {
	const { page, close, requests } = await openOffline();
	await page.emulateMedia( { media: 'print' } );
	const sections = page.locator( '.trainings-step h2' );
	for ( let i = 0; i < await sections.count(); i++ ) {
		assert.equal( await sections.nth( i ).isVisible(), true );
	}
	assert.equal( await page.locator( '.trainings-offline-controls' ).isVisible(), false, 'no controls' );
	const positions = await page.evaluate( () => {
		const top = ( el ) => el.getBoundingClientRect().top;
		const headings = [ ...document.querySelectorAll( '.trainings-step h2' ) ];
		const answers = [ ...document.querySelectorAll( '.trainings-quiz-answers' ) ];
		return { lastHeading: top( headings[ headings.length - 1 ] ), firstAnswers: top( answers[ 0 ] ),
			answerVisible: answers[ 0 ].querySelector( '[data-trainings-correct]' ).getBoundingClientRect().height > 0 };
	} );
	assert.ok( positions.firstAnswers > positions.lastHeading, 'answers after the last step' );
	assert.ok( positions.answerVisible, 'answers are printed' );
	assert.deepEqual( requests, [] );
	await close();
} );

test( 'a right-to-left course: each module is a player, the arrow keys follow the text', async () => {
	const { page, problems, close, requests } = await openOffline( {}, courseUrl );
	assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), 'rtl' );
	const modules = page.locator( '.trainings-module' );
	// The course's four modules, in its order.
	assert.equal( await modules.count(), 4 );
	assert.equal( await page.locator( '.trainings-offline-controls' ).count(), await modules.count() );
	const module = modules.first();
	const steps = module.locator( '.trainings-step' );
	const status = module.locator( '.trainings-offline-status' );
	assert.equal( await steps.first().isVisible(), false );
	// In right-to-left text, the left arrow goes forward.
	await module.locator( '.trainings-offline-next' ).focus();
	await page.keyboard.press( 'ArrowLeft' );
	assert.equal( await steps.first().isVisible(), true, 'ArrowLeft: the first step' );
	assert.ok( ( await status.textContent() ).length > 0, 'the step counter, in the page language' );
	await page.keyboard.press( 'ArrowRight' );
	assert.equal( await steps.first().isVisible(), false, 'ArrowRight: back to the introduction' );
	// A module that fell back to English (the second has no Arabic version) keeps its own
	// language and direction.
	const english = page.locator( 'article[lang="en"]' ).first();
	assert.equal( await english.count(), 1, 'a module in English' );
	assert.equal( await english.getAttribute( 'dir' ), 'ltr' );
	await english.locator( '.trainings-offline-next' ).click();
	assert.match( await english.locator( '.trainings-offline-status' ).textContent(), /\S/ );
	// The second module's step list jumps within that module.
	const second = modules.nth( 1 );
	const link = second.locator( '.trainings-steplist a' ).first();
	await second.locator( '.trainings-steplist summary' ).click();
	await link.click();
	const target = ( await link.getAttribute( 'href' ) ).slice( 1 );
	assert.equal( await page.locator( `[id="${ target }"]` ).isVisible(), true );
	assert.deepEqual( requests, [], 'no request left the page' );
	assert.deepEqual( problems, [] );
	await close();
} );
