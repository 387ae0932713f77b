<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Parsoid;

use MediaWiki\Message\Message;
use MessageLocalizer;
use Wikimedia\Bcp47Code\Bcp47Code;

/**
 * Messages in the language of the page Parsoid renders, as the legacy parser's
 * ParserMessageLocalizer gives them: the parser cache is not split by user language.
 *
 * @license GPL-2.0-or-later
 */
final class PageLanguageMessages implements MessageLocalizer {

	public function __construct(
		private readonly Bcp47Code $language
	) {
	}

	/**
	 * @param string|string[]|\Wikimedia\Message\MessageSpecifier $key
	 * @param mixed ...$params
	 */
	public function msg( $key, ...$params ): Message {
		return wfMessage( $key, ...$params )->inLanguage( $this->language );
	}

}
