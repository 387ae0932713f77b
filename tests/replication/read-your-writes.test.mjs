/**
 * Reading one's own writes on a wiki whose replica trails its primary by MASTER_DELAY seconds
 * (tests/replication/run.sh, design record 0016): what a user just did is what that user sees
 * next (ChronologyProtector, or a read of the primary), and others see it once the replica
 * caught up. Each test first shows that the replica really is behind, so that it cannot pass
 * on a wiki without lag.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WikiSession } from '../http/session.mjs';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '../..' );
const dbDir = process.env.TRAININGS_REPLICATION_DB_DIR;
const delay = Number( process.env.TRAININGS_REPLICATION_DELAY || 2 );
const MODULE = 'Replication check module';

/**
 * @param {string} node A server of dev/replication.sh: s1, replica, ext1
 * @param {string} query SQL run there as root
 * @return {string} What the client printed (tab-separated, no column names)
 */
function sql( node, query ) {
	return execFileSync( 'bash', [ join( root, 'dev/replication.sh' ), 'sql', dbDir, node, query ],
		{ encoding: 'utf8' } ).trim();
}

/**
 * Polls check() every 100 ms until it returns a truthy value; fails after `seconds`.
 *
 * @param {string} what
 * @param {number} seconds
 * @param {Function} check
 * @return {Promise<*>} The truthy value
 */
async function eventually( what, seconds, check ) {
	const end = Date.now() + seconds * 1000;
	for ( ;; ) {
		const value = await check();
		if ( value ) {
			return value;
		}
		if ( Date.now() > end ) {
			assert.fail( `not within ${ seconds } s: ${ what }` );
		}
		await new Promise( ( resolve ) => {
			setTimeout( resolve, 100 );
		} );
	}
}

const moduleText = ( summary ) => `{{#training: | summary = ${ summary } | status = draft }}\nIntro.\n\n` +
	'== One ==\nFirst.\n\n== Two ==\nSecond.\n\n== Three ==\nThird.\n';

async function saveModule( session, summary ) {
	const result = await session.post( { action: 'edit', title: `Training:${ MODULE }`, text: moduleText( summary ),
		summary: 'replication check', token: await session.csrf() } );
	assert.equal( result.edit?.result, 'Success', JSON.stringify( result ) );
}

test( 'the replica trails the primaries by the configured delay', { skip: !dbDir }, () => {
	// With column names: the header line, then one line per replication connection.
	const [ header, ...rows ] = execFileSync( 'mariadb', [ '--no-defaults', `--socket=${ dbDir }/replica/mariadb.sock`,
		'-uroot', '-B', '-e', 'SHOW ALL SLAVES STATUS' ], { encoding: 'utf8' } ).trim().split( '\n' )
		.map( ( line ) => line.split( '\t' ) );
	const field = ( name ) => rows.map( ( row ) => row[ header.indexOf( name ) ] );
	assert.deepEqual( field( 'Slave_SQL_Running' ), [ 'Yes', 'Yes' ], 'two connections run (s1 and ext1)' );
	assert.deepEqual( field( 'SQL_Delay' ), [ String( delay ), String( delay ) ] );
} );

test( 'a learner sees the progress just recorded; the replica has it a delay later', { skip: !dbDir }, async () => {
	const learner = await new WikiSession().login();
	await saveModule( learner, 'Checks reading one\'s own writes.' );
	const module = `Training:${ MODULE }`;
	await learner.post( { action: 'trainingprogressreset', module, token: await learner.csrf() } );
	const token = await learner.csrf();

	for ( const step of [ 1, 2 ] ) {
		const written = await learner.post( { action: 'trainingprogress', module, step: String( step ), token } );
		assert.equal( written.trainingprogress?.result, 'Success', JSON.stringify( written ) );
		assert.equal( written.trainingprogress.step, step, 'the response tells what was written' );
		const pageId = sql( 's1', 'SELECT page_id FROM trainings_repl.page WHERE page_namespace = 1640 ' +
			`AND page_title = '${ MODULE.replace( / /g, '_' ) }'` );
		const onReplica = () => sql( 'replica', `SELECT COALESCE(MAX(tp_step), 0) FROM trainings_ext.trainings_progress WHERE tp_page = ${ pageId }` );
		const onPrimary = sql( 'ext1', `SELECT tp_step FROM trainings_ext.trainings_progress WHERE tp_page = ${ pageId }` );
		assert.equal( onPrimary, String( step ), 'written to the primary of virtual-trainings' );
		assert.notEqual( onReplica(), String( step ), 'the replica is still behind' );

		// The same learner, at once: the step just recorded.
		const read = await learner.get( { action: 'query', meta: 'trainingprogress', tpmodules: module } );
		const entry = ( read.query?.trainingprogress?.modules || [] ).find( ( m ) => m.module === module );
		assert.equal( entry?.step, step, `meta=trainingprogress right after the write: ${ JSON.stringify( read ) }` );

		// Everyone else reads the replica: there once it caught up.
		await eventually( 'the replica has the step', delay + 10, () => onReplica() === String( step ) );
	}
} );

test( 'an editor sees a changed module in the catalog once the replica has the edit\'s updates; readers too', { skip: !dbDir }, async () => {
	const editor = await new WikiSession().login();
	const summary = `Summary ${ Date.now() }`;
	const find = async ( session ) => {
		const result = await session.get( { action: 'query', list: 'trainings', trsearch: MODULE, trstatus: 'draft' } );
		return ( result.query?.trainings || [] ).find( ( m ) => m.title === `Training:${ MODULE }` )?.summary;
	};
	const reader = new WikiSession();
	await find( reader );
	await saveModule( editor, summary );
	// The summary is a page property, written by the edit's links update after its response:
	// ChronologyProtector makes the editor's next requests wait for the replica to reach the
	// edit's own writes, not those updates, so the editor may need a moment more.
	await eventually( 'the editor\'s requests show the new summary', delay + 3,
		async () => await find( editor ) === summary );
	// A reader right now may get the old one (the replica lags), never for longer than the lag
	// and the cache's hold-off after an invalidation.
	await eventually( 'a reader sees the new summary', delay + 15, async () => await find( reader ) === summary );

	// Deleted: gone for the editor at once, for readers once the replica caught up.
	const deleted = await editor.post( { action: 'delete', title: `Training:${ MODULE }`, token: await editor.csrf() } );
	assert.ok( deleted.delete, JSON.stringify( deleted ) );
	assert.equal( await find( editor ), undefined, 'the editor\'s next request lists it no more' );
	await eventually( 'a reader no longer sees it', delay + 15, async () => await find( reader ) === undefined );
} );
