/**
 * The progress store for the learner reading the page: in the browser for anonymous
 * learners (reporting their starts, completions and quiz answers to the statistics); over
 * the progress API for logged-in ones, after carrying over what they did in this browser
 * while logged out. Called by the player, the course page and Special:Trainings only, so the
 * carry-over happens there, never on other wiki pages.
 */
import { MwEnvironment } from '../shared/MwEnvironment';
import { createAnonymousStatsStore } from './anonymousStats';
import { createApiProgressStore } from './ApiProgressStore';
import { carryOverProgress } from './carryOver';
import { createBrowserProgressStore } from './BrowserProgressStore';
import { ProgressStore } from './ProgressStore';

/**
 * @param env The environment (`wgUserName`, storage, API, error log)
 * @param pageEvents Where `pagehide` and `visibilitychange` fire (window), to send what is
 *  pending before the page goes away; none in tests
 * @return The store
 */
export function createLearnerProgressStore(
	env: MwEnvironment,
	pageEvents?: Pick<Window, 'addEventListener'>,
): ProgressStore {
	const browser = createBrowserProgressStore( env.localStorage() );
	if ( env.config<string | null>( 'wgUserName', null ) === null ) {
		// Their starts, completions and quiz answers reach the statistics from here.
		return createAnonymousStatsStore( browser, ( params ) => env.apiBeaconAnonymous( params ) );
	}
	const logError = ( error: unknown ): void => env.logError( error, 'error.trainings' );
	const store = createApiProgressStore( {
		api: env,
		fallback: browser,
		logError,
		ready: carryOverProgress( browser, env, logError ),
	} );
	if ( pageEvents ) {
		pageEvents.addEventListener( 'pagehide', () => store.flushOnPageHide() );
		pageEvents.addEventListener( 'visibilitychange', () => {
			if ( typeof document !== 'undefined' && document.visibilityState === 'hidden' ) {
				store.flushOnPageHide();
			}
		} );
	}
	return store;
}
