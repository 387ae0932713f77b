/**
 * Reviewed versions over HTTP (design record 0017): an author without the right
 * trainings-review publishes nothing by any route the action API offers (a new page claiming
 * `status = published`, an edit of a published module, a content-model change, an undo, a
 * review request of their own); readers of the page, the catalog (`list=trainings`, which the
 * gadget reads) and the offline export keep the reviewed revision; a reviewer's approval
 * through `action=trainingreview` publishes exactly the revision approved, and the log shows it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { get, trainingPath } from './lib.mjs';
import { WikiSession } from './session.mjs';

const RUN = `${ Date.now() }`;
const TITLE = `Training:Review route ${ RUN }`;
const AUTHOR = { name: `Review author ${ RUN }`, password: `author-password-${ RUN }` };

/** @type {WikiSession} */
let reviewer;
/** @type {WikiSession} */
let author;

const text = ( summary, body ) => `{{#training:\n | summary = ${ summary }\n | status = published\n | reviewed = 2030-01-01\n}}\n== Step ==\n${ body }\n`;

async function createAccount( user ) {
	const session = new WikiSession();
	const token = ( await session.get( { action: 'query', meta: 'tokens', type: 'createaccount' } ) ).query.tokens.createaccounttoken;
	const result = await session.post( {
		action: 'createaccount', username: user.name, password: user.password, retype: user.password,
		createtoken: token, createreturnurl: 'http://localhost/'
	} );
	assert.equal( result.createaccount?.status, 'PASS', JSON.stringify( result ) );
	return session.login( user );
}

async function edit( session, params ) {
	const result = await session.post( { action: 'edit', title: TITLE, token: await session.csrf(), ...params } );
	assert.equal( result.edit?.result, 'Success', JSON.stringify( result ) );
	return result.edit.newrevid;
}

/**
 * @param {string} [status] Statuses to list
 * @return {Promise<Object|undefined>} The module as list=trainings lists it (drafts included)
 */
async function listed( status = 'published|outdated|draft' ) {
	const data = await reviewer.get( { action: 'query', list: 'trainings', trsearch: `Review route ${ RUN }`, trstatus: status } );
	return data.query.trainings.find( ( entry ) => entry.title === TITLE );
}

async function view( query = '' ) {
	return ( await get( trainingPath( TITLE.slice( 'Training:'.length ) ) + query ) ).text;
}

async function exported() {
	return ( await get( `/index.php?title=${ encodeURIComponent( TITLE ) }&action=trainingdownload` ) ).text;
}

async function review( session, params ) {
	return session.post( { action: 'trainingreview', page: TITLE, token: await session.csrf(), ...params } );
}

before( async () => {
	reviewer = await new WikiSession().login();
	author = await createAccount( AUTHOR );
} );

// The other suites count the sample library's published modules: leave none behind.
after( async () => {
	const result = await reviewer.post( { action: 'delete', title: TITLE, token: await reviewer.csrf() } );
	assert.ok( result.delete, JSON.stringify( result ) );
} );

test( 'an author\'s new page claiming published and reviewed is a draft until a reviewer approves it', async () => {
	const first = await edit( author, { text: text( 'Reviewed summary', 'Reviewed text.' ), createonly: '1' } );
	assert.equal( await listed( 'published|outdated' ), undefined, 'not in the catalog readers get' );
	assert.equal( ( await listed() ).status, 'draft' );
	assert.equal( ( await listed() ).reviewed, null, 'reviewed = … in wikitext claims nothing' );
	assert.match( await view(), /trainings-review-notice-draft/ );

	const refused = await review( author, { revid: first } );
	assert.equal( refused.error?.code, 'permissiondenied', JSON.stringify( refused ) );
	assert.equal( ( await listed() ).status, 'draft' );

	const approved = await review( reviewer, { revid: first, comment: 'Checked' } );
	assert.equal( approved.trainingreview?.revid, first, JSON.stringify( approved ) );
	const entry = await listed( 'published' );
	assert.equal( entry.summary, 'Reviewed summary' );
	assert.equal( entry.revisions.en, first );
	const log = await reviewer.get( { action: 'query', list: 'logevents', letype: 'trainingreview', letitle: TITLE } );
	assert.equal( log.query.logevents[ 0 ].action, 'approve' );
	assert.equal( log.query.logevents[ 0 ].params.revid, first );
} );

test( 'edits and a content-model change by the author reach no reader; an approval does', async () => {
	const reviewed = ( await listed( 'published' ) ).revisions.en;
	const second = await edit( author, { text: text( 'Author summary', 'Author text.' ) } );
	await edit( author, { text: 'Author text.', contentmodel: 'text' } );
	for ( const html of [ await view(), await exported() ] ) {
		assert.match( html, /Reviewed text\./ );
		assert.doesNotMatch( html, /Author text\./ );
	}
	assert.match( await view(), /trainings-review-notice-reviewed/ );
	const entry = await listed( 'published' );
	assert.equal( entry.summary, 'Reviewed summary', 'the catalog and the gadget read the reviewed revision' );
	assert.equal( entry.revisions.en, reviewed );
	assert.match( await view( '?stable=0' ), /Author text\./, 'anyone may open the latest revision' );

	const approved = await review( reviewer, { revid: second } );
	assert.equal( approved.trainingreview?.revid, second, JSON.stringify( approved ) );
	assert.equal( ( await listed( 'published' ) ).summary, 'Author summary' );
	assert.match( await view(), /Author text\./ );
	assert.match( await exported(), /Author text\./ );
} );

test( 'an author\'s undo of a reviewer\'s edit publishes nothing', async () => {
	await edit( reviewer, { text: text( 'Base summary', 'Base text.' ), contentmodel: 'wikitext' } );
	const fixed = await edit( reviewer, { text: text( 'Fixed summary', 'Fixed text.' ) } );
	assert.equal( ( await review( reviewer, { revid: fixed } ) ).trainingreview?.revid, fixed );
	const undone = await author.post( { action: 'edit', title: TITLE, undo: String( fixed ), token: await author.csrf() } );
	assert.equal( undone.edit?.result, 'Success', JSON.stringify( undone ) );
	assert.equal( ( await listed( 'published' ) ).revisions.en, fixed );
	assert.match( await view(), /Fixed text\./ );
} );

test( 'bad review requests are refused with a clear error and change nothing', async () => {
	const current = ( await listed( 'published' ) ).revisions.en;
	const tooLong = await review( reviewer, { revid: current, comment: 'x'.repeat( 501 ) } );
	assert.ok( tooLong.error, JSON.stringify( tooLong ) );
	const otherPage = await review( reviewer, { revid: 1 } );
	assert.equal( otherPage.error?.code, 'trainings-review-error-revision', JSON.stringify( otherPage ) );
	const noToken = await reviewer.post( { action: 'trainingreview', page: TITLE, revid: String( current ) } );
	assert.ok( noToken.error, 'a CSRF token is required' );
	assert.equal( ( await listed( 'published' ) ).revisions.en, current );
} );
