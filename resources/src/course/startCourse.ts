/**
 * The learner's progress on a course page of the Training namespace. Started by the page's
 * entry point (`page/init.ts`, module `ext.trainings.player`) when the page holds a course.
 */
import * as progress from '../progress';
import { MwEnvironment } from '../shared/MwEnvironment';
import { enhanceCourses } from './enhanceCourse';

/**
 * Progress in the browser (anonymous learners) or on the server (logged-in ones, after
 * carrying the browser's over). Page views only: a preview has no progress to show.
 *
 * @param doc The page, parsed
 * @param env The wiki
 */
export function startCourse( doc: Document, env: MwEnvironment ): void {
	if ( env.config( 'wgAction', 'view' ) !== 'view' ) {
		return;
	}
	const store = progress.createLearnerProgressStore( env, window );
	enhanceCourses( doc, store, env ).catch( ( error ) => env.logError( error, 'error.trainings' ) );
}
