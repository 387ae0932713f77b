/**
 * Entry point of the ResourceLoader module `ext.trainings.player`, which every page of the
 * Training namespace loads (Content/ModulePageOutput): a module page gets checkable quizzes
 * and the step-by-step player, a course page the learner's progress through its modules.
 * One module for both, so that the startup module of every page view lists one fewer
 * (docs/architecture.md, "ResourceLoader modules").
 *
 * Its exports serve the QUnit tests, which `require( 'ext.trainings.player' )` in Node and
 * on the wiki alike.
 */
import * as progress from '../progress';
import * as quiz from '../quiz';
import { whenDocumentParsed } from '../shared/documentParsed';
import { createMwEnvironment } from '../shared/MwEnvironment';
import { courseProgress } from '../progress/courseProgress';
import { enhanceCourses, showCourseProgress } from '../course/enhanceCourse';
import { startCourse } from '../course/startCourse';
import * as playerState from '../player/playerState';
import { mountPlayer } from '../player/mountPlayer';
import * as playerProgress from '../player/playerProgress';
import * as languages from '../player/languages';
import * as nextModule from '../player/nextModule';
import { readServerModule, stepOfElement } from '../player/serverModule';
import { quizLabels } from '../player/quizLabels';
import { mountPlayers, watchQuizzes } from '../player/startPlayer';
import * as videoSteps from '../player/videoSteps';

const env = createMwEnvironment( mw );

watchQuizzes( env );

// The page's markup is read once the whole page is parsed: the later steps of a long module,
// or a course's module list, may not be in the document before. The server says which the page
// is (Content/ModulePageOutput::COURSE_CONFIG_VAR).
whenDocumentParsed( document, () => {
	if ( env.config( 'wgTrainingsCourse', false ) ) {
		startCourse( document, env );
	} else {
		mountPlayers( document, env );
	}
} );

export {
	courseProgress,
	createMwEnvironment,
	enhanceCourses,
	languages,
	mountPlayer,
	nextModule,
	playerProgress,
	playerState,
	progress,
	quiz,
	quizLabels,
	readServerModule,
	showCourseProgress,
	stepOfElement,
	videoSteps,
};
