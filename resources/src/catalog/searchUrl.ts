/**
 * Keep the address of Special:Trainings shareable while the learner types.
 */

/**
 * The URL with its `search` parameter set to the query (or removed for a blank query).
 *
 * Only that parameter is rewritten: the others keep their spelling
 * (`title=Special:Trainings` stays readable), and the fragment is kept.
 *
 * @param href Current URL
 * @param query What the learner typed
 * @return The new URL
 */
export function withSearchParam( href: string, query: string ): string {
	const hashAt = href.indexOf( '#' );
	const hash = hashAt === -1 ? '' : href.slice( hashAt );
	const beforeHash = hashAt === -1 ? href : href.slice( 0, hashAt );
	const queryAt = beforeHash.indexOf( '?' );
	const base = queryAt === -1 ? beforeHash : beforeHash.slice( 0, queryAt );
	const params = queryAt === -1 ? [] : beforeHash.slice( queryAt + 1 ).split( '&' ).filter(
		( part ) => part !== '' && part.split( '=' )[ 0 ] !== 'search',
	);
	if ( query.trim() !== '' ) {
		params.push( 'search=' + encodeURIComponent( query ).replace( /%20/g, '+' ) );
	}
	return base + ( params.length ? '?' + params.join( '&' ) : '' ) + hash;
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
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		// Safari throws after too many calls in a short time; the URL is a convenience.
	}
}
