/**
 * The next module of the course, asked for once the learner completes the module.
 */
import { ref, Ref, shallowRef, ShallowRef } from 'vue';
import { MwEnvironment } from '../shared/MwEnvironment';
import { NextModule, NextModuleFinder } from './host';

export interface NextModuleLookup {
	readonly nextModule: ShallowRef<NextModule | null>;
	/** Where the lookup stands (tests wait on it, not on time). */
	readonly nextLookup: Ref<'idle' | 'pending' | 'done'>;
	/** Ask, unless a module was found or the question is out. */
	find(): void;
}

/**
 * @param finder Finds the next module; none: there is no lookup
 * @param env Where failures are logged
 * @return The lookup
 */
export function useNextModule(
	finder: NextModuleFinder | undefined,
	env: MwEnvironment,
): NextModuleLookup {
	const nextModule = shallowRef<NextModule | null>( null );
	const nextLookup = ref<'idle' | 'pending' | 'done'>( 'idle' );
	function find(): void {
		if ( !finder || nextModule.value || nextLookup.value === 'pending' ) {
			return;
		}
		nextLookup.value = 'pending';
		Promise.resolve( finder() ).then( ( found ) => {
			nextModule.value = found;
			nextLookup.value = 'done';
		}, ( error ) => {
			nextLookup.value = 'done';
			env.logError( error, 'error.trainings' );
		} );
	}
	return { nextModule, nextLookup, find };
}
