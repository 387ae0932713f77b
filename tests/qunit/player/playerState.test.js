'use strict';

const { playerState: s } = require( 'ext.trainings.player' );

QUnit.module( 'ext.trainings.player: playerState', QUnit.newMwEnvironment() );

QUnit.test( 'stays within the introduction and the steps', ( assert ) => {
	assert.deepEqual( s.stateAt( 3 ), { step: 0, steps: 3, completed: false }, 'starts on the introduction' );
	assert.strictEqual( s.stateAt( 3, 9 ).step, 3, 'clamped to the last step' );
	assert.strictEqual( s.stateAt( 3, -2 ).step, 0, 'clamped to the introduction' );
	assert.strictEqual( s.stateAt( 3, NaN ).step, 0, 'NaN is the introduction' );
	assert.strictEqual( s.stateAt( 0 ).steps, 1, 'at least one step' );

	const intro = s.stateAt( 3 );
	assert.strictEqual( s.previous( intro ), intro, 'nothing before the introduction' );
	assert.strictEqual( s.next( intro ).step, 1, 'introduction → step 1' );
	assert.strictEqual( s.next( s.stateAt( 3, 2 ) ).step, 3, 'step 2 → step 3' );
	const last = s.stateAt( 3, 3 );
	assert.strictEqual( s.next( last ), last, 'next on the last step does not complete' );
	assert.strictEqual( s.previous( last ).step, 2, 'step 3 → step 2' );
	assert.strictEqual( s.goTo( last, 1 ).step, 1, 'jump to a step' );
	assert.strictEqual( s.viewOf( intro ), 'intro', 'intro view' );
	assert.strictEqual( s.viewOf( last ), 'step', 'step view' );
} );

QUnit.test( 'completion', ( assert ) => {
	const last = s.stateAt( 3, 3 );
	assert.false( s.canComplete( s.stateAt( 3, 2 ) ), 'not before the last step' );
	assert.true( s.canComplete( last ), 'on the last step' );
	const done = s.complete( last );
	assert.deepEqual( done, { step: 3, steps: 3, completed: true }, 'completed on the last step' );
	assert.strictEqual( s.viewOf( done ), 'complete', 'completion view' );
	assert.false( s.canComplete( done ), 'not twice' );
	assert.strictEqual( s.next( done ), done, 'nothing after it' );
	assert.deepEqual( s.previous( done ), last, 'back to the last step' );
	assert.deepEqual( s.progressOf( done ), { value: 3, max: 3 }, 'full progress' );
	assert.deepEqual( s.progressOf( s.stateAt( 3, 1 ) ), { value: 1, max: 3 }, 'progress of step 1' );
	assert.deepEqual( s.progressOf( s.stateAt( 3 ) ), { value: 0, max: 3 }, 'no progress on the introduction' );
} );

QUnit.test( 'fragments', ( assert ) => {
	assert.strictEqual( s.parseStepFragment( '#step-2', 3 ), 2, '#step-2' );
	assert.strictEqual( s.parseStepFragment( 'step-3', 3 ), 3, 'without #' );
	assert.strictEqual( s.parseStepFragment( '#step-4', 3 ), null, 'past the last step' );
	assert.strictEqual( s.parseStepFragment( '#step-0', 3 ), null, 'step 0 is not a step' );
	assert.strictEqual( s.parseStepFragment( '#step-02', 3 ), null, 'leading zero' );
	assert.strictEqual( s.parseStepFragment( '#step-2x', 3 ), null, 'trailing text' );
	assert.strictEqual( s.parseStepFragment( '#Step-2', 3 ), null, 'case matters, like ids' );
	assert.strictEqual( s.parseStepFragment( '', 3 ), null, 'no fragment' );
	assert.strictEqual( s.parseStepFragment( '#step-99999999999', 3 ), null, 'huge number' );
	assert.strictEqual( s.fragmentOf( s.stateAt( 3, 2 ) ), '#step-2', 'fragment of a step' );
	assert.strictEqual( s.fragmentOf( s.stateAt( 3 ) ), '', 'none for the introduction' );
	assert.strictEqual( s.fragmentOf( s.complete( s.stateAt( 3, 3 ) ) ), '#step-3', 'the last step once completed' );
	assert.strictEqual( s.fragmentId( '#Apr%C3%A8s_la_r%C3%A9union' ), 'Après_la_réunion', 'percent-decoded' );
	assert.strictEqual( s.fragmentId( '#100%' ), '100%', 'broken encoding kept as it is' );
	assert.strictEqual( s.fragmentId( '' ), '', 'empty' );
} );

QUnit.test( 'stable fragments (design 0019)', ( assert ) => {
	const ids = [ 'prepare', null, 'follow-up' ];
	assert.strictEqual( s.parseStableFragment( '#step-follow-up', ids ), 3, 'by id' );
	assert.strictEqual( s.parseStableFragment( 'step-prepare', ids ), 1, 'without #' );
	assert.strictEqual( s.parseStableFragment( '#step-gone', ids ), null, 'an id no step has' );
	assert.strictEqual( s.parseStableFragment( '#follow-up', ids ), null, 'the prefix is part of the form' );
	assert.strictEqual( s.parseStableFragment( '#step-Follow-up', ids ), null, 'ids are lowercase' );
	assert.strictEqual( s.parseStableFragment( '#step-2', ids ), null, 'a number is the numbered form' );
	assert.strictEqual( s.fragmentOf( s.stateAt( 3, 3 ), ids ), '#step-follow-up', 'the address names the id' );
	assert.strictEqual( s.fragmentOf( s.stateAt( 3, 2 ), ids ), '#step-2', 'the number for a step without one' );
	assert.strictEqual( s.fragmentOf( s.stateAt( 3 ), ids ), '', 'none for the introduction' );
} );

QUnit.test( 'keys', ( assert ) => {
	assert.strictEqual( s.keyAction( { key: 'ArrowRight' }, false ), 'next', 'right arrow, left-to-right' );
	assert.strictEqual( s.keyAction( { key: 'ArrowLeft' }, false ), 'previous', 'left arrow, left-to-right' );
	assert.strictEqual( s.keyAction( { key: 'ArrowRight' }, true ), 'previous', 'right arrow, right-to-left' );
	assert.strictEqual( s.keyAction( { key: 'ArrowLeft' }, true ), 'next', 'left arrow, right-to-left' );
	assert.strictEqual( s.keyAction( { key: 'ArrowLeft', altKey: true }, false ), null, 'Alt+Left is the browser\'s Back' );
	assert.strictEqual( s.keyAction( { key: 'ArrowRight', shiftKey: true }, false ), null, 'Shift selects text' );
	assert.strictEqual( s.keyAction( { key: 'ArrowRight', ctrlKey: true }, false ), null, 'Ctrl' );
	assert.strictEqual( s.keyAction( { key: 'ArrowDown' }, false ), null, 'down arrow scrolls' );
	assert.strictEqual( s.keyAction( { key: 'PageDown' }, false ), null, 'page down scrolls' );
} );
