/**
 * The learner's progress through a course: the state of each module and which one to
 * continue with. Pure: no DOM, no `mw`.
 */
import { isCompleted, isStarted, ModuleProgress, progressOfModule } from '../progress';

export type ModuleState = 'completed' | 'in-progress' | 'not-started';

export interface CourseModuleProgress {
	/** The module's DB key. */
	readonly module: string;
	readonly state: ModuleState;
	/** Where the learner stopped (1…steps; 0 when not started or completed). */
	readonly step: number;
	/** How many steps the module had when the learner last opened it (0: never opened). */
	readonly steps: number;
}

export interface CourseProgress {
	readonly modules: readonly CourseModuleProgress[];
	/** How many modules are completed. */
	readonly completed: number;
	/** Index in `modules` of the first module not completed, -1 when all are. */
	readonly next: number;
	/** Whether the learner has started anything in the course. */
	readonly started: boolean;
}

/**
 * @param modules The course's module DB keys, in course order
 * @param records The learner's progress records (any modules, any languages)
 * @param language The reader's language, preferred among a module's records
 * @return The course's progress
 */
export function courseProgress(
	modules: readonly string[],
	records: readonly ModuleProgress[],
	language: string,
): CourseProgress {
	const items = modules.map( ( module ): CourseModuleProgress => {
		const record = progressOfModule( records, module, language );
		if ( isCompleted( record ) ) {
			return { module, state: 'completed', step: 0, steps: record ? record.steps : 0 };
		}
		if ( record && isStarted( record ) ) {
			return { module, state: 'in-progress', step: Math.max( 1, record.step ), steps: record.steps };
		}
		return { module, state: 'not-started', step: 0, steps: record ? record.steps : 0 };
	} );
	return {
		modules: items,
		completed: items.filter( ( item ) => item.state === 'completed' ).length,
		next: items.findIndex( ( item ) => item.state !== 'completed' ),
		started: items.some( ( item ) => item.state !== 'not-started' ),
	};
}
