#!/usr/bin/env node
/**
 * Bytes the extension ships, as a running wiki's `load.php` serves them in production mode
 * (`debug=false`, `lang=en`, `skin=vector-2022`), gzipped here with zlib level 6 (what a web
 * server's gzip does by default; 1 KB = 1024 bytes).
 *
 * Each of the extension's ResourceLoader modules is split into our own code and what Codex
 * adds to it: a CodexModule response carries our package files (resources/dist/<module>/) next
 * to a generated `codex.js` and `_codex/*` files, our messages next to Codex's (`cdx-*`), and
 * our CSS followed by the Codex components' CSS. Scenarios add up the modules a page loads.
 *
 *   node dev/bytes.mjs                       table for the wiki at TRAININGS_TEST_SERVER, else
 *                                            the dev wiki (http://localhost:8080)
 *   node dev/bytes.mjs --server URL --check  also check the budgets; exits 1 when over
 *   npm run bench:check                      the same as --check
 *
 * Budgets (part of done for every change, docs/architecture.md): our own JS for
 * the player ≤ 20 KB gzipped, for the catalog ≤ 15 KB, our CSS ≤ 6 KB for each page. Vue and
 * the Codex components are reported, not budgeted.
 *
 * The gadget (design record 0006) is measured on a plain wiki that has it installed (`--gadget-server
 * URL`, else TRAININGS_TEST_PLAIN_SERVER, else the development plain wiki when it runs): the
 * link on every page (`ext.gadget.trainings`) ≤ 1 KB, the app loaded on click
 * (`ext.gadget.trainings-app`: its own code, the player's included, without Vue and Codex,
 * which are modules of their own) ≤ 25 KB of JS and ≤ 3 KB of CSS. The VisualEditor plugin
 * (dialogs, loaded only inside VisualEditor) ≤ 6 KB of JS.
 *
 * What a whole page view downloads is dev/pageDownloads.mjs (used by dev/bench.mjs).
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const KB = 1024;

/** What a page loads of ours, and the budgets in KB gzipped (null: reported only). */
export const SCENARIOS = [
	{ key: 'player', label: 'module page (player)', modules: [ 'ext.trainings.player', 'ext.trainings.styles' ], jsBudget: 20, cssBudget: 6 },
	{ key: 'catalog', label: 'Special:Trainings (catalog)', modules: [ 'ext.trainings.catalog', 'ext.trainings.styles' ], jsBudget: 15, cssBudget: 6 },
	// Course pages load the player's module, which shows the course's progress there.
	{ key: 'course', label: 'course page', modules: [ 'ext.trainings.player', 'ext.trainings.styles' ], jsBudget: 20, cssBudget: 6 },
	{ key: 'maintenance', label: 'Special:TrainingMaintenance', modules: [ 'ext.trainings.styles' ], jsBudget: null, cssBudget: 3 },
	// Loaded by VisualEditor only (its PluginModules), never on a page view (design record 0018).
	{ key: 'visualeditor', label: 'VisualEditor plugin (editing only)', modules: [ 'ext.trainings.visualEditor' ], jsBudget: 6, cssBudget: null }
];

/** The gadget's scenarios, on a plain wiki with the gadget installed. */
export const GADGET_SCENARIOS = [
	{ key: 'gadget-link', label: 'gadget: tools link (every page)', modules: [ 'ext.gadget.trainings' ], jsBudget: 1, cssBudget: null },
	{ key: 'gadget', label: 'gadget: catalog and player (on click)', modules: [ 'ext.gadget.trainings-app' ], jsBudget: 25, cssBudget: 3 }
];

/**
 * Modules registered from a hook rather than in extension.json: the VisualEditor plugin, on
 * wikis that load VisualEditor (Hooks/VisualEditorModuleHandler), as the test wiki does.
 */
const HOOK_MODULES = [ 'ext.trainings.visualEditor' ];

/**
 * The extension's ResourceLoader modules: extension.json's and those registered from a hook.
 *
 * @return {string[]}
 */
export function extensionModules() {
	const ext = JSON.parse( readFileSync( join( root, 'extension.json' ), 'utf8' ) );
	return Object.keys( ext.ResourceModules || {} ).concat( HOOK_MODULES );
}

export function gz( text ) {
	return text ? gzipSync( Buffer.from( text, 'utf8' ), { level: 6 } ).length : 0;
}

function sizes( text ) {
	return { raw: Buffer.byteLength( text, 'utf8' ), gz: gz( text ) };
}

async function get( url ) {
	const res = await fetch( url );
	const text = await res.text();
	if ( res.status !== 200 ) {
		throw new Error( `${ url } answered ${ res.status }` );
	}
	return text;
}

function loadUrl( server, module, only ) {
	const params = new URLSearchParams( { debug: 'false', lang: 'en', skin: 'vector-2022', modules: module } );
	if ( only ) {
		params.set( 'only', only );
	}
	return `${ server }/load.php?${ params }`;
}

/**
 * Run a load.php JavaScript response and return what it hands to mw.loader.impl.
 *
 * @param {string} text
 * @param {string} module
 * @return {Array} [ name, scripts, styles, messages, templates ]
 */
function implOf( text, module ) {
	const calls = [];
	const sandbox = {
		mw: { loader: {
			impl: ( fn ) => calls.push( fn() ),
			implement: ( ...args ) => calls.push( args ),
			state: () => {}
		} }
	};
	vm.runInNewContext( text, sandbox, { timeout: 5000 } );
	const found = calls.find( ( c ) => String( c[ 0 ] ).split( '@' )[ 0 ] === module );
	if ( !found ) {
		// A styles-only module asked for its scripts answers with its state alone.
		if ( /^mw\.loader\.state\(/.test( text.trim() ) && !/"missing"/.test( text ) ) {
			return [ module, null, null, {} ];
		}
		throw new Error( `load.php did not implement ${ module }: ${ text.slice( 0, 200 ) }` );
	}
	return found;
}

function isCodexFile( name ) {
	return name === 'codex.js' || name.startsWith( '_codex/' );
}

function fileText( value ) {
	return typeof value === 'function' ? value.toString() :
		typeof value === 'string' ? value : JSON.stringify( value );
}

/**
 * Split a module's minified CSS into ours and Codex's. CodexModule appends the components'
 * style files after the module's own, so Codex starts at the first top-level rule whose
 * selector begins with `.cdx-` (our own rules that style Codex are nested under our classes).
 *
 * @param {string} css
 * @return {{own: string, codex: string}}
 */
export function splitCodexCss( css ) {
	let depth = 0;
	let quote = null;
	for ( let i = 0; i < css.length; i++ ) {
		const c = css[ i ];
		if ( quote ) {
			if ( c === '\\' ) {
				i++;
			} else if ( c === quote ) {
				quote = null;
			}
			continue;
		}
		if ( c === '"' || c === '\'' ) {
			quote = c;
		} else if ( c === '{' ) {
			depth++;
		} else if ( c === '}' ) {
			depth--;
		}
		const ruleStart = i === 0 || ( depth === 0 && c === '}' );
		const at = i === 0 ? 0 : i + 1;
		if ( ruleStart && depth === 0 && /^\s*(\.cdx-|@keyframes cdx-)/.test( css.slice( at, at + 20 ) ) ) {
			return { own: css.slice( 0, at ), codex: css.slice( at ) };
		}
	}
	return { own: css, codex: '' };
}

/**
 * Like RL's CSSMin::minify, to check the split against our built CSS files (comments go first:
 * ResourceLoader has already dropped them when it minifies).
 *
 * @param {string} css
 * @return {string}
 */
function cssMinify( css ) {
	const pairs = [ [ '; ', ';' ], [ ': ', ':' ], [ ' {', '{' ], [ '{ ', '{' ], [ ', ', ',' ], [ '} ', '}' ], [ ';}', '}' ], [ '( ', '(' ], [ ' )', ')' ], [ '[ ', '[' ], [ ' ]', ']' ] ];
	let out = css.replace( /\/\*[\s\S]*?\*\//g, '' ).replace( /\s+/g, ' ' );
	for ( const [ from, to ] of pairs ) {
		out = out.split( from ).join( to );
	}
	return out.trim();
}

/**
 * Bytes of one module, split into ours and Codex's.
 *
 * @param {string} server
 * @param {string} module
 * @return {Promise<Object>} Each part as {raw, gz}: ownJs, ownMessages, codexJs (code and
 *  Codex messages), ownCss, codexCss, and response (the whole module response a browser loads)
 */
export async function measureModule( server, module ) {
	const [ full, scripts, styles ] = await Promise.all( [
		get( loadUrl( server, module ) ),
		get( loadUrl( server, module, 'scripts' ) ),
		get( loadUrl( server, module, 'styles' ) )
	] );
	const [ , script, , messages ] = implOf( full, module );
	let ownCode = '';
	let codexCode = '';
	const scriptPart = implOf( scripts, module )[ 1 ];
	if ( scriptPart && typeof scriptPart === 'object' && scriptPart.files ) {
		for ( const [ name, value ] of Object.entries( scriptPart.files ) ) {
			if ( isCodexFile( name ) ) {
				codexCode += fileText( value ) + '\n';
			} else {
				ownCode += fileText( value ) + '\n';
			}
		}
	} else if ( scriptPart ) {
		ownCode = fileText( scriptPart );
	}
	const ownMessages = {};
	const codexMessages = {};
	for ( const [ key, value ] of Object.entries( messages || {} ) ) {
		( key.startsWith( 'cdx-' ) ? codexMessages : ownMessages )[ key ] = value;
	}
	const css = splitCodexCss( styles );
	// Where we built the CSS ourselves, the split must start with exactly that file.
	const note = [];
	try {
		const built = readFileSync( join( root, 'resources/dist', module, 'index.css' ), 'utf8' );
		if ( !css.own.startsWith( cssMinify( built ) ) ) {
			note.push( 'CSS split unverified' );
		}
	} catch ( e ) {
		// No built CSS file: a LESS module, split by selector only.
	}
	const json = ( o ) => ( Object.keys( o ).length ? JSON.stringify( o ) : '' );
	return {
		module,
		hasScript: !!script,
		ownJs: sizes( ownCode ),
		ownMessages: sizes( json( ownMessages ) ),
		ownJsTotal: sizes( ownCode + json( ownMessages ) ),
		codexJs: sizes( codexCode + json( codexMessages ) ),
		ownCss: sizes( css.own ),
		codexCss: sizes( css.codex ),
		response: sizes( full ),
		note
	};
}

/**
 * Every module of the extension, and the scenarios with their budgets.
 *
 * @param {string} server
 * @param {string|null} [gadgetServer] A plain wiki with the gadget, or null
 * @return {Promise<{modules: Object[], scenarios: Object[]}>}
 */
export async function measureBytes( server, gadgetServer = null ) {
	const names = extensionModules();
	const modules = await Promise.all( names.map( ( name ) => measureModule( server, name ) ) );
	if ( gadgetServer ) {
		const gadgetModules = GADGET_SCENARIOS.flatMap( ( s ) => s.modules );
		modules.push( ...await Promise.all( gadgetModules.map( ( name ) => measureModule( gadgetServer, name ) ) ) );
	}
	const byName = Object.fromEntries( modules.map( ( m ) => [ m.module, m ] ) );
	const sum = ( list, key ) => list.reduce( ( acc, m ) => acc + m[ key ].gz, 0 );
	const scenarios = SCENARIOS.concat( gadgetServer ? GADGET_SCENARIOS : [] ).map( ( s ) => {
		const list = s.modules.map( ( name ) => byName[ name ] );
		if ( list.includes( undefined ) ) {
			throw new Error( `${ s.label }: not every module of ${ s.modules.join( ', ' ) } was measured` );
		}
		const row = {
			...s,
			ownJs: sum( list, 'ownJsTotal' ),
			codexJs: sum( list, 'codexJs' ),
			ownCss: sum( list, 'ownCss' ),
			codexCss: sum( list, 'codexCss' ),
			response: sum( list, 'response' )
		};
		row.over = [];
		if ( s.jsBudget !== null && row.ownJs > s.jsBudget * KB ) {
			row.over.push( `own JS ${ kb( row.ownJs ) } > ${ s.jsBudget } KB` );
		}
		if ( s.cssBudget !== null && row.ownCss > s.cssBudget * KB ) {
			row.over.push( `own CSS ${ kb( row.ownCss ) } > ${ s.cssBudget } KB` );
		}
		return row;
	} );
	const covered = new Set( SCENARIOS.flatMap( ( s ) => s.modules ) );
	const uncovered = names.filter( ( n ) => !covered.has( n ) );
	return { modules, scenarios, uncovered };
}

export function kb( bytes ) {
	return `${ ( bytes / KB ).toFixed( 1 ) } KB`;
}

/**
 * Print the tables (markdown).
 *
 * @param {Object} result What measureBytes() returned
 * @return {boolean} Whether every budget holds
 */
export function printBytes( result ) {
	const { modules, scenarios, uncovered } = result;
	console.log( '\nBytes of our ResourceLoader modules ' +
		'(load.php production mode, gzip level 6, 1 KB = 1024 bytes)\n' );
	console.log( '| page | own JS (code + messages) | budget | own CSS | budget | Codex JS + messages | Codex CSS | status |' );
	console.log( '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |' );
	for ( const s of scenarios ) {
		console.log( `| ${ s.label } | ${ kb( s.ownJs ) } | ${ s.jsBudget === null ? '–' : s.jsBudget + ' KB' } | ${ kb( s.ownCss ) } | ${ s.cssBudget === null ? '–' : s.cssBudget + ' KB' } | ${ kb( s.codexJs ) } | ${ kb( s.codexCss ) } | ${ s.over.length ? 'OVER: ' + s.over.join( '; ' ) : 'ok' } |` );
	}
	console.log( '\nPer module (raw → gzip)\n' );
	console.log( '| module | own JS | own messages | own CSS | Codex JS + messages | Codex CSS | whole response |' );
	console.log( '| --- | ---: | ---: | ---: | ---: | ---: | ---: |' );
	const cell = ( p ) => ( p.raw ? `${ kb( p.raw ) } → ${ kb( p.gz ) }` : '–' );
	for ( const m of modules ) {
		console.log( `| ${ m.module }${ m.note.length ? ` (${ m.note.join( ', ' ) })` : '' } | ${ cell( m.ownJs ) } | ${ cell( m.ownMessages ) } | ${ cell( m.ownCss ) } | ${ cell( m.codexJs ) } | ${ cell( m.codexCss ) } | ${ cell( m.response ) } |` );
	}
	if ( uncovered.length ) {
		console.log( `\nModules in no scenario (add them to SCENARIOS in dev/bytes.mjs): ${ uncovered.join( ', ' ) }` );
	}
	return scenarios.every( ( s ) => s.over.length === 0 );
}

function serverArg() {
	const i = process.argv.indexOf( '--server' );
	return i > -1 ? process.argv[ i + 1 ] :
		process.env.TRAININGS_TEST_SERVER || `http://localhost:${ process.env.TRAININGS_DEV_PORT || '8080' }`;
}

/**
 * @return {Promise<string|null>} The plain wiki to measure the gadget on, if one answers
 */
async function gadgetServerArg() {
	const i = process.argv.indexOf( '--gadget-server' );
	const url = ( i > -1 ? process.argv[ i + 1 ] : process.env.TRAININGS_TEST_PLAIN_SERVER ||
		( process.env.TRAININGS_TEST_SERVER ? '' : `http://localhost:${ process.env.TRAININGS_DEV_PLAIN_PORT || '8082' }` ) ).replace( /\/$/, '' );
	if ( !url ) {
		return null;
	}
	try {
		const res = await fetch( `${ url }/load.php?modules=ext.gadget.trainings&only=scripts` );
		return res.ok ? url : null;
	} catch ( e ) {
		if ( i > -1 ) {
			throw new Error( `${ url } does not answer` );
		}
		return null;
	}
}

async function main() {
	const server = serverArg().replace( /\/$/, '' );
	const check = process.argv.includes( '--check' );
	console.log( `[bytes] ${ server }` );
	const gadgetServer = await gadgetServerArg();
	const result = await measureBytes( server, gadgetServer );
	if ( !gadgetServer ) {
		console.log( '[bytes] No plain wiki with the gadget: the gadget is not measured (--gadget-server URL)' );
	}
	const ok = printBytes( result );
	if ( check ) {
		console.log( ok ? '\nAll byte budgets hold.' : '\nOver budget: see the status column.' );
		process.exitCode = ok ? 0 : 1;
	}
}

if ( process.argv[ 1 ] && fileURLToPath( import.meta.url ) === process.argv[ 1 ] ) {
	main().catch( ( err ) => {
		console.error( err );
		process.exit( 1 );
	} );
}
