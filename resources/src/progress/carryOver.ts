/**
 * The anonymous-to-account carry-over: progress a learner made while logged out (the browser
 * store) is uploaded to their account, and a record the server would not take (for now) is
 * written back into the browser store by replaying it.
 */
import { AnsweredOutcome, ModuleProgress, ProgressUpdate } from './model';
import { isPermanentError, moduleKey, moduleTitle, ProgressApi, recordParams } from './progressApi';
import { ProgressStore } from './ProgressStore';
import { moveToLayout } from './stepLayout';

/** One check of a quiz to replay: its outcome and the options that gave it (if kept). */
type Check = [ AnsweredOutcome, readonly number[] | undefined ];

/**
 * Write a record into another store by replaying what it holds (steps seen, quiz outcomes:
 * first, passed and latest, then the step the learner was on).
 *
 * @param store The store
 * @param progress The record
 * @return Resolves when written
 */
export function replayInto( store: ProgressStore, progress: ModuleProgress ): Promise<unknown> {
	const base = { steps: progress.steps, quizzes: progress.quizzes };
	const updates: ProgressUpdate[] = [];
	for ( const step of progress.seen ) {
		if ( step !== progress.step ) {
			updates.push( Object.assign( { step }, base ) );
		}
	}
	for ( const number of Object.keys( progress.answers ) ) {
		// The first outcome, a right one if the quiz was passed, then the latest, each with
		// the options that gave it: an outcome without them is not replayed (the server would
		// not take it, design record 0015 §6).
		const answer = progress.answers[ number ];
		const checks: Check[] = [
			[ answer.first, answer.firstOptions ],
		];
		if ( answer.passed && answer.first !== 'right' ) {
			checks.push( [ 'right', answer.passedOptions ] );
		}
		if ( answer.last !== checks[ checks.length - 1 ][ 0 ] ) {
			checks.push( [ answer.last, answer.lastOptions ] );
		}
		for ( const [ outcome, options ] of checks ) {
			if ( options ) {
				const quiz = { number: Number( number ), outcome, options };
				updates.push( Object.assign( { quiz }, base ) );
			}
		}
	}
	if ( progress.step >= 1 ) {
		updates.push( Object.assign( { step: progress.step }, base ) );
	}
	return updates.reduce(
		( done: Promise<unknown>, update ) => done.then( () => store.record( progress, update ) ),
		Promise.resolve(),
	);
}

/** What a carry-over did. */
export interface CarryOverResult {
	/** Records the server took (and the browser forgot). */
	readonly uploaded: number;
	/** Records the server refused for good (the browser forgot them too). */
	readonly dropped: number;
	/** Records left in the browser for a later page view. */
	readonly kept: number;
}

/** At most this many records are uploaded per page view (the API's rate limit is 300 a minute). */
export const CARRY_OVER_BATCH = 50;

/** The page properties of a module's layout (ModuleProperties::STEP_IDS, QUIZ_KEYS). */
const LAYOUT_PROPS = [ 'trainings-step-ids', 'trainings-quiz-keys' ];

/**
 * @param api The API
 * @param records Browser records
 * @return The records moved into their modules' layouts now (stepLayout.ts), as the page
 *  properties give them
 */
function inLayoutsNow(
	api: Pick<ProgressApi, 'apiGet'>,
	records: ModuleProgress[],
): Promise<ModuleProgress[]> {
	const titles = records.filter( ( r ) => r.layout ).map( ( r ) => moduleTitle( r.module ) );
	return titles.length ? api.apiGet( {
		action: 'query', prop: 'pageprops', ppprop: LAYOUT_PROPS, titles,
	} ).then( ( response ) => {
		type Page = { title: string; pageprops?: Record<string, string> };
		const layouts: Record<string, string> = {};
		for ( const page of ( response as { query: { pages?: Page[] } } ).query.pages || [] ) {
			const props = page.pageprops || {};
			if ( props[ LAYOUT_PROPS[ 0 ] ] ) {
				layouts[ moduleKey( page.title ) ] =
					props[ LAYOUT_PROPS[ 0 ] ] + ';' + ( props[ LAYOUT_PROPS[ 1 ] ] || '' );
			}
		}
		return records.map( ( record ) => moveToLayout( record, layouts[ record.module ] ) );
	} ) : Promise.resolve( records );
}

/**
 * Carry the progress a learner made while logged out (the browser store) over to their
 * account: upload each record once, then forget it in the browser (unless it changed
 * meanwhile, in another tab). Cheap when there is nothing to carry: one localStorage read.
 * Stops at the first failure that may pass (offline, rate limit); what is left goes on a
 * later page view.
 *
 * @param browser The browser store
 * @param api The API
 * @param logError Report failures
 * @param batch At most this many records
 * @return What happened (never rejects)
 */
export function carryOverProgress(
	browser: ProgressStore,
	api: Pick<ProgressApi, 'apiGet' | 'apiPost'>,
	logError: ( error: unknown ) => void,
	batch = CARRY_OVER_BATCH,
): Promise<CarryOverResult> {
	let uploaded = 0;
	let dropped = 0;
	return browser.list().then( ( records ) => {
		const oldest = records.slice().sort( ( a, b ) => a.updated - b.updated ).slice( 0, batch );
		return inLayoutsNow( api, oldest ).then( ( todo ) => ( { records, todo } ) );
	} ).then( ( { records, todo } ) => {
		const forget = ( record: ModuleProgress ): Promise<void> => browser.get( record )
			.then( ( now ) => now && now.updated !== record.updated ?
				undefined : browser.reset( record ) );
		const next = ( i: number ): Promise<number> => {
			if ( i >= todo.length ) {
				return Promise.resolve( records.length - uploaded - dropped );
			}
			const record = todo[ i ];
			return api.apiPost( recordParams( record ) ).then(
				() => {
					uploaded++;
					return forget( record ).then( () => next( i + 1 ) );
				},
				( error ) => {
					if ( isPermanentError( error ) ) {
						dropped++;
						return forget( record ).then( () => next( i + 1 ) );
					}
					logError( error );
					return records.length - uploaded - dropped;
				},
			);
		};
		return next( 0 );
	} ).then(
		( kept ) => ( { uploaded, dropped, kept } ),
		( error ) => {
			logError( error );
			return { uploaded, dropped, kept: -1 };
		},
	);
}
