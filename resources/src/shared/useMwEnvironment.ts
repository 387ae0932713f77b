import { inject } from 'vue';
import { MwEnvironment } from './MwEnvironment';
import { mwEnvironmentKey } from './injectionKeys';

/**
 * The {@link MwEnvironment} the app was mounted with.
 *
 * @return The environment
 */
export function useMwEnvironment(): MwEnvironment {
	const env = inject( mwEnvironmentKey );
	if ( !env ) {
		throw new Error( 'No MwEnvironment provided: mount the app with one.' );
	}
	return env;
}
