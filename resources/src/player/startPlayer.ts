/**
 * The player on a module page of the Training namespace: checkable quizzes and the
 * step-by-step player over the server's HTML. Started by the page's entry point
 * (`page/init.ts`, module `ext.trainings.player`).
 */
import { createMwApp } from 'vue';
import * as progress from '../progress';
import * as quiz from '../quiz';
import { MwEnvironment } from '../shared/MwEnvironment';
import { NextModule } from './host';
import { mountPlayer } from './mountPlayer';
import * as languages from './languages';
import * as nextModule from './nextModule';
import { MODULE_SELECTOR } from './serverModule';
import { quizLabels } from './quizLabels';

/**
 * The next module of a course containing this page's module, asked of the API only when the
 * learner completes the module (mediawiki.api is loaded then, not with the page). Any failure
 * means no link.
 *
 * @param env The wiki
 * @return The next module, or null
 */
function findNextModule( env: MwEnvironment ): Promise<NextModule | null> {
	const moduleKey = nextModule.baseModuleKey(
		env.config( 'wgTitle', '' ),
		env.config( 'wgPageContentLanguage', '' ),
	);
	if ( !moduleKey ) {
		return Promise.resolve( null );
	}
	return Promise.resolve( mw.loader.using( 'mediawiki.api' ) )
		.then( () => new mw.Api().get( nextModule.nextModuleQuery( moduleKey ) ) )
		.then( ( response: unknown ) => {
			const next = nextModule.pickNextModule( response, moduleKey );
			return next ? {
				title: next.replace( /_/g, ' ' ),
				url: mw.util.getUrl( 'Special:MyLanguage/Training:' + next ),
			} : null;
		} )
		.catch( () => null );
}

/**
 * Quizzes wherever page content appears (also in live preview).
 *
 * @param env The wiki
 */
export function watchQuizzes( env: MwEnvironment ): void {
	mw.hook( 'wikipage.content' ).add( ( $content ) => {
		$content.each( ( _i, content ) => {
			quiz.enhanceQuizzes( content, quizLabels( env ) );
		} );
	} );
}

/**
 * Mount the player on the page's module(s), once the whole page is parsed: before that the
 * later steps of a long module are not in the document yet.
 *
 * @param doc The page
 * @param env The wiki
 */
export function mountPlayers( doc: Document, env: MwEnvironment ): void {
	// The player on page views only: previews show the long form, with every step's errors.
	const modules = env.config( 'wgAction', 'view' ) === 'view' ?
		doc.querySelectorAll( MODULE_SELECTOR ) : [];
	// Progress of the page's module in the version shown: in the browser for anonymous learners,
	// on the server (after carrying the browser's over) for logged-in ones.
	const progressKey: progress.ProgressKey = {
		module: nextModule.baseModuleKey(
			env.config( 'wgTitle', '' ),
			env.config( 'wgPageContentLanguage', '' ),
		),
		language: env.config( 'wgPageContentLanguage', '' ),
		// The revision shown: the server checks quiz answers against its quizzes.
		revision: env.config( 'wgRevisionId', 0 ),
	};
	// Only where a player starts: no API request on previews or pages without steps.
	const progressStore = modules.length && progressKey.module ?
		progress.createLearnerProgressStore( env, window ) : null;
	Array.prototype.forEach.call( modules, ( root: HTMLElement ) => {
		try {
			mountPlayer( root, env, {
				createApp: createMwApp,
				catalogUrl: mw.util.getUrl( 'Special:Trainings' ),
				findNextModule: () => findNextModule( env ),
				// The module's language versions (LanguageNoticeHandler), for the language menu.
				languages: languages.readLanguages( env.config( 'wgTrainingsLanguages', null ) ),
				// One module per page: a second one (never rendered so far) records nothing.
				progress: progressStore && root === modules[ 0 ] ?
					{ store: progressStore, key: progressKey } : undefined,
				onComplete: () => mw.hook( 'trainings.player.complete' ).fire( root ),
			} );
		} catch ( error ) {
			// The long-form module keeps working.
			env.logError( error, 'error.trainings' );
		}
	} );
}
