'use strict';

const { ApiRequestError } = require( 'ext.trainings.catalog' );

/**
 * A stand-in for MwEnvironment.apiGet: records each request and lets the test answer it.
 *
 * @return {{calls: Array, apiGet: Function}}
 */
function fakeApi() {
	const calls = [];
	const apiGet = ( params, signal ) => new Promise( ( resolve, reject ) => {
		const call = { params, resolve, reject, aborted: false };
		calls.push( call );
		if ( signal ) {
			signal.addEventListener( 'abort', () => {
				call.aborted = true;
				reject( new ApiRequestError( 'http', 'abort' ) );
			} );
		}
	} );
	return { calls, apiGet };
}

/**
 * A list=trainings response.
 *
 * @param {string[]} titles Display titles of the modules
 * @param {string|null} [continueFrom]
 * @return {Object}
 */
function response( titles, continueFrom ) {
	const data = {
		query: {
			trainings: titles.map( ( title ) => ( {
				key: title.replace( / /g, '_' ),
				displaytitle: title,
				summary: 'About ' + title + '.',
				level: 'beginner',
				duration: 20,
				formats: [ 'quiz' ],
				languages: [ 'en', 'fr' ],
				status: 'published',
				url: '/wiki/Training:' + title.replace( / /g, '_' )
			} ) )
		}
	};
	if ( continueFrom ) {
		data.continue = { trcontinue: continueFrom, continue: '-||' };
	}
	return data;
}

/**
 * @param {number} ms
 * @return {Promise}
 */
function wait( ms ) {
	return new Promise( ( resolve ) => {
		setTimeout( resolve, ms );
	} );
}

module.exports = { fakeApi, response, wait };
