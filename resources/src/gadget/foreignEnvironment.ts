/**
 * The {@link MwEnvironment} of the gadget: the host wiki's `mw` for numbers, storage and
 * error reports; the central wiki (through `mw.ForeignApi`, anonymously: `origin=*`, no
 * cookies) for reads; the gadget's own messages. It writes nothing to the central wiki:
 * progress stays in the browser.
 */
import {
	ApiParams, ApiRequestError, createMwEnvironment, KeyValueStorage, MwEnvironment, settleApiRequest,
} from '../shared/MwEnvironment';
import { STORAGE_KEY } from '../progress';
import { GadgetMessages } from './messages';

/** The gadget's progress, apart from that of the extension if the host wiki has it too. */
export const GADGET_STORAGE_KEY = 'mw-trainings-gadget-progress';

/** How long a request to the central wiki may take (ms). */
const TIMEOUT = 20000;

/**
 * @param storage The host's storage
 * @return The same storage, the progress store's key renamed to the gadget's
 */
export function gadgetStorage( storage: KeyValueStorage ): KeyValueStorage {
	const rename = ( key: string ): string => key === STORAGE_KEY ? GADGET_STORAGE_KEY : key;
	return {
		get: ( key ) => storage.get( rename( key ) ),
		set: ( key, value ) => storage.set( rename( key ), value ),
		remove: ( key ) => storage.remove( rename( key ) ),
	};
}

/**
 * @param mwGlobal The `mw` global (with mediawiki.ForeignApi loaded)
 * @param centralApi The central wiki's api.php
 * @param messages The gadget's messages
 * @return The environment
 */
export function createGadgetEnvironment(
	mwGlobal: typeof mw,
	centralApi: string,
	messages: GadgetMessages,
): MwEnvironment {
	const base = createMwEnvironment( mwGlobal );
	// Made at the first request: a refused address (config.ts) is never asked anything.
	let foreignApi: InstanceType<typeof mwGlobal.ForeignApi> | null = null;
	const central = (): InstanceType<typeof mwGlobal.ForeignApi> => foreignApi || ( foreignApi =
		new mwGlobal.ForeignApi( centralApi, { anonymous: true, ajax: { timeout: TIMEOUT } } ) );
	const refuse = (): Promise<unknown> => Promise.reject(
		new ApiRequestError( 'readonly', 'The gadget writes nothing to the central wiki' ) );
	return Object.assign( {}, base, {
		localStorage: (): KeyValueStorage => gadgetStorage( base.localStorage() ),
		message: messages.text,
		apiGet( params: ApiParams, signal?: AbortSignal ): Promise<unknown> {
			return settleApiRequest(
				() => central().get( Object.assign( { formatversion: 2 }, params ) ), signal );
		},
		apiPost: refuse,
		apiBeacon: () => false,
		apiBeaconAnonymous: () => false,
	} );
}
