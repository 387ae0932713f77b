/**
 * Keep the address of Special:Trainings shareable while the learner types.
 */

/**
 * The URL with its `search` parameter set to the query (or removed for a blank query).
 *
 * @param href Current absolute URL
 * @param query What the learner typed
 * @return The new absolute URL; other parameters and the fragment are kept
 */
export function withSearchParam( href: string, query: string ): string {
	const url = new URL( href );
	if ( query.trim() === '' ) {
		url.searchParams.delete( 'search' );
	} else {
		url.searchParams.set( 'search', query );
	}
	return url.toString();
}

/**
 * Replace the current history entry's URL (no new entry per keystroke).
 *
 * @param query What the learner typed
 */
export function replaceSearchInLocation( query: string ): void {
	const href = withSearchParam( window.location.href, query );
	if ( href === window.location.href ) {
		return;
	}
	try {
		window.history.replaceState( window.history.state, '', href );
	} catch ( e ) {
		// Safari throws after too many calls in a short time; the URL is a convenience.
	}
}
