/**
 * The statistics of anonymous learners: a {@link ProgressStore} that wraps the browser store
 * and reports to `action=trainingevent` what the statistics count, once per module version
 * and browser (logged-in learners are counted by the progress API instead):
 * - `start` when the store creates the record of a module version;
 * - `complete` when the version first meets the completion rule, with the steps seen and the
 *   quizzes passed, from which the server checks the rule before counting it;
 * - `quiz` for the first answer to each quiz (retries are not counted), with its outcome.
 *
 * Sending never delays, breaks or changes progress: a failure is ignored.
 */
import { ApiParams } from '../shared/MwEnvironment';
import { moduleTitle } from './progressApi';
import { isCompleted, ModuleProgress, ProgressKey, ProgressUpdate } from './model';
import { ProgressStore } from './ProgressStore';

/** Sends one event (MwEnvironment.apiBeaconAnonymous: a POST that outlives the page). */
export type StatsSender = ( params: ApiParams ) => unknown;

/**
 * @param key The module and language
 * @param before The record before the update (null: none)
 * @param after The record after it
 * @param update The update
 * @return The `action=trainingevent` requests the update calls for, in order
 */
export function statsEvents(
	key: ProgressKey,
	before: ModuleProgress | null,
	after: ModuleProgress,
	update: ProgressUpdate,
): ApiParams[] {
	const base = { action: 'trainingevent', module: moduleTitle( key.module ), language: key.language };
	const events: ApiParams[] = [];
	if ( !before ) {
		events.push( Object.assign( { event: 'start' }, base ) );
	}
	const quiz = update.quiz && String( update.quiz.number );
	const answer = quiz ? after.answers[ quiz ] : undefined;
	if ( quiz && answer && !( before && before.answers[ quiz ] ) ) {
		events.push( Object.assign( { event: 'quiz', quiz, outcome: answer.first }, base ) );
	}
	if ( isCompleted( after ) && !isCompleted( before ) ) {
		events.push( Object.assign( {
			event: 'complete',
			stepsdone: after.seen.map( String ),
			quizpassed: Object.keys( after.answers ).filter( ( n ) => after.answers[ n ].passed ),
		}, base ) );
	}
	return events;
}

/**
 * @param store The browser store
 * @param send Sends one event
 * @return The store, reporting the events of record()
 */
export function createAnonymousStatsStore(
	store: ProgressStore,
	send: StatsSender,
): ProgressStore {
	// Calls run one after the other, so that each record() sees the state its predecessor left.
	let queue: Promise<unknown> = Promise.resolve();
	function inOrder<T>( task: () => Promise<T> ): Promise<T> {
		const result = queue.then( task );
		queue = result.catch( () => undefined );
		return result;
	}
	return {
		get: ( key ) => inOrder( () => store.get( key ) ),
		list: ( modules ) => inOrder( () => store.list( modules ) ),
		reset: ( key ) => inOrder( () => store.reset( key ) ),
		record: ( key, update ) => inOrder( () => store.get( key ).then(
			( before ) => store.record( key, update ).then( ( after ) => {
				for ( const params of statsEvents( key, before, after, update ) ) {
					try {
						send( params );
					// eslint-disable-next-line @typescript-eslint/no-unused-vars
					} catch ( error ) {
						// Statistics are best effort.
					}
				}
				return after;
			} ),
		) ),
	};
}
