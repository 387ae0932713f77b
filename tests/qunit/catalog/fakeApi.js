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
 * A module card as CatalogCardRenderer.php writes it (`trprop=card`).
 *
 * @param {string} title Display title
 * @return {string}
 */
function cardHtml( title ) {
	const key = title.replace( / /g, '_' );
	const chip = ( kind, text ) => '<span class="cdx-info-chip ext-trainings-card__chip ext-trainings-card__chip--' + kind + '">' +
		'<span class="cdx-info-chip--text">' + text + '</span></span> ';
	return '<li class="ext-trainings-catalog__item" data-key="' + key + '">' +
		'<a class="cdx-card cdx-card--is-link" href="/wiki/Training:' + key + '"><span class="cdx-card__text">' +
		'<span class="cdx-card__text__title"><bdi lang="en">' + title + '</bdi></span>' +
		'<span class="cdx-card__text__description"><bdi lang="en">About ' + title + '.</bdi></span>' +
		'<span class="cdx-card__text__supporting-text"><span class="ext-trainings-card__chips">' +
		chip( 'level', 'Beginner' ) + chip( 'duration', '20 min' ) + chip( 'format ext-trainings-card__chip--quiz', 'Quiz' ) +
		chip( 'languages', 'English, French' ) + '</span></span></span></a></li>';
}

/**
 * A list=trainings&trprop=card response.
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
				card: cardHtml( title ),
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

module.exports = { cardHtml, fakeApi, response, wait };
