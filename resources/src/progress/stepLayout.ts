/**
 * A module's layout (design record 0019) as a browser record keeps it: the server's
 * `StepLayout::encode()`, its step ids in order, `;`, its quizzes' keys (`<step id>:<n>`) by
 * quiz number, each list `|`-joined. A record remembers the layout its positions refer to; in
 * another layout they follow the ids, by the server's rule (`ProgressRemap`).
 */
import { ModuleProgress, QuizProgress, sortedNumbers } from './model';

/**
 * Move a record into another layout: a step seen stays seen where its id went, a quiz
 * outcome follows its key, what is gone is dropped; the step reached follows its id, else
 * the nearest earlier step still there. A record without layout (written before layouts
 * were kept) stays as it is.
 *
 * @param progress The record
 * @param to The layout shown (none: unknown)
 * @return The record in that layout
 */
export function moveToLayout( progress: ModuleProgress, to?: string ): ModuleProgress {
	const from = progress.layout;
	if ( !from || !to || from === to ) {
		return progress;
	}
	const [ fromLists, toLists ] = [ from, to ].map(
		( layout ) => ( layout + ';' ).split( ';' ).map( ( list ) => list.split( '|' ) ),
	);
	// Its number in `to` (0: gone) of step (list 0) or quiz (list 1) n of `from`.
	const move = ( n: number, list = 0 ): number => {
		const id = fromLists[ list ][ n - 1 ];
		return id ? toLists[ list ].indexOf( id ) + 1 : 0;
	};
	let step = 0;
	for ( let old = progress.step; old >= 1 && !step; old-- ) {
		step = move( old );
	}
	const answers: Record<string, QuizProgress> = {};
	for ( const n of Object.keys( progress.answers ) ) {
		const moved = move( Number( n ), 1 );
		if ( moved ) {
			answers[ moved ] = progress.answers[ n ];
		}
	}
	const steps = toLists[ 0 ].length;
	return Object.assign( {}, progress, {
		layout: to,
		steps,
		step,
		seen: sortedNumbers( progress.seen.map( ( n ) => move( n ) ), steps ),
		quizzes: sortedNumbers( progress.quizzes.map( ( n ) => move( n, 1 ) ) ),
		answers,
	} );
}
