'use strict';

const { nextModule: n } = require( 'ext.trainings.player' );

QUnit.module( 'ext.trainings.player: nextModule', QUnit.newMwEnvironment() );

/**
 * An answer of the backlinks query (formatversion=2).
 *
 * @param {Object[]} pages
 * @return {Object}
 */
function answer( pages ) {
	return { batchcomplete: true, query: { pages } };
}

function course( title, modules ) {
	return { pageid: title.length, ns: 1640, title, pageprops: { 'trainings-course': modules.join( '|' ) } };
}

const PARTNERSHIPS = course( 'Training:Partnerships', [
	'How_to_talk_to_partners',
	'How_to_start_a_partnership_in_a_developing_country',
	'How_to_cultivate_a_partnership_without_internet_access',
	'How_to_measure_your_success'
] );

QUnit.test( 'the query asks for courses linking to the module', ( assert ) => {
	assert.deepEqual( n.nextModuleQuery( 'How_to_talk_to_partners' ), {
		action: 'query',
		generator: 'backlinks',
		gbltitle: 'Training:How_to_talk_to_partners',
		gblnamespace: 1640,
		gbllimit: 50,
		prop: 'pageprops',
		ppprop: 'trainings-course',
		formatversion: 2
	} );
} );

QUnit.test( 'module in one course', ( assert ) => {
	assert.strictEqual(
		n.pickNextModule( answer( [ PARTNERSHIPS ] ), 'How_to_talk_to_partners' ),
		'How_to_start_a_partnership_in_a_developing_country'
	);
	assert.strictEqual(
		n.pickNextModule( answer( [ PARTNERSHIPS ] ), 'How to start a partnership in a developing country' ),
		'How_to_cultivate_a_partnership_without_internet_access',
		'spaces or underscores alike'
	);
} );

QUnit.test( 'module last in its course', ( assert ) => {
	assert.strictEqual( n.pickNextModule( answer( [ PARTNERSHIPS ] ), 'How_to_measure_your_success' ), null );
	assert.strictEqual( n.pickNextModule( answer( [ PARTNERSHIPS ] ), 'Not_in_the_course' ), null, 'not in it' );
	assert.strictEqual( n.pickNextModule( answer( [] ), 'How_to_talk_to_partners' ), null, 'no course' );
} );

QUnit.test( 'module in two courses: the first by title where it is not last', ( assert ) => {
	const events = course( 'Training:Events', [ 'How_to_talk_to_partners', 'Running_an_edit-a-thon' ] );
	const zeta = course( 'Training:Zeta', [ 'How_to_measure_your_success', 'Reporting' ] );
	assert.strictEqual(
		n.pickNextModule( answer( [ PARTNERSHIPS, events ] ), 'How_to_talk_to_partners' ),
		'Running_an_edit-a-thon',
		'Events comes before Partnerships'
	);
	assert.strictEqual(
		n.pickNextModule( answer( [ zeta, PARTNERSHIPS ] ), 'How_to_measure_your_success' ),
		'Reporting',
		'the course where the module is last does not count'
	);
	const translated = Object.assign( {}, PARTNERSHIPS, { title: 'Training:Partnerships/fr' } );
	assert.strictEqual(
		n.pickNextModule( answer( [ translated, events ] ), 'How_to_talk_to_partners' ),
		'Running_an_edit-a-thon',
		'order of the answer does not matter'
	);
} );

QUnit.test( 'language version of a module', ( assert ) => {
	assert.strictEqual( n.baseModuleKey( 'How to talk to partners/fr', 'fr' ), 'How_to_talk_to_partners' );
	assert.strictEqual( n.baseModuleKey( 'How to talk to partners', 'en' ), 'How_to_talk_to_partners' );
	assert.strictEqual( n.baseModuleKey( 'Basics/Setup', 'en' ), 'Basics/Setup', 'other subpages stay' );
	assert.strictEqual( n.baseModuleKey( 'Basics/de', 'fr' ), 'Basics/de', 'only the content language' );
	assert.strictEqual( n.baseModuleKey( 'fr', 'fr' ), 'fr', 'a suffix needs a base' );
	assert.strictEqual(
		n.pickNextModule( answer( [ PARTNERSHIPS ] ), n.baseModuleKey( 'How to talk to partners/ar', 'ar' ) ),
		'How_to_start_a_partnership_in_a_developing_country'
	);
} );

QUnit.test( 'malformed answers and page properties give no next module', ( assert ) => {
	const key = 'How_to_talk_to_partners';
	[ null, undefined, 'text', 42, {}, { query: null }, { query: { pages: {} } }, { error: { code: 'x' } } ]
		.forEach( ( response ) => {
			assert.strictEqual( n.pickNextModule( response, key ), null, JSON.stringify( response ) );
		} );
	const malformed = [
		null,
		{ title: 'Training:A' },
		{ title: 'Training:B', pageprops: null },
		{ title: 'Training:C', pageprops: {} },
		{ title: 'Training:D', pageprops: { 'trainings-course': 42 } },
		{ title: 'Training:E', pageprops: { 'trainings-course': '' } },
		{ title: 'Training:F', pageprops: { 'trainings-course': key } },
		{ title: 'Training:G', pageprops: { 'trainings-course': key + '||' } }
	];
	assert.strictEqual( n.pickNextModule( answer( malformed ), key ), null, 'malformed pages' );
	assert.strictEqual(
		n.pickNextModule( answer( malformed.concat( [ PARTNERSHIPS ] ) ), key ),
		'How_to_start_a_partnership_in_a_developing_country',
		'a good course among malformed ones'
	);
} );
