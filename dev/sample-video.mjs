#!/usr/bin/env node
/**
 * Makes the sample library's video (content/File/Trainings catalog tour.webm): Debian's
 * Chromium walks through Special:Trainings on a running development wiki, a screenshot is
 * taken at each stop, and Debian's ffmpeg encodes them into a small VP9 WebM (no sound).
 * The subtitles (content/TimedText/) are timed on the same stops: STOP_SECONDS each.
 *
 *   node dev/sample-video.mjs [http://localhost:8080]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

const server = process.argv[ 2 ] || 'http://localhost:8080';
const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const out = join( root, 'content/File/Trainings catalog tour.webm' );
const STOP_SECONDS = 4;

const frames = mkdtempSync( join( tmpdir(), 'trainings-video-' ) );
const browser = await launchBrowser();
try {
	const page = await browser.newPage( { viewport: { width: 640, height: 360 }, locale: 'en-US' } );
	let n = 0;
	const shoot = async () => {
		await page.waitForTimeout( 300 );
		await page.screenshot( { path: join( frames, `stop-${ String( n++ ).padStart( 2, '0' ) }.png` ) } );
	};
	// 1. The catalog.
	await page.goto( `${ server }/wiki/Special:Trainings?useskin=vector-2022`, { waitUntil: 'networkidle' } );
	await shoot();
	// 2. A search.
	await page.fill( 'form.ext-trainings-catalog__search input[name="search"]', 'partner' );
	await page.waitForTimeout( 800 );
	await shoot();
	// 3. Scrolled to the results.
	await page.mouse.wheel( 0, 260 );
	await shoot();
	// 4. A module's introduction.
	await page.goto( `${ server }/wiki/Training:How_to_talk_to_partners?useskin=vector-2022`, { waitUntil: 'networkidle' } );
	await shoot();
	// 5. Its first step.
	await page.click( '.trainings-player-start' );
	await page.waitForTimeout( 300 );
	await shoot();
	// 6. The next step.
	await page.click( '.trainings-player-next' );
	await page.waitForTimeout( 300 );
	await shoot();
} finally {
	await browser.close();
}
execFileSync( '/usr/bin/ffmpeg', [
	'-y', '-loglevel', 'error',
	'-framerate', `1/${ STOP_SECONDS }`, '-i', join( frames, 'stop-%02d.png' ),
	'-vf', 'fps=4,format=yuv420p',
	'-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '45', '-deadline', 'good', '-row-mt', '1',
	'-an', out
] );
rmSync( frames, { recursive: true } );
console.log( `${ out }: ${ statSync( out ).size } bytes` );
