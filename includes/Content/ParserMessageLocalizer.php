<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Message\Message;
use MediaWiki\Parser\Parser;
use MessageLocalizer;
use Wikimedia\Message\MessageSpecifier;

/**
 * Messages in the language of the page being parsed (Parser::msg()), so the
 * parser cache is not split by user language.
 *
 * @license GPL-2.0-or-later
 */
final class ParserMessageLocalizer implements MessageLocalizer {

	public function __construct(
		private readonly Parser $parser
	) {
	}

	/**
	 * @param string|string[]|MessageSpecifier $key
	 * @param mixed ...$params
	 */
	public function msg( $key, ...$params ): Message {
		if ( !is_string( $key ) ) {
			return wfMessage( $key, ...$params )
				->inLanguage( $this->parser->getTargetLanguage() )
				->page( $this->parser->getPage() );
		}
		return $this->parser->msg( $key, ...$params );
	}

}
