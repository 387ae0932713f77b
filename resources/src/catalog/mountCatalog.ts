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
import { CatalogProgress, continueItems, markCards, progressByModule, showContinue } from './catalogProgress';
import { canLoadMoreInPlace, CatalogController, CatalogState, ControllerOptions, createCatalogController } from './controller';
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

/** What the enhancement finds in the server's page. */
interface ServerPage {
	readonly root: HTMLElement;
	readonly form: HTMLFormElement;
	/** The server's `.ext-trainings-catalog__results`, replaced once the API answered. */
	readonly results: HTMLElement;
	/** Its "more" link, when there are more modules. */
	readonly moreLink: HTMLAnchorElement | null;
}

/**
 * @param root The server-rendered `.ext-trainings-catalog` element
 * @return Its parts, or null when the markup has nothing to enhance
 */
function readServerPage( root: HTMLElement ): ServerPage | null {
	const form = root.querySelector<HTMLFormElement>( 'form.ext-trainings-catalog__search' );
	const results = root.querySelector<HTMLElement>( '.ext-trainings-catalog__results' );
	if ( !form || !results || !results.parentNode ) {
		return null;
	}
	return { root, form, results, moreLink: results.querySelector<HTMLAnchorElement>( '.ext-trainings-catalog__more a' ) };
}

/**
 * @param page The server's page
 * @param env For the API and messages
 * @param options See {@link MountOptions}
 * @return The controller's options: what the server listed, and what follows a filter change
 */
function controllerOptions( page: ServerPage, env: MwEnvironment, options: MountOptions ): ControllerOptions {
	const { root, results, moreLink } = page;
	const currentUrl = options.currentUrl || ( () => window.location.href );
	const replaceUrl = options.replaceUrl || replaceLocation;
	const filterCourses = createCourseFilter( root, env );
	const notice = root.querySelector<HTMLElement>( '.ext-trainings-catalog__notice' );
	return {
		pageSize: Number( root.getAttribute( 'data-page-size' ) ) || DEFAULT_PAGE_SIZE,
		// The reader's `uselang`, when the page has one: the cards' links keep it, as the server's do.
		uselang: new URL( currentUrl() ).searchParams.has( 'uselang' ) ? env.config( 'wgUserLanguage', '' ) : '',
		initialFilters: readFilters( page.form ),
		serverCount: results.querySelectorAll( '.ext-trainings-catalog__item' ).length,
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
}

/**
 * Mount the app's list before the server's, which it replaces once the API answered, and keep
 * the count (the server's live region) in step.
 *
 * @param page The server's page
 * @param env For messages
 * @param controller The list's controller
 * @param progress The learner's progress (reactive)
 * @param options See {@link MountOptions}
 * @return The app
 */
function mountResults(
	page: ServerPage, env: MwEnvironment, controller: CatalogController, progress: CatalogProgress,
	options: MountOptions,
): App {
	const state = controller.state;
	const makeApp = options.createApp || createApp;
	const app = makeApp( CatalogResults, {
		state,
		clearUrl: urlWithFilters( ( options.currentUrl || ( () => window.location.href ) )(), NO_FILTERS ),
		progress,
		onMore: () => controller.loadMore(),
	} );
	app.provide( mwEnvironmentKey, env );
	app.config.errorHandler = ( error ) => env.logError( error, 'error.vue' );
	const mountPoint = page.root.ownerDocument.createElement( 'div' );
	mountPoint.className = 'ext-trainings-catalog__app';
	page.results.before( mountPoint );
	app.mount( mountPoint );

	watch( () => state.active, ( active ) => {
		if ( active ) {
			page.results.remove();
		}
	} );
	const count = page.root.querySelector<HTMLElement>( '.ext-trainings-catalog__count' );
	// The count is the server's live region: it exists from the start, so changes are announced.
	watch( () => [ state.active, state.entries, state.continueFrom ], () => {
		const text = countText( env, state.entries.length, state.continueFrom !== null );
		// Writing the same text would make some screen readers announce it again.
		if ( count && state.active && count.textContent !== text ) {
			count.textContent = text;
		}
	} );
	return app;
}

/**
 * The form's changes update the list; its submit button goes, and "more" loads in place.
 *
 * @param page The server's page
 * @param controller The list's controller
 * @param inPlace Whether "more" can load without leaving the page
 */
function connectForm( page: ServerPage, controller: CatalogController, inPlace: boolean ): void {
	const { form, moreLink } = page;
	const searchInput = form.querySelector<HTMLInputElement>( 'input[name="search"]' );
	form.addEventListener( 'input', ( event ) => {
		if ( event.target === searchInput ) {
			controller.update( readFilters( form ), false );
		}
	} );
	form.addEventListener( 'change', () => controller.update( readFilters( form ), true ) );
	form.addEventListener( 'submit', ( event ) => {
		event.preventDefault();
		controller.update( readFilters( form ), true );
	} );
	const apply = form.querySelector<HTMLElement>( '.ext-trainings-catalog__apply' );
	if ( apply ) {
		// Filters apply as soon as they change.
		apply.hidden = true;
	}
	if ( moreLink && inPlace ) {
		moreLink.addEventListener( 'click', ( event ) => {
			event.preventDefault();
			controller.loadMore();
		} );
	}
}

/**
 * Read every record of the learner once (in the browser, or one `meta=trainingprogress`
 * request), which covers the cards shown now and those the filters and "more" bring.
 *
 * @param page The server's page
 * @param env Messages, configuration, errors
 * @param store The learner's progress
 * @param state The list (the app's cards mark themselves from `progress`)
 * @param progress Where the app reads the progress
 * @return Resolves when shown (never rejects)
 */
function showProgress(
	page: ServerPage, env: MwEnvironment, store: ProgressStore, state: CatalogState, progress: CatalogProgress,
): Promise<void> {
	return store.list().then( ( records ) => {
		if ( !records.length ) {
			return;
		}
		const language = env.config( 'wgUserLanguage', '' );
		progress.byModule = progressByModule( records, language );
		if ( !state.active ) {
			// The server's cards, while they are the list shown.
			markCards( page.results, progress.byModule, env );
		}
		const titles: Record<string, string> = {};
		state.entries.forEach( ( entry ) => {
			titles[ entry.key ] = entry.displaytitle;
		} );
		const names = readLanguageNames( page.form );
		showContinue( page.root, continueItems( records, language ), titles,
			( code ) => names[ code ] || code, env );
	} ).catch( ( error ) => env.logError( error, 'error.trainings' ) );
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
	const page = readServerPage( root );
	if ( !page ) {
		return null;
	}
	const settings = controllerOptions( page, env, options );
	const controller = createCatalogController( env, settings );
	const progress = reactive<CatalogProgress>( { byModule: {} } ) as CatalogProgress;
	const app = mountResults( page, env, controller, progress, options );
	connectForm( page, controller, canLoadMoreInPlace( settings ) );
	const progressShown = options.store ?
		showProgress( page, env, options.store, controller.state, progress ) :
		Promise.resolve();
	return { app, controller, progressShown };
}
