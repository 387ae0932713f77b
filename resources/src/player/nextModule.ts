/**
 * The "next module" of the completion view: which module follows this one in a course.
 *
 * Courses link to their modules and keep them, in order, in the page property
 * `trainings-course` (module DB keys joined by `|`; ADR 0003 §6), so the courses containing a
 * module are its backlinks in the Training namespace. One API request finds them:
 * {@link nextModuleQuery}; {@link pickNextModule} reads its answer.
 */

/** The Training namespace. */
export const NS_TRAINING = 1640;

/** The page property of courses. */
export const COURSE_PROP = 'trainings-course';

/**
 * The module a page shows: its title without the language subpage of a translation.
 *
 * @param title The page title without namespace (`wgTitle`), spaces or underscores
 * @param contentLanguage The page content language (`wgPageContentLanguage`)
 * @return The module's DB key, e.g. `How_to_talk_to_partners`
 */
export function baseModuleKey( title: string, contentLanguage: string ): string {
	const key = title.replace( / /g, '_' );
	const suffix = contentLanguage ? '/' + contentLanguage : '';
	return suffix && key.length > suffix.length && key.slice( -suffix.length ) === suffix ?
		key.slice( 0, -suffix.length ) : key;
}

/**
 * Parameters of the API request for the courses that contain a module.
 *
 * @param moduleKey The module's DB key (see {@link baseModuleKey})
 * @return Parameters for `mw.Api#get`
 */
export function nextModuleQuery( moduleKey: string ): Record<string, string | number> {
	return {
		action: 'query',
		generator: 'backlinks',
		gbltitle: 'Training:' + moduleKey,
		gblnamespace: NS_TRAINING,
		gbllimit: 50,
		prop: 'pageprops',
		ppprop: COURSE_PROP,
		formatversion: 2,
	};
}

/**
 * The module that follows a module in a course, from the answer to {@link nextModuleQuery}.
 * Of the courses that contain the module, not as their last entry, the first by title wins.
 *
 * @param response The API answer (formatversion=2); anything else gives null
 * @param moduleKey The module's DB key
 * @return The next module's DB key, or null when no course goes on after the module
 */
export function pickNextModule( response: unknown, moduleKey: string ): string | null {
	const query = isObject( response ) ? response.query : null;
	const pages = isObject( query ) && Array.isArray( query.pages ) ? query.pages : [];
	const wanted = moduleKey.replace( / /g, '_' );
	const candidates: { title: string; next: string }[] = [];
	for ( const page of pages ) {
		if ( !isObject( page ) || !isObject( page.pageprops ) ) {
			continue;
		}
		const prop = page.pageprops[ COURSE_PROP ];
		if ( typeof prop !== 'string' || prop === '' ) {
			continue;
		}
		const entries = prop.split( '|' ).map( ( entry ) => entry.trim().replace( / /g, '_' ) );
		const index = entries.indexOf( wanted );
		const next = index === -1 ? '' : ( entries[ index + 1 ] || '' );
		if ( next ) {
			candidates.push( { title: typeof page.title === 'string' ? page.title : '', next } );
		}
	}
	candidates.sort( ( a, b ) => a.title < b.title ? -1 : a.title > b.title ? 1 : 0 );
	return candidates.length ? candidates[ 0 ].next : null;
}

/**
 * @param value Anything
 * @return Whether it is a non-null object
 */
function isObject( value: unknown ): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
