/**
 * Reflect a search result in the server-rendered catalog.
 */
import { MwEnvironment } from '../shared/MwEnvironment';
import { CatalogItem, ServerCatalog } from './serverCatalog';

/**
 * Show the matching items and hide the others, update the count and the "no results" note.
 *
 * @param catalog The server-rendered catalog
 * @param matching The items to show
 * @param env For the count message
 */
export function showResults(
	catalog: ServerCatalog,
	matching: readonly CatalogItem[],
	env: MwEnvironment,
): void {
	const visible = new Set<CatalogItem>( matching );
	catalog.items.forEach( ( item ) => {
		item.element.hidden = !visible.has( item );
	} );
	if ( catalog.count ) {
		const text = env.message(
			'trainings-catalog-result-count',
			env.formatNumber( matching.length ),
		);
		// Writing the same text would make some screen readers announce it again.
		if ( catalog.count.textContent !== text ) {
			catalog.count.textContent = text;
		}
	}
	if ( catalog.empty ) {
		catalog.empty.hidden = matching.length > 0;
	}
}

/**
 * Make the count a polite live region, so screen readers announce results while typing
 * (the server already renders it as one; this keeps older markup working).
 *
 * @param catalog The server-rendered catalog
 */
export function announceCountChanges( catalog: ServerCatalog ): void {
	if ( catalog.count ) {
		catalog.count.setAttribute( 'aria-live', 'polite' );
		catalog.count.setAttribute( 'aria-atomic', 'true' );
	}
}
