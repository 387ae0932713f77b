/**
 * Entry point of the ResourceLoader module `ext.trainings.player` (module pages in the
 * Training namespace): checkable quizzes and the step-by-step player.
 *
 * Its exports serve the QUnit tests, which `require( 'ext.trainings.player' )` in Node and
 * on the wiki alike.
 */
import { createMwApp } from 'vue';
import * as quiz from '../quiz';
import { createMwEnvironment, MwEnvironment } from '../shared/MwEnvironment';
import * as playerState from './playerState';
import { mountPlayer } from './mountPlayer';
import { MODULE_SELECTOR, readServerModule, stepOfElement } from './serverModule';

/**
 * The quiz texts from interface messages.
 *
 * @param environment The environment
 * @return The labels
 */
function quizLabels( environment: MwEnvironment ): quiz.QuizLabels {
	return {
		check: environment.message( 'trainings-quiz-check' ),
		tryAgain: environment.message( 'trainings-quiz-try-again' ),
		right: environment.message( 'trainings-quiz-outcome-right' ),
		partial: environment.message( 'trainings-quiz-outcome-partial' ),
		wrong: environment.message( 'trainings-quiz-outcome-wrong' ),
		empty: environment.message( 'trainings-quiz-outcome-empty' ),
		verdictRight: environment.message( 'trainings-quiz-verdict-right' ),
		verdictWrong: environment.message( 'trainings-quiz-verdict-wrong' ),
	};
}

const env = createMwEnvironment( mw );

// Quizzes wherever page content appears (also in live preview).
mw.hook( 'wikipage.content' ).add( ( $content ) => {
	$content.each( ( _i, content ) => {
		quiz.enhanceQuizzes( content, quizLabels( env ) );
	} );
} );

// The player on page views only: previews show the long form, with every step's errors.
const modules = env.config( 'wgAction', 'view' ) === 'view' ?
	document.querySelectorAll( MODULE_SELECTOR ) : [];
Array.prototype.forEach.call( modules, ( root: HTMLElement ) => {
	try {
		mountPlayer( root, env, {
			createApp: createMwApp,
			catalogUrl: mw.util.getUrl( 'Special:Trainings' ),
			onComplete: () => mw.hook( 'trainings.player.complete' ).fire( root ),
		} );
	} catch ( error ) {
		// The long-form module keeps working.
		env.logError( error, 'error.trainings' );
	}
} );

export {
	createMwEnvironment,
	mountPlayer,
	playerState,
	quiz,
	quizLabels,
	readServerModule,
	stepOfElement,
};
