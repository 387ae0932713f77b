/**
 * A logged-in session on the test wiki over plain HTTP: cookies kept by hand, login with the
 * development administrator (dev/wiki.sh), CSRF token, GET and POST to api.php.
 */
import { server } from './lib.mjs';

export const ADMIN = { name: 'Admin', password: 'trainings-dev-password' };

export class WikiSession {
	constructor() {
		/** @type {Map<string,string>} */
		this.cookies = new Map();
	}

	/**
	 * @param {string} url
	 * @param {Object} [init] fetch() options
	 * @return {Promise<Response>}
	 */
	async fetch( url, init = {} ) {
		const headers = { ...init.headers };
		if ( this.cookies.size ) {
			headers.Cookie = [ ...this.cookies ].map( ( [ k, v ] ) => `${ k }=${ v }` ).join( '; ' );
		}
		const res = await fetch( url, { ...init, headers, redirect: 'manual' } );
		for ( const cookie of res.headers.getSetCookie() ) {
			const [ pair ] = cookie.split( ';' );
			const eq = pair.indexOf( '=' );
			this.cookies.set( pair.slice( 0, eq ).trim(), pair.slice( eq + 1 ).trim() );
		}
		return res;
	}

	/**
	 * GET api.php with these parameters.
	 *
	 * @param {Object<string,string>} params
	 * @return {Promise<Object>}
	 */
	async get( params ) {
		const query = new URLSearchParams( { format: 'json', formatversion: '2', ...params } );
		return ( await this.fetch( `${ server }/api.php?${ query }` ) ).json();
	}

	/**
	 * POST api.php with these parameters (a string body is sent as it is: raw bytes allowed).
	 *
	 * @param {Object<string,string>|string} params
	 * @return {Promise<Object>}
	 */
	async post( params ) {
		const body = typeof params === 'string' ? params :
			new URLSearchParams( { format: 'json', formatversion: '2', ...params } ).toString();
		const res = await this.fetch( `${ server }/api.php`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body
		} );
		return res.json();
	}

	/**
	 * @param {Object} [user] Defaults to the development administrator
	 * @return {Promise<WikiSession>}
	 */
	async login( user = ADMIN ) {
		const token = ( await this.get( { action: 'query', meta: 'tokens', type: 'login' } ) ).query.tokens.logintoken;
		const result = await this.post( { action: 'login', lgname: user.name, lgpassword: user.password, lgtoken: token } );
		if ( result.login?.result !== 'Success' ) {
			throw new Error( `login failed: ${ JSON.stringify( result ) }` );
		}
		return this;
	}

	/** @return {Promise<string>} */
	async csrf() {
		return ( await this.get( { action: 'query', meta: 'tokens' } ) ).query.tokens.csrftoken;
	}
}
