/**
 * Show the learner's progress on a course page: each module of the server-rendered list
 * (design 0003 §6) gets its state in words ("Completed", "In progress: step 2 of 5", "Not
 * started"), and the list gets a summary ("1 of 4 modules completed") and a link to the
 * first unfinished module. The server's list stays as it is; this only adds to it.
 *
 * ```html
 * <ol class="trainings-course"><li data-trainings-module="How_to_talk_to_partners">
 *  <a href="/wiki/Special:MyLanguage/Training:How_to_talk_to_partners">…</a></li>…</ol>
 * ```
 */
import { ProgressStore } from '../progress';
import { MwEnvironment } from '../shared/MwEnvironment';
import { CourseModuleProgress, courseProgress, CourseProgress, stateText } from '../progress/courseProgress';

export const COURSE_SELECTOR = 'ol.trainings-course';

const ADDED_CLASS = 'trainings-course-added';

/** Classes of a module's state, per state. */
const STATE_CLASSES: Record<string, string> = {
	completed: 'trainings-course-added trainings-course-status trainings-course-status--completed',
	'in-progress': 'trainings-course-added trainings-course-status trainings-course-status--in-progress',
	'not-started': 'trainings-course-added trainings-course-status trainings-course-status--not-started',
};

/** The "Continue" link looks like a primary Codex button. */
const CONTINUE_CLASSES = 'cdx-button cdx-button--fake-button cdx-button--fake-button--enabled ' +
	'cdx-button--action-progressive cdx-button--weight-primary trainings-course-continue';

/** A module of the list: its key, item and link. */
interface CourseItem {
	readonly module: string;
	readonly item: HTMLElement;
	readonly link: HTMLAnchorElement | null;
}

/**
 * @param list The `ol.trainings-course`
 * @return Its modules, in order
 */
export function readCourse( list: HTMLElement ): CourseItem[] {
	const items: CourseItem[] = [];
	Array.prototype.forEach.call( list.children, ( item: HTMLElement ) => {
		const module = item.getAttribute( 'data-trainings-module' );
		if ( module ) {
			items.push( { module, item, link: item.querySelector( 'a[href]' ) } );
		}
	} );
	return items;
}

/**
 * @param link A module's link in the list
 * @param progress Its progress
 * @return Where "Continue" goes: the step where the learner stopped, if any
 */
export function continueHref( link: HTMLAnchorElement, progress: CourseModuleProgress ): string {
	const href = link.getAttribute( 'href' ) || '';
	return progress.state === 'in-progress' && progress.step > 0 && !href.includes( '#' ) ?
		href + '#step-' + progress.step : href;
}

/**
 * Remove what {@link showCourseProgress} added (before showing it again).
 *
 * @param list The `ol.trainings-course`
 */
export function clearCourseProgress( list: HTMLElement ): void {
	const before = list.previousElementSibling;
	if ( before && before.classList.contains( ADDED_CLASS ) ) {
		before.remove();
	}
	Array.prototype.forEach.call( list.querySelectorAll( '.' + ADDED_CLASS ), ( el: Element ) => el.remove() );
	readCourse( list ).forEach( ( { item } ) => item.removeAttribute( 'data-trainings-progress' ) );
}

/**
 * Show the progress on one course list.
 *
 * @param list The `ol.trainings-course`
 * @param progress The course's progress (for the modules of {@link readCourse}, in order)
 * @param env Messages and numbers
 */
export function showCourseProgress(
	list: HTMLElement,
	progress: CourseProgress,
	env: MwEnvironment,
): void {
	clearCourseProgress( list );
	const doc = list.ownerDocument;
	const items = readCourse( list );
	items.forEach( ( { item }, i ) => {
		const state = progress.modules[ i ];
		const status = doc.createElement( 'span' );
		status.className = STATE_CLASSES[ state.state ];
		// The space keeps the label and the state apart in the text (screen readers, copying).
		status.appendChild( doc.createTextNode( ' ' ) );
		if ( state.state === 'completed' ) {
			const check = doc.createElement( 'span' );
			check.setAttribute( 'aria-hidden', 'true' );
			check.textContent = '✓ ';
			status.appendChild( check );
		}
		status.appendChild( doc.createTextNode( stateText( env, state ) ) );
		item.setAttribute( 'data-trainings-progress', state.state );
		item.appendChild( status );
	} );

	const box = doc.createElement( 'div' );
	box.className = `${ ADDED_CLASS } trainings-course-progress`;
	const summary = doc.createElement( 'p' );
	summary.className = 'trainings-course-summary';
	summary.textContent = env.message( 'trainings-course-progress-summary',
		env.formatNumber( progress.completed ), env.formatNumber( items.length ) );
	box.appendChild( summary );
	const next = progress.next === -1 ? null : items[ progress.next ];
	if ( next && next.link ) {
		const state = progress.modules[ progress.next ];
		const label = ( next.link.textContent || '' ).trim();
		const p = doc.createElement( 'p' );
		const a = doc.createElement( 'a' );
		a.className = CONTINUE_CLASSES;
		a.href = continueHref( next.link, state );
		a.textContent = progress.started ?
			env.message( 'trainings-course-continue', label ) :
			env.message( 'trainings-course-start', label );
		p.appendChild( a );
		box.appendChild( p );
	}
	if ( list.parentNode ) {
		list.parentNode.insertBefore( box, list );
	}
}

/**
 * Read the progress of every course list in a container and show it.
 *
 * @param container Where to look (the page content)
 * @param store The learner's progress
 * @param env Messages, numbers and the user language (`wgUserLanguage`)
 * @return Resolves once shown
 */
export function enhanceCourses(
	container: ParentNode,
	store: ProgressStore,
	env: MwEnvironment,
): Promise<void> {
	const lists = Array.prototype.slice.call(
		container.querySelectorAll( COURSE_SELECTOR ),
	) as HTMLElement[];
	if ( !lists.length ) {
		return Promise.resolve();
	}
	const modules: string[] = [];
	lists.forEach( ( list ) => {
		readCourse( list ).forEach( ( item ) => modules.push( item.module ) );
	} );
	return store.list( modules ).then( ( records ) => {
		const language = env.config( 'wgUserLanguage', '' );
		lists.forEach( ( list ) => {
			const keys = readCourse( list ).map( ( item ) => item.module );
			showCourseProgress( list, courseProgress( keys, records, language ), env );
		} );
	} );
}
