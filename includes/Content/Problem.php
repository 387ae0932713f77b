<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * One thing wrong with a module's markup (metadata or quiz): a message key, its
 * plain-text parameters and, for quizzes, the line of the tag body it is about.
 * Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class Problem {

	/**
	 * @param string $messageKey Key of the message that explains the problem
	 * @param list<string|int> $params Plain-text parameters (author input is never parsed)
	 * @param int|null $line 1-based line of a tag body, null when not about one line
	 */
	public function __construct(
		private readonly string $messageKey,
		private readonly array $params = [],
		private readonly ?int $line = null
	) {
	}

	public function getMessageKey(): string {
		return $this->messageKey;
	}

	/**
	 * @return list<string|int>
	 */
	public function getParams(): array {
		return $this->params;
	}

	public function getLine(): ?int {
		return $this->line;
	}

}
