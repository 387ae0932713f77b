/**
 * Entry point of the ResourceLoader module `ext.trainings.catalog` (Special:Trainings).
 *
 * Loading the module enhances the catalog on the page, if there is one; its exports serve the
 * QUnit tests, which `require( 'ext.trainings.catalog' )` in Node and on the wiki alike.
 */
import { createMwApp } from 'vue';
import { createMwEnvironment } from '../shared/MwEnvironment';
import CatalogSearch from './CatalogSearch.vue';
import { filterModules, matchesQuery, normalizeForSearch } from './filterModules';
import { mountCatalogSearch } from './mountCatalog';
import { withSearchParam } from './searchUrl';
import { readServerCatalog, ROOT_ID } from './serverCatalog';

const root = document.getElementById( ROOT_ID );
if ( root ) {
	const env = createMwEnvironment( mw );
	try {
		mountCatalogSearch( root, env, { createApp: createMwApp } );
	} catch ( error ) {
		// The server-rendered form keeps working.
		env.logError( error, 'error.trainings' );
	}
}

export {
	CatalogSearch,
	createMwEnvironment,
	filterModules,
	matchesQuery,
	mountCatalogSearch,
	normalizeForSearch,
	readServerCatalog,
	withSearchParam,
};
