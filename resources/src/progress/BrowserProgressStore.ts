/**
 * A {@link ProgressStore} in the browser's localStorage, for learners who are not logged in.
 *
 * Everything lives under one key (as mw.storage asks: no keys with variable parts), as
 * versioned JSON: `{"version":2,"records":[…]}`, one record per module. Format 1 kept one
 * record per module and language version: it is read and merged (`mergeByModule()`), and
 * written back as format 2 on the next change. A record remembers the layout it was written
 * in (design record 0019): read or changed in another, it first follows the step ids.
 * The store tolerates what localStorage does in the wild: missing or disabled storage
 * (private modes, blocked cookies), a full quota, and corrupt or foreign data under its key;
 * then progress lasts only as long as the page.
 * It keeps at most {@link MAX_RECORDS} records, dropping the least recently changed.
 */
import { KeyValueStorage } from '../shared/MwEnvironment';
import {
	applyUpdate, ModuleProgress, normaliseProgress, ProgressKey, ProgressUpdate,
} from './model';
import { mergeByModule } from './mergeByModule';
import { moveToLayout } from './stepLayout';
import { ProgressStore } from './ProgressStore';

/** The localStorage key ("mw" prefix, as mw.storage recommends). */
export const STORAGE_KEY = 'mw-trainings-progress';

/** Version of the stored format; data of another version is ignored (and replaced). */
export const FORMAT_VERSION = 2;

/** The format that kept a record per module and language version, merged when read. */
const FORMAT_PER_LANGUAGE = 1;

/** At most this many module records are kept (each is a few hundred bytes). */
export const MAX_RECORDS = 300;

interface StoredData {
	version: number;
	records: ModuleProgress[];
}

/**
 * @param a A key
 * @param b Another
 * @return Whether they name the same record: the same module, in whichever language
 */
function sameKey( a: ProgressKey, b: ProgressKey ): boolean {
	return a.module === b.module;
}

/**
 * The stored records of a JSON string: none when it is corrupt or of another format.
 *
 * @param json What storage holds under STORAGE_KEY
 * @return The records, one per module
 */
function parseRecords( json: string ): ModuleProgress[] {
	let data: unknown;
	try {
		data = JSON.parse( json );
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		return [];
	}
	const stored = data as Partial<StoredData> | null;
	if ( !stored || typeof stored !== 'object' || !Array.isArray( stored.records ) ||
		( stored.version !== FORMAT_VERSION && stored.version !== FORMAT_PER_LANGUAGE )
	) {
		return [];
	}
	const records: ModuleProgress[] = [];
	for ( const value of stored.records ) {
		const record = normaliseProgress( value );
		if ( record ) {
			records.push( record );
		}
	}
	if ( stored.version === FORMAT_PER_LANGUAGE ) {
		return mergeByModule( records );
	}
	return records.filter(
		( record, i ) => !records.slice( 0, i ).some( ( other ) => sameKey( other, record ) ),
	);
}

/** A {@link ProgressStore} over localStorage. */
class BrowserProgressStore implements ProgressStore {
	/** The records as last read or written: what survives when storage fails. */
	private declare memory: ModuleProgress[];

	/** Whether the last write failed: then storage holds stale data, and memory is right. */
	private declare stale: boolean;

	public constructor(
		private readonly storage: KeyValueStorage,
		private readonly now: () => number,
		private readonly maxRecords: number,
	) {
		this.memory = [];
		this.stale = false;
	}

	/**
	 * @return The stored records (what is in memory when storage is unavailable; none when
	 *  the stored data is corrupt or of another version)
	 */
	private read(): ModuleProgress[] {
		const json = this.storage.get( STORAGE_KEY );
		if ( json === false || this.stale ) {
			return this.memory.slice();
		}
		return json === null ? [] : parseRecords( json );
	}

	/**
	 * Keep the newest records and store them. When the quota is exceeded, try again with half
	 * of them; when that fails too, they stay in memory only.
	 *
	 * @param records All records
	 */
	private write( records: ModuleProgress[] ): void {
		let kept = records.slice()
			.sort( ( a, b ) => b.updated - a.updated )
			.slice( 0, this.maxRecords );
		this.memory = kept;
		for ( let attempt = 0; attempt < 2; attempt++ ) {
			const data: StoredData = { version: FORMAT_VERSION, records: kept };
			if ( this.storage.set( STORAGE_KEY, JSON.stringify( data ) ) ) {
				this.stale = false;
				return;
			}
			kept = kept.slice( 0, Math.ceil( kept.length / 2 ) );
		}
		this.stale = true;
	}

	public get( key: ProgressKey ): Promise<ModuleProgress | null> {
		const record = this.read().find( ( r ) => sameKey( r, key ) );
		return Promise.resolve( record ? moveToLayout( record, key.layout ) : null );
	}

	public list( modules?: readonly string[] ): Promise<ModuleProgress[]> {
		const records = this.read();
		return Promise.resolve( modules ?
			records.filter( ( record ) => modules.includes( record.module ) ) : records );
	}

	public record( key: ProgressKey, update: ProgressUpdate ): Promise<ModuleProgress> {
		// Read again each time: another tab may have written since.
		const records = this.read();
		const index = records.findIndex( ( record ) => sameKey( record, key ) );
		const previous = index === -1 ? null : moveToLayout( records[ index ], key.layout );
		const updated = applyUpdate( previous, key, update, this.now() );
		if ( index !== -1 ) {
			records.splice( index, 1 );
		}
		records.push( updated );
		this.write( records );
		return Promise.resolve( updated );
	}

	public reset( key?: ProgressKey ): Promise<void> {
		if ( key ) {
			this.write( this.read().filter( ( record ) => !sameKey( record, key ) ) );
		} else {
			this.memory = [];
			this.stale = false;
			this.storage.remove( STORAGE_KEY );
		}
		return Promise.resolve();
	}
}

/**
 * A {@link ProgressStore} over localStorage.
 *
 * @param storage mw.storage, or a stand-in
 * @param now The clock (ms since the epoch)
 * @param maxRecords How many records to keep
 * @return The store
 */
export function createBrowserProgressStore(
	storage: KeyValueStorage,
	now: () => number = () => Date.now(),
	maxRecords = MAX_RECORDS,
): ProgressStore {
	return new BrowserProgressStore( storage, now, maxRecords );
}
