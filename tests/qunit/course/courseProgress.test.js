'use strict';

const { courseProgress, createMwEnvironment, enhanceCourses, progress } = require( 'ext.trainings.player' );

const messages = {
	'trainings-course-progress-summary': '$1 of $2 {{PLURAL:$2|module|modules}} completed',
	'trainings-course-continue': 'Continue: $1',
	'trainings-course-start': 'Start: $1',
	'trainings-course-status-completed': 'Completed',
	'trainings-course-status-in-progress': 'In progress: step $1 of $2',
	'trainings-course-status-not-started': 'Not started'
};

/**
 * @param {string} module DB key
 * @param {Object} fields Other fields of the record
 * @return {Object} A progress record
 */
function record( module, fields ) {
	return Object.assign( {
		module, language: 'en', steps: 5, quizzes: [], step: 0, seen: [], answers: {}, completed: 0, updated: 1
	}, fields );
}

/**
 * @return {HTMLElement} A course list as CourseRenderer writes it, in the test page
 */
function courseHtml() {
	const wrapper = document.createElement( 'div' );
	wrapper.innerHTML = '<p>Intro</p><ol class="trainings-course">' +
		[ 'Talk', 'Start', 'Cultivate' ].map( ( key ) => '<li data-trainings-module="' + key + '">' +
			'<a href="/wiki/Special:MyLanguage/Training:' + key + '">' + key + ' <i>label</i></a></li>' ).join( '' ) +
		'</ol>';
	( document.getElementById( 'qunit-fixture' ) || document.body ).appendChild( wrapper );
	return wrapper;
}

/**
 * @param {Object[]} records
 * @return {Object} A ProgressStore that holds them
 */
function storeWith( records ) {
	return {
		list: ( modules ) => Promise.resolve( records.filter( ( r ) => !modules || modules.includes( r.module ) ) ),
		get: () => Promise.resolve( null ),
		record: () => Promise.reject( new Error( 'read only' ) ),
		reset: () => Promise.resolve()
	};
}

QUnit.module( 'ext.trainings.player: progress through a course', QUnit.newMwEnvironment( {
	messages,
	config: { wgUserLanguage: 'en' }
} ) );

QUnit.test( 'courseProgress: state of each module and what comes next', ( assert ) => {
	const result = courseProgress( [ 'A', 'B', 'C', 'D' ], [
		record( 'A', { completed: 5, seen: [ 1, 2, 3, 4, 5 ], step: 5 } ),
		record( 'B', { step: 2, seen: [ 1, 2 ] } ),
		record( 'B', { language: 'fr', step: 4, seen: [ 1, 2, 3, 4 ], updated: 9 } ),
		record( 'X', { completed: 1 } )
	], 'en' );
	assert.deepEqual( result.modules, [
		{ module: 'A', state: 'completed', step: 0, steps: 5 },
		{ module: 'B', state: 'in-progress', step: 2, steps: 5 },
		{ module: 'C', state: 'not-started', step: 0, steps: 0 },
		{ module: 'D', state: 'not-started', step: 0, steps: 0 }
	], 'states (the reader\'s language first)' );
	assert.strictEqual( result.completed, 1, 'one completed' );
	assert.strictEqual( result.next, 1, 'continue with B' );
	assert.true( result.started, 'started' );

	const none = courseProgress( [ 'A', 'B' ], [], 'en' );
	assert.strictEqual( none.next, 0, 'nothing done: the first' );
	assert.false( none.started, 'not started' );
	const all = courseProgress( [ 'A' ], [ record( 'A', { completed: 1 } ) ], 'en' );
	assert.strictEqual( all.next, -1, 'all done: no next' );
	const answered = courseProgress( [ 'A' ], [ record( 'A', { answers: { 1: { first: 'right', last: 'right', attempts: 1 } } } ) ], 'en' );
	assert.deepEqual( answered.modules[ 0 ], { module: 'A', state: 'in-progress', step: 1, steps: 5 }, 'a quiz answered from the introduction' );
} );

QUnit.test( 'the course page shows each module\'s state in words, a count and a Continue link', async ( assert ) => {
	const wrapper = courseHtml();
	const env = createMwEnvironment( mw );
	await enhanceCourses( wrapper, storeWith( [
		record( 'Talk', { completed: 2, seen: [ 1, 2, 3, 4, 5 ], step: 5 } ),
		record( 'Start', { step: 3, seen: [ 1, 2, 3 ] } )
	] ), env );
	const status = Array.prototype.map.call( wrapper.querySelectorAll( 'li' ), ( li ) => [
		li.getAttribute( 'data-trainings-progress' ),
		li.querySelector( '.trainings-course-status' ).textContent.trim()
	] );
	assert.deepEqual( status, [
		[ 'completed', '✓ Completed' ],
		[ 'in-progress', 'In progress: step 3 of 5' ],
		[ 'not-started', 'Not started' ]
	], 'each module' );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-status [aria-hidden="true"]' ).textContent.trim(), '✓', 'the check mark is decoration' );
	assert.strictEqual( wrapper.querySelector( 'li' ).textContent, 'Talk label ✓ Completed', 'label and state apart' );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-summary' ).textContent, '1 of 3 modules completed', 'count' );
	const link = wrapper.querySelector( '.trainings-course-continue' );
	assert.strictEqual( link.textContent, 'Continue: Start label', 'Continue with the first unfinished module' );
	assert.strictEqual( link.getAttribute( 'href' ), '/wiki/Special:MyLanguage/Training:Start#step-3', 'at its step' );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-progress' ).nextElementSibling, wrapper.querySelector( 'ol' ), 'above the list' );

	await enhanceCourses( wrapper, storeWith( [] ), env );
	assert.strictEqual( wrapper.querySelectorAll( '.trainings-course-progress' ).length, 1, 'shown again, not twice' );
	assert.strictEqual( wrapper.querySelectorAll( '.trainings-course-status' ).length, 3, 'one state each' );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-summary' ).textContent, '0 of 3 modules completed', 'nothing done' );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-continue' ).textContent, 'Start: Talk label', 'start with the first' );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-continue' ).getAttribute( 'href' ), '/wiki/Special:MyLanguage/Training:Talk', 'at its beginning' );

	await enhanceCourses( wrapper, storeWith( [ 'Talk', 'Start', 'Cultivate' ].map( ( m ) => record( m, { completed: 1 } ) ) ), env );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-summary' ).textContent, '3 of 3 modules completed', 'all done' );
	assert.strictEqual( wrapper.querySelector( '.trainings-course-continue' ), null, 'nothing to continue' );
	wrapper.remove();
} );

QUnit.test( 'works with the browser store; no course, nothing to do', async ( assert ) => {
	const data = {};
	const storage = { get: ( k ) => data[ k ] || null, set: ( k, v ) => {
		data[ k ] = v;
		return true;
	}, remove: () => true };
	const store = progress.createBrowserProgressStore( storage );
	await store.record( { module: 'Cultivate', language: 'fr' }, { steps: 4, quizzes: [], step: 2 } );
	const wrapper = courseHtml();
	await enhanceCourses( wrapper, store, createMwEnvironment( mw ) );
	assert.strictEqual( wrapper.querySelector( 'li[data-trainings-module="Cultivate"] .trainings-course-status' ).textContent.trim(), 'In progress: step 2 of 4', 'from another language too' );
	wrapper.remove();
	const empty = document.createElement( 'div' );
	await enhanceCourses( empty, store, createMwEnvironment( mw ) );
	assert.strictEqual( empty.innerHTML, '', 'untouched' );
} );
