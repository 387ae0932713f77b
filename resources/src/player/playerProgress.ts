/**
 * The learner's progress as the player shows it: which steps are done, what is left before
 * the module counts as completed, where to resume. Pure functions over the progress model.
 */
import {
	isCompleted, missingProgress, ModuleProgress, ProgressKey, ProgressStore,
} from '../progress';
import { ServerModule } from './serverModule';

/** Where the player records progress, and under which module and language. */
export interface PlayerProgress {
	readonly store: ProgressStore;
	readonly key: ProgressKey;
}

/** A quiz and the step holding it (0: the introduction). */
export interface QuizPlace {
	readonly number: number;
	readonly step: number;
}

/** What is left in one step. */
export interface StepToDo {
	readonly step: number;
	/** The learner has not seen the step. */
	readonly unseen: boolean;
	/** How many of its quizzes are not answered. */
	readonly quizzes: number;
}

/**
 * What is left before the module counts as completed, step by step.
 *
 * @param progress The progress (null: nothing yet)
 * @param steps Number of steps
 * @param quizzes The module's quizzes
 * @return The steps with something left, in order (empty: the rule is met)
 */
export function stepsToDo(
	progress: ModuleProgress | null,
	steps: number,
	quizzes: readonly QuizPlace[],
): StepToDo[] {
	const missing = missingProgress( progress, steps, quizzes.map( ( quiz ) => quiz.number ) );
	const todo: StepToDo[] = [];
	for ( let step = 0; step <= steps; step++ ) {
		const unseen = missing.steps.includes( step );
		const open = quizzes.filter( ( quiz ) => quiz.step === step &&
			missing.quizzes.includes( quiz.number ) ).length;
		if ( unseen || open ) {
			todo.push( { step, unseen, quizzes: open } );
		}
	}
	return todo;
}

/**
 * The steps the learner has done: seen, with every quiz in them answered.
 *
 * @param progress The progress (null: nothing yet)
 * @param steps Number of steps
 * @param quizzes The module's quizzes
 * @return Step numbers, ascending
 */
export function doneSteps(
	progress: ModuleProgress | null,
	steps: number,
	quizzes: readonly QuizPlace[],
): number[] {
	if ( !progress ) {
		return [];
	}
	const todo = stepsToDo( progress, steps, quizzes );
	return progress.seen.filter( ( step ) => step <= steps &&
		!todo.some( ( item ) => item.step === step ) );
}

/**
 * Where a returning learner would continue.
 *
 * @param progress The progress (null: nothing yet)
 * @param steps Number of steps
 * @return The step they were last on (1…steps), or 0 when there is nothing to resume
 *  (never opened a step, or completed the module)
 */
export function resumeStep( progress: ModuleProgress | null, steps: number ): number {
	if ( !progress || isCompleted( progress ) || progress.step < 1 ) {
		return 0;
	}
	return Math.min( progress.step, steps );
}

/**
 * @param module The module shown
 * @return Its layout (stepLayout.ts) as the page shows it; none when a step has no id
 */
export function moduleLayout( module: ServerModule ): string | undefined {
	const steps = module.steps.map( ( step ) => step.id );
	const quizzes: string[] = [];
	module.quizzes.forEach( ( quiz, i ) => {
		const n = module.quizzes.slice( 0, i ).filter( ( q ) => q.step === quiz.step ).length;
		quizzes[ quiz.number - 1 ] = ( quiz.step ? steps[ quiz.step - 1 ] : '' ) + ':' + ( n + 1 );
	} );
	return steps.includes( null ) ? undefined : steps.join( '|' ) + ';' + quizzes.join( '|' );
}
