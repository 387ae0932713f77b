/**
 * The server-rendered markup of Special:Trainings, as the enhancement sees it.
 *
 * Contract with SpecialTrainings (PHP): a root `.ext-trainings-catalog` holding a GET form
 * `.ext-trainings-catalog__search` with an input named `search`, a count paragraph
 * `.ext-trainings-catalog__count`, a list of `li.ext-trainings-catalog__item` carrying
 * `data-title` and `data-search-text`, and a hidden `.ext-trainings-catalog__empty` paragraph.
 * When the server listed only part of the matching modules, the root or the list carries
 * `data-truncated`: filtering in the browser would then miss modules, so the form stays.
 */
import { normalizeForSearch, SearchableModule } from './filterModules';

export const ROOT_ID = 'ext-trainings-catalog';

export interface CatalogItem extends SearchableModule {
	readonly element: HTMLElement;
	readonly title: string;
}

export interface ServerCatalog {
	readonly root: HTMLElement;
	readonly form: HTMLFormElement;
	readonly initialQuery: string;
	readonly count: HTMLElement | null;
	readonly empty: HTMLElement | null;
	readonly items: readonly CatalogItem[];
}

/**
 * Whether the server listed only part of the modules.
 *
 * @param root The `.ext-trainings-catalog` element
 * @return True when the root or its list has `data-truncated`
 */
export function isTruncated( root: HTMLElement ): boolean {
	const list = root.querySelector( '.ext-trainings-catalog__list' );
	return root.hasAttribute( 'data-truncated' ) || !!( list && list.hasAttribute( 'data-truncated' ) );
}

/**
 * Find the parts of the server-rendered catalog.
 *
 * @param root The `.ext-trainings-catalog` element
 * @return The catalog, or null when there is no search form to enhance or the list is
 *  truncated (only the server can search all modules then)
 */
export function readServerCatalog( root: HTMLElement ): ServerCatalog | null {
	const form = root.querySelector<HTMLFormElement>( 'form.ext-trainings-catalog__search' );
	if ( !form || isTruncated( root ) ) {
		return null;
	}
	const input = form.querySelector<HTMLInputElement>( 'input[name="search"]' );
	const items = Array.prototype.slice.call(
		root.querySelectorAll<HTMLElement>( '.ext-trainings-catalog__item' ),
	).map( ( element: HTMLElement ): CatalogItem => ( {
		element,
		title: element.getAttribute( 'data-title' ) || '',
		// Folded once here, so typing only folds the query.
		searchText: normalizeForSearch(
			element.getAttribute( 'data-search-text' ) || element.textContent || '',
		),
	} ) );
	return {
		root,
		form,
		initialQuery: input ? input.value : '',
		count: root.querySelector<HTMLElement>( '.ext-trainings-catalog__count' ),
		empty: root.querySelector<HTMLElement>( '.ext-trainings-catalog__empty' ),
		items,
	};
}
