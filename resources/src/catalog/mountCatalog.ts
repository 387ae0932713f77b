/**
 * Enhance the server-rendered Special:Trainings: the form's changes update the list through
 * the action API, without reloading the page.
 *
 * Contract with SpecialTrainings (PHP): the root `.ext-trainings-catalog` carries
 * `data-page-size` (and `data-continue` when the page is a later one); it holds the GET form
 * `form.ext-trainings-catalog__search` (fields named after the URL parameters, the filters'
 * submit button `.ext-trainings-catalog__apply`), the notice about ignored URL values
 * `.ext-trainings-catalog__notice`, the courses `.ext-trainings-catalog__courses` and the link
 * `.ext-trainings-catalog__fulltext` (see textSearch.ts),
 * the count `.ext-trainings-catalog__count` (a polite live region) and the results
 * `.ext-trainings-catalog__results` with the list of `li.ext-trainings-catalog__item` cards and
 * the link `.ext-trainings-catalog__more a[data-continue]`.
 */
import { App, createApp, reactive, watch } from 'vue';
import { ProgressStore } from '../progress';
import { MwEnvironment } from '../shared/MwEnvironment';
import { mwEnvironmentKey } from '../shared/injectionKeys';
import CatalogResults from './CatalogResults.vue';
import {
	CatalogProgress, continueItems, markCard, progressByModule, progressChip, showContinue,
} from './catalogProgress';
import { canLoadMoreInPlace, CatalogController, createCatalogController } from './controller';
import { NO_FILTERS, readFilters, urlWithFilters } from './filters';
import { createCourseFilter, updateTextSearchLink } from './textSearch';

export const ROOT_ID = 'ext-trainings-catalog';

/** Modules per request when the markup does not say. */
const DEFAULT_PAGE_SIZE = 50;

export interface MountOptions {
	/** Creates the Vue app; MediaWiki's `createMwApp` on a wiki, Vue's `createApp` elsewhere. */
	createApp?: typeof createApp;
	/** Pause after typing before the request (milliseconds; default 250). */
	debounceMs?: number;
	/** The current URL (default `location.href`). */
	currentUrl?: () => string;
	/** Replaces the address bar's URL (default `history.replaceState`). */
	replaceUrl?: ( href: string ) => void;
	/** The learner's progress, to show on the cards and in "Continue"; none: not shown. */
	store?: ProgressStore;
}

export interface MountedCatalog {
	readonly app: App;
	readonly controller: CatalogController;
	/** Resolves once the learner's progress is shown (never rejects). */
	readonly progressShown: Promise<void>;
}

/**
 * @param href URL to show in the address bar, without a new history entry
 */
function replaceLocation( href: string ): void {
	if ( href === window.location.href ) {
		return;
	}
	try {
		window.history.replaceState( window.history.state, '', href );
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		// Safari throws after too many calls in a short time; the URL is a convenience.
	}
}

/**
 * @param form The catalog form
 * @return Language code => name, from the options of its language filter
 */
function readLanguageNames( form: HTMLFormElement ): Record<string, string> {
	const names: Record<string, string> = {};
	const select = form.querySelector<HTMLSelectElement>( 'select[name="language"]' );
	if ( select ) {
		Array.prototype.forEach.call( select.options, ( option: HTMLOptionElement ) => {
			if ( option.value !== '' ) {
				names[ option.value ] = ( option.textContent || option.value ).trim();
			}
		} );
	}
	return names;
}

/**
 * The text of the result count.
 *
 * @param env For the message
 * @param count Modules shown
 * @param hasMore Whether more can be loaded
 * @return The text
 */
export function countText( env: MwEnvironment, count: number, hasMore: boolean ): string {
	return env.message(
		hasMore ? 'trainings-catalog-result-count-more' : 'trainings-catalog-result-count',
		env.formatNumber( count ),
	);
}

/**
 * Enhance the catalog.
 *
 * @param root The server-rendered `.ext-trainings-catalog` element
 * @param env What the app needs from `mw`
 * @param options See {@link MountOptions}
 * @return The app and its controller, or null when the markup has nothing to enhance
 */
export function mountCatalog(
	root: HTMLElement,
	env: MwEnvironment,
	options: MountOptions = {},
): MountedCatalog | null {
	const form = root.querySelector<HTMLFormElement>( 'form.ext-trainings-catalog__search' );
	const serverResults = root.querySelector<HTMLElement>( '.ext-trainings-catalog__results' );
	if ( !form || !serverResults || !serverResults.parentNode ) {
		return null;
	}
	const serverList: HTMLElement = serverResults;
	const currentUrl = options.currentUrl || ( () => window.location.href );
	const replaceUrl = options.replaceUrl || replaceLocation;
	const count = root.querySelector<HTMLElement>( '.ext-trainings-catalog__count' );
	const filterCourses = createCourseFilter( root, env );
	const notice = root.querySelector<HTMLElement>( '.ext-trainings-catalog__notice' );
	const moreLink = serverResults.querySelector<HTMLAnchorElement>( '.ext-trainings-catalog__more a' );
	const pageSize = Number( root.getAttribute( 'data-page-size' ) ) || DEFAULT_PAGE_SIZE;

	const controllerOptions = {
		pageSize,
		initialFilters: readFilters( form ),
		serverCount: serverResults.querySelectorAll( '.ext-trainings-catalog__item' ).length,
		serverStart: root.getAttribute( 'data-continue' ),
		serverContinue: moreLink ? moreLink.getAttribute( 'data-continue' ) : null,
		debounceMs: options.debounceMs,
		onFiltersChange: ( filters: typeof NO_FILTERS ) => {
			replaceUrl( urlWithFilters( currentUrl(), filters ) );
			// Courses follow the filters; the server searches inside modules (design record 0023).
			updateTextSearchLink( root, env, filters, currentUrl() );
			filterCourses( filters );
			if ( notice ) {
				// It named values of the URL the page was loaded with.
				notice.hidden = true;
			}
		},
	};
	const controller = createCatalogController( env, controllerOptions );
	const state = controller.state;

	const progress = reactive<CatalogProgress>( { byModule: {} } ) as CatalogProgress;
	const languageNames = readLanguageNames( form );
	const makeApp = options.createApp || createApp;
	const app = makeApp( CatalogResults, {
		state,
		languageNames,
		clearUrl: urlWithFilters( currentUrl(), NO_FILTERS ),
		progress,
		onMore: () => controller.loadMore(),
	} );
	app.provide( mwEnvironmentKey, env );
	app.config.errorHandler = ( error ) => env.logError( error, 'error.vue' );

	const mountPoint = root.ownerDocument.createElement( 'div' );
	mountPoint.className = 'ext-trainings-catalog__app';
	serverResults.parentNode.insertBefore( mountPoint, serverResults );
	app.mount( mountPoint );

	// The app's list takes over once the API answered; the server's goes.
	watch( () => state.active, ( active ) => {
		if ( active ) {
			serverResults.remove();
		}
	} );
	// The count is the server's live region: it exists from the start, so changes are announced.
	watch( () => [ state.active, state.entries, state.continueFrom ], () => {
		if ( count && state.active ) {
			const text = countText( env, state.entries.length, state.continueFrom !== null );
			// Writing the same text would make some screen readers announce it again.
			if ( count.textContent !== text ) {
				count.textContent = text;
			}
		}
	} );

	const searchInput = form.querySelector<HTMLInputElement>( 'input[name="search"]' );
	form.addEventListener( 'input', ( event ) => {
		if ( event.target === searchInput ) {
			controller.update( readFilters( form ), false );
		}
	} );
	form.addEventListener( 'change', () => {
		controller.update( readFilters( form ), true );
	} );
	form.addEventListener( 'submit', ( event ) => {
		event.preventDefault();
		controller.update( readFilters( form ), true );
	} );
	const apply = form.querySelector<HTMLElement>( '.ext-trainings-catalog__apply' );
	if ( apply ) {
		// Filters apply as soon as they change.
		apply.hidden = true;
	}
	if ( moreLink && canLoadMoreInPlace( controllerOptions ) ) {
		moreLink.addEventListener( 'click', ( event ) => {
			event.preventDefault();
			controller.loadMore();
		} );
	}
	const progressShown = options.store ? showProgress( options.store ) : Promise.resolve();

	/**
	 * Read every record of the learner once (in the browser, or one `meta=trainingprogress`
	 * request), which covers the cards shown now and those the filters and "more" bring.
	 *
	 * @param store The learner's progress
	 * @return Resolves when shown
	 */
	function showProgress( store: ProgressStore ): Promise<void> {
		return store.list().then( ( records ) => {
			if ( !records.length ) {
				return;
			}
			const language = env.config( 'wgUserLanguage', '' );
			progress.byModule = progressByModule( records, language );
			// The server's cards, while they are the list shown (the app's read `progress`).
			if ( !state.active ) {
				Array.prototype.forEach.call(
					serverList.querySelectorAll( '.ext-trainings-catalog__item[data-key]' ),
					( item: HTMLElement ) => {
						const module = progress.byModule[ item.getAttribute( 'data-key' ) || '' ];
						if ( module ) {
							markCard( item, progressChip( module, env ) );
						}
					},
				);
			}
			const titles: Record<string, string> = {};
			state.entries.forEach( ( entry ) => {
				titles[ entry.key ] = entry.displaytitle;
			} );
			showContinue( root, continueItems( records, language ), titles,
				( code ) => languageNames[ code ] || code, env );
		} ).catch( ( error ) => env.logError( error, 'error.trainings' ) );
	}

	return { app, controller, progressShown };
}
