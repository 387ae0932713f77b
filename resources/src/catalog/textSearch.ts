/**
 * What the enhanced catalog keeps in step with the form besides the module list (design record
 * 0023): the link that runs the same search inside modules on the server (the instant list
 * stays on titles and summaries), and the courses, shown when they or one of their modules
 * match the filters, their matching modules marked.
 *
 * Contract with SpecialTrainings (PHP): `p.ext-trainings-catalog__fulltext` holding
 * `a.ext-trainings-catalog__fulltext-link`; the courses `li.ext-trainings-course[data-key]`
 * (every course is in the page, those not matching hidden) with their modules
 * `li.ext-trainings-course__module[data-key]`.
 */
import { MwEnvironment } from '../shared/MwEnvironment';
import { apiParams, CatalogFilters, isFiltering, MAX_LIMIT, urlWithFilters } from './filters';

/** Marks a course's module that matches the filters. */
const MATCH_CLASS = 'ext-trainings-course__module--match';

/**
 * The URL of the server's search inside modules for these filters.
 *
 * @param href The current URL
 * @param filters Catalog filters
 * @return The same list, searched inside modules
 */
export function fullTextUrl( href: string, filters: CatalogFilters ): string {
	const url = new URL( urlWithFilters( href, filters ) );
	url.searchParams.set( 'fulltext', '1' );
	url.search = url.searchParams.toString().replace( /%3A/gi, ':' ).replace( /%2F/gi, '/' );
	return url.toString();
}

/**
 * Point the "search inside modules" link at the search now in the form; hidden without one.
 *
 * @param root The catalog root
 * @param env For the message
 * @param filters The form's filters
 * @param href The current URL
 */
export function updateTextSearchLink(
	root: HTMLElement, env: MwEnvironment, filters: CatalogFilters, href: string,
): void {
	const paragraph = root.querySelector<HTMLElement>( '.ext-trainings-catalog__fulltext' );
	if ( !paragraph ) {
		return;
	}
	const search = filters.search.trim();
	paragraph.hidden = search === '';
	const link = root.ownerDocument.createElement( 'a' );
	link.className = 'ext-trainings-catalog__fulltext-link';
	link.href = fullTextUrl( href, filters );
	link.textContent = env.message( 'trainings-catalog-search-inside', search );
	// After a search inside modules, the list shown is the instant one again.
	paragraph.replaceChildren( link );
}

interface CourseItem {
	readonly key: string;
	readonly modules: { key: string; matches?: boolean }[];
}

/**
 * @param data A `list=trainings&trkind=course` response
 * @return Its courses
 */
function readCourses( data: unknown ): CourseItem[] {
	const query = ( data as { query?: { trainings?: unknown } } ).query;
	const list = query ? query.trainings : null;
	return Array.isArray( list ) ? list as CourseItem[] : [];
}

/**
 * Show the courses the server lists for the filters, and mark their matching modules.
 *
 * @param root The catalog root
 * @param env For the API and the message
 * @return Call it with the filters each time they change; resolves when the courses are shown
 */
export function createCourseFilter(
	root: HTMLElement, env: MwEnvironment,
): ( filters: CatalogFilters ) => Promise<void> {
	let latest = 0;
	return ( filters: CatalogFilters ): Promise<void> => {
		const section = root.querySelector<HTMLElement>( '.ext-trainings-catalog__courses' );
		if ( !section ) {
			return Promise.resolve();
		}
		const request = ++latest;
		if ( !section.querySelector( 'li.ext-trainings-course[data-key]' ) ) {
			// Nothing to show or hide one by one.
			section.hidden = isFiltering( filters );
			return Promise.resolve();
		}
		// In the reader's language, as the modules' request (the server ranks matches by it).
		const params = Object.assign( apiParams( filters, MAX_LIMIT, null, env.config( 'wgUserLanguage', '' ) ),
			{ trkind: 'course' } );
		const answer: Promise<CourseItem[] | null> = isFiltering( filters ) ?
			env.apiGet( params ).then( readCourses ) :
			Promise.resolve( null );
		return answer.then( ( courses ) => {
			if ( request === latest ) {
				showCourses( section, env, courses );
			}
		} ).catch( ( error ) => env.logError( error, 'error.trainings' ) );
	};
}

/**
 * @param section The courses section
 * @param env For the message
 * @param courses The courses to show with their modules; null for every course, nothing marked
 */
function showCourses( section: HTMLElement, env: MwEnvironment, courses: CourseItem[] | null ): void {
	const byKey: Record<string, CourseItem> = {};
	( courses || [] ).forEach( ( course ) => {
		byKey[ course.key ] = course;
	} );
	let shown = 0;
	Array.prototype.forEach.call( section.querySelectorAll( 'li.ext-trainings-course[data-key]' ), ( item: HTMLElement ) => {
		const course = byKey[ item.getAttribute( 'data-key' ) || '' ];
		item.hidden = courses !== null && !course;
		shown += item.hidden ? 0 : 1;
		const matching = course ? course.modules.filter( ( m ) => m.matches ).map( ( m ) => m.key ) : [];
		Array.prototype.forEach.call( item.querySelectorAll( 'li.ext-trainings-course__module[data-key]' ),
			( module: HTMLElement ) => {
				markModule( module, env, matching.includes( module.getAttribute( 'data-key' ) || '' ) );
			} );
	} );
	section.hidden = shown === 0;
}

/**
 * @param module A course's module item
 * @param env For the message
 * @param matches Whether it matches the filters
 */
function markModule( module: HTMLElement, env: MwEnvironment, matches: boolean ): void {
	module.classList.toggle( MATCH_CLASS, matches );
	const label = module.querySelector( '.ext-trainings-course__match' );
	if ( matches && !label ) {
		const span = module.ownerDocument.createElement( 'span' );
		span.className = 'ext-trainings-course__match';
		span.textContent = env.message( 'trainings-catalog-course-module-matches' );
		module.append( ' ', span );
	} else if ( !matches && label ) {
		label.remove();
	}
}
