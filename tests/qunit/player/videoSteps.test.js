'use strict';

const { videoSteps, languages } = require( 'ext.trainings.player' );

QUnit.module( 'ext.trainings.player/videoSteps', QUnit.newMwEnvironment() );

QUnit.test( 'subtitles follow the text\'s rule: language, explicit fallbacks, source, the rest', ( assert ) => {
	const pick = videoSteps.pickSubtitles;
	const chains = ( strict, all ) => ( { strict, all } );
	// The reader's language when it exists.
	assert.strictEqual( pick( [ 'ar', 'en', 'fr' ], chains( [ 'fr' ], [ 'fr', 'en' ] ), 'en', 'en' ), 'fr' );
	assert.strictEqual( pick( [ 'ar', 'en', 'fr' ], chains( [ 'ar' ], [ 'ar', 'en' ] ), 'en', 'ar' ), 'ar' );
	// An explicit fallback before the source language.
	assert.strictEqual( pick( [ 'en', 'de' ], chains( [ 'de-at', 'de' ], [ 'de-at', 'de', 'en' ] ), 'en', 'en' ), 'de' );
	// The source language before the rest of the chain.
	assert.strictEqual( pick( [ 'fr', 'es' ], chains( [ 'frc' ], [ 'frc', 'fr', 'en' ] ), 'es', 'es' ), 'es' );
	// The rest of the chain when the source has none.
	assert.strictEqual( pick( [ 'en' ], chains( [ 'de' ], [ 'de', 'en' ] ), 'fr', 'fr' ), 'en' );
	// Nothing fits: no subtitles.
	assert.strictEqual( pick( [ 'ja' ], chains( [ 'de' ], [ 'de', 'en' ] ), 'fr', 'fr' ), null );
	// Chains unknown (the gadget): the page's language, then the source.
	assert.strictEqual( pick( [ 'en', 'fr' ], null, 'en', 'fr' ), 'fr' );
	assert.strictEqual( pick( [ 'en' ], null, 'en', 'fr' ), 'en' );
} );

QUnit.test( 'the reader\'s chains come with the language versions, and bad ones are dropped', ( assert ) => {
	const base = { shown: 'en', user: 'fr', translateUrl: null, versions: [] };
	assert.deepEqual(
		languages.readLanguages( Object.assign( {}, base, { fallbacks: { strict: [ 'fr' ], all: [ 'fr', 'en' ] } } ) ).fallbacks,
		{ strict: [ 'fr' ], all: [ 'fr', 'en' ] }
	);
	assert.strictEqual( languages.readLanguages( Object.assign( {}, base, { fallbacks: { strict: 'fr' } } ) ).fallbacks, null );
	assert.strictEqual( languages.readLanguages( base ).fallbacks, null );
} );
