'use strict';

const { progress } = require( 'ext.trainings.player' );
// The table of cases ModuleProgress.php is tested against too (ProgressRulesTest.php).
const table = require( './progress-rules.json' );

QUnit.module( 'ext.trainings.player: progress rules shared with the server' );

table.cases.forEach( ( testCase ) => {
	QUnit.test( testCase.name, ( assert ) => {
		const quizzes = [];
		for ( let n = 1; n <= testCase.quizzes; n++ ) {
			quizzes.push( n );
		}
		const module = { steps: testCase.steps, quizzes };
		const key = { module: 'Rules', language: 'en' };
		const p = testCase.events.reduce( ( sum, event, i ) => progress.applyUpdate( sum, key,
			Object.assign( {}, module, event.quiz ?
				{ quiz: { number: event.quiz, outcome: event.outcome } } :
				{ step: event.step } ), i + 1 ), null );
		const missing = progress.missingProgress( p, testCase.steps, quizzes );
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
			completed: progress.isCompleted( p )
		}, testCase.expected );
	} );
} );
