/**
 * Entry point of the ResourceLoader module `ext.trainings.catalog` (Special:Trainings).
 *
 * Loading the module enhances the catalog on the page, if there is one; its exports serve the
 * QUnit tests, which `require( 'ext.trainings.catalog' )` in Node and on the wiki alike.
 */
import { createMwApp } from 'vue';
import { createLearnerProgressStore } from '../progress';
import { whenDocumentParsed } from '../shared/documentParsed';
import { ApiRequestError, createMwEnvironment } from '../shared/MwEnvironment';
import { readCardsResponse } from './cards';
import { continueHref, continueItems, progressByModule } from './catalogProgress';
import { createCatalogController } from './controller';
import { apiParams, isFiltering, NO_FILTERS, readFilters, urlWithFilters } from './filters';
import { countText, mountCatalog, ROOT_ID } from './mountCatalog';
import { fullTextUrl } from './textSearch';

// The catalog's server-rendered cards are read once the whole page is parsed.
whenDocumentParsed( document, () => {
	const root = document.getElementById( ROOT_ID );
	if ( root ) {
		const env = createMwEnvironment( mw );
		try {
			// The learner's progress: in the browser, or on the server for a logged-in learner
			// (after carrying over what this browser holds, as module pages do).
			const store = createLearnerProgressStore( env );
			mountCatalog( root, env, { createApp: createMwApp, store } );
		} catch ( error ) {
			// The server-rendered form keeps working.
			env.logError( error, 'error.trainings' );
		}
	}
} );

export {
	ApiRequestError,
	apiParams,
	continueHref,
	continueItems,
	countText,
	createLearnerProgressStore,
	createCatalogController,
	createMwEnvironment,
	fullTextUrl,
	isFiltering,
	mountCatalog,
	NO_FILTERS,
	progressByModule,
	readCardsResponse,
	readFilters,
	urlWithFilters,
};
