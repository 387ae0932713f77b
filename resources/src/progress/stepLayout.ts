/**
 * A module's layout (design record 0019): its step ids in order and its quizzes' keys
 * (`<step id>:<n>`, by quiz number). A browser record remembers the layout its positions
 * refer to; in another layout they follow the ids, by the server's rule (ProgressRemap).
 */
import { ModuleProgress, QuizProgress, sortedNumbers } from './model';

export interface StepLayout {
	/** Step ids, step 1 first. */
	readonly steps: readonly string[];
	/** Quiz keys, quiz 1 first ('' for a number no quiz has). */
	readonly quizzes: readonly string[];
}

/**
 * @param from A layout
 * @param to Another
 * @param n A step or quiz number of `from`
 * @param quiz Whether n is a quiz
 * @return Its number in `to`, 0 when gone
 */
function move( from: StepLayout, to: StepLayout, n: number, quiz?: boolean ): number {
	const id = ( quiz ? from.quizzes : from.steps )[ n - 1 ];
	return id ? ( quiz ? to.quizzes : to.steps ).indexOf( id ) + 1 : 0;
}

/**
 * Move a record into another layout: a step seen stays seen where its id went, a quiz
 * outcome follows its key, what is gone is dropped; the step reached follows its id, else
 * the nearest earlier step still there. A record without layout (written before layouts
 * were kept) stays as it is.
 *
 * @param progress The record
 * @param to The layout shown
 * @return The record in that layout
 */
export function moveToLayout(
	progress: ModuleProgress,
	to: StepLayout | undefined,
): ModuleProgress {
	const from = progress.layout;
	if ( !from || !to || JSON.stringify( from ) === JSON.stringify( to ) ) {
		return progress;
	}
	let step = 0;
	for ( let old = progress.step; old >= 1 && !step; old-- ) {
		step = move( from, to, old );
	}
	const answers: Record<string, QuizProgress> = {};
	for ( const n of Object.keys( progress.answers ) ) {
		const moved = move( from, to, Number( n ), true );
		if ( moved > 0 ) {
			answers[ moved ] = progress.answers[ n ];
		}
	}
	const steps = Math.max( 1, to.steps.length );
	return Object.assign( {}, progress, {
		layout: to,
		steps,
		step,
		seen: sortedNumbers( progress.seen.map( ( n ) => move( from, to, n ) ), steps ),
		quizzes: sortedNumbers( progress.quizzes.map( ( n ) => move( from, to, n, true ) ) ),
		answers,
	} );
}
