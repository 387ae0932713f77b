/**
 * The source of a `<trainingquiz>` (design record 0003, §4) as the VisualEditor dialog edits
 * it: read into a question, answers (right or wrong, each with optional feedback) and an
 * explanation, and written back changing only the lines whose content the author changed.
 * Translate's markers stay around a changed text (`<translate><!--T:5--> …</translate>`),
 * blank lines, comments and lines the dialog does not know stay as they were.
 */
'use strict';

const { WRAPPED } = require( './translatable.js' );

const MARKERS = [ '?', '+', '-', ':', '!' ];

/**
 * @param {string} raw One line of the source
 * @return {Object} kind (a marker, or null), raw, text, wrap, indent
 */
function readLine( raw ) {
	const trimmed = raw.trim();
	const kind = trimmed.charAt( 0 );
	if ( !MARKERS.includes( kind ) ) {
		return { kind: null, raw: raw };
	}
	const rest = trimmed.slice( 1 ).trim();
	const match = WRAPPED.exec( rest );
	return {
		kind: kind,
		raw: raw,
		text: match ? match[ 2 ].trim() : rest,
		wrap: match ? [ match[ 1 ], match[ 3 ] ] : null,
		indent: /^\s*/.exec( raw )[ 0 ]
	};
}

/**
 * @param {string} source The tag's body
 * @return {Object} The quiz: lines (the source's), question, options, explanation
 */
function parse( source ) {
	const lines = source === '' ? [] : source.split( '\n' ).map( readLine );
	const quiz = {
		lines: lines,
		question: { text: '', line: null },
		options: [],
		explanation: { text: '', line: null }
	};
	let last = null;
	lines.forEach( ( line, index ) => {
		if ( line.kind === '?' && quiz.question.line === null ) {
			quiz.question = { text: line.text, line: index };
		} else if ( line.kind === '+' || line.kind === '-' ) {
			last = { text: line.text, right: line.kind === '+', line: index, feedback: { text: '', line: null } };
			quiz.options.push( last );
		} else if ( line.kind === ':' && last && last.feedback.line === null ) {
			last.feedback = { text: line.text, line: index };
		} else if ( line.kind === '!' && quiz.explanation.line === null ) {
			quiz.explanation = { text: line.text, line: index };
		}
	} );
	quiz.original = JSON.parse( JSON.stringify( {
		question: quiz.question, options: quiz.options, explanation: quiz.explanation
	} ) );
	return quiz;
}

/**
 * @param {Object|undefined} line The source line the text came from
 * @param {string} kind
 * @param {string} text
 * @return {string} The line with this marker and text, in the old line's shape
 */
function writeLine( line, kind, text ) {
	if ( line && line.kind === kind && line.text === text ) {
		return line.raw;
	}
	const wrapped = line && line.wrap ? line.wrap[ 0 ] + text + line.wrap[ 1 ] : text;
	return ( line ? line.indent : '' ) + kind + ' ' + wrapped;
}

/**
 * @param {Object} quiz As parse() made it, then changed by the dialog
 * @return {string} The tag's body
 */
function serialize( quiz ) {
	// What each source line becomes: its own text, changed, removed ([]), or followed by new lines.
	const out = quiz.lines.map( ( line ) => [ line.raw ] );
	const tail = [];
	const put = ( index, text ) => {
		out[ index ][ 0 ] = text;
	};
	const after = ( index, text ) => ( index === null ? tail : out[ index ] ).push( text );

	if ( quiz.question.line !== null ) {
		put( quiz.question.line, writeLine( quiz.lines[ quiz.question.line ], '?', quiz.question.text ) );
	} else {
		tail.push( '? ' + quiz.question.text );
	}
	const kept = new Set( quiz.options.map( ( option ) => option.line )
		.filter( ( line ) => line !== null ) );
	quiz.original.options.forEach( ( option ) => {
		if ( !kept.has( option.line ) ) {
			out[ option.line ] = [];
			if ( option.feedback.line !== null ) {
				out[ option.feedback.line ] = [];
			}
		}
	} );
	let anchor = quiz.question.line;
	quiz.options.forEach( ( option ) => {
		const kind = option.right ? '+' : '-';
		if ( option.line === null ) {
			after( anchor, kind + ' ' + option.text );
			if ( option.feedback.text !== '' ) {
				after( anchor, ': ' + option.feedback.text );
			}
			return;
		}
		put( option.line, writeLine( quiz.lines[ option.line ], kind, option.text ) );
		anchor = option.line;
		const feedback = option.feedback;
		if ( feedback.line !== null ) {
			anchor = feedback.line;
			if ( feedback.text === '' ) {
				out[ feedback.line ] = [];
			} else {
				put( feedback.line, writeLine( quiz.lines[ feedback.line ], ':', feedback.text ) );
			}
		} else if ( feedback.text !== '' ) {
			after( option.line, ': ' + feedback.text );
		}
	} );
	const explanation = quiz.explanation;
	if ( explanation.line !== null ) {
		if ( explanation.text === '' ) {
			out[ explanation.line ] = [];
		} else {
			put( explanation.line, writeLine( quiz.lines[ explanation.line ], '!', explanation.text ) );
		}
	} else if ( explanation.text !== '' ) {
		tail.push( '! ' + explanation.text );
	}
	const lines = [].concat( ...out );
	// New lines at the end go before the source's closing blank line, if it has one.
	const closing = lines.length && lines[ lines.length - 1 ].trim() === '' ? [ lines.pop() ] : [];
	return lines.concat( tail, closing ).join( '\n' );
}

/**
 * @param {Object} quiz
 * @return {string[]} Keys of the messages for what keeps the quiz from being valid
 */
function problems( quiz ) {
	const found = [];
	if ( quiz.question.text.trim() === '' ) {
		found.push( 'trainings-ve-quiz-error-question' );
	}
	if ( quiz.options.length < 2 || quiz.options.length > 12 ) {
		found.push( 'trainings-ve-quiz-error-count' );
	}
	if ( quiz.options.some( ( option ) => option.text.trim() === '' ) ) {
		found.push( 'trainings-ve-quiz-error-empty' );
	}
	if ( !quiz.options.some( ( option ) => option.right ) ) {
		found.push( 'trainings-ve-quiz-error-right' );
	}
	return found;
}

module.exports = { parse: parse, serialize: serialize, problems: problems };
