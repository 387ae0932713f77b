/**
 * The server-rendered markup of Special:Trainings, as the enhancement sees it.
 *
 * Contract with SpecialTrainings (PHP): a root `.ext-trainings-catalog` holding a GET form
 * `.ext-trainings-catalog__search` with an input named `search`, a count paragraph
 * `.ext-trainings-catalog__count`, a list of `li.ext-trainings-catalog__item` carrying
 * `data-title` and `data-search-text`, and a hidden `.ext-trainings-catalog__empty` paragraph.
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
 * Find the parts of the server-rendered catalog.
 *
 * @param root The `.ext-trainings-catalog` element
 * @return The catalog, or null when the markup has no search form to enhance
 */
export function readServerCatalog( root: HTMLElement ): ServerCatalog | null {
	const form = root.querySelector<HTMLFormElement>( 'form.ext-trainings-catalog__search' );
	if ( !form ) {
		return null;
	}
	const input = form.querySelector<HTMLInputElement>( 'input[name="search"]' );
	const items = Array.prototype.slice.call(
		root.querySelectorAll<HTMLElement>( '.ext-trainings-catalog__item' )
	).map( ( element: HTMLElement ): CatalogItem => ( {
		element,
		title: element.getAttribute( 'data-title' ) || '',
		// Folded once here, so typing only folds the query.
		searchText: normalizeForSearch(
			element.getAttribute( 'data-search-text' ) || element.textContent || ''
		)
	} ) );
	return {
		root,
		form,
		initialQuery: input ? input.value : '',
		count: root.querySelector<HTMLElement>( '.ext-trainings-catalog__count' ),
		empty: root.querySelector<HTMLElement>( '.ext-trainings-catalog__empty' ),
		items
	};
}
