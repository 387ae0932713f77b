<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Topics;

use MediaWiki\Languages\LanguageFallback;

/**
 * The one place that knows the catalog's topics (design record 0020): their keys in display
 * order and their labels in any language. The wiki's list (TopicConfigPage) when it has one,
 * else `$wgTrainingsTopics` labelled by the `trainings-topic-<key>` messages.
 *
 * A label in a language: the wiki's label in that language or its fallbacks, else the
 * extension's message (translated on translatewiki.net), else the wiki's English label, else
 * its first one, else the key.
 *
 * @license GPL-2.0-or-later
 */
class Topics {

	public const SERVICE_NAME = 'Trainings.Topics';

	private ?TopicList $list = null;

	/** @var array<string,array<string,string>> Labels by language code, for this request */
	private array $labels = [];

	/**
	 * @param TopicConfigPage $page
	 * @param list<string> $defaultKeys $wgTrainingsTopics
	 * @param LanguageFallback $languageFallback
	 * @param callable(string,string):?string $message A message's text in a language, null
	 *  when the message does not exist
	 */
	public function __construct(
		private readonly TopicConfigPage $page,
		private readonly array $defaultKeys,
		private readonly LanguageFallback $languageFallback,
		private $message
	) {
	}

	public function getList(): TopicList {
		$this->list ??= $this->page->load() ?? new TopicList(
			array_map( static fn ( string $key ) => new Topic( $key ), $this->defaultKeys )
		);
		return $this->list;
	}

	/**
	 * @return list<string> The topic keys in display order
	 */
	public function keys(): array {
		return $this->getList()->keys();
	}

	/**
	 * @param string $languageCode
	 * @return array<string,string> Key => label, in display order
	 */
	public function labels( string $languageCode ): array {
		if ( !isset( $this->labels[$languageCode] ) ) {
			$chain = array_values( array_merge( [ $languageCode ],
				$this->languageFallback->getAll( $languageCode, LanguageFallback::STRICT ) ) );
			$this->labels[$languageCode] = [];
			foreach ( $this->getList()->keys() as $key ) {
				$this->labels[$languageCode][$key] = $this->findLabel( $key, $chain, $languageCode );
			}
		}
		return $this->labels[$languageCode];
	}

	/**
	 * @param string $key A topic key (a key not in the list gets the key itself)
	 * @param string $languageCode
	 */
	public function label( string $key, string $languageCode ): string {
		return $this->labels( $languageCode )[$key] ?? $key;
	}

	/**
	 * @param string $key
	 * @param list<string> $chain The language and its fallbacks, best first
	 * @param string $languageCode
	 */
	private function findLabel( string $key, array $chain, string $languageCode ): string {
		$labels = $this->getList()->get( $key )->labels ?? [];
		foreach ( $chain as $code ) {
			if ( isset( $labels[$code] ) ) {
				return $labels[$code];
			}
		}
		// Messages: trainings-topic-* (the default topics' labels)
		$message = ( $this->message )( 'trainings-topic-' . $key, $languageCode );
		if ( $message !== null ) {
			return $message;
		}
		return $labels['en'] ?? ( $labels === [] ? $key : reset( $labels ) );
	}

}
