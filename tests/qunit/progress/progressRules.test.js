'use strict';

const { progress } = require( 'ext.trainings.player' );
// The table of cases ModuleProgress.php is tested against too (ProgressRulesTest.php).
const table = require( './progress-rules.json' );

/**
 * @param {number} count
 * @return {number[]} Quiz numbers 1…count
 */
function numbers( count ) {
	const list = [];
	for ( let n = 1; n <= count; n++ ) {
		list.push( n );
	}
	return list;
}

QUnit.module( 'ext.trainings.player: progress rules shared with the server' );

table.cases.forEach( ( testCase ) => {
	QUnit.test( testCase.name, ( assert ) => {
		const module = { steps: testCase.steps, quizzes: numbers( testCase.quizzes ) };
		const key = { module: 'Rules', language: 'en' };
		// Event n at time n; an event may change the module for itself and those after it.
		const p = testCase.events.reduce( ( sum, event, i ) => {
			module.steps = event.steps || module.steps;
			module.quizzes = event.quizzes !== undefined ? numbers( event.quizzes ) : module.quizzes;
			return progress.applyUpdate( sum, key, Object.assign( {}, module, event.quiz ?
				{ quiz: { number: event.quiz, outcome: event.outcome } } :
				{ step: event.step } ), i + 1 );
		}, null );
		const missing = progress.missingProgress( p, module.steps, module.quizzes );
		const answers = p ? p.answers : {};
		const pick = ( field ) => Object.keys( answers ).reduce( ( all, n ) => {
			all[ n ] = answers[ n ][ field ];
			return all;
		}, {} );
		assert.deepEqual( {
			step: p ? p.step : 0,
			seen: p ? p.seen : [],
			missingSteps: missing.steps,
			missingQuizzes: missing.quizzes,
			first: pick( 'first' ),
			last: pick( 'last' ),
			passed: Object.keys( answers ).filter( ( n ) => answers[ n ].passed ).map( Number ),
			completed: progress.isCompleted( p ),
			completedAt: progress.isCompleted( p ) ? p.completed : null
		}, testCase.expected );
	} );
} );
