'use strict';

const catalog = require( 'ext.trainings.catalog' );

QUnit.module( 'ext.trainings.catalog: language version of a card', QUnit.newMwEnvironment() );

/** Chains as LanguageVersionResolver::readerChains() gives them. */
const CHAINS = {
	fr: { strict: [ 'fr' ], all: [ 'fr', 'en' ] },
	'de-at': { strict: [ 'de-at', 'de' ], all: [ 'de-at', 'de', 'en' ] },
	id: { strict: [ 'id' ], all: [ 'id', 'en' ] },
	frc: { strict: [ 'frc', 'fr' ], all: [ 'frc', 'fr', 'en' ] }
};

QUnit.test( 'the reader\'s language, its fallbacks, then the source', ( assert ) => {
	const languages = [ 'en', 'ar', 'de', 'fr' ];
	assert.strictEqual( catalog.readerVersion( languages, CHAINS.fr ), 'fr', 'fr gets /fr' );
	assert.strictEqual( catalog.readerVersion( languages, CHAINS[ 'de-at' ] ), 'de', 'de-at falls back to /de' );
	assert.strictEqual( catalog.readerVersion( languages, CHAINS.id ), null, 'no version: the source' );
	assert.strictEqual( catalog.readerVersion( languages, CHAINS.frc ), 'fr', 'frc falls back to /fr' );
	assert.strictEqual( catalog.readerVersion( [ 'fr', 'en' ], CHAINS.fr ), null, 'the source in the reader\'s language' );
	// A German module read in Indonesian: the source, not the implicit English.
	assert.strictEqual( catalog.readerVersion( [ 'de', 'en' ], CHAINS.id ), null, 'source before the implicit en' );
	assert.strictEqual( catalog.readerVersion( [], CHAINS.fr ), null, 'no languages known' );
} );

QUnit.test( 'entries link to the version; bad configuration leaves them alone', ( assert ) => {
	const entry = { key: 'X', url: 'https://wiki.test/wiki/Training:X', languages: [ 'en', 'fr' ] };
	assert.strictEqual( catalog.withReaderVersion( entry, CHAINS.fr ).url, 'https://wiki.test/wiki/Training:X/fr' );
	assert.strictEqual( catalog.withReaderVersion( entry, CHAINS.id ), entry );
	assert.strictEqual( catalog.withReaderVersion( entry, null ), entry );
	assert.deepEqual( catalog.readLanguageFallbacks( CHAINS.fr ), CHAINS.fr );
	assert.strictEqual( catalog.readLanguageFallbacks( { strict: 'fr' } ), null );
	assert.strictEqual( catalog.readLanguageFallbacks( null ), null );
} );

QUnit.test( 'links keep the uselang the reader came with', ( assert ) => {
	const zhHk = catalog.readLanguageFallbacks( {
		strict: [ 'zh-hk', 'zh-hant', 'zh-tw', 'zh', 'zh-hans' ], all: [ 'zh-hk', 'zh-hant', 'zh-tw', 'zh', 'zh-hans', 'en' ],
		uselang: 'zh-hk'
	} );
	const entry = { key: 'X', url: 'https://wiki.test/wiki/Training:X', languages: [ 'en', 'zh-hans', 'zh-hant' ] };
	assert.strictEqual( catalog.withReaderVersion( entry, zhHk ).url,
		'https://wiki.test/wiki/Training:X/zh-hant?uselang=zh-hk', 'zh-hk: the zh-hant version, in the reader\'s interface' );
	const plain = { key: 'Y', url: '/index.php?title=Training:Y', languages: [ 'en' ] };
	assert.strictEqual( catalog.withReaderVersion( plain, zhHk ).url, '/index.php?title=Training:Y&uselang=zh-hk',
		'the source, with uselang added to a query' );
	// A search found the Spanish words: the server says so, the card links there.
	const found = Object.assign( {}, entry, { languages: [ 'en', 'es', 'zh-hant' ], version: 'es' } );
	assert.strictEqual( catalog.withReaderVersion( found, zhHk ).url, 'https://wiki.test/wiki/Training:X/es?uselang=zh-hk' );
	const source = Object.assign( {}, entry, { version: null } );
	assert.strictEqual( catalog.withReaderVersion( source, zhHk ).url, 'https://wiki.test/wiki/Training:X?uselang=zh-hk' );
} );

QUnit.test( 'the controller links the cards it loads to the reader\'s version', async ( assert ) => {
	mw.config.set( 'wgTrainingsLanguageFallbacks', CHAINS[ 'de-at' ] );
	const env = catalog.createMwEnvironment( mw );
	env.apiGet = () => Promise.resolve( { query: { trainings: [
		{ key: 'A', title: 'Training:A', url: '/wiki/Training:A', languages: [ 'en', 'de' ] },
		{ key: 'B', title: 'Training:B', url: '/wiki/Training:B', languages: [ 'en', 'fr' ] }
	] } } );
	const controller = catalog.createCatalogController( env, {
		pageSize: 10, initialFilters: catalog.NO_FILTERS, serverCount: 0, serverStart: null,
		serverContinue: null, debounceMs: 0
	} );
	await controller.update( Object.assign( {}, catalog.NO_FILTERS, { level: 'beginner' } ), true );
	assert.deepEqual( controller.state.entries.map( ( e ) => e.url ), [ '/wiki/Training:A/de', '/wiki/Training:B' ] );
} );
