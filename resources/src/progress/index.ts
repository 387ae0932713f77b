/**
 * The learner's progress: the model and its rules, the store interface, the store in the
 * browser and the store over the progress API. Free of `mw` and Vue, for the player, the
 * course page and the catalog.
 */
export {
	applyUpdate, isAnsweredOutcome, isCompleted, missingProgress, normaliseProgress, progressOfModule,
} from './model';
export type {
	AnsweredOutcome, MissingProgress, ModuleProgress, ProgressKey, ProgressUpdate, QuizProgress,
} from './model';
export type { ProgressStore } from './ProgressStore';
export { createBrowserProgressStore, FORMAT_VERSION, MAX_RECORDS, STORAGE_KEY } from './BrowserProgressStore';
export { createApiProgressStore } from './ApiProgressStore';
export type { ApiProgressStore, ApiProgressStoreOptions } from './ApiProgressStore';
export { moduleTitle, progressFromApi, recordParams } from './progressApi';
export type { ProgressApi } from './progressApi';
export { carryOverProgress } from './carryOver';
export type { CarryOverResult } from './carryOver';
export { createAnonymousStatsStore, statsEvents } from './anonymousStats';
export type { StatsSender } from './anonymousStats';
export { createLearnerProgressStore } from './learnerStore';
