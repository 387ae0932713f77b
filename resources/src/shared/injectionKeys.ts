import { InjectionKey } from 'vue';
import { MwEnvironment } from './MwEnvironment';

/**
 * Provides the {@link MwEnvironment} to every component of an app.
 */
export const mwEnvironmentKey: InjectionKey<MwEnvironment> = Symbol( 'trainings.mwEnvironment' );
