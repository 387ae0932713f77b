#!/usr/bin/env node
/**
 * Load test of the progress API, not part of `npm test`: from this process (a second
 * process beside the wiki's server, on loopback), CONNECTIONS concurrent clients record
 * progress for USERS learners for SECONDS seconds, then every learner's progress is read
 * back and checked: one row per learner (no duplicate, none lost), steps seen equal to the
 * union of every step sent by a successful request, no server error. Prints requests/second.
 *
 *   bash dev/wiki.sh install load 8097 && bash dev/wiki.sh start load 8097
 *   node dev/load-progress.mjs --server http://127.0.0.1:8097 [--users 100] [--connections 20]
 *     [--seconds 20] [--module "Training:How to talk to partners"]
 *   bash dev/wiki.sh stop load
 *
 * Learners are created and logged in through the API (action=createaccount, action=login)
 * with a random name prefix, so that runs never share learners. Exits non-zero when a check fails.
 */
const args = Object.fromEntries( process.argv.slice( 2 ).reduce( ( pairs, arg, i, all ) => {
	if ( arg.startsWith( '--' ) ) {
		pairs.push( [ arg.slice( 2 ), all[ i + 1 ] ] );
	}
	return pairs;
}, [] ) );
const server = ( args.server || 'http://127.0.0.1:8097' ).replace( /\/$/, '' );
const userCount = Number( args.users || 100 );
const connections = Number( args.connections || 20 );
const seconds = Number( args.seconds || 20 );
const moduleTitle = args.module || 'Training:How to talk to partners';
const password = 'load-test-password-1234';
const prefix = `Load${ Date.now().toString( 36 ) }`;

/** A client with its own cookies. */
class Client {
	constructor() {
		this.cookies = new Map();
	}

	async api( params, post = false ) {
		const body = new URLSearchParams( { format: 'json', formatversion: '2', ...params } );
		const headers = { Cookie: [ ...this.cookies ].map( ( [ k, v ] ) => `${ k }=${ v }` ).join( '; ' ) };
		const res = await fetch( post ? `${ server }/api.php` : `${ server }/api.php?${ body }`, {
			method: post ? 'POST' : 'GET',
			headers: post ? { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' } : headers,
			body: post ? body : undefined
		} );
		for ( const cookie of res.headers.getSetCookie() ) {
			const [ pair ] = cookie.split( ';' );
			const eq = pair.indexOf( '=' );
			this.cookies.set( pair.slice( 0, eq ), pair.slice( eq + 1 ) );
		}
		const text = await res.text();
		let data = null;
		try {
			data = JSON.parse( text );
		} catch ( e ) {
			// Reported below as a server error.
		}
		return { status: res.status, data, text };
	}

	async token( type ) {
		const { data } = await this.api( { action: 'query', meta: 'tokens', type } );
		return data.query.tokens[ `${ type }token` ];
	}
}

async function createLearner( i ) {
	const client = new Client();
	const name = `${ prefix }${ i }`;
	const created = await client.api( {
		action: 'createaccount', username: name, password, retype: password,
		createreturnurl: server, createtoken: await client.token( 'createaccount' )
	}, true );
	if ( !created.data || created.data.createaccount.status !== 'PASS' ) {
		throw new Error( `createaccount ${ name }: ${ created.text }` );
	}
	// Creating an account through the API does not log in.
	const login = await client.api( {
		action: 'login', lgname: name, lgpassword: password, lgtoken: await client.token( 'login' )
	}, true );
	if ( !login.data || login.data.login.result !== 'Success' ) {
		throw new Error( `login ${ name }: ${ login.text }` );
	}
	client.csrf = await client.token( 'csrf' );
	client.name = name;
	client.sent = new Set();
	return client;
}

async function main() {
	const probe = new Client();
	const info = await probe.api( {
		action: 'query', prop: 'pageprops', titles: moduleTitle,
		ppprop: 'trainings-steps|trainings-quizzes'
	} );
	const page = info.data.query.pages[ 0 ];
	const steps = Number( page.pageprops && page.pageprops[ 'trainings-steps' ] );
	const quizzes = Number( ( page.pageprops && page.pageprops[ 'trainings-quizzes' ] ) || 0 );
	if ( !steps ) {
		throw new Error( `${ moduleTitle } is no module on ${ server }` );
	}
	console.log( `Creating ${ userCount } learners on ${ server } ` +
		`(${ moduleTitle }: ${ steps } steps, ${ quizzes } quizzes)…` );
	const learners = [];
	for ( let i = 0; i < userCount; i += connections ) {
		learners.push( ...await Promise.all(
			Array.from( { length: Math.min( connections, userCount - i ) }, ( _, j ) => createLearner( i + j ) )
		) );
	}

	console.log( `Recording progress: ${ connections } connections for ${ seconds } s…` );
	const counts = { ok: 0, ratelimited: 0, serverErrors: 0, otherErrors: 0 };
	const errors = [];
	const end = Date.now() + seconds * 1000;
	let next = 0;
	const began = Date.now();
	await Promise.all( Array.from( { length: connections }, async () => {
		while ( Date.now() < end ) {
			const learner = learners[ next++ % learners.length ];
			const step = Math.floor( Math.random() * ( steps + 1 ) );
			const done = Array.from( { length: steps }, ( _, k ) => k + 1 )
				.filter( () => Math.random() < 0.3 );
			const params = { action: 'trainingprogress', module: moduleTitle, step, token: learner.csrf };
			if ( done.length ) {
				params.stepsdone = done.join( '|' );
			}
			// No quiz outcomes: the server checks each against the options chosen (design record
			// 0015, §6), which a load generator cannot know; steps are the bulk of the writes.
			let res;
			try {
				res = await learner.api( params, true );
			} catch ( e ) {
				counts.serverErrors++;
				errors.push( String( e ) );
				continue;
			}
			if ( res.status >= 500 || !res.data ) {
				counts.serverErrors++;
				errors.push( `${ res.status } ${ res.text.slice( 0, 300 ) }` );
			} else if ( res.data.error ) {
				if ( res.data.error.code === 'ratelimited' ) {
					counts.ratelimited++;
				} else {
					counts.otherErrors++;
					errors.push( JSON.stringify( res.data.error ) );
				}
			} else {
				counts.ok++;
				if ( step > 0 ) {
					learner.sent.add( step );
				}
				done.forEach( ( s ) => learner.sent.add( s ) );
			}
		}
	} ) );
	const elapsed = ( Date.now() - began ) / 1000;
	const total = counts.ok + counts.ratelimited + counts.serverErrors +
		counts.otherErrors;

	console.log( 'Checking every learner\'s progress…' );
	let lost = 0;
	let duplicated = 0;
	let wrong = 0;
	for ( const learner of learners ) {
		const { data } = await learner.api( { action: 'query', meta: 'trainingprogress' } );
		const rows = data.query.trainingprogress.modules.filter( ( m ) => m.module === moduleTitle );
		const expected = [ ...learner.sent ].sort( ( a, b ) => a - b );
		if ( rows.length > 1 ) {
			duplicated++;
		} else if ( rows.length === 0 && learner.sent.size ) {
			lost++;
		} else if ( rows.length === 1 &&
			JSON.stringify( rows[ 0 ].stepsdone ) !== JSON.stringify( expected )
		) {
			wrong++;
			errors.push( `${ learner.name }: stored ${ JSON.stringify( rows[ 0 ].stepsdone ) }, ` +
				`sent ${ JSON.stringify( expected ) }` );
		}
	}

	console.log( `${ total } requests in ${ elapsed.toFixed( 1 ) } s: ` +
		`${ ( total / elapsed ).toFixed( 1 ) } requests/second` );
	console.log( `  recorded ${ counts.ok }, rate-limited ${ counts.ratelimited }, ` +
		`server errors ${ counts.serverErrors }, other API errors ${ counts.otherErrors }` );
	console.log( `  learners ${ learners.length }: lost ${ lost }, duplicated ${ duplicated }, ` +
		`wrong steps ${ wrong }` );
	errors.slice( 0, 10 ).forEach( ( e ) => console.log( `  ${ e }` ) );
	const failed = counts.serverErrors + counts.otherErrors + lost + duplicated + wrong > 0;
	console.log( failed ? 'FAIL' : 'PASS' );
	process.exitCode = failed ? 1 : 0;
}

main().catch( ( err ) => {
	console.error( err );
	process.exit( 1 );
} );
