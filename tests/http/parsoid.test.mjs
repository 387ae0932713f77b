/**
 * Module pages as Parsoid renders them (design record 0018), over HTTP: the REST API's HTML
 * carries the step structure the player reads, with the same steps and quizzes as the legacy
 * parser's page, and Parsoid writes that HTML back to the very same wikitext (what
 * VisualEditor's saves rely on).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { api, get, sampleModules, samplePages, server } from './lib.mjs';

function restTitle( title ) {
	return encodeURIComponent( `Training:${ title }`.replace( / /g, '_' ) );
}

/** What the player reads (resources/src/player/serverModule.ts). */
function structure( html ) {
	const doc = new JSDOM( html ).window.document;
	const modules = [ ...doc.querySelectorAll( '.trainings-module' ) ];
	const root = modules[ 0 ];
	return {
		modules: modules.map( ( m ) => [ m.dataset.trainingsSteps, m.dataset.trainingsQuizzes ] ),
		steps: root ? [ ...root.querySelectorAll( 'section.trainings-step' ) ].map( ( s ) => s.id ) : [],
		links: root ? [ ...root.querySelectorAll( '.trainings-steplist a' ) ]
			.map( ( a ) => a.getAttribute( 'href' ) ) : [],
		videos: [ ...doc.querySelectorAll( '.trainings-video video' ) ].map( ( v ) => [
			v.getAttribute( 'data-trainings-poster' ), v.hasAttribute( 'data-mw-tmh' ),
			[ ...v.querySelectorAll( 'track' ) ].map( ( t ) => t.getAttribute( 'srclang' ) ) ] ),
		transcripts: doc.querySelectorAll( '.trainings-video-transcript' ).length,
		course: [ ...doc.querySelectorAll( '.trainings-course > li' ) ].map( ( li ) => [
			li.dataset.trainingsModule, li.querySelector( 'a' ) && li.querySelector( 'a' ).getAttribute( 'href' ) ] ),
		quizzes: [ ...doc.querySelectorAll( '.trainings-quiz[data-trainings-quiz]' ) ].map( ( q ) => q.id ),
		labelled: root ? [ ...root.querySelectorAll( 'section.trainings-step' ) ].every( ( s ) => {
			const heading = doc.getElementById( s.getAttribute( 'aria-labelledby' ) );
			return !!heading && heading.tagName === 'H2' && s.contains( heading );
		} ) : false
	};
}

for ( const title of sampleModules() ) {
	test( `Parsoid's HTML of "${ title }" has the legacy parser's steps and quizzes`, async () => {
		const rest = await get( `/rest.php/v1/page/${ restTitle( title ) }/html` );
		assert.equal( rest.status, 200 );
		const parsoid = structure( rest.text );
		const legacy = structure( ( await api( {
			action: 'parse', page: `Training:${ title }`, prop: 'text', disablelimitreport: '1'
		} ) ).parse.text );

		assert.equal( parsoid.modules.length, 1, 'one module wrapper' );
		assert.ok( parsoid.steps.length > 0, 'steps' );
		assert.deepEqual( parsoid.steps, parsoid.steps.map( ( _, i ) => `step-${ i + 1 }` ) );
		assert.deepEqual( parsoid.links, parsoid.steps.map( ( id ) => `#${ id }` ), 'the step list' );
		assert.ok( parsoid.labelled, 'each step is labelled by its heading' );
		assert.deepEqual( { ...parsoid, labelled: true }, { ...legacy, labelled: true } );
	} );
}

for ( const title of samplePages().filter( ( t ) => !sampleModules().includes( t ) ) ) {
	test( `Parsoid's HTML of the course "${ title }" links its modules as the legacy parser does`, async () => {
		const parsoid = structure( ( await get( `/rest.php/v1/page/${ restTitle( title ) }/html` ) ).text );
		const legacy = structure( ( await api( {
			action: 'parse', page: `Training:${ title }`, prop: 'text', disablelimitreport: '1'
		} ) ).parse.text );
		assert.ok( parsoid.course.length > 0 );
		assert.ok( parsoid.course.every( ( [ , href ] ) => /Special:MyLanguage\/Training:/.test( href ) ) );
		assert.deepEqual( parsoid, legacy );
	} );
}

test( 'Parsoid writes its HTML of a module back to the same wikitext', async () => {
	const title = sampleModules().find( ( t ) => t === 'How to talk to partners' ) || sampleModules()[ 0 ];
	const page = JSON.parse( ( await get( `/rest.php/v1/page/${ restTitle( title ) }` ) ).text );
	const html = ( await get( `/rest.php/v1/page/${ restTitle( title ) }/html` ) ).text;
	assert.match( html, /class="trainings-step"/ );
	const res = await fetch( `${ server }/rest.php/v1/transform/html/to/wikitext/${ restTitle( title ) }/${ page.latest.id }`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify( { html } )
	} );
	assert.equal( res.status, 200 );
	assert.equal( await res.text(), page.source );
} );
