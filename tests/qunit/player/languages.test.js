'use strict';

const { createMwEnvironment, mountPlayer, languages, progress } = require( 'ext.trainings.player' );
const { moduleHtml, attach, detach, messages } = require( './fixture.js' );

const languageMessages = Object.assign( {}, messages, {
	'trainings-player-language-label': 'Language',
	'trainings-player-language-percent': '$1 ($2%)',
	'trainings-player-language-source': '$1 (original)',
	'trainings-player-step-untranslated': 'partly untranslated',
	'trainings-player-step-outdated': 'outdated translation',
	'trainings-player-help-translate': 'Help translate'
} );

const CONFIG = {
	shown: 'fr',
	user: 'fr',
	translateUrl: null,
	versions: [
		{ code: 'en', name: 'English', url: '/wiki/Training:M', source: true, percent: 100, outdated: 0 },
		{ code: 'ar', name: 'العربية', url: '/wiki/Training:M/ar', source: false, percent: null, outdated: 0 },
		{ code: 'fr', name: 'français', url: '/wiki/Training:M/fr', source: false, percent: 60, outdated: 1 }
	]
};

/**
 * @return {Promise}
 */
function settle() {
	return new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
}

/**
 * The fixture module as a French translation page: step 2 holds an untranslated unit, step 3
 * an outdated one.
 *
 * @return {string}
 */
function translatedModuleHtml() {
	return '<div class="mw-parser-output" lang="fr" dir="ltr">' + moduleHtml()
		.replace( '<p>Ask open questions.', '<div lang="en" dir="ltr" class="mw-content-ltr"><p>Ask open questions.</p></div><p>' )
		.replace( '<p>Write down', '<div class="mw-translate-fuzzy"><p>Notez</p></div><p>Write down' ) + '</div>';
}

QUnit.module( 'ext.trainings.player: languages', QUnit.newMwEnvironment( { messages: languageMessages } ) );

QUnit.test( 'readLanguages', ( assert ) => {
	const read = languages.readLanguages( CONFIG );
	assert.strictEqual( read.shown, 'fr' );
	assert.deepEqual( read.versions.map( ( v ) => v.code ), [ 'en', 'ar', 'fr' ] );
	assert.strictEqual( read.versions[ 1 ].percent, null, 'unknown completeness' );
	assert.strictEqual( languages.readLanguages( null ), null );
	assert.strictEqual( languages.readLanguages( { shown: 'fr' } ), null );
	assert.deepEqual(
		languages.readLanguages( { shown: 'en', user: 'en', versions: [ { code: 'x' }, { code: 'de', url: '/d' } ] } ).versions,
		[ { code: 'de', name: 'de', url: '/d', source: false, percent: null, outdated: 0 } ],
		'entries without an address are dropped'
	);
} );

QUnit.test( 'versionUrl keeps the step', ( assert ) => {
	assert.strictEqual( languages.versionUrl( '/wiki/Training:M/ar', '#step-2' ), '/wiki/Training:M/ar#step-2' );
	assert.strictEqual( languages.versionUrl( '/wiki/Training:M#x', '' ), '/wiki/Training:M' );
} );

QUnit.test( 'stepTranslation reads Translate\'s markup', ( assert ) => {
	const root = attach( translatedModuleHtml() );
	try {
		const state = ( id ) => languages.stepTranslation( root.querySelector( id ), 'fr' );
		assert.deepEqual( state( '#step-1' ), { untranslated: false, outdated: false } );
		assert.deepEqual( state( '#step-2' ), { untranslated: true, outdated: false } );
		assert.deepEqual( state( '#step-3' ), { untranslated: false, outdated: true } );
		assert.deepEqual(
			languages.stepTranslation( root.querySelector( '#step-2' ), 'en' ),
			{ untranslated: false, outdated: false },
			'a wrapper in the page language is no untranslated text'
		);
	} finally {
		detach( root );
	}
} );

QUnit.test( 'the player marks steps and switches language at the same step', async ( assert ) => {
	const root = attach( translatedModuleHtml() );
	const module = root.querySelector( '.trainings-module' );
	const opened = [];
	const app = mountPlayer( module, createMwEnvironment( mw ), {
		host: { getHash: () => '#step-2', replaceHash: () => {}, listen: () => () => {} },
		languages: languages.readLanguages( CONFIG ),
		navigate: ( url ) => opened.push( url )
	} );
	try {
		await settle();
		const notes = ( n ) => Array.prototype.map.call(
			module.querySelectorAll( '.trainings-steplist li:nth-child(' + n + ') .trainings-steplist-translation' ),
			( el ) => el.textContent
		);
		assert.deepEqual( notes( 1 ), [], 'translated step' );
		assert.deepEqual( notes( 2 ), [ 'partly untranslated' ] );
		assert.deepEqual( notes( 3 ), [ 'outdated translation' ] );

		const select = module.querySelector( '.trainings-player-languages select' );
		assert.strictEqual( select.value, 'fr', 'the version shown is selected' );
		assert.deepEqual(
			Array.prototype.map.call( select.options, ( o ) => o.textContent.trim() ),
			[ 'English (original)', 'العربية', 'français (60%)' ]
		);
		assert.strictEqual( module.querySelector( 'label[for="' + select.id + '"]' ).textContent.trim(), 'Language' );
		select.value = 'ar';
		select.dispatchEvent( new Event( 'change' ) );
		assert.deepEqual( opened, [ '/wiki/Training:M/ar#step-2' ], 'opens the Arabic version at step 2' );
	} finally {
		app.unmount();
		detach( root );
	}
} );

QUnit.test( 'a first visit of another language shows the progress made in the other', async ( assert ) => {
	const root = attach( translatedModuleHtml() );
	const module = root.querySelector( '.trainings-module' );
	const stored = progress.applyUpdate( null, { module: 'M', language: 'en' }, { steps: 3, quizzes: [ 1, 2 ], step: 2 }, 1 );
	const recorded = [];
	// Progress belongs to the module: the store answers the French key with the English record.
	const store = {
		get: ( key ) => Promise.resolve( key.module === 'M' ? stored : null ),
		list: () => Promise.resolve( [ stored ] ),
		record: ( key, update ) => {
			recorded.push( key );
			return Promise.resolve( progress.applyUpdate( null, key, update, 2 ) );
		},
		reset: () => Promise.resolve()
	};
	const app = mountPlayer( module, createMwEnvironment( mw ), {
		host: { getHash: () => '', replaceHash: () => {}, listen: () => () => {} },
		languages: languages.readLanguages( CONFIG ),
		progress: { store, key: { module: 'M', language: 'fr' } }
	} );
	try {
		await settle();
		await settle();
		const resume = module.querySelector( '.trainings-player-resume' );
		assert.notStrictEqual( resume, null, 'offers to continue where the learner stopped in English' );
		assert.deepEqual( recorded, [], 'nothing recorded before the learner moves' );
	} finally {
		app.unmount();
		detach( root );
	}
} );
