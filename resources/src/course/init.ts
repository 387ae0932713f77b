/**
 * Entry point of the ResourceLoader module `ext.trainings.course` (course pages in the
 * Training namespace): the learner's progress through the course's modules.
 *
 * Its exports serve the QUnit tests, which `require( 'ext.trainings.course' )`.
 */
import * as progress from '../progress';
import { whenDocumentParsed } from '../shared/documentParsed';
import { createMwEnvironment } from '../shared/MwEnvironment';
import { courseProgress } from '../progress/courseProgress';
import { enhanceCourses, showCourseProgress } from './enhanceCourse';
import './course.css';

const env = createMwEnvironment( mw );

// Progress in the browser (anonymous learners) or on the server (logged-in ones, after
// carrying the browser's over). Page views only: a preview has no progress to show.
if ( env.config( 'wgAction', 'view' ) === 'view' ) {
	const store = progress.createLearnerProgressStore( env, window );
	// The course's module list is read once the whole page is parsed.
	whenDocumentParsed( document, () => {
		enhanceCourses( document, store, env ).catch( ( error ) => env.logError( error, 'error.trainings' ) );
	} );
}

export { courseProgress, createMwEnvironment, enhanceCourses, progress, showCourseProgress };
