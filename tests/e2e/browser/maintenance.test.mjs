/**
 * The maintenance loop as people see it: an anonymous learner flags a step of a module in
 * the player (one click, no reload); its maintainer, logged in, sees the Echo notification,
 * follows it to Special:TrainingMaintenance, opens the flags, approves the module (never
 * reviewed: a draft) at the revision the queue showed, and the module's rows are gone.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, logInAsAdmin, openPage, server } from '../lib/browser.mjs';
import { openModule } from '../lib/learner.mjs';

// A module of its own per run: a module notifies its maintainers at most once a day.
const NAME = `Maintained module ${ Date.now() }`;
const TITLE = `Training:${ NAME }`;
const URL = `${ server }/wiki/${ encodeURIComponent( TITLE.replace( / /g, '_' ) ) }`;
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

test( 'a flag reaches the maintainer, who reviews the module from the queue', async () => {
	const admin = await openPage( browser );
	const learner = await openPage( browser );
	try {
		// The maintainer (Admin) writes a module last reviewed long ago.
		await logInAsAdmin( admin.page );
		const saved = await admin.page.evaluate( async ( title ) => {
			await window.mw.loader.using( 'mediawiki.api' );
			return new window.mw.Api().postWithToken( 'csrf', {
				action: 'edit', title, formatversion: 2,
				text: '{{#training:\n| summary = Kept up to date\n| maintainers = Admin\n| reviewed = 2020-01-01\n}}\n' +
					'Why this matters.\n\n== First step ==\nDo this.\n\n== Second step ==\nThen that.\n'
			} );
		}, TITLE );
		assert.equal( saved.edit.result, 'Success' );

		// An anonymous learner flags the first step: one click, the page stays. (A new module
		// reaches readers other than its author once the replica caught up, page properties
		// included: the replication suite's replica lags.)
		const props = `${ server }/api.php?action=query&prop=pageprops&format=json&formatversion=2&titles=` +
			encodeURIComponent( TITLE );
		const published = Date.now() + 20000;
		while ( !( await ( await fetch( props ) ).json() ).query.pages[ 0 ].pageprops?.[ 'trainings-steps' ] &&
			Date.now() < published ) {
			// Polls until the module is one for an anonymous reader.
		}
		await openModule( learner.page, URL );
		await learner.page.locator( '.trainings-player-start' ).click();
		await learner.page.locator( '.trainings-feedback__kind--unclear' ).click();
		await learner.page.locator( '.trainings-feedback__thanks, .trainings-feedback__error' ).waitFor();
		const failure = learner.page.locator( '.trainings-feedback__error' );
		assert.equal( await failure.count(), 0, await failure.count() ? await failure.innerText() : '' );
		assert.ok( learner.page.url().startsWith( URL ), 'no reload, no navigation' );

		// The maintainer sees the notification and follows it to the queue.
		// Another user's flag: on a wiki with a lagging replica (the replication suite) the
		// maintainer sees it once the replica caught up, so the page is reloaded until then.
		const badge = admin.page.locator( '#pt-notifications-alert a' );
		const end = Date.now() + 20000;
		do {
			await admin.page.goto( `${ server }/wiki/Special:Trainings` );
		} while ( await badge.getAttribute( 'data-counter-num' ) === '0' && Date.now() < end );
		assert.notEqual( await badge.getAttribute( 'data-counter-num' ), '0', 'an unread alert' );
		await badge.click();
		const item = admin.page.locator( '.mw-echo-ui-notificationItemWidget', { hasText: NAME } ).first();
		await item.waitFor( { timeout: 30000 } );
		assert.match( await item.innerText(), /flagged a step/ );
		// The notification itself is the link (to the queue of the reader's modules).
		await Promise.all( [ admin.page.waitForNavigation(),
			item.locator( '.mw-echo-ui-notificationItemWidget-content-message-header' ).click() ] );
		assert.match( decodeURIComponent( admin.page.url() ), /Special:TrainingMaintenance.*maintainer=Admin/ );

		const rows = admin.page.locator( `tr[data-module="${ TITLE }"]` );
		assert.deepEqual( await rows.evaluateAll( ( trs ) => trs.map( ( tr ) => tr.dataset.type ) ),
			[ 'unreviewed', 'feedback' ] );

		// The flag's link leads to the flags of the module.
		await Promise.all( [ admin.page.waitForNavigation(),
			rows.nth( 1 ).getByRole( 'link', { name: 'See the flags' } ).click() ] );
		assert.match( await admin.page.locator( '.ext-trainings-feedback-item' ).first().innerText(), /Unclear/ );
		await admin.page.goBack();

		// One click approves the revision the row showed (a review, no edit); the rows a review answers are gone.
		await Promise.all( [ admin.page.waitForNavigation(),
			rows.first().getByRole( 'button', { name: 'Approve this revision' } ).click() ] );
		assert.match( await admin.page.locator( '.cdx-message--success' ).innerText(), new RegExp( NAME ) );
		assert.equal( await admin.page.locator( `tr[data-module="${ TITLE }"]` ).count(), 0 );

		assert.deepEqual( learner.problems, [] );
		assert.deepEqual( admin.problems, [] );
	} finally {
		// The module is this file's own: deleted, so that no later file lists it in the catalog.
		await admin.page.evaluate( ( title ) => new window.mw.Api().postWithToken( 'csrf',
			{ action: 'delete', title, reason: 'maintenance test done' } ), TITLE ).catch( () => {} );
		await learner.close();
		await admin.close();
	}
} );
