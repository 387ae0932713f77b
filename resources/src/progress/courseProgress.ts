/**
 * The learner's progress through a course: the state of each module, which one to continue
 * with, and the state in words. No DOM, no `mw` (messages come through the environment). Here,
 * not in course/, because the catalog's cards say the same for each course.
 */
import { MwEnvironment } from '../shared/MwEnvironment';
import { isCompleted, isStarted, ModuleProgress, progressOfModule } from './model';

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

/**
 * @param env Messages and numbers
 * @param progress A module's progress
 * @return Its state in words
 */
export function stateText( env: MwEnvironment, progress: CourseModuleProgress ): string {
	switch ( progress.state ) {
		case 'completed':
			return env.message( 'trainings-course-status-completed' );
		case 'in-progress':
			return env.message( 'trainings-course-status-in-progress',
				env.formatNumber( progress.step ), env.formatNumber( progress.steps ) );
		default:
			return env.message( 'trainings-course-status-not-started' );
	}
}
