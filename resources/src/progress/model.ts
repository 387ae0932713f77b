/**
 * The learner's progress through one module: a typed, immutable model and the pure rules on
 * it (recording a move or a quiz answer, the completion rule). No DOM, no `mw`, no storage:
 * the browser store, a server store and every view share this file.
 *
 * Progress belongs to the module, not to a language version: a record is identified by the
 * module's DB key (`How_to_talk_to_partners`, never a `/fr` subpage) and remembers the
 * language of the version the learner followed last (`wgPageContentLanguage`). Steps and
 * quizzes are recorded by position in the record's `layout`, whose step ids every version
 * shares (design 0019), so switching language keeps the progress; stepLayout.ts moves a
 * record into another layout.
 */

/** The outcome of a checked quiz; an empty check (nothing chosen) is not an answer. */
export type AnsweredOutcome = 'right' | 'partial' | 'wrong';

/** What the learner did with one quiz. */
export interface QuizProgress {
	/** Outcome of the first check: what stats call "right the first time". */
	readonly first: AnsweredOutcome;
	/** Outcome of the latest check. */
	readonly last: AnsweredOutcome;
	/** How many times the learner checked an answer (at least 1). */
	readonly attempts: number;
	/**
	 * Whether the learner answered right at least once: the completion rule needs every quiz
	 * passed. Records stored before it existed derive it from `first` and `last`.
	 */
	readonly passed: boolean;
	/**
	 * The options chosen (their numbers, from 1) at the first check, the latest check and a
	 * right check: the server takes an outcome only with the options that give it (design
	 * record 0015, §6). Records made before options were kept have none.
	 */
	readonly firstOptions?: readonly number[];
	readonly lastOptions?: readonly number[];
	readonly passedOptions?: readonly number[];
}

/**
 * Which progress record, and from which version: the module names the record; the language
 * is the version the learner is reading (it becomes the record's language on a change).
 */
export interface ProgressKey {
	/** DB key of the module page, without namespace and language subpage. */
	readonly module: string;
	/** Language code of the version followed (last), e.g. `en`, `fr`. */
	readonly language: string;
	/**
	 * The revision of the version shown (`wgRevisionId`), whose quizzes the server checks
	 * answers against; absent or 0: the version's current revision.
	 */
	readonly revision?: number;
	/**
	 * The layout shown (design record 0019, see stepLayout.ts); in a record, the one its
	 * positions refer to (none in records written before layouts were kept).
	 */
	readonly layout?: string;
}

/** The learner's progress in one module (in whichever versions they read it). */
export interface ModuleProgress extends ProgressKey {
	/** How many steps the module had when the learner last opened it (at least 1). */
	readonly steps: number;
	/** Numbers (`data-trainings-quiz`) of the module's answerable quizzes, ascending. */
	readonly quizzes: readonly number[];
	/** The step the learner was last on (where to resume): 1…steps, 0 for none yet. */
	readonly step: number;
	/** The steps the learner has seen, ascending, each 1…steps. */
	readonly seen: readonly number[];
	/** Answered quizzes, by quiz number. */
	readonly answers: Readonly<Record<string, QuizProgress>>;
	/**
	 * When the module was first completed (ms since the epoch), 0 while it is not. Once
	 * completed, a module stays completed even if its authors later add a step.
	 */
	readonly completed: number;
	/** When this record last changed (ms since the epoch). */
	readonly updated: number;
}

/**
 * One thing the learner did, as the player reports it. `steps` and `quizzes` describe the
 * module as the page shows it; a server store may prefer what it recorded itself.
 */
export interface ProgressUpdate {
	readonly steps: number;
	readonly quizzes: readonly number[];
	/** The learner is on this step (1…steps): it becomes the resume point and is seen. */
	readonly step?: number;
	/** The learner checked an answer of this quiz. */
	readonly quiz?: {
		readonly number: number;
		readonly outcome: AnsweredOutcome;
		/** The options chosen (their numbers, from 1). */
		readonly options?: readonly number[];
	};
}

/** What is left before a module counts as completed. */
export interface MissingProgress {
	/** Steps not seen yet, ascending. */
	readonly steps: readonly number[];
	/** Quizzes not answered right yet, ascending. */
	readonly quizzes: readonly number[];
}

const OUTCOMES: readonly string[] = [ 'right', 'partial', 'wrong' ];

/**
 * @param value Anything
 * @return Whether it is a quiz outcome that counts as an answer
 */
export function isAnsweredOutcome( value: unknown ): value is AnsweredOutcome {
	return typeof value === 'string' && OUTCOMES.includes( value );
}

/**
 * @param values Numbers
 * @param max Largest allowed value (Infinity for none)
 * @return The positive integers among them up to max, unique, ascending
 */
export function sortedNumbers( values: readonly unknown[], max = Infinity ): number[] {
	const numbers = values.filter( ( n ): n is number => typeof n === 'number' &&
		Number.isInteger( n ) && n >= 1 && n <= max );
	return numbers
		.filter( ( n, i ) => numbers.indexOf( n ) === i )
		.sort( ( a, b ) => a - b );
}

/**
 * What is left to do: the completion rule ("the learner saw every step and answered every
 * quiz right at least once", design record 0012; the server applies the same rule), in one place.
 *
 * @param progress The progress (null: nothing done yet)
 * @param steps How many steps the module has
 * @param quizzes Numbers of its quizzes
 * @return Unseen steps and quizzes not answered right yet
 */
export function missingProgress(
	progress: ModuleProgress | null,
	steps: number,
	quizzes: readonly number[],
): MissingProgress {
	const seen = progress ? progress.seen : [];
	const answers = progress ? progress.answers : {};
	const missingSteps: number[] = [];
	for ( let step = 1; step <= steps; step++ ) {
		if ( !seen.includes( step ) ) {
			missingSteps.push( step );
		}
	}
	return {
		steps: missingSteps,
		quizzes: sortedNumbers( quizzes ).filter( ( quiz ) => {
			const answer = Object.prototype.hasOwnProperty.call( answers, String( quiz ) ) ?
				answers[ String( quiz ) ] : undefined;
			return !answer || !answer.passed;
		} ),
	};
}

/**
 * The completion rule: every step seen and every quiz answered right at least once.
 *
 * @param progress The progress (null: nothing done yet)
 * @param steps How many steps the module has (default: as recorded)
 * @param quizzes Numbers of its quizzes (default: as recorded)
 * @return Whether the module counts as completed by that rule
 */
export function meetsCompletionRule(
	progress: ModuleProgress | null,
	steps: number = progress ? progress.steps : 1,
	quizzes: readonly number[] = progress ? progress.quizzes : [],
): boolean {
	const missing = missingProgress( progress, steps, quizzes );
	return !!progress && missing.steps.length === 0 && missing.quizzes.length === 0;
}

/**
 * @param progress The progress, or null
 * @return Whether the module has been completed (see {@link ModuleProgress.completed})
 */
export function isCompleted( progress: ModuleProgress | null ): boolean {
	return !!progress && progress.completed > 0;
}

/**
 * @param progress The progress, or null
 * @return Whether the learner has started the module (seen a step or answered a quiz)
 */
export function isStarted( progress: ModuleProgress | null ): boolean {
	return !!progress && ( progress.seen.length > 0 || Object.keys( progress.answers ).length > 0 ||
		progress.completed > 0 );
}

/**
 * @param value An object
 * @return The same without its undefined properties (records compare and store as before)
 */
export function withoutUndefined<T extends object>( value: T ): T {
	const copy = Object.assign( {}, value ) as Record<string, unknown>;
	for ( const key of Object.keys( copy ) ) {
		if ( copy[ key ] === undefined ) {
			delete copy[ key ];
		}
	}
	return copy as T;
}

/**
 * @param before The quiz's progress so far
 * @param quiz One check of it
 * @return Its progress after the check
 */
function answerQuiz(
	before: QuizProgress | undefined,
	quiz: NonNullable<ProgressUpdate[ 'quiz' ]>,
): QuizProgress {
	const right = quiz.outcome === 'right';
	const options = quiz.options ? sortedNumbers( quiz.options ) : undefined;
	if ( !before ) {
		return withoutUndefined( {
			first: quiz.outcome, last: quiz.outcome, attempts: 1, passed: right,
			firstOptions: options, lastOptions: options, passedOptions: right ? options : undefined,
		} );
	}
	return withoutUndefined( {
		first: before.first,
		last: quiz.outcome,
		attempts: before.attempts + 1,
		passed: before.passed || right,
		firstOptions: before.firstOptions,
		lastOptions: options,
		passedOptions: right ? options : before.passedOptions,
	} );
}

/**
 * Record one thing the learner did.
 *
 * @param previous The progress so far, or null
 * @param key The module and language
 * @param update What happened
 * @param now The time (ms since the epoch)
 * @return The new progress (previous is not changed)
 */
export function applyUpdate(
	previous: ModuleProgress | null,
	key: ProgressKey,
	update: ProgressUpdate,
	now: number,
): ModuleProgress {
	const steps = Math.max( 1, Math.floor( update.steps ) || 1 );
	const quizzes = sortedNumbers( update.quizzes );
	const step = update.step !== undefined && Number.isInteger( update.step ) &&
		update.step >= 1 && update.step <= steps ? update.step : null;
	const seenBefore = previous ? previous.seen : [];
	const seen = sortedNumbers( step === null ? seenBefore : seenBefore.concat( [ step ] ), steps );
	const answers: Record<string, QuizProgress> = Object.assign(
		{}, previous ? previous.answers : {},
	);
	const quiz = update.quiz;
	if ( quiz && Number.isInteger( quiz.number ) && quiz.number >= 1 &&
		isAnsweredOutcome( quiz.outcome )
	) {
		answers[ String( quiz.number ) ] = answerQuiz( answers[ String( quiz.number ) ], quiz );
	}
	const previousStep = previous && previous.step <= steps ? previous.step : 0;
	const revision = key.revision || ( previous && previous.revision ) || undefined;
	const next: ModuleProgress = withoutUndefined( {
		module: key.module,
		language: key.language,
		revision,
		layout: key.layout || ( previous && previous.layout ) || undefined,
		steps,
		quizzes,
		step: step === null ? previousStep : step,
		seen,
		answers,
		completed: previous ? previous.completed : 0,
		updated: now,
	} );
	// Object.assign, not spread syntax: ES2017 output would need a helper.
	return next.completed || !meetsCompletionRule( next ) ? next :
		Object.assign( {}, next, { completed: now } );
}

/**
 * @param value Stored options, or anything
 * @return The option numbers, or undefined when there are none
 */
function optionsOf( value: unknown ): number[] | undefined {
	const options = Array.isArray( value ) ? sortedNumbers( value ) : [];
	return options.length ? options : undefined;
}

/**
 * Read a record from stored or received data, dropping what does not fit the model.
 *
 * @param value Anything (parsed JSON)
 * @return The progress, or null when the value is not a usable record
 */
export function normaliseProgress( value: unknown ): ModuleProgress | null {
	if ( typeof value !== 'object' || value === null ) {
		return null;
	}
	const raw = value as Record<string, unknown>;
	if ( typeof raw.module !== 'string' || raw.module === '' || typeof raw.language !== 'string' ) {
		return null;
	}
	const steps = typeof raw.steps === 'number' && Number.isInteger( raw.steps ) && raw.steps >= 1 ?
		raw.steps : 0;
	if ( !steps ) {
		return null;
	}
	const answers: Record<string, QuizProgress> = {};
	if ( typeof raw.answers === 'object' && raw.answers !== null ) {
		const rawAnswers = raw.answers as Record<string, unknown>;
		for ( const [ number, answer ] of Object.entries( rawAnswers ) ) {
			const a = answer as Record<string, unknown> | null;
			if ( /^[1-9][0-9]*$/.test( number ) && a && typeof a === 'object' &&
				isAnsweredOutcome( a.first ) && isAnsweredOutcome( a.last ) &&
				typeof a.attempts === 'number' && a.attempts >= 1
			) {
				const attempts = Math.floor( a.attempts );
				const passed = a.passed === true || a.first === 'right' || a.last === 'right';
				answers[ number ] = withoutUndefined( {
					first: a.first, last: a.last, attempts, passed,
					firstOptions: optionsOf( a.firstOptions ),
					lastOptions: optionsOf( a.lastOptions ),
					passedOptions: optionsOf( a.passedOptions ),
				} );
			}
		}
	}
	const time = ( t: unknown ): number => typeof t === 'number' && isFinite( t ) && t > 0 ? t : 0;
	return withoutUndefined( {
		module: raw.module,
		language: raw.language,
		revision: typeof raw.revision === 'number' && Number.isInteger( raw.revision ) &&
			raw.revision > 0 ? raw.revision : undefined,
		layout: typeof raw.layout === 'string' && raw.layout ? raw.layout : undefined,
		steps,
		quizzes: sortedNumbers( Array.isArray( raw.quizzes ) ? raw.quizzes : [] ),
		step: typeof raw.step === 'number' && Number.isInteger( raw.step ) && raw.step >= 0 &&
			raw.step <= steps ? raw.step : 0,
		seen: sortedNumbers( Array.isArray( raw.seen ) ? raw.seen : [], steps ),
		answers,
		completed: time( raw.completed ),
		updated: time( raw.updated ),
	} );
}

/**
 * The record that stands for a module when the language does not matter (a course page,
 * whose links take the reader to their own language): a completed one first (the module
 * is done, in whichever language), then the one in the preferred language, then the most
 * recently changed one.
 *
 * @param records Records of any modules
 * @param module The module's DB key
 * @param language Preferred language ('' for none)
 * @return The record, or null when the learner never opened the module
 */
export function progressOfModule(
	records: readonly ModuleProgress[],
	module: string,
	language = '',
): ModuleProgress | null {
	const mine = records.filter( ( record ) => record.module === module );
	const rank = ( record: ModuleProgress ): number => ( record.completed ? 4 : 0 ) +
		( record.language === language ? 2 : 0 );
	let best: ModuleProgress | null = null;
	for ( const record of mine ) {
		if ( !best || rank( record ) > rank( best ) ||
			( rank( record ) === rank( best ) && record.updated > best.updated )
		) {
			best = record;
		}
	}
	return best;
}
