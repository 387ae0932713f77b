'use strict';

const { cardChips, createMwEnvironment } = require( 'ext.trainings.catalog' );

const entry = {
	key: 'How_to_talk_to_partners',
	displaytitle: 'How to talk to partners',
	summary: 'Prepare a first meeting.',
	level: 'beginner',
	duration: 25,
	formats: [ 'quiz', 'image' ],
	topics: [ { key: 'partnerships', label: 'Partnerships' }, { key: 'copyright', label: 'Copyright' } ],
	languages: [ 'en', 'fr' ],
	status: 'published',
	url: '/wiki/Training:How_to_talk_to_partners'
};

const names = { en: 'English', fr: 'French', ar: 'Arabic', de: 'German', es: 'Spanish' };

QUnit.module( 'ext.trainings.catalog: cardChips', QUnit.newMwEnvironment( {
	messages: {
		'comma-separator': ', ',
		'trainings-meta-level-beginner': 'Beginner',
		'trainings-meta-status-outdated': 'Outdated',
		'trainings-meta-status-draft': 'Draft',
		'trainings-catalog-card-duration': '{{PLURAL:$1|$1 min|$1 min}}',
		'trainings-catalog-format-quiz': 'Quiz',
		'trainings-catalog-format-image': 'Images',
		'trainings-catalog-card-languages-more': '$1 and {{PLURAL:$2|one more language|$2 more languages}}',
		'trainings-catalog-card-translation-partial': '$1: $2% translated',
		'trainings-catalog-card-translation-outdated': '$1: $2% translated, {{PLURAL:$3|one part|$3 parts}} outdated'
	}
} ) );

QUnit.test( 'a published module: level, duration, formats, topics, languages', ( assert ) => {
	const chips = cardChips( entry, createMwEnvironment( mw ), ( code ) => names[ code ] || code );
	assert.deepEqual( chips, [
		{ kind: 'level', text: 'Beginner' },
		{ kind: 'duration', text: '25 min' },
		{ kind: 'format', value: 'quiz', text: 'Quiz' },
		{ kind: 'format', value: 'image', text: 'Images' },
		{ kind: 'topics', text: 'Partnerships, Copyright' },
		{ kind: 'languages', text: 'English, French' }
	] );
} );

QUnit.test( 'status in words first; languages beyond three counted; unknown values left out', ( assert ) => {
	const chips = cardChips( Object.assign( {}, entry, {
		status: 'outdated',
		level: 'expert',
		duration: null,
		formats: [ 'hologram' ],
		topics: [],
		languages: [ 'en', 'fr', 'ar', 'de', 'es' ]
	} ), createMwEnvironment( mw ), ( code ) => names[ code ] || code );
	assert.deepEqual( chips, [
		{ kind: 'status', value: 'outdated', text: 'Outdated' },
		{ kind: 'languages', text: 'English, French, Arabic and 2 more languages' }
	] );
	assert.deepEqual(
		cardChips( Object.assign( {}, entry, { status: 'draft', level: null, duration: null, formats: [], topics: [], languages: [ 'en', 'fr', 'ar', 'xx' ] } ),
			createMwEnvironment( mw ), ( code ) => names[ code ] || code ),
		[ { kind: 'status', value: 'draft', text: 'Draft' }, { kind: 'languages', text: 'English, French, Arabic and one more language' } ],
		'draft, one more language'
	);
} );

QUnit.test( 'the translation the card links to: partial or outdated says so, complete or unknown says nothing', ( assert ) => {
	const env = createMwEnvironment( mw );
	const name = ( code ) => names[ code ] || code;
	const translationChips = ( translation ) => cardChips( Object.assign( {}, entry, { translation } ), env, name )
		.filter( ( chip ) => chip.kind === 'translation' );
	assert.deepEqual( translationChips( { language: 'fr', percent: 60, outdated: 0 } ),
		[ { kind: 'translation', value: 'partial', text: 'French: 60% translated' } ] );
	assert.deepEqual( translationChips( { language: 'fr', percent: 80, outdated: 1 } ),
		[ { kind: 'translation', value: 'outdated', text: 'French: 80% translated, one part outdated' } ] );
	assert.deepEqual( translationChips( { language: 'fr', percent: 60, outdated: 2 } )[ 0 ].text,
		'French: 60% translated, 2 parts outdated' );
	assert.deepEqual( translationChips( { language: 'fr', percent: 100, outdated: 0 } ), [], 'complete' );
	assert.deepEqual( translationChips( null ), [], 'unknown' );
	assert.deepEqual( translationChips( undefined ), [], 'an older response' );
} );
