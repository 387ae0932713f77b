'use strict';

/**
 * Runs the QUnit tests of tests/qunit in Node, the same files Special:JavaScriptTest runs.
 *
 * `qunit --require ./tests/qunit/node-setup.js tests/qunit/index.js` loads this first. It
 * provides what ResourceLoader provides in the browser:
 * - a DOM (jsdom) as globals;
 * - a small `mw` stand-in: messages with $N and {{PLURAL}} (English rules), config, log,
 *   errorLogger, hook, util.getUrl, and `QUnit.newMwEnvironment()` that resets them around
 *   each test;
 * - `require( 'ext.trainings.catalog' )` and `…player` resolving to
 *   the built modules (resources/dist, or TRAININGS_DIST_DIR to test another build), whose
 *   `require( './codex.js' )` gets Codex;
 * - `createMwApp` on `vue`, like MediaWiki's `vue` module.
 */

const path = require( 'path' );
const Module = require( 'module' );
const { JSDOM } = require( 'jsdom' );

// ---- DOM ----------------------------------------------------------------------------------

const dom = new JSDOM( '<!DOCTYPE html><html lang="en" dir="ltr"><head></head><body></body></html>', {
	url: 'https://trainings.test/w/index.php?title=Special:Trainings',
	pretendToBeVisual: true
} );
const domGlobals = [
	'window', 'document', 'navigator', 'location', 'history',
	'Node', 'Element', 'HTMLElement', 'HTMLInputElement', 'HTMLFormElement', 'SVGElement',
	'Event', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'InputEvent', 'CustomEvent',
	'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'
];
domGlobals.forEach( ( name ) => {
	const value = name === 'window' ? dom.window : dom.window[ name ];
	Object.defineProperty( global, name, { value, configurable: true, writable: true } );
} );
if ( !global.ResizeObserver ) {
	// Codex components observe their size; jsdom has no layout.
	global.ResizeObserver = dom.window.ResizeObserver = class {
		observe() {}

		unobserve() {}

		disconnect() {}
	};
}

// ---- mw stand-in --------------------------------------------------------------------------

class MwMap {
	constructor() {
		this.values = {};
	}

	get( key, fallback ) {
		if ( key === undefined ) {
			return this.values;
		}
		return Object.prototype.hasOwnProperty.call( this.values, key ) ? this.values[ key ] :
			( fallback === undefined ? null : fallback );
	}

	set( key, value ) {
		if ( typeof key === 'object' ) {
			Object.assign( this.values, key );
		} else {
			this.values[ key ] = value;
		}
		return true;
	}

	exists( key ) {
		return Object.prototype.hasOwnProperty.call( this.values, key );
	}
}

const messages = new MwMap();
const config = new MwMap();

/**
 * Substitute $N, then apply {{PLURAL:n|one|other}} with English rules. Enough for tests;
 * on a wiki, mediawiki.jqueryMsg does the real work.
 *
 * @param {string} text
 * @param {Array} params
 * @return {string}
 */
function formatMessage( text, params ) {
	return text
		.replace( /\$(\d+)/g, ( match, n ) => {
			const value = params[ Number( n ) - 1 ];
			return value === undefined ? match : String( value );
		} )
		.replace( /\{\{PLURAL:\s*([^|}]*)\|([^}]*)\}\}/gi, ( match, count, forms ) => {
			const list = forms.split( '|' );
			return Number( count ) === 1 ? list[ 0 ] : list[ Math.min( 1, list.length - 1 ) ];
		} );
}

/**
 * mw.hook with memory, like mediawiki.base's.
 *
 * @param {string} name
 * @return {Object}
 */
const hooks = {};
function hook( name ) {
	if ( !hooks[ name ] ) {
		const handlers = [];
		let memory;
		hooks[ name ] = {
			add( ...fns ) {
				handlers.push( ...fns );
				if ( memory ) {
					fns.forEach( ( fn ) => fn( ...memory ) );
				}
				return this;
			},
			remove( fn ) {
				const i = handlers.indexOf( fn );
				if ( i !== -1 ) {
					handlers.splice( i, 1 );
				}
				return this;
			},
			fire( ...args ) {
				memory = args;
				handlers.slice().forEach( ( fn ) => fn( ...args ) );
				return this;
			}
		};
	}
	return hooks[ name ];
}

const loggedErrors = [];
const mw = {
	hook,
	util: {
		getUrl: ( title ) => '/wiki/' + encodeURIComponent( String( title ).replace( / /g, '_' ) )
			.replace( /%3A/g, ':' ).replace( /%2F/g, '/' )
	},
	messages,
	config,
	message( key, ...params ) {
		const exists = messages.exists( key );
		const text = () => exists ? formatMessage( messages.get( key ), params ) : `⧼${ key }⧽`;
		return {
			key,
			parameters: params,
			exists: () => exists,
			text,
			plain: text,
			escaped: text,
			parse: text
		};
	},
	msg( key, ...params ) {
		return mw.message( key, ...params ).text();
	},
	language: {
		convertNumber: ( n, integer ) => integer ? Number( n ) : String( n )
	},
	log: Object.assign( () => {}, {
		warn() {},
		error( ...args ) {
			loggedErrors.push( args );
		}
	} ),
	errorLogger: {
		logError( error, topic ) {
			loggedErrors.push( [ topic, error ] );
		}
	},
	loggedErrors
};
global.mw = dom.window.mw = mw;

QUnit.newMwEnvironment = function ( localEnv ) {
	const env = Object.assign( {}, localEnv );
	const orgBeforeEach = env.beforeEach;
	const orgAfterEach = env.afterEach;
	let liveMessages, liveConfig;
	env.beforeEach = function ( ...args ) {
		liveMessages = messages.values;
		liveConfig = config.values;
		messages.values = Object.assign( {}, localEnv && localEnv.messages );
		config.values = Object.assign( {}, liveConfig, localEnv && localEnv.config );
		loggedErrors.length = 0;
		return orgBeforeEach ? orgBeforeEach.apply( this, args ) : undefined;
	};
	env.afterEach = function ( ...args ) {
		const ret = orgAfterEach ? orgAfterEach.apply( this, args ) : undefined;
		messages.values = liveMessages;
		config.values = liveConfig;
		return ret;
	};
	return env;
};

// ---- Modules ------------------------------------------------------------------------------

const repoRoot = path.resolve( __dirname, '../..' );
const distDir = path.resolve( repoRoot, process.env.TRAININGS_DIST_DIR || 'resources/dist' );
const resourceLoaderModules = {
	'ext.trainings.catalog': path.join( distDir, 'ext.trainings.catalog/index.js' ),
	'ext.trainings.player': path.join( distDir, 'ext.trainings.player/index.js' )
};
/* eslint-disable no-underscore-dangle */
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function ( request, parent, ...rest ) {
	if ( Object.prototype.hasOwnProperty.call( resourceLoaderModules, request ) ) {
		return resourceLoaderModules[ request ];
	}
	// CodexModule's generated package file: `require( './codex.js' )` from a built module.
	if ( request === './codex.js' && parent && parent.filename &&
		parent.filename.startsWith( distDir + path.sep )
	) {
		return originalResolve.call( this, '@wikimedia/codex', parent, ...rest );
	}
	return originalResolve.call( this, request, parent, ...rest );
};
/* eslint-enable no-underscore-dangle */

// MediaWiki's `vue` module: createApp with the $i18n plugin.
const vue = require( 'vue' );
if ( !vue.createMwApp ) {
	vue.createMwApp = function ( ...args ) {
		const app = vue.createApp( ...args );

		app.config.globalProperties.$i18n = ( key, ...params ) => mw.message( key, ...params );
		app.provide( 'CdxI18nFunction', mw.msg );
		return app;
	};
}
