#!/usr/bin/env node
/**
 * Prints, per quiz question, how many learners answered it and the share right on the first
 * try, as Special:TrainingStats counts them (design record 0012), with each question's text read from
 * its module page.
 *
 *   node dev/quiz-first-tries.mjs [--server http://localhost:8081] [--period 7|30|90] [--out FILE]
 *
 * The figures come from the rows of the stats page's question table
 * (`tr[data-trainings-module][data-trainings-quiz]`, which carry the raw counts).
 */
import { writeFileSync } from 'node:fs';

/**
 * @param {string} html
 * @return {string} Text without tags and with entities decoded (the few the wiki writes)
 */
function text( html ) {
	return html.replace( /<[^>]*>/g, '' ).replace( /&lt;/g, '<' ).replace( /&gt;/g, '>' )
		.replace( /&quot;/g, '"' ).replace( /&#0?39;/g, '\'' ).replace( /&amp;/g, '&' ).replace( /\s+/g, ' ' ).trim();
}

/**
 * @param {string} server
 * @param {number} period
 * @return {Promise<Array<{module: string, quiz: number, learners: number, right: number}>>}
 */
export async function firstTries( server, period = 7 ) {
	const response = await fetch( `${ server }/index.php?title=Special:TrainingStats&period=${ period }&uselang=en` );
	if ( !response.ok ) {
		throw new Error( `Special:TrainingStats answered ${ response.status }` );
	}
	const html = await response.text();
	const rows = [];
	const pattern = new RegExp( '<tr data-trainings-module="([^"]*)" data-trainings-quiz="(\\d+)" ' +
		'data-trainings-learners="(\\d+)" data-trainings-first-right="(\\d+)">', 'g' );
	for ( const m of html.matchAll( pattern ) ) {
		rows.push( {
			module: text( m[ 1 ] ), quiz: Number( m[ 2 ] ), learners: Number( m[ 3 ] ), right: Number( m[ 4 ] )
		} );
	}
	return rows;
}

/**
 * @param {string} server
 * @param {string} module DB key
 * @return {Promise<Object<number,string>>} Question text by quiz number
 */
async function questions( server, module ) {
	const response = await fetch( `${ server }/index.php?title=Training:${ encodeURIComponent( module ) }&uselang=en` );
	const html = await response.text();
	const found = {};
	const pattern = /<div class="trainings-quiz" id="quiz-(\d+)"[^>]*>\s*<fieldset><legend class="trainings-quiz-question">([\s\S]*?)<\/legend>/g;
	for ( const m of html.matchAll( pattern ) ) {
		found[ Number( m[ 1 ] ) ] = text( m[ 2 ] );
	}
	return found;
}

/**
 * @param {string} server
 * @param {number} period
 * @return {Promise<string>} The figures as a plain-text table, least often right first
 */
export async function report( server, period = 7 ) {
	const rows = await firstTries( server, period );
	const texts = {};
	for ( const module of new Set( rows.map( ( r ) => r.module ) ) ) {
		texts[ module ] = await questions( server, module );
	}
	const lines = [ `First tries per quiz question, last ${ period } days, ${ server }`, '' ];
	for ( const r of rows ) {
		const share = r.learners ? Math.round( 1000 * r.right / r.learners ) / 10 : 0;
		lines.push( `${ String( share ).padStart( 5 ) } %  ${ String( r.right ).padStart( 3 ) } of ${ String( r.learners ).padEnd( 3 ) }` +
			`  ${ r.module.replace( /_/g, ' ' ) }, quiz ${ r.quiz }: ${ ( texts[ r.module ] || {} )[ r.quiz ] || '?' }` );
	}
	if ( !rows.length ) {
		lines.push( '(no first tries counted)' );
	}
	return lines.join( '\n' ) + '\n';
}

if ( import.meta.url === `file://${ process.argv[ 1 ] }` ) {
	const arg = ( name, fallback ) => {
		const i = process.argv.indexOf( name );
		return i === -1 ? fallback : process.argv[ i + 1 ];
	};
	const server = arg( '--server', process.env.TRAININGS_TEST_SERVER || 'http://localhost:8080' );
	const out = await report( server, Number( arg( '--period', '7' ) ) );
	process.stdout.write( out );
	const file = arg( '--out', null );
	if ( file ) {
		writeFileSync( file, out );
	}
}
