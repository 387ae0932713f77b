/**
 * Measures of a page on a phone, shared by the browser tests of the small screen: horizontal
 * scrolling and the size of touch targets.
 */

/** A phone's viewport (CSS pixels), as the issue names it. */
export const PHONE = { width: 360, height: 640 };

/** The smallest touch target, in CSS pixels (WCAG 2.5.5, Apple and Android guidance). */
export const MIN_TARGET = 44;

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<{scrollWidth:number, clientWidth:number}>} Of the document's scrolling element
 */
export function pageWidths( page ) {
	return page.evaluate( () => ( {
		scrollWidth: document.scrollingElement.scrollWidth,
		clientWidth: document.scrollingElement.clientWidth
	} ) );
}

/**
 * The visible controls inside the given containers that are smaller than a finger: for a
 * checkbox or radio button, what a tap reaches is the input and its label together.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} scope CSS selector of the containers whose controls are ours
 * @param {string} [skip] CSS selector of controls inside them that are not ours (e.g. links
 *  in a module's own text)
 * @return {Promise<string[]>} One line per control that is too small: what it is and its size
 */
export function smallTargets( page, scope, skip = '' ) {
	return page.evaluate( ( [ scopeSelector, skipSelector, min ] ) => {
		const controls = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, ' +
			'[tabindex]:not([tabindex="-1"])';
		const found = [];
		for ( const container of document.querySelectorAll( scopeSelector ) ) {
			for ( const el of container.querySelectorAll( controls ) ) {
				if ( skipSelector && el.closest( skipSelector ) ) {
					continue;
				}
				const rect = el.getBoundingClientRect();
				if ( rect.width === 0 && rect.height === 0 ) {
					continue;
				}
				let { left, top, right, bottom } = rect;
				if ( el.labels && el.labels.length ) {
					for ( const label of el.labels ) {
						const r = label.getBoundingClientRect();
						left = Math.min( left, r.left );
						top = Math.min( top, r.top );
						right = Math.max( right, r.right );
						bottom = Math.max( bottom, r.bottom );
					}
				}
				const width = right - left;
				const height = bottom - top;
				if ( width < min - 0.5 || height < min - 0.5 ) {
					const name = el.tagName.toLowerCase() + ( el.className && typeof el.className === 'string' ?
						'.' + el.className.trim().split( /\s+/ ).join( '.' ) : '' ) +
						( el.id ? '#' + el.id : '' );
					found.push( `${ name } "${ ( el.textContent || el.value || '' ).trim().slice( 0, 30 ) }" ` +
						`${ Math.round( width ) }x${ Math.round( height ) }` );
				}
			}
		}
		return found;
	}, [ scope, skip, MIN_TARGET ] );
}

/**
 * The values of a quiz's right options, read from the server's answer list in the page.
 *
 * @param {import('playwright-core').Locator} quiz A `.trainings-quiz`
 * @return {Promise<string[]>}
 */
export function rightOptions( quiz ) {
	return quiz.locator( '[data-trainings-option][data-trainings-correct="1"]' )
		.evaluateAll( ( items ) => items.map( ( li ) => li.getAttribute( 'data-trainings-option' ) ) );
}

/**
 * Answer every quiz of the visible step rightly, by tapping (or clicking) the options' labels
 * and "Check".
 *
 * @param {import('playwright-core').Page} page
 */
export async function answerVisibleQuizzes( page ) {
	const quizzes = page.locator( 'section.trainings-step:visible .trainings-quiz, .trainings-intro:visible .trainings-quiz' );
	for ( let q = 0; q < await quizzes.count(); q++ ) {
		const quiz = quizzes.nth( q );
		for ( const value of await rightOptions( quiz ) ) {
			await quiz.locator( `.trainings-quiz-options input[value="${ value }"]` ).check();
		}
		await quiz.locator( '.trainings-quiz-check' ).click();
		await quiz.locator( '.trainings-quiz-status:not(:empty)' ).waitFor();
	}
}

/**
 * Swipe with one finger through Chromium's own touch input (DevTools protocol), so that the
 * page receives the touch and pointer events a phone sends.
 *
 * @param {import('playwright-core').Page} page
 * @param {{x:number,y:number}} from
 * @param {{x:number,y:number}} to
 * @param {number} [steps] Touch moves in between
 */
export async function swipe( page, from, to, steps = 8 ) {
	const cdp = await page.context().newCDPSession( page );
	const point = ( x, y ) => [ { x: Math.round( x ), y: Math.round( y ), id: 1 } ];
	await cdp.send( 'Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point( from.x, from.y ) } );
	for ( let i = 1; i <= steps; i++ ) {
		await cdp.send( 'Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: point( from.x + ( to.x - from.x ) * i / steps,
				from.y + ( to.y - from.y ) * i / steps )
		} );
	}
	await cdp.send( 'Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] } );
	await cdp.detach();
}
