/**
 * The learner's progress: the model and its rules, the store interface, the store in the
 * browser and the store over the progress API. Free of `mw` and Vue, for the player, the
 * course page and the catalog.
 */
export {
	applyUpdate, isAnsweredOutcome, isCompleted, isStarted, meetsCompletionRule,
	missingProgress, normaliseProgress, progressOfModule, sortedNumbers,
} from './model';
export { mergeByModule } from './mergeByModule';
export type {
	AnsweredOutcome, MissingProgress, ModuleProgress, ProgressKey, ProgressUpdate, QuizProgress,
} from './model';
export type { ProgressStore } from './ProgressStore';
export { createBrowserProgressStore, FORMAT_VERSION, MAX_RECORDS, STORAGE_KEY } from './BrowserProgressStore';
export { createApiProgressStore } from './ApiProgressStore';
export type { ApiProgressStore, ApiProgressStoreOptions } from './ApiProgressStore';
export { isPermanentError, moduleTitle, progressFromApi, recordParams } from './progressApi';
export type { ProgressApi } from './progressApi';
export { CARRY_OVER_BATCH, carryOverProgress, replayInto } from './carryOver';
export type { CarryOverResult } from './carryOver';
export { WRITE_DELAY } from './writeQueue';
export { createAnonymousStatsStore, statsEvents } from './anonymousStats';
export type { StatsSender } from './anonymousStats';
export { createLearnerProgressStore } from './learnerStore';
