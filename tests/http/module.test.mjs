/**
 * Module pages through the action API as an editor's preview sees them: metadata and quiz
 * markup, malformed input reported in place, with tracking categories and preview warnings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, get, sampleTranslations, trainingPath } from './lib.mjs';

/** Parse wikitext as a preview of a page in the Training namespace. */
async function preview( text, title = 'Training:Preview test' ) {
	const data = await api( {
		action: 'parse', title, text, pst: '1',
		prop: 'text|categories|parsewarnings|properties', disablelimitreport: '1'
	} );
	assert.ok( data.parse, JSON.stringify( data.error || data ) );
	return data.parse;
}

const GOOD = `{{#training:
 | summary = A summary.
 | level = beginner
 | duration = 20
 | status = published
}}
Introduction.

== First step ==
Text one.
<trainingquiz>
? Which is right?
+ This one.
: Yes.
- That one.
: No.
</trainingquiz>

== Second step ==
Text two.`;

test( 'a well-formed module parses into steps, a quiz and page properties', async () => {
	const parsed = await preview( GOOD );
	assert.match( parsed.text, /<section class="trainings-step" id="step-1"/ );
	assert.match( parsed.text, /<section class="trainings-step" id="step-2"/ );
	assert.match( parsed.text, /class="trainings-quiz"/ );
	assert.doesNotMatch( parsed.text, /trainings-error/ );
	assert.deepEqual( parsed.parsewarnings, [] );
	assert.equal( Number( parsed.properties[ 'trainings-steps' ] ), 2 );
	assert.equal( Number( parsed.properties[ 'trainings-quizzes' ] ), 1 );
	assert.equal( parsed.properties[ 'trainings-summary' ], 'A summary.' );
} );

test( 'bad metadata shows an inline error, a preview warning and a tracking category, and the rest renders', async () => {
	const parsed = await preview( GOOD.replace( 'level = beginner', 'level = expert' ).replace( 'duration = 20', 'duration = <script>alert(1)</script>' ) );
	assert.match( parsed.text, /class="error trainings-error"/ );
	assert.doesNotMatch( parsed.text, /<script>alert\(1\)<\/script>/ );
	assert.ok( parsed.parsewarnings.length > 0, 'preview warning' );
	assert.ok( parsed.categories.length > 0, 'tracking category' );
	assert.match( parsed.text, /id="step-2"/, 'the rest of the module still renders' );
	assert.equal( parsed.properties[ 'trainings-level' ], undefined, 'a bad value is not stored' );
} );

test( 'a quiz without a right answer is reported in place and does not count', async () => {
	const parsed = await preview( GOOD.replace( '+ This one.', '- This one.' ) );
	assert.match( parsed.text, /class="error trainings-error"/ );
	assert.ok( parsed.categories.length > 0 );
	assert.equal( Number( parsed.properties[ 'trainings-quizzes' ] ), 0 );
	assert.match( parsed.text, /id="step-2"/ );
} );

test( 'language versions of the sample library are shown in their language and direction', async () => {
	const translations = sampleTranslations();
	assert.ok( translations.some( ( t ) => t.endsWith( '/ar' ) ), 'the library has a right-to-left version' );
	for ( const title of translations ) {
		const code = title.slice( title.lastIndexOf( '/' ) + 1 );
		const { status, text } = await get( trainingPath( title ) );
		assert.equal( status, 200, title );
		const dir = code === 'ar' || code === 'he' || code === 'fa' || code === 'ur' ? 'rtl' : 'ltr';
		assert.match( text, new RegExp( `<div class="mw-content-${ dir }[^"]*" lang="${ code }" dir="${ dir }"` ), title );
		assert.doesNotMatch( text, /trainings-error/, `${ title } renders without inline errors` );
	}
} );

test( 'the Partnerships course lists its modules in order, linking each in the reader\'s language', async () => {
	const { status, text } = await get( '/wiki/Training:Partnerships' );
	assert.equal( status, 200 );
	assert.doesNotMatch( text, /trainings-error/ );
	const modules = Array.from( text.matchAll( /<li data-trainings-module="([^"]+)"/g ), ( m ) => m[ 1 ] );
	assert.deepEqual( modules, [
		'How_to_talk_to_partners',
		'How_to_start_a_partnership_in_a_developing_country',
		'How_to_cultivate_a_partnership_without_internet_access',
		'How_to_measure_your_success'
	] );
	assert.match( text, /href="\/wiki\/Special:MyLanguage\/Training:How_to_talk_to_partners"/ );
	// A course is not a module: no steps, no player.
	assert.doesNotMatch( text, /class="trainings-step"/ );
} );
