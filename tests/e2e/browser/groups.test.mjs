/**
 * Training groups and certificates, end to end (design record 0015): an organiser creates a
 * group with the sample course "Partnerships"; two learners join from its link on a phone
 * screen (Minerva, 360 px), after creating their accounts; one completes the course, the
 * other starts it; the organiser's table shows one completed and one in progress; the
 * completer opens the certificate, prints it to PDF (one page), and a logged-out reader
 * confirms it at its verification address; then the same for the certificate of everything
 * the group asked for, opened from "My trainings".
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, logInAsAdmin, openPage, server } from '../lib/browser.mjs';
import { openModule, walkAndAnswer } from '../lib/learner.mjs';
import { PHONE } from '../lib/phone.mjs';
import { pollUntil } from '../lib/poll.mjs';

const COURSE_MODULES = [
	'How_to_talk_to_partners',
	'How_to_start_a_partnership_in_a_developing_country',
	'How_to_cultivate_a_partnership_without_internet_access',
	'How_to_measure_your_success'
];
const PASSWORD = 'trainings-group-test-password';

/**
 * axe-core on our content (the skin's own markup is measured elsewhere): no serious or
 * critical violation.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} what
 */
async function assertAccessible( page, what ) {
	const results = await new AxeBuilder( { page } ).include( '#mw-content-text' ).analyze();
	const serious = results.violations.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' )
		.map( ( v ) => `${ v.impact } ${ v.id }: ${ v.nodes.slice( 0, 3 ).map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) }` );
	assert.deepEqual( serious, [], `${ what }: axe found serious or critical violations` );
}

/**
 * Our content never reaches past a phone's screen (the organiser's table scrolls inside its
 * own box). Minerva's own header for logged-in users is wider than 360 px by a few pixels in
 * 1.43: that is the skin's, not measured here.
 *
 * @param {import('playwright-core').Page} page
 * @return {Promise<string[]>} The elements of the content that reach past the screen
 */
function widerThanScreen( page ) {
	return page.evaluate( () => [ ...document.querySelectorAll( '#mw-content-text *' ) ]
		.filter( ( el ) => !el.parentElement.closest( '.ext-trainings-group-scroll' ) &&
			el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 )
		.slice( 0, 5 ).map( ( el ) => `${ el.tagName }.${ el.className } ${ Math.round( el.getBoundingClientRect().right ) }` ) );
}
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * Wait until the server recorded a module as completed, then until the player's coalesced
 * progress writes are done: leaving the page earlier would cut a write short.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} title Prefixed title of the module
 */
async function waitUntilCompleted( page, title ) {
	await pollUntil( async () => ( await ( await page.request.get(
		`${ server }/api.php?action=query&meta=trainingprogress&format=json&formatversion=2` ) ).json() )
		.query.trainingprogress.modules,
	( modules ) => modules.some( ( m ) => m.module === title && m.completed ),
	`the server's record of ${ title } as completed` );
	await page.waitForLoadState( 'networkidle' );
}

/**
 * An anonymous learner on a phone opens the join link, is asked to log in, creates an account
 * from there, comes back to the link and confirms.
 *
 * @param {string} joinUrl
 * @param {string} name
 * @return {Promise<{page: import('playwright-core').Page, problems: string[], close: Function}>}
 */
async function joinOnPhone( joinUrl, name ) {
	const opened = await openPage( browser, { viewport: PHONE, isMobile: true, hasTouch: true } );
	const { page } = opened;
	const minerva = `${ joinUrl }${ joinUrl.includes( '?' ) ? '&' : '?' }useskin=minerva`;
	await page.goto( minerva );
	assert.match( await page.locator( '#mw-content-text' ).innerText(), /log in to join this training group/i );
	const problemsBefore = opened.problems.length;
	await page.goto( `${ server }/index.php?title=Special:CreateAccount&useskin=minerva` );
	await page.fill( '#wpName2', name );
	await page.fill( '#wpPassword2', PASSWORD );
	await page.fill( '#wpRetype', PASSWORD );
	await Promise.all( [ page.waitForNavigation(), page.click( '#wpCreateaccount' ) ] );
	// Core's account form checks the name and password with the API as they are typed; submitting
	// cuts a check short. Those aborted checks are core's, not this extension's.
	const ours = opened.problems.splice( problemsBefore ).filter( ( p ) => !/api\.php net::ERR_ABORTED$/.test( p ) );
	opened.problems.push( ...ours );
	await page.goto( minerva );
	const consent = page.locator( '.ext-trainings-join-consent' );
	assert.match( await consent.innerText(), /how many of its steps you have seen/ );
	assert.match( await consent.innerText(), /leave at any time/ );
	assert.deepEqual( await widerThanScreen( page ), [], 'the join page fits a phone' );
	await assertAccessible( page, 'the join page' );
	await Promise.all( [ page.waitForNavigation(), page.locator( '.ext-trainings-join-confirm' ).click() ] );
	assert.match( await page.locator( '.cdx-message--success' ).innerText(), /You joined/ );
	return opened;
}

test( 'an organiser\'s group: joining on a phone, the table, a certificate printed and verified', async () => {
	const suffix = Date.now().toString( 36 );
	const organiser = await openPage( browser );
	await logInAsAdmin( organiser.page );
	await organiser.page.goto( `${ server }/wiki/Special:TrainingGroups/new` );
	await organiser.page.fill( '#mw-input-wpname', `Partnerships class ${ suffix }` );
	await organiser.page.fill( '#mw-input-wpitems', 'Training:Partnerships' );
	await Promise.all( [ organiser.page.waitForNavigation(), organiser.page.click( '.mw-htmlform-submit' ) ] );
	assert.match( organiser.page.url(), /Special:TrainingGroup\/\d+/ );
	const groupUrl = organiser.page.url();
	const joinUrl = await organiser.page.locator( 'a.ext-trainings-group-joinlink' ).getAttribute( 'href' );

	const completer = await joinOnPhone( joinUrl, `Completer ${ suffix }` );
	const starter = await joinOnPhone( joinUrl, `Starter ${ suffix }` );

	for ( const module of COURSE_MODULES ) {
		await openModule( completer.page, `${ server }/wiki/Training:${ module }` );
		await walkAndAnswer( completer.page );
		await waitUntilCompleted( completer.page, `Training:${ module.replace( /_/g, ' ' ) }` );
	}
	await openModule( starter.page, `${ server }/wiki/Training:${ COURSE_MODULES[ 0 ] }` );
	const recorded = starter.page.waitForResponse( ( res ) => res.request().method() === 'POST' &&
		( res.request().postData() || '' ).includes( 'action=trainingprogress' ) );
	await starter.page.locator( '.trainings-player-start' ).click();
	await recorded;

	// The organiser's table, in Minerva on a phone as well.
	const phoneOrganiser = await browser.newContext( {
		viewport: PHONE, isMobile: true, storageState: await organiser.page.context().storageState()
	} );
	const tablePage = await phoneOrganiser.newPage();
	const courseCells = await pollUntil( async () => {
		await tablePage.goto( `${ groupUrl }?useskin=minerva` );
		return tablePage.locator( '.ext-trainings-group-table tbody tr' ).evaluateAll( ( rows ) => rows.map(
			( row ) => [ row.dataset.trainingsParticipant, row.querySelector( 'td' ).className ] ) );
	}, ( cells ) => cells.some( ( [ , cls ] ) => cls.includes( '--completed' ) ),
	'a completed course in the organiser\'s table', { tries: 30, interval: 300 } );
	assert.deepEqual( courseCells.sort(), [
		[ `Completer ${ suffix }`, 'ext-trainings-group-cell--completed' ],
		[ `Starter ${ suffix }`, 'ext-trainings-group-cell--in-progress' ]
	].sort() );
	assert.deepEqual( await widerThanScreen( tablePage ), [], 'the table page fits a phone' );
	await assertAccessible( tablePage, 'the organiser\'s table' );
	await phoneOrganiser.close();

	// The completer opens the certificate and prints it.
	const { page } = completer;
	await page.setViewportSize( { width: 1024, height: 768 } );
	await page.goto( `${ server }/index.php?title=Special:TrainingCertificate&course=Training:Partnerships` );
	await Promise.all( [ page.waitForNavigation(), page.locator( '.ext-trainings-certificate-open' ).click() ] );
	const verifyUrl = page.url().split( '?' )[ 0 ];
	assert.match( verifyUrl, /Special:TrainingCertificate\/[\w-]+$/ );
	assert.match( await page.locator( '.ext-trainings-certificate' ).innerText(), new RegExp( `Completer ${ suffix }` ) );
	await page.emulateMedia( { media: 'print' } );
	const pdf = await page.pdf( { format: 'A4', printBackground: true } );
	const pages = ( pdf.toString( 'latin1' ).match( /\/Type\s*\/Page[^s]/g ) || [] ).length;
	assert.equal( pages, 1, 'the certificate prints on one page' );
	const letter = await page.pdf( { format: 'Letter' } );
	assert.equal( ( letter.toString( 'latin1' ).match( /\/Type\s*\/Page[^s]/g ) || [] ).length, 1, 'Letter too' );

	// A logged-out reader checks it.
	const reader = await openPage( browser );
	await reader.page.goto( verifyUrl );
	assert.match( await reader.page.locator( '.cdx-message--success' ).innerText(), /genuine/ );
	assert.match( await reader.page.locator( '.ext-trainings-certificate' ).innerText(), /Partnerships/ );
	assert.equal( await reader.page.locator( '.ext-trainings-certificate-owner' ).count(), 0 );
	await assertAccessible( reader.page, 'the verification page' );

	// The certificate for everything the group asked for, from "My trainings" (design record 0015 §4).
	await page.emulateMedia( { media: 'screen' } );
	await page.goto( `${ server }/wiki/Special:MyTrainings` );
	await Promise.all( [ page.waitForNavigation(),
		page.locator( 'a.ext-trainings-mytrainings-group-certificate' ).click() ] );
	await Promise.all( [ page.waitForNavigation(), page.locator( '.ext-trainings-certificate-open' ).click() ] );
	const groupVerifyUrl = page.url().split( '?' )[ 0 ];
	assert.match( groupVerifyUrl, /Special:TrainingCertificate\/[\w-]+$/ );
	assert.notEqual( groupVerifyUrl, verifyUrl, 'the group certificate is not the course\'s' );
	await page.emulateMedia( { media: 'print' } );
	const groupPdf = await page.pdf( { format: 'A4', printBackground: true } );
	assert.equal( ( groupPdf.toString( 'latin1' ).match( /\/Type\s*\/Page[^s]/g ) || [] ).length, 1,
		'the group certificate prints on one page' );
	await reader.page.goto( groupVerifyUrl );
	assert.match( await reader.page.locator( '.cdx-message--success' ).innerText(), /genuine/ );
	const groupCertificate = await reader.page.locator( '.ext-trainings-certificate' ).innerText();
	assert.match( groupCertificate, new RegExp( `Completer ${ suffix }` ) );
	assert.match( groupCertificate, /everything the training group asked for/ );
	assert.match( groupCertificate, new RegExp( `Partnerships class ${ suffix }` ) );
	assert.match( groupCertificate, /Training: Partnerships/ );
	await assertAccessible( reader.page, 'the verification page of a group certificate' );

	for ( const [ who, opened ] of Object.entries( { organiser, completer, starter, reader } ) ) {
		assert.deepEqual( opened.problems, [], who );
		await opened.close();
	}
} );
