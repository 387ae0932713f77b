/**
 * Records of one module joined into one: what the browser kept per language version before
 * progress belonged to the module (stored format 1).
 */
import {
	AnsweredOutcome, ModuleProgress, QuizProgress, sortedNumbers, withoutUndefined,
} from './model';

const OUTCOME_RANK: Readonly<Record<AnsweredOutcome, number>> = { wrong: 0, partial: 1, right: 2 };

/**
 * One record per module from records that may hold several for one module: what the browser
 * kept per language version before progress belonged to the module (stored format 1). Steps
 * seen are united, each quiz keeps its best outcome (its first outcome from the record that
 * answered it first, the attempts added up), completion is the earliest one; the step and the
 * language are those of the record changed last.
 *
 * @param records Records of any modules
 * @return One record per module, in the order each module first appears
 */
export function mergeByModule( records: readonly ModuleProgress[] ): ModuleProgress[] {
	const merged = new Map<string, ModuleProgress>();
	for ( const record of records ) {
		const before = merged.get( record.module );
		if ( !before ) {
			merged.set( record.module, record );
			continue;
		}
		const [ older, latest ] = before.updated > record.updated ?
			[ record, before ] : [ before, record ];
		const answers: Record<string, QuizProgress> = Object.assign( {}, older.answers );
		for ( const [ number, answer ] of Object.entries( latest.answers ) ) {
			const other = answers[ number ];
			const latestWins = !other || OUTCOME_RANK[ answer.last ] > OUTCOME_RANK[ other.last ];
			answers[ number ] = !other ? answer : withoutUndefined( {
				first: other.first,
				last: latestWins ? answer.last : other.last,
				attempts: other.attempts + answer.attempts,
				passed: other.passed || answer.passed,
				firstOptions: other.firstOptions,
				lastOptions: latestWins ? answer.lastOptions : other.lastOptions,
				passedOptions: other.passedOptions || answer.passedOptions,
			} );
		}
		const steps = Math.max( older.steps, latest.steps );
		const completed = [ older.completed, latest.completed ].filter( ( t ) => t > 0 );
		merged.set( record.module, withoutUndefined( {
			module: latest.module,
			language: latest.language,
			revision: latest.revision,
			steps,
			quizzes: sortedNumbers( older.quizzes.concat( latest.quizzes ) ),
			step: latest.step,
			seen: sortedNumbers( older.seen.concat( latest.seen ), steps ),
			answers,
			completed: completed.length ? Math.min( ...completed ) : 0,
			updated: latest.updated,
		} ) );
	}
	return Array.from( merged.values() );
}
