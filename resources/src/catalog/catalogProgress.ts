/**
 * The learner's progress on Special:Trainings: a badge on each module card the learner
 * started ("✓ Completed", "In progress: step 2 of 5", the words and rules of the course page)
 * and a "Continue where you left off" section above the lists, with the modules most recently
 * worked on and not finished yet.
 *
 * The cards are the server's, on the page or from `list=trainings&trprop=card` (design record
 * 0024): the badge is the one thing the browser adds to them (an anonymous learner's progress is
 * kept in the browser), first in the chips' span every module card has for it.
 */
import { ModuleProgress, moduleTitle, progressOfModule } from '../progress';
import { courseProgress, CourseModuleProgress, stateText } from '../progress/courseProgress';
import { MwEnvironment } from '../shared/MwEnvironment';

/** The learner's badge among a card's chips. */
export interface ProgressChip {
	/** `completed` or `in-progress` (a modifier class). */
	readonly value: string;
	/** A symbol before the text that only repeats it (hidden from screen readers): `✓ `. */
	readonly mark?: string;
	readonly text: string;
}

/** How many modules "Continue where you left off" lists at most. */
export const CONTINUE_SHOWN = 3;

/** What the catalog knows of the learner's progress (reactive in the app). */
export interface CatalogProgress {
	/** DB key => state, for the modules the learner started (not-started ones are absent). */
	byModule: Record<string, CourseModuleProgress>;
}

/** A module of "Continue where you left off". */
export interface ContinueItem {
	/** DB key of the module. */
	readonly module: string;
	/** Language of the version the learner followed. */
	readonly language: string;
	/** Where the learner stopped (1…steps). */
	readonly step: number;
	readonly steps: number;
}

/**
 * @param records The learner's progress records (any modules, any languages)
 * @return The distinct modules among them
 */
function modulesOf( records: readonly ModuleProgress[] ): string[] {
	const modules: string[] = [];
	records.forEach( ( record ) => {
		if ( !modules.includes( record.module ) ) {
			modules.push( record.module );
		}
	} );
	return modules;
}

/**
 * The state of each module the learner started, by the course page's rule (a completed
 * record first, then the one in the reader's language, then the latest).
 *
 * @param records The learner's progress records
 * @param language The reader's language (`wgUserLanguage`)
 * @return DB key => state, started modules only
 */
export function progressByModule(
	records: readonly ModuleProgress[],
	language: string,
): Record<string, CourseModuleProgress> {
	const byModule: Record<string, CourseModuleProgress> = {};
	courseProgress( modulesOf( records ), records, language ).modules.forEach( ( state ) => {
		if ( state.state !== 'not-started' ) {
			byModule[ state.module ] = state;
		}
	} );
	return byModule;
}

/**
 * The modules to continue: started and not completed (by the same record that gives the
 * card its badge), most recently changed first.
 *
 * @param records The learner's progress records
 * @param language The reader's language (`wgUserLanguage`)
 * @param limit At most this many
 * @return The modules, each with the language version the learner followed
 */
export function continueItems(
	records: readonly ModuleProgress[],
	language: string,
	limit = CONTINUE_SHOWN,
): ContinueItem[] {
	const states = progressByModule( records, language );
	return modulesOf( records )
		.filter( ( module ) => states[ module ] && states[ module ].state === 'in-progress' )
		.map( ( module ) => progressOfModule( records, module, language ) as ModuleProgress )
		.sort( ( a, b ) => b.updated - a.updated )
		.slice( 0, limit )
		.map( ( record ) => ( {
			module: record.module,
			language: record.language,
			step: states[ record.module ].step,
			steps: states[ record.module ].steps,
		} ) );
}

/**
 * @param title A page title (spaces or underscores)
 * @return It as a path segment of the wiki's URLs (as `mw.util.wikiUrlencode`)
 */
function wikiUrlencode( title: string ): string {
	return encodeURIComponent( title.replace( / /g, '_' ) )
		.replace( /%3A/g, ':' ).replace( /%2F/g, '/' ).replace( /%2C/g, ',' );
}

/**
 * The step where the learner stopped, in the version they followed: `Training:X#step-N`, or
 * `Training:X/fr#step-N` for a version in another language than the wiki's.
 *
 * @param item A module to continue
 * @param env `wgArticlePath` and `wgContentLanguage`
 * @return The link
 */
export function continueHref( item: ContinueItem, env: Pick<MwEnvironment, 'config'> ): string {
	const title = moduleTitle( item.module ) +
		( item.language !== env.config( 'wgContentLanguage', '' ) ? '/' + item.language : '' );
	return env.config( 'wgArticlePath', '/wiki/$1' ).replace( '$1', wikiUrlencode( title ) ) +
		'#step-' + item.step;
}

/**
 * @param state A module's state
 * @param env Messages and numbers
 * @return Its badge among the card's chips (the check mark hidden from screen readers: the
 *  word says it)
 */
export function progressChip(
	state: CourseModuleProgress, env: Pick<MwEnvironment, 'message' | 'formatNumber'>,
): ProgressChip {
	return {
		value: state.state,
		mark: state.state === 'completed' ? '✓ ' : undefined,
		text: stateText( env as MwEnvironment, state ),
	};
}

/**
 * Put a badge on a card, first in its chips' span (replacing one put before).
 *
 * @param item The card's `li.ext-trainings-catalog__item`
 * @param chip Its badge
 */
export function markCard( item: HTMLElement, chip: ProgressChip ): void {
	const doc = item.ownerDocument;
	const old = item.querySelector( '.ext-trainings-card__chip--progress' );
	if ( old ) {
		// With the space that follows it.
		const space = old.nextSibling;
		if ( space && space.nodeType === 3 ) {
			space.remove();
		}
		old.remove();
	}
	const chips = item.querySelector( '.ext-trainings-card__chips' );
	if ( !chips ) {
		return;
	}
	const span = doc.createElement( 'span' );
	// Classes: ext-trainings-card__chip--completed, ext-trainings-card__chip--in-progress
	span.className = 'cdx-info-chip ext-trainings-card__chip ext-trainings-card__chip--progress ' +
		'ext-trainings-card__chip--' + chip.value;
	const inner = doc.createElement( 'span' );
	inner.className = 'cdx-info-chip--text';
	if ( chip.mark ) {
		const mark = doc.createElement( 'span' );
		mark.setAttribute( 'aria-hidden', 'true' );
		mark.textContent = chip.mark;
		inner.appendChild( mark );
	}
	inner.appendChild( doc.createTextNode( chip.text ) );
	span.appendChild( inner );
	// A space after the chip, as after the server's.
	chips.insertBefore( doc.createTextNode( ' ' ), chips.firstChild );
	chips.insertBefore( span, chips.firstChild );
}

/**
 * Put the learner's badges on the cards of a list.
 *
 * @param list Holds `li.ext-trainings-catalog__item[data-key]` cards
 * @param byModule The learner's progress by module
 * @param env Messages and numbers
 */
export function markCards(
	list: ParentNode,
	byModule: Readonly<Record<string, CourseModuleProgress>>,
	env: Pick<MwEnvironment, 'message' | 'formatNumber'>,
): void {
	Array.prototype.forEach.call( list.querySelectorAll( '.ext-trainings-catalog__item[data-key]' ), ( item: HTMLElement ) => {
		const module = byModule[ item.getAttribute( 'data-key' ) || '' ];
		if ( module ) {
			markCard( item, progressChip( module, env ) );
		}
	} );
}

/**
 * The display title of a module as the page shows it (a card, a course's module), else its
 * DB key with spaces.
 *
 * @param root The catalog
 * @param module DB key
 * @param titles Display titles known otherwise (`list=trainings` entries), by DB key
 * @return The title
 */
export function displayTitle(
	root: ParentNode,
	module: string,
	titles: Readonly<Record<string, string>>,
): string {
	const labels = root.querySelectorAll(
		'.cdx-card__text__title, a.ext-trainings-course__module-title' );
	for ( let i = 0; i < labels.length; i++ ) {
		const owner = labels[ i ].closest( '[data-key]' );
		const text = ( labels[ i ].textContent || '' ).trim();
		if ( owner && owner.getAttribute( 'data-key' ) === module && text !== '' ) {
			return text;
		}
	}
	return titles[ module ] || module.replace( /_/g, ' ' );
}

/**
 * Show "Continue where you left off" above the courses and modules: a heading, then a link to
 * each module where the learner stopped, with the state in words.
 *
 * @param root The catalog
 * @param items The modules (none: nothing is shown)
 * @param titles Display titles known besides the page's, by DB key
 * @param languageName The name of a language code in the user's language
 * @param env Messages, numbers, URLs
 * @return The section, or null
 */
export function showContinue(
	root: HTMLElement,
	items: readonly ContinueItem[],
	titles: Readonly<Record<string, string>>,
	languageName: ( code: string ) => string,
	env: MwEnvironment,
): HTMLElement | null {
	const doc = root.ownerDocument;
	const before = root.querySelector( '.ext-trainings-catalog__courses, .ext-trainings-catalog__modules' );
	if ( !items.length || !before || !before.parentNode ) {
		return null;
	}
	const section = doc.createElement( 'section' );
	section.className = 'ext-trainings-catalog__continue';
	const headingId = 'ext-trainings-catalog-continue-heading';
	section.setAttribute( 'aria-labelledby', headingId );
	const heading = doc.createElement( 'h2' );
	heading.id = headingId;
	heading.textContent = env.message( 'trainings-catalog-continue-heading' );
	section.appendChild( heading );
	const list = doc.createElement( 'ul' );
	list.className = 'ext-trainings-catalog__continue-list';
	items.forEach( ( item ) => {
		const li = doc.createElement( 'li' );
		li.setAttribute( 'data-key', item.module );
		const a = doc.createElement( 'a' );
		a.href = continueHref( item, env );
		a.textContent = displayTitle( root, item.module, titles );
		li.appendChild( a );
		if ( item.language !== env.config( 'wgContentLanguage', '' ) ) {
			// The version followed is not the wiki's language: say which it is.
			li.appendChild( doc.createTextNode( ' ' + env.message( 'parentheses', languageName( item.language ) ) ) );
		}
		const status = doc.createElement( 'span' );
		status.className = 'ext-trainings-catalog__continue-status';
		li.appendChild( doc.createTextNode( ' ' ) );
		status.textContent = stateText( env, { module: item.module, state: 'in-progress', step: item.step, steps: item.steps } );
		li.appendChild( status );
		list.appendChild( li );
	} );
	section.appendChild( list );
	before.parentNode.insertBefore( section, before );
	return section;
}
