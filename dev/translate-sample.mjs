#!/usr/bin/env node
/**
 * Marks a module for translation with the real Translate extension and translates units, the
 * way a translation administrator and translators do on Meta-Wiki: through the action API of a
 * running wiki (action=markfortranslation, edits of Translations:X/<unit>/<code>), then
 * runJobs so that Translate renders the X/<code> pages (design record 0005).
 *
 *   node dev/translate-sample.mjs NAME PORT
 *     puts dev/translate-sample/'s module into instance NAME (served on PORT), marks it and
 *     translates it into French (complete) and German (3 of 5 units).
 *
 * The browser and integration tests with Translate use the same client (TranslateWiki).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const sampleDir = join( root, 'dev/translate-sample' );

export const ADMIN = { user: 'Admin', password: 'trainings-dev-password' };

/** A logged-in action API client for one wiki instance, with Translate's write actions. */
export class TranslateWiki {
	/**
	 * @param {string} server e.g. http://localhost:8102
	 * @param {string} instance Name of the instance (for runJobs)
	 */
	constructor( server, instance ) {
		this.server = server;
		this.instance = instance;
		this.cookies = new Map();
		this.token = null;
	}

	/**
	 * @param {Object<string,string>} params Action API parameters
	 * @param {boolean} [post]
	 * @return {Promise<Object>} the decoded answer; an API error throws
	 */
	async request( params, post = false ) {
		const body = new URLSearchParams( { format: 'json', formatversion: '2', ...params } );
		const headers = { cookie: [ ...this.cookies ].map( ( [ k, v ] ) => `${ k }=${ v }` ).join( '; ' ) };
		const res = post ?
			await fetch( `${ this.server }/api.php`, { method: 'POST', body, headers } ) :
			await fetch( `${ this.server }/api.php?${ body }`, { headers } );
		for ( const cookie of res.headers.getSetCookie() ) {
			const [ pair ] = cookie.split( ';' );
			const eq = pair.indexOf( '=' );
			this.cookies.set( pair.slice( 0, eq ), pair.slice( eq + 1 ) );
		}
		if ( !res.ok ) {
			throw new Error( `api.php answered ${ res.status } to ${ params.action }` );
		}
		const data = await res.json();
		if ( data.error ) {
			throw new Error( `${ params.action }: ${ data.error.code }: ${ data.error.info }` );
		}
		return data;
	}

	/**
	 * Log in as the wiki's administrator (sysop: pagetranslation, translate).
	 *
	 * @param {{user: string, password: string}} [account]
	 * @return {Promise<TranslateWiki>} this client
	 */
	async login( account = ADMIN ) {
		const { user, password } = account;
		const { query } = await this.request( { action: 'query', meta: 'tokens', type: 'login' } );
		const result = await this.request( {
			action: 'login', lgname: user, lgpassword: password, lgtoken: query.tokens.logintoken
		}, true );
		if ( result.login.result !== 'Success' ) {
			throw new Error( `login as ${ user } failed: ${ JSON.stringify( result.login ) }` );
		}
		const tokens = await this.request( { action: 'query', meta: 'tokens' } );
		this.token = tokens.query.tokens.csrftoken;
		return this;
	}

	/**
	 * @param {string} title
	 * @param {string} text
	 * @param {string} [summary]
	 * @return {Promise<number>} the new revision id
	 */
	async edit( title, text, summary = 'Trainings test' ) {
		const data = await this.request( { action: 'edit', title, text, summary, token: this.token }, true );
		if ( data.edit.result !== 'Success' ) {
			throw new Error( `edit of ${ title } failed: ${ JSON.stringify( data.edit ) }` );
		}
		return data.edit.newrevid;
	}

	/**
	 * Mark the latest revision of a page for translation (no "Page display title" unit).
	 *
	 * @param {string} title
	 * @return {Promise<Object>} the API's answer
	 */
	async mark( title ) {
		const data = await this.request( {
			action: 'markfortranslation', title, translatetitle: 'no', token: this.token
		}, true );
		return data.markfortranslation;
	}

	/**
	 * Approve the latest revision of a page as a reviewer (design record 0017): readers, the
	 * catalog and, through it, the translation pages of a source marked at or before it follow.
	 *
	 * @param {string} title
	 * @return {Promise<Object>} the API's answer
	 */
	async approve( title ) {
		const info = await this.request( { action: 'query', prop: 'info', titles: title } );
		const revid = info.query.pages[ 0 ].lastrevid;
		const data = await this.request( {
			action: 'trainingreview', page: title, revid, state: 'published', token: this.token
		}, true );
		if ( !data.trainingreview ) {
			throw new Error( `approving ${ title } failed: ${ JSON.stringify( data ) }` );
		}
		return data.trainingreview;
	}

	/**
	 * @param {string} title Source page
	 * @return {Promise<string[]>} unit keys of the marked version, in source order
	 */
	async units( title ) {
		const data = await this.request( {
			action: 'query', list: 'messagecollection', mcgroup: `page-${ title }`,
			mclanguage: 'en', mcprop: 'definition', mclimit: 'max'
		} );
		return data.query.messagecollection.map( ( unit ) => unit.key.split( '/' ).pop() );
	}

	/**
	 * Translate one unit, as Special:Translate saves it.
	 *
	 * @param {string} title Source page
	 * @param {string} unit Unit key
	 * @param {string} code Language code
	 * @param {string} text Translation
	 * @return {Promise<number>} the new revision id
	 */
	async translate( title, unit, code, text ) {
		return this.edit( `Translations:${ title }/${ unit }/${ code }`, text, 'Translation' );
	}

	/** Run the job queue (Translate renders X/<code> pages in jobs). */
	runJobs() {
		const result = spawnSync( 'bash', [ join( root, 'dev/wiki.sh' ), 'php', this.instance,
			'maintenance/run.php', 'runJobs', '--maxtime', '120' ], { encoding: 'utf8' } );
		if ( result.status !== 0 ) {
			throw new Error( `runJobs failed: ${ result.stderr }` );
		}
	}

	/**
	 * Translate's statistics of a page's group, computing them when needed: the API returns
	 * what is cached and a `continue` while the rest is computed (design record 0005).
	 *
	 * @param {string} title
	 * @return {Promise<Object<string,{total:number,translated:number,fuzzy:number}>>} by code
	 */
	async stats( title ) {
		const stats = {};
		let params = { action: 'query', meta: 'messagegroupstats', mgsgroup: `page-${ title }`, mgssuppressempty: '1' };
		for ( let i = 0; i < 50; i++ ) {
			const data = await this.request( params );
			for ( const row of data.query.messagegroupstats ) {
				stats[ row.code ] = row;
			}
			if ( !data.continue ) {
				return stats;
			}
			params = { ...params, ...data.continue };
			this.runJobs();
		}
		throw new Error( `statistics of ${ title } were never complete` );
	}

	/**
	 * Save a source page, mark it, translate units and run the jobs.
	 *
	 * @param {string} title
	 * @param {string} text Wikitext with <translate> markup
	 * @param {Object<string,Array<string|null>>} translations By code: unit texts in source order
	 *  (null or missing: left untranslated)
	 * @param {Object} [options]
	 * @param {boolean} [options.jobs=true] Run the jobs (each run takes seconds: batch them)
	 * @return {Promise<string[]>} the unit keys
	 */
	async publish( title, text, translations, { jobs = true } = {} ) {
		await this.edit( title, text, 'Source' );
		const marked = await this.mark( title );
		if ( marked.result !== 'Success' ) {
			throw new Error( `marking ${ title } failed: ${ JSON.stringify( marked ) }` );
		}
		// Marking saved a revision with the unit markers: a reviewer approves it, so that readers
		// get the module and its translation pages follow it.
		await this.approve( title );
		const units = await this.units( title );
		for ( const [ code, texts ] of Object.entries( translations ) ) {
			for ( const [ i, unitText ] of texts.entries() ) {
				if ( unitText !== null && units[ i ] ) {
					await this.translate( title, units[ i ], code, unitText );
				}
			}
		}
		if ( jobs ) {
			this.runJobs();
		}
		return units;
	}
}

/** @return {{title: string, text: string, translations: Object<string,string[]>}} */
export function sampleModule() {
	const sample = JSON.parse( readFileSync( join( sampleDir, 'sample.json' ), 'utf8' ) );
	const file = sample.title.replace( /^Training:/, '' ) + '.wikitext';
	return { ...sample, text: readFileSync( join( sampleDir, 'Training', file ), 'utf8' ).trimEnd() };
}

async function main( [ instance, port ] ) {
	if ( !instance || !port ) {
		console.error( 'Usage: node dev/translate-sample.mjs NAME PORT' );
		process.exit( 2 );
	}
	const wiki = await new TranslateWiki( `http://127.0.0.1:${ port }`, instance ).login();
	const { title, text, translations } = sampleModule();
	const current = await wiki.request( { action: 'query', prop: 'revisions', titles: title, rvprop: 'content', rvslots: 'main' } );
	const page = current.query.pages[ 0 ];
	// Marked already and unchanged: keep the translators' work (and the wiki's history) as it is.
	if ( !page.missing && page.revisions[ 0 ].slots.main.content.includes( '<!--T:' ) ) {
		console.log( `${ title } is marked for translation already.` );
		return;
	}
	await wiki.publish( title, text, translations );
	const stats = await wiki.stats( title );
	const summary = Object.keys( translations ).map( ( code ) => `${ code } ${ stats[ code ]?.translated }/${ stats[ code ]?.total }` );
	console.log( `Marked ${ title } for translation: ${ summary.join( ', ' ) }` );
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	main( process.argv.slice( 2 ) ).catch( ( err ) => {
		console.error( err.message );
		process.exit( 1 );
	} );
}
