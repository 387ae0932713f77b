'use strict';

const { filterModules, matchesQuery, normalizeForSearch } = require( 'ext.trainings.catalog' );

const modules = [
	{ title: 'How to talk to partners', searchText: 'how to talk to partners build lasting partnerships with galleries' },
	{ title: 'Créer un événement', searchText: 'créer un événement hors ligne réussi' },
	{ title: 'How to measure your success', searchText: 'how to measure your success metrics for events' }
];

function titles( list ) {
	return list.map( ( module ) => module.title );
}

QUnit.module( 'ext.trainings.catalog: filterModules', QUnit.newMwEnvironment() );

QUnit.test( 'a blank query keeps every module, in order', ( assert ) => {
	const all = titles( modules );
	assert.deepEqual( titles( filterModules( modules, '' ) ), all, 'empty string' );
	assert.deepEqual( titles( filterModules( modules, ' \t\n ' ) ), all, 'whitespace only' );
	assert.notStrictEqual( filterModules( modules, '' ), modules, 'returns a new array' );
} );

QUnit.test( 'matching ignores case and accents on both sides', ( assert ) => {
	assert.deepEqual( titles( filterModules( modules, 'EVENEMENT' ) ), [ 'Créer un événement' ], 'query without accents finds accented text' );
	assert.deepEqual( titles( filterModules( modules, 'Hörs' ) ), [ 'Créer un événement' ], 'accented query finds unaccented text' );
	assert.deepEqual( titles( filterModules( modules, 'PARTNERS' ) ), [ 'How to talk to partners' ], 'upper case query' );
	assert.true( matchesQuery( 'שָׁלוֹם עולם', 'שלום' ), 'Hebrew points are ignored' );
	assert.true( matchesQuery( 'مُدَرِّب', 'مدرب' ), 'Arabic harakat are ignored' );
} );

QUnit.test( 'every word of the query must match', ( assert ) => {
	assert.deepEqual( titles( filterModules( modules, 'how success' ) ), [ 'How to measure your success' ], 'two words, one module has both' );
	assert.deepEqual( titles( filterModules( modules, 'success   how' ) ), [ 'How to measure your success' ], 'word order and extra spaces do not matter' );
	assert.deepEqual( titles( filterModules( modules, 'how' ) ), [ 'How to talk to partners', 'How to measure your success' ], 'one word, two modules' );
	assert.deepEqual( filterModules( modules, 'how quiz' ), [], 'one word missing: no module' );
	assert.deepEqual( titles( filterModules( modules, 'partn' ) ), [ 'How to talk to partners' ], 'words match inside the text' );
} );

QUnit.test( 'normalizeForSearch folds text', ( assert ) => {
	assert.strictEqual( normalizeForSearch( '  Événement\u00a0 ÇA  va ' ), 'evenement ca va' );
	assert.strictEqual( normalizeForSearch( 'e\u0301' ), 'e', 'decomposed input' );
	assert.strictEqual( normalizeForSearch( '' ), '' );
} );
