/**
 * Where `npm test` (dev/test.mjs) runs: the repository, the test wiki's port and instance, and
 * the wikis beside it (the plain wiki of the gadget, the Translate half), from the environment.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join( dirname( fileURLToPath( import.meta.url ) ), '../..' );
export const port = process.env.TRAININGS_TEST_PORT || '8081';
// Its own instance name too, so that two runs on different ports never share a database.
export const instance = process.env.TRAININGS_TEST_INSTANCE || 'test';
export const server = `http://localhost:${ port }`;
export const instanceDir = join( root, '.wiki/instances', instance );
export const logDir = join( root, '.cache/test-logs', instance );
export const plainInstance = `${ instance }-plain`;
export const plainPort = process.env.TRAININGS_TEST_PLAIN_PORT || String( Number( port ) + 2 );
export const plainServer = `http://localhost:${ plainPort }`;

export const wikiEnv = { TRAININGS_TEST_SERVER: server };

// The Translate half: a wiki of its own with the real Translate extension.
export const translateInstance = `${ instance }-translate`;
export const translatePort = process.env.TRAININGS_TEST_TRANSLATE_PORT || String( Number( port ) + 3 );
export const translateEnv = {
	TRAININGS_TEST_SERVER: `http://localhost:${ translatePort }`,
	TRAININGS_TEST_INSTANCE: translateInstance,
	TRAININGS_TRANSLATE_HALF: '1'
};
