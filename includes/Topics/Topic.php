<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Topics;

/**
 * One topic of the catalog: its key (what modules name in `topics =`, what URLs and page
 * properties carry) and the labels the wiki gave it, by language code. A topic without labels
 * of its own is labelled by the message `trainings-topic-<key>` (design record 0020).
 *
 * @license GPL-2.0-or-later
 */
final class Topic {

	/**
	 * @param string $key Lower case letters, digits and hyphens (TopicListParser::KEY_PATTERN)
	 * @param array<string,string> $labels Language code => label
	 */
	public function __construct(
		public readonly string $key,
		public readonly array $labels = []
	) {
	}

}
