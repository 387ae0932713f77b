/**
 * Small HTTP helpers for tests that talk to the test wiki like any client would.
 */
export const server = process.env.TRAININGS_TEST_SERVER || 'http://localhost:8081';

/**
 * @param {string} path Path and query, e.g. "/wiki/Special:Trainings"
 * @return {Promise<{status: number, text: string, headers: Headers}>}
 */
export async function get( path ) {
	const res = await fetch( server + path, { redirect: 'follow' } );
	return { status: res.status, text: await res.text(), headers: res.headers };
}

/**
 * Call the action API with GET and return the decoded JSON.
 *
 * @param {Object<string, string>} params
 * @return {Promise<Object>}
 */
export async function api( params ) {
	const query = new URLSearchParams( { format: 'json', formatversion: '2', ...params } );
	const res = await fetch( `${ server }/api.php?${ query }` );
	if ( !res.ok ) {
		throw new Error( `api.php answered ${ res.status }` );
	}
	return res.json();
}

/**
 * Fetch a ResourceLoader module the way a production page does (minified, no debug).
 *
 * @param {string} modules Pipe-separated module names
 * @param {string} [only] "scripts" or "styles"
 * @return {Promise<string>}
 */
export async function loadModules( modules, only ) {
	const query = new URLSearchParams( { modules, lang: 'en', skin: 'vector-2022' } );
	if ( only ) {
		query.set( 'only', only );
	}
	const res = await fetch( `${ server }/load.php?${ query }` );
	return res.text();
}
