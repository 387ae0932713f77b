/**
 * On phones, previous/next stick to the bottom of the screen (styles/access.less) and cover
 * what passes under them. What the learner is about to use must not stay there: the control
 * that takes the focus (a tap, the keyboard), and a quiz's Check button once an answer is
 * chosen, scroll up above the bar.
 */

const BAR = '.trainings-player-nav';
const CHECK = '.trainings-quiz-check';
/** Room between the control and the bar, in CSS pixels. */
const GAP = 8;

/**
 * @param element A control of the module
 * @param bar The previous/next bar
 */
export function uncover( element: Element, bar: Element ): void {
	const box = element.getBoundingClientRect();
	const barBox = bar.getBoundingClientRect();
	const over = box.bottom > barBox.top && box.top < barBox.bottom;
	// Only a sticky bar covers: in its place after the step, it is below everything. A control
	// taller than the room above the bar stays where it is.
	const fits = box.height > 0 && box.height < barBox.top;
	if ( over && fits && getComputedStyle( bar ).position === 'sticky' ) {
		const view = element.ownerDocument.defaultView as Window;
		view.scrollBy( 0, box.bottom - barBox.top + GAP );
	}
}

/**
 * @param root The module the player arranges
 */
export function keepClearOfBar( root: HTMLElement ): void {
	const onEvent = ( event: Event ): void => {
		const bar = root.querySelector( BAR );
		const target = event.target as Element;
		if ( !bar || bar.contains( target ) ) {
			return;
		}
		const quiz = event.type === 'change' ? target.closest( '.trainings-quiz' ) : null;
		uncover( ( quiz && quiz.querySelector( CHECK ) ) || target, bar );
	};
	root.addEventListener( 'focusin', onEvent );
	root.addEventListener( 'change', onEvent );
}
