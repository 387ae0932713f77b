'use strict';

const { progress } = require( 'ext.trainings.player' );
const { fakeStorage } = require( './BrowserProgressStore.test.js' );
// The table of cases ProgressRemap.php is tested against too (LayoutMovesTest.php).
const table = require( './layout-moves.json' );

/**
 * @param {string} layout As StepLayout::encode() writes it
 * @return {number} How many steps it has
 */
function stepCount( layout ) {
	return layout ? layout.split( ';' )[ 0 ].split( '|' ).length : 0;
}

QUnit.module( 'ext.trainings.player: progress follows the layout, as on the server' );

table.cases.forEach( ( testCase ) => {
	QUnit.test( testCase.name, async ( assert ) => {
		const before = testCase.progress;
		const answers = {};
		Object.keys( before.quizzes ).forEach( ( n ) => {
			answers[ n ] = Object.assign( { attempts: 1 }, before.quizzes[ n ] );
		} );
		// A record an anonymous learner made in the `from` layout, read where `to` is shown.
		const storage = fakeStorage();
		storage.data[ progress.STORAGE_KEY ] = JSON.stringify( { version: progress.FORMAT_VERSION, records: [ {
			module: 'Rules', language: 'en', layout: testCase.from || undefined,
			steps: Math.max( stepCount( testCase.from ), 3 ), quizzes: Object.keys( answers ).map( Number ),
			step: before.step, seen: before.seen, answers, completed: before.completed ? 1 : 0, updated: 1
		} ] } );
		const store = progress.createBrowserProgressStore( storage );
		const p = await store.get( { module: 'Rules', language: 'en', layout: testCase.to } );
		const pick = ( field ) => Object.keys( p.answers ).reduce( ( all, n ) => {
			all[ n ] = p.answers[ n ][ field ];
			return all;
		}, {} );
		assert.deepEqual( {
			step: p.step,
			seen: p.seen,
			first: pick( 'first' ),
			last: pick( 'last' ),
			passed: Object.keys( p.answers ).filter( ( n ) => p.answers[ n ].passed ).map( Number ),
			completed: progress.isCompleted( p )
		}, testCase.expected );
	} );
} );
