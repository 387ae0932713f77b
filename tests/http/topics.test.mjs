/**
 * Topics set by the wiki (design record 0020): an interface administrator saves
 * MediaWiki:Trainings-topics.json with a new topic labelled in English and French; the next
 * requests show it in the catalog's filter and cards, in `list=trainings` and in the visual
 * editor's metadata dialog, in both languages. A malformed list is refused at save with what
 * is wrong, and the previous list stays in use. The list keeps every default topic (same
 * order, same labels), and the page and the module are deleted afterwards, so the other
 * suites see the catalog they expect.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, get, server } from './lib.mjs';
import { WikiSession } from './session.mjs';

const RUN = `${ Date.now() }`;
const CONFIG = 'MediaWiki:Trainings-topics.json';
const MODULE = `Training:Image licences ${ RUN }`;
const DEFAULTS = [ 'partnerships', 'events', 'evaluation', 'reporting', 'offline', 'communication', 'tools' ];
const LIST = {
	topics: [
		...DEFAULTS.map( ( key ) => ( { key } ) ),
		{ key: 'copyright', labels: { en: 'Copyright and licences', fr: 'Droit d\'auteur et licences' } }
	]
};
const LABELS = { en: 'Copyright and licences', fr: 'Droit d\'auteur et licences' };

/** @type {WikiSession} */
let admin;

/**
 * @param {string} title
 * @param {string} text
 * @return {Promise<Object>} The API's answer
 */
async function save( title, text ) {
	return admin.post( { action: 'edit', title, text, token: await admin.csrf(), errorformat: 'plaintext' } );
}

/**
 * @param {string} query
 * @return {Promise<string>} Special:Trainings' HTML
 */
async function catalog( query ) {
	const { status, text } = await get( `/wiki/Special:Trainings?${ query }` );
	assert.equal( status, 200 );
	return text;
}

/**
 * @param {string} html
 * @return {string|undefined} The text of the topic filter's option `copyright`
 */
function filterOption( html ) {
	return html.match( /<option value="copyright"[^>]*>([^<]*)<\/option>/ )?.[ 1 ];
}

before( async () => {
	admin = await new WikiSession().login();
	const saved = await save( CONFIG, JSON.stringify( LIST, null, '\t' ) );
	assert.equal( saved.edit?.result, 'Success', JSON.stringify( saved ) );
	// A draft (no review): the other suites count the published modules.
	const module = await save( MODULE, '{{#training: | summary = Which licence for which image? | status = draft' +
		' | topics = copyright, events }}\nIntro.\n== Step ==\nText.' );
	assert.equal( module.edit?.result, 'Success', JSON.stringify( module ) );
} );

after( async () => {
	for ( const title of [ MODULE, CONFIG ] ) {
		const result = await admin?.post( { action: 'delete', title, token: await admin.csrf() } );
		assert.ok( result?.delete, JSON.stringify( result ) );
	}
	// The deletion reaches the next requests (its hook may run after the response is sent).
	let option = 'not asked yet';
	for ( let tries = 0; tries < 50 && option !== undefined; tries++ ) {
		option = filterOption( await catalog( 'uselang=en' ) );
	}
	assert.equal( option, undefined, 'the default list again' );
} );

test( 'the new topic is in the filter, the cards and list=trainings, in English and French', async () => {
	for ( const lang of [ 'en', 'fr' ] ) {
		const html = await catalog( `topic=copyright&drafts=1&uselang=${ lang }` );
		assert.equal( filterOption( html ), LABELS[ lang ], `filter option in ${ lang }` );
		const card = html.match( /<li class="ext-trainings-catalog__item" data-key="Image_licences_[^"]*">.*?<\/li>/s )?.[ 0 ];
		assert.ok( card, `the module is found by its new topic (${ lang })` );
		const chip = card.match( /ext-trainings-card__chip--topics"><span class="cdx-info-chip--text">([^<]*)</ )?.[ 1 ];
		const events = lang === 'fr' ? 'Événements' : 'Events';
		assert.equal( chip, `${ events }, ${ LABELS[ lang ] }`,
			`the card names its topics in ${ lang }, in the list's order` );

		const data = await api( { action: 'query', list: 'trainings', trtopic: 'copyright', trstatus: 'draft',
			uselang: lang } );
		const entry = data.query.trainings.find( ( e ) => e.title === MODULE );
		assert.ok( entry, JSON.stringify( data ) );
		assert.deepEqual( entry.topics, [ 'copyright', 'events' ], 'keys as the module gives them' );
		assert.deepEqual( entry.topiclabels, [ { key: 'events', label: events }, { key: 'copyright', label: LABELS[ lang ] } ],
			`labels in ${ lang }, in the list's order` );
	}
	const help = await api( { action: 'paraminfo', modules: 'query+trainings' } );
	const topic = help.paraminfo.modules[ 0 ].parameters.find( ( p ) => p.name === 'topic' );
	assert.deepEqual( topic.type, [ ...DEFAULTS, 'copyright' ].sort(), 'trtopic accepts the list' );
} );

test( 'the visual editor\'s metadata dialog offers the wiki\'s topics in the user\'s language', async () => {
	const query = new URLSearchParams( { modules: 'ext.trainings.visualEditor', lang: 'fr', skin: 'vector-2022', only: 'scripts' } );
	const script = await ( await fetch( `${ server }/load.php?${ query }` ) ).text();
	assert.match( script, /\{"key":"copyright","label":"Droit d'auteur et licences"\}/ );
	assert.match( script, /\{"key":"events","label":"Événements"\}/ );
} );

test( 'a malformed list is refused with what is wrong, and the previous list stays', async () => {
	const broken = { topics: [ ...LIST.topics, { key: 'Open data', labels: { en: 'Open data' } } ] };
	const result = await save( CONFIG, JSON.stringify( broken ) );
	assert.equal( result.edit?.result, undefined, JSON.stringify( result ) );
	const messages = ( result.errors || [] ).map( ( e ) => e.text ).join( '\n' );
	assert.match( messages, /Topic 9: the key "Open data" is not allowed/, messages );
	assert.match( messages, /the catalog keeps using the previous topic list/, messages );

	const duplicate = await save( CONFIG, JSON.stringify( { topics: [ { key: 'events' }, { key: 'events' } ] } ) );
	assert.match( ( duplicate.errors || [] ).map( ( e ) => e.text ).join( '\n' ), /already used by an earlier topic/ );

	assert.equal( filterOption( await catalog( 'uselang=fr' ) ), LABELS.fr, 'still the saved list' );
	const page = await api( { action: 'query', prop: 'revisions', titles: CONFIG, rvprop: 'content', rvslots: 'main' } );
	assert.deepEqual( JSON.parse( page.query.pages[ 0 ].revisions[ 0 ].slots.main.content ), LIST, 'the page is unchanged' );
} );
