/**
 * A VisualEditor save of a module, through VisualEditor's own API (action=visualeditor and
 * action=visualeditoredit, on core's Parsoid): the HTML it edits carries the step structure,
 * and a one-word change saves as that one word (design record 0018: the structure is removed
 * before Parsoid writes wikitext).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from './lib.mjs';
import { WikiSession } from './session.mjs';

const PAGE = 'Training:VisualEditor round trip';
const TEXT = `{{#training:
 | summary     = A module edited in VisualEditor (a draft: not in the catalog).
 | level       = beginner
 | duration    = 10
 | status      = draft
}}
An introduction.

{{#trainingstep: first-step}}
== First step ==
Some text   with odd   spacing.
<trainingquiz>
? Which is right?
+ This one.
: Yes.
- That one.
</trainingquiz>

{{#trainingstep: second-step}}
== Second step ==
The word apple stands here.
`;

let admin;

before( async () => {
	admin = await new WikiSession().login();
	const saved = await admin.post( { action: 'edit', title: PAGE, text: TEXT, token: await admin.csrf() } );
	assert.equal( saved.edit?.result, 'Success', JSON.stringify( saved ) );
} );

// Other suites read the whole library (the catalog's browser tests list every module, drafts too).
after( async () => {
	await admin?.post( { action: 'delete', title: PAGE, token: await admin.csrf() } );
} );

test( 'a one-word VisualEditor edit of a module saves as that word', async () => {
	const loaded = ( await admin.get( { action: 'visualeditor', paction: 'parse', page: PAGE } ) ).visualeditor;
	assert.ok( loaded, 'VisualEditor loaded the page' );
	assert.match( loaded.content, /<section[^>]*class="trainings-step"[^>]*id="step-2"/ );
	assert.match( loaded.content, /class="trainings-steplist"/ );

	const html = loaded.content.replace( 'The word apple stands here.', 'The word pear stands here.' );
	assert.notEqual( html, loaded.content );
	const saved = await admin.post( {
		action: 'visualeditoredit', paction: 'save', page: PAGE, html, etag: loaded.etag,
		oldid: String( loaded.oldid ), basetimestamp: loaded.basetimestamp,
		starttimestamp: loaded.starttimestamp, summary: 'One word', token: await admin.csrf()
	} );
	assert.equal( saved.visualeditoredit?.result, 'success', JSON.stringify( saved ).slice( 0, 500 ) );

	const source = ( await admin.get( {
		action: 'query', prop: 'revisions', titles: PAGE, rvprop: 'content', rvslots: 'main'
	} ) ).query.pages[ 0 ].revisions[ 0 ].slots.main.content;
	assert.equal( source, TEXT.replace( 'apple', 'pear' ).trimEnd() );
} );

test( 'a step added in VisualEditor as a heading gets its id on save (design record 0019)', async () => {
	const loaded = ( await admin.get( { action: 'visualeditor', paction: 'parse', page: PAGE } ) ).visualeditor;
	assert.match( loaded.content, /data-trainings-step-id="second-step"/ );
	const html = loaded.content.replace( /(The word \w+ stands here\.)<\/p>/,
		'$1</p><h2>A third step</h2><p>Added in VisualEditor.</p>' );
	assert.notEqual( html, loaded.content );
	const saved = await admin.post( {
		action: 'visualeditoredit', paction: 'save', page: PAGE, html, etag: loaded.etag,
		oldid: String( loaded.oldid ), basetimestamp: loaded.basetimestamp,
		starttimestamp: loaded.starttimestamp, summary: 'A step', token: await admin.csrf()
	} );
	assert.equal( saved.visualeditoredit?.result, 'success', JSON.stringify( saved ).slice( 0, 500 ) );

	const source = ( await admin.get( {
		action: 'query', prop: 'revisions', titles: PAGE, rvprop: 'content', rvslots: 'main'
	} ) ).query.pages[ 0 ].revisions[ 0 ].slots.main.content;
	assert.match( source, /\{\{#trainingstep: a-third-step\}\}\n== A third step ==\nAdded in VisualEditor\./ );
	assert.match( source, /\{\{#trainingstep: first-step\}\}\n== First step ==/, 'the other markers kept' );
	assert.equal( source.match( /#trainingstep/g ).length, 3 );
} );

test( 'the VisualEditor plugin is not loaded by a module page view', async () => {
	const view = await get( '/wiki/Training:How_to_talk_to_partners' );
	assert.equal( view.status, 200 );
	assert.match( view.text, /ext\.trainings\.player/ );
	assert.doesNotMatch( view.text, /ext\.trainings\.visualEditor/ );
} );
