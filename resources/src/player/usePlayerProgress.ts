/**
 * The player's progress: the record read from the store when the page opens, plus what the
 * learner did since (applied here at once, so the view never waits for a store, which may be
 * a server), what is left to do, and the check marks of the step list.
 *
 * A returning learner who opens the module without a step in the address sees the
 * introduction with "You stopped at step N: Continue / Start from the beginning" at the top,
 * rather than being taken to step N directly: the record may arrive after the page is shown
 * (a server store), and moving the page under the reader then would be disorienting; the
 * introduction and the step list with its check marks show where they stand; and continuing
 * is one click on the first thing they see. Links that mean "continue" (the course page's)
 * carry `#step-N`, so they resume directly. "Start from the beginning" erases nothing.
 */
import { computed, ComputedRef, Ref, ref, ShallowRef, shallowRef, watchEffect } from 'vue';
import { QuizCheckDetail } from '../quiz';
import {
	applyUpdate, isAnsweredOutcome, isCompleted, ModuleProgress, ProgressKey, ProgressUpdate,
} from '../progress';
import { MwEnvironment } from '../shared/MwEnvironment';
import { PlayerState } from './playerState';
import {
	doneSteps, moduleLayout, PlayerProgress, resumeStep, StepToDo, stepsToDo,
} from './playerProgress';
import { markDoneSteps, ServerModule } from './serverModule';

export type StepOrQuiz = Pick<ProgressUpdate, 'step' | 'quiz'>;

export interface PlayerProgressState {
	/** The progress now (null: nothing recorded, or no store). */
	readonly now: ComputedRef<ModuleProgress | null>;
	/** Whether the learner moved in this visit: then the "welcome back" box has served. */
	readonly moved: Ref<boolean>;
	readonly completedBefore: ComputedRef<boolean>;
	/** The step to offer to continue at (0: none). */
	readonly resumeAt: ComputedRef<number>;
	readonly todo: ComputedRef<StepToDo[]>;
	/** Whether the completion view says "completed" (without a store: always). */
	readonly finished: ComputedRef<boolean>;
	/** Record what the learner did, here and in the store. */
	record( update: StepOrQuiz ): void;
	/** A quiz was checked (`trainings-quiz-check`): an answer counts, nothing checked does not. */
	onQuizCheck( event: Event ): void;
}

/**
 * Read the module's record into `base`, and keep the step list's check marks in step with
 * the progress now.
 *
 * @param module The server-rendered module
 * @param store Where the record is
 * @param key The record's key
 * @param base Receives the record
 * @param now The progress now
 * @param state The player's state
 * @param env Messages and error logging
 */
function followStore(
	module: ServerModule,
	store: PlayerProgress,
	key: ProgressKey,
	base: ShallowRef<ModuleProgress | null>,
	now: ComputedRef<ModuleProgress | null>,
	state: ShallowRef<PlayerState>,
	env: MwEnvironment,
): void {
	// The module's record, whichever language it was made in (the versions share step ids).
	store.store.get( key ).then( ( saved ) => {
		base.value = saved;
	}, ( error ) => env.logError( error, 'error.trainings' ) );
	watchEffect( () => {
		markDoneSteps( module, doneSteps( now.value, state.value.steps, module.quizzes ),
			env.message( 'trainings-player-step-done' ) );
	} );
}

/**
 * @param module The server-rendered module
 * @param store Where to record and read; none: nothing is recorded
 * @param state The player's state
 * @param env Messages and error logging
 * @return The progress
 */
export function usePlayerProgress(
	module: ServerModule,
	store: PlayerProgress | undefined,
	state: ShallowRef<PlayerState>,
	env: MwEnvironment,
): PlayerProgressState {
	const base = shallowRef<ModuleProgress | null>( null );
	const updates = shallowRef<ProgressUpdate[]>( [] );
	const quizNumbers = module.quizzes.map( ( quiz ) => quiz.number );
	// Browser records follow the step ids when the module's layout changed (design 0019).
	const key: ProgressKey = Object.assign(
		{ module: '', language: '', layout: moduleLayout( module ) }, store && store.key,
	);
	const now = computed( (): ModuleProgress | null => store ? updates.value.reduce(
		( sum: ModuleProgress | null, update ) => applyUpdate( sum, key, update, Date.now() ),
		base.value,
	) : null );
	const moved = ref( false );
	const completedBefore = computed( () => !moved.value && isCompleted( base.value ) );
	const resumeAt = computed(
		() => moved.value ? 0 : resumeStep( base.value, state.value.steps ),
	);
	const todo = computed( () => stepsToDo( now.value, state.value.steps, module.quizzes ) );
	const finished = computed(
		() => !store || isCompleted( now.value ) || todo.value.length === 0,
	);

	function record( update: StepOrQuiz ): void {
		if ( !store ) {
			return;
		}
		const full: ProgressUpdate = Object.assign(
			{ steps: state.value.steps, quizzes: quizNumbers }, update,
		);
		updates.value = updates.value.concat( [ full ] );
		store.store.record( key, full )
			.catch( ( error ) => env.logError( error, 'error.trainings' ) );
	}

	function onQuizCheck( event: Event ): void {
		const detail = ( event as CustomEvent<QuizCheckDetail> ).detail;
		if ( detail && isAnsweredOutcome( detail.outcome ) &&
			quizNumbers.includes( detail.quiz )
		) {
			const { quiz: number, outcome, options } = detail;
			record( { quiz: { number, outcome, options } } );
		}
	}

	if ( store ) {
		followStore( module, store, key, base, now, state, env );
	}
	return { now, moved, completedBefore, resumeAt, todo, finished, record, onQuizCheck };
}
