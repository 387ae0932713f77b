/**
 * Abuse of the write APIs that only a real web request shows (PHPUnit's FauxRequest skips these
 * checks): GET where POST is needed (with the token in the URL or without), cross-origin
 * requests with origin=* (always anonymous) or a mismatched origin, and tokens of another
 * session. Each gets its documented error code and writes nothing: the learner's progress read
 * back is unchanged.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WikiSession } from './session.mjs';
import { server } from './lib.mjs';

const MODULE = 'Training:Using the Trainings catalog';
let admin;
let token;
let baseline;

async function progress() {
	const result = await admin.get( { action: 'query', meta: 'trainingprogress', tpmodules: MODULE } );
	return JSON.stringify( result.query.trainingprogress.modules );
}

before( async () => {
	admin = await new WikiSession().login();
	token = await admin.csrf();
	const written = await admin.post( { action: 'trainingprogress', module: MODULE, step: '1', token } );
	assert.equal( written.trainingprogress?.result, 'Success', JSON.stringify( written ) );
	baseline = await progress();
} );

const WRITES = {
	progress: { action: 'trainingprogress', module: MODULE, step: '3', stepsdone: '1|2' },
	'reset one': { action: 'trainingprogressreset', module: MODULE },
	'reset all': { action: 'trainingprogressreset', all: '1' }
};

test( 'GET is refused (token in the URL: mustpostparams; without: missingparam; the tokenless beacon: mustbeposted) and writes nothing', async () => {
	for ( const [ name, params ] of Object.entries( WRITES ) ) {
		const withToken = await admin.get( { ...params, token } );
		assert.equal( withToken.error?.code, 'mustpostparams', `${ name }: ${ JSON.stringify( withToken ) }` );
		const without = await admin.get( params );
		assert.equal( without.error?.code, 'missingparam', `${ name }: ${ JSON.stringify( without ) }` );
	}
	const event = await new WikiSession().get( { action: 'trainingevent', module: MODULE, event: 'start' } );
	assert.equal( event.error?.code, 'mustbeposted' );
	assert.equal( await progress(), baseline );
} );

test( 'cross-origin requests with origin=* are anonymous: notloggedin, nothing written', async () => {
	for ( const [ name, params ] of Object.entries( WRITES ) ) {
		const res = await admin.fetch( `${ server }/api.php`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
			body: new URLSearchParams( { ...params, token, origin: '*', format: 'json' } ).toString()
		} );
		const result = await res.json();
		// The session cookie is ignored: the anonymous token does not match, or login is required.
		assert.match( result.error?.code || '', /^(badtoken|notloggedin)$/, `${ name }: ${ JSON.stringify( result ) }` );
	}
	assert.equal( await progress(), baseline );
} );

test( 'an origin parameter that does not match the Origin header is refused with 403', async () => {
	const res = await admin.fetch( `${ server }/api.php`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
		body: new URLSearchParams( { ...WRITES.progress, token, origin: 'https://other.example', format: 'json' } ).toString()
	} );
	assert.equal( res.status, 403 );
	assert.equal( await progress(), baseline );
} );

test( 'a write with a missing or foreign token is refused and writes nothing', async () => {
	const stranger = new WikiSession();
	const foreign = await stranger.csrf();
	for ( const [ name, params ] of Object.entries( WRITES ) ) {
		assert.equal( ( await admin.post( params ) ).error?.code, 'missingparam', name );
		assert.equal( ( await admin.post( { ...params, token: foreign } ) ).error?.code, 'badtoken', name );
	}
	assert.equal( await progress(), baseline );
} );
