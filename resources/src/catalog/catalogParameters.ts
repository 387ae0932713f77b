/**
 * The catalog's parameters as the server declares them, once for Special:Trainings,
 * `list=trainings` and this enhancement (includes/Catalog/catalogParameters.json, design record
 * 0025). Built in at build time: the committed build is checked fresh, so a change of the
 * declaration reaches the browser with the next build, as it reaches the server.
 */
import { apiPrefix, parameters } from '../../../includes/Catalog/catalogParameters.json';

/** What the enhancement reads of one declared parameter. */
interface DeclaredParameter {
	readonly type: string;
	readonly form?: string;
	readonly narrows?: boolean;
	readonly default?: string | number | readonly string[];
	readonly max?: number;
	readonly min?: number;
	readonly status?: readonly string[];
}

const declared: Readonly<Record<string, DeclaredParameter>> = parameters;

/** The prefix of `list=trainings`'s parameters. */
export const API_PREFIX: string = apiPrefix;

/**
 * The parameters whose form field holds text (the search box and the selects), in URL order:
 * each a form field and a URL parameter of that name, and with API_PREFIX an API parameter.
 */
export const TEXT_PARAMETERS: readonly string[] = Object.keys( declared )
	.filter( ( name ) => declared[ name ].form === 'search' || declared[ name ].form === 'select' );

/** The parameters that narrow the list (sort order and drafts only reorder or add). */
export const NARROWING_PARAMETERS: readonly string[] = Object.keys( declared )
	.filter( ( name ) => declared[ name ].narrows === true );

/** The sort the server applies when none is asked for: not written into the URL. */
export const DEFAULT_SORT = String( declared.sort.default );

/** The kind of entry the API lists unless asked for courses. */
export const DEFAULT_KIND = String( declared.kind.default );

/** The smallest and largest page `list=trainings` gives. */
export const MIN_LIMIT = Number( declared.limit.min );
export const MAX_LIMIT = Number( declared.limit.max );

/** The statuses the drafts checkbox asks for. */
export const DRAFTS_STATUSES: readonly string[] = declared.drafts.status || [];
