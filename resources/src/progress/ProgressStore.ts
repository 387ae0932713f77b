/**
 * Where the learner's progress is kept. The player and the course page talk only to this
 * interface: `createBrowserProgressStore()` keeps it in the browser (anonymous learners), and
 * a store over the progress API (logged-in learners, design record 0010) can take its place.
 *
 * Every method is asynchronous, so that a server store fits; implementations never reject
 * for storage trouble (full, disabled, offline): progress is a convenience, the module works
 * without it. Calls made one after the other take effect in that order.
 */
import { ModuleProgress, ProgressKey, ProgressUpdate } from './model';

export interface ProgressStore {
	/**
	 * @param key The module (the language does not matter: progress belongs to the module)
	 * @return The learner's progress there, or null when there is none
	 */
	get( key: ProgressKey ): Promise<ModuleProgress | null>;

	/**
	 * @param modules Only these modules (DB keys); all when omitted
	 * @return The learner's progress records, one per module, in no particular order
	 */
	list( modules?: readonly string[] ): Promise<ModuleProgress[]>;

	/**
	 * Record what the learner just did (a step shown, a quiz checked). Idempotent for steps;
	 * each quiz check counts as one attempt. Completion follows from the completion rule
	 * (`meetsCompletionRule()`), never from the caller.
	 *
	 * @param key The module, and the language of the version read (the record takes it)
	 * @param update What happened
	 * @return The progress after the update
	 */
	record( key: ProgressKey, update: ProgressUpdate ): Promise<ModuleProgress>;

	/**
	 * Forget progress.
	 *
	 * @param key One module (in every language); everything when omitted
	 * @return Resolves once forgotten
	 */
	reset( key?: ProgressKey ): Promise<void>;
}
