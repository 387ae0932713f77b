<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;
use MediaWiki\Message\Message;
use MessageLocalizer;

/**
 * Renders problems as the inline error box that stands where the faulty markup
 * was: `<div class="error trainings-error" role="note">`, a heading line, then one
 * item per problem. Author input in the problems is escaped, never parsed.
 *
 * @license GPL-2.0-or-later
 */
class ProblemRenderer {

	public function __construct(
		private readonly MessageLocalizer $messages
	) {
	}

	/**
	 * @param string $headingKey Message key of the line above the problems
	 * @param list<Problem> $problems
	 * @return string HTML on one line
	 */
	public function render( string $headingKey, array $problems ): string {
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= Html::element( 'li', [], $this->text( $problem ) );
		}
		return Html::rawElement(
			'div',
			[ 'class' => 'error trainings-error', 'role' => 'note' ],
			Html::element( 'p', [], $this->messages->msg( $headingKey )->text() ) .
				Html::rawElement( 'ul', [], $items )
		);
	}

	/**
	 * @return string Plain text of one problem, with its line number when it has one
	 */
	public function text( Problem $problem ): string {
		// Numbers go in before the message is transformed (for PLURAL), author input after.
		$params = array_map(
			static fn ( $param ) => is_int( $param ) ? Message::numParam( $param ) : Message::plaintextParam( $param ),
			$problem->getParams()
		);
		$text = $this->messages->msg( $problem->getMessageKey() )->params( ...$params )->text();
		$line = $problem->getLine();
		if ( $line !== null ) {
			$text = $this->messages->msg( 'trainings-error-line' )
				->numParams( $line )
				->plaintextParams( $text )
				->text();
		}
		return $text;
	}

}
