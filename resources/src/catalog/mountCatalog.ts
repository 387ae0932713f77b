/**
 * Mount the catalog search in place of the server-rendered search form.
 */
import { App, createApp, markRaw } from 'vue';
import { MwEnvironment } from '../shared/MwEnvironment';
import { mwEnvironmentKey } from '../shared/injectionKeys';
import CatalogSearch from './CatalogSearch.vue';
import { readServerCatalog } from './serverCatalog';
import { replaceSearchInLocation } from './searchUrl';

export interface MountOptions {
	/** Creates the Vue app; MediaWiki's `createMwApp` on a wiki, Vue's `createApp` elsewhere. */
	createApp?: typeof createApp;
	/** Called with each new query; defaults to writing `?search=` into the address bar. */
	onSearch?: ( query: string ) => void;
}

/**
 * Replace the catalog's search form by the instant search.
 *
 * @param root The server-rendered `.ext-trainings-catalog` element
 * @param env What the app needs from `mw`
 * @param options See {@link MountOptions}
 * @return The mounted app, or null when the markup has nothing to enhance
 */
export function mountCatalogSearch(
	root: HTMLElement,
	env: MwEnvironment,
	options: MountOptions = {},
): App | null {
	const catalog = readServerCatalog( root );
	if ( !catalog ) {
		return null;
	}
	const makeApp = options.createApp || createApp;
	const onSearch = options.onSearch || replaceSearchInLocation;
	const app = makeApp( CatalogSearch, {
		catalog: markRaw( catalog ),
		onSearch,
	} );
	app.provide( mwEnvironmentKey, env );
	app.config.errorHandler = ( error ) => env.logError( error, 'error.vue' );

	const mountPoint = root.ownerDocument.createElement( 'div' );
	mountPoint.className = 'ext-trainings-catalog__enhanced-search';
	catalog.form.replaceWith( mountPoint );
	app.mount( mountPoint );
	return app;
}
