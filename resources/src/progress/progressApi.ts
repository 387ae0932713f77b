/**
 * The progress API as the browser sees it: records read from `meta=trainingprogress` (every
 * page of a listing), the parameters of `action=trainingprogress`, and which refusals are
 * for good. No state: ApiProgressStore (the store) and carryOver (the anonymous-to-account
 * carry-over) both build on it.
 */
import { ApiParams, ApiRequestError } from '../shared/MwEnvironment';
import {
	isAnsweredOutcome, ModuleProgress,
	normaliseProgress, ProgressKey, QuizProgress, sortedNumbers,
} from './model';

/** The part of the action API the store uses (MwEnvironment's apiGet/apiPost/apiBeacon). */
export interface ProgressApi {
	/** GET, formatversion=2; rejects with an ApiRequestError. */
	apiGet( params: ApiParams ): Promise<unknown>;
	/** POST with a CSRF token, formatversion=2; rejects with an ApiRequestError. */
	apiPost( params: ApiParams ): Promise<unknown>;
	/** POST that outlives the page; false when it could not be queued. */
	apiBeacon( params: ApiParams ): boolean;
}

/** The namespace of module pages (canonical name: valid in every language). */
const NAMESPACE = 'Training';

/** Most modules in one `tpmodules` (the API's limit for multi-value parameters). */
const MODULES_PER_REQUEST = 50;

/** At most this many pages of `meta=trainingprogress` for one list(). */
const MAX_PAGES = 10;

/** API error codes that retrying cannot fix: the write is dropped (logged). */
const PERMANENT_ERRORS: readonly string[] = [
	'nosuchmodule', 'language', 'badstep', 'badstepsdone', 'badquiz', 'badquizvalue',
	'badrevision', 'quiznooptions', 'quizforged',
	'invalidtitle', 'blocked', 'nocentralid', 'badvalue', 'baddatatype', 'maxbytes', 'maxchars',
];

/**
 * @param error Why a request failed
 * @return Whether repeating it later cannot help
 */
export function isPermanentError( error: unknown ): boolean {
	// By its code, not instanceof: each ResourceLoader module bundles its own ApiRequestError.
	const code = error instanceof Error ? ( error as Partial<ApiRequestError> ).code : undefined;
	return typeof code === 'string' && PERMANENT_ERRORS.includes( code );
}

/**
 * @param key A module key
 * @return Its record key in maps: the module (progress belongs to it, in every language)
 */
export function keyString( key: ProgressKey ): string {
	return key.module;
}

/**
 * @param module A module's DB key
 * @return The title the API takes
 */
export function moduleTitle( module: string ): string {
	return NAMESPACE + ':' + module;
}

/**
 * @param title A module's title as the API gives it
 * @return Its DB key: "Training:How to talk to partners" → "How_to_talk_to_partners" (no
 *  namespace name has a colon)
 */
export function moduleKey( title: string ): string {
	return title.slice( title.indexOf( ':' ) + 1 ).replace( / /g, '_' );
}

/**
 * @param value An ISO 8601 time, or anything
 * @return Milliseconds since the epoch, 0 when not a time
 */
function timeOf( value: unknown ): number {
	const t = typeof value === 'string' ? Date.parse( value ) : NaN;
	return isFinite( t ) && t > 0 ? t : 0;
}

/**
 * One module of `meta=trainingprogress` (or of `action=trainingprogress`'s answer) as a
 * {@link ModuleProgress}. The server keeps the latest and the first outcome of each quiz and
 * whether it was passed, not the number of attempts (1 here).
 *
 * @param value One element of `modules`
 * @return The progress, or null when the value does not fit
 */
export function progressFromApi( value: unknown ): ModuleProgress | null {
	if ( typeof value !== 'object' || value === null ) {
		return null;
	}
	const raw = value as Record<string, unknown>;
	if ( typeof raw.module !== 'string' || typeof raw.language !== 'string' ) {
		return null;
	}
	const module = moduleKey( raw.module );
	const seen = sortedNumbers( Array.isArray( raw.stepsdone ) ? raw.stepsdone : [] );
	const step = typeof raw.step === 'number' ? raw.step : 0;
	const answers: Record<string, QuizProgress> = {};
	for ( const quiz of Array.isArray( raw.quizzes ) ? raw.quizzes : [] ) {
		const q = quiz as
			{ quiz?: unknown; result?: unknown; first?: unknown; passed?: unknown } | null;
		if ( q && typeof q.quiz === 'number' && isAnsweredOutcome( q.result ) ) {
			answers[ String( q.quiz ) ] = {
				first: isAnsweredOutcome( q.first ) ? q.first : q.result,
				last: q.result,
				attempts: 1,
				passed: q.passed === true || q.result === 'right',
			};
		}
	}
	// Steps and quizzes are null when the version is no module any more: keep what was done.
	const steps = typeof raw.steps === 'number' && raw.steps >= 1 ? raw.steps :
		Math.max( 1, step, ...seen );
	const quizCount = typeof raw.quizcount === 'number' ? raw.quizcount : 0;
	const quizzes: number[] = [];
	for ( let n = 1; n <= quizCount; n++ ) {
		quizzes.push( n );
	}
	const updated = timeOf( raw.updated );
	return normaliseProgress( {
		module,
		language: raw.language,
		steps,
		quizzes: quizCount ? quizzes : sortedNumbers( Object.keys( answers ).map( Number ) ),
		step,
		seen,
		answers,
		completed: raw.completed === true ? ( timeOf( raw.completedat ) || updated || 1 ) : 0,
		updated,
	} );
}

/**
 * @param options Option numbers
 * @return Them as the API takes them ("1.3")
 */
function joinOptions( options: readonly number[] ): string {
	return options.join( '.' );
}

/**
 * The POST that brings the server to a record's state: the API merges steps and quizzes into
 * what it has, so the whole state can be sent each time. Each quiz outcome goes with the
 * options that gave it, which the server checks (design record 0015, §6); an outcome whose
 * options were not kept (a record from before they were, or read from the server, which
 * has it already) is left out.
 *
 * @param progress The record
 * @return Parameters of `action=trainingprogress`
 */
export function recordParams( progress: ModuleProgress ): ApiParams {
	const numbers = Object.keys( progress.answers ).sort( ( a, b ) => Number( a ) - Number( b ) );
	const quizzes: string[] = [];
	const quizfirst: string[] = [];
	const quizpassed: string[] = [];
	for ( const n of numbers ) {
		const answer = progress.answers[ n ];
		if ( answer.lastOptions ) {
			quizzes.push( n + ':' + answer.last + ':' + joinOptions( answer.lastOptions ) );
		}
		if ( answer.firstOptions ) {
			quizfirst.push( n + ':' + answer.first + ':' + joinOptions( answer.firstOptions ) );
		}
		if ( answer.passed && answer.passedOptions ) {
			quizpassed.push( n + ':' + joinOptions( answer.passedOptions ) );
		}
	}
	const params: ApiParams = {
		action: 'trainingprogress',
		module: moduleTitle( progress.module ),
		language: progress.language,
		step: Math.max( 0, Math.min( progress.step, progress.steps ) ),
		stepsdone: progress.seen.map( String ),
		quizzes,
		quizfirst,
		quizpassed,
	};
	if ( progress.revision ) {
		params.revision = progress.revision;
	}
	return params;
}

/**
 * @param response A `meta=trainingprogress` answer
 * @return Its records, and the continuation if any
 */
function readList( response: unknown ): { records: ModuleProgress[]; next: string | null } {
	const r = response as {
		query?: { trainingprogress?: { modules?: unknown[] } };
		continue?: { tpcontinue?: unknown };
	} | null;
	const modules = r && r.query && r.query.trainingprogress && r.query.trainingprogress.modules;
	const records: ModuleProgress[] = [];
	for ( const item of Array.isArray( modules ) ? modules : [] ) {
		const record = progressFromApi( item );
		if ( record ) {
			records.push( record );
		}
	}
	const next = r && r.continue && typeof r.continue.tpcontinue === 'string' ?
		r.continue.tpcontinue : null;
	return { records, next };
}

/**
 * Fetch every page of a listing.
 *
 * @param api The API
 * @param params The query, without continuation
 * @return The records
 */
function fetchAll( api: Pick<ProgressApi, 'apiGet'>, params: ApiParams ): Promise<ModuleProgress[]> {
	const all: ModuleProgress[] = [];
	type Page = ( cont: string | null, count: number ) => Promise<ModuleProgress[]>;
	const page: Page = ( cont, count ) => api.apiGet(
		Object.assign( {}, params, cont ? { tpcontinue: cont } : {} ),
	).then( ( response ) => {
		const { records, next } = readList( response );
		all.push( ...records );
		return next && count < MAX_PAGES ? page( next, count + 1 ) : all;
	} );
	return page( null, 1 );
}

/**
 * @param api The API
 * @param modules DB keys, or undefined for all
 * @return The server's records (rejects when the API fails)
 */
export function fetchRecords(
	api: Pick<ProgressApi, 'apiGet'>,
	modules?: readonly string[],
): Promise<ModuleProgress[]> {
	const base: ApiParams = { action: 'query', meta: 'trainingprogress', tplimit: 'max' };
	if ( !modules ) {
		return fetchAll( api, base );
	}
	const chunks: string[][] = [];
	for ( let i = 0; i < modules.length; i += MODULES_PER_REQUEST ) {
		chunks.push( modules.slice( i, i + MODULES_PER_REQUEST ).map( moduleTitle ) );
	}
	return Promise.all( chunks.map( ( titles ) => fetchAll(
		api, Object.assign( { tpmodules: titles }, base ),
	) ) ).then( ( lists ) => ( [] as ModuleProgress[] ).concat( ...lists ) );
}
