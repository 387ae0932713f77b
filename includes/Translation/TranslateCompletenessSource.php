<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Extension\Translate\PageTranslation\TranslatablePage;
use MediaWiki\Extension\Translate\Statistics\MessageGroupStats;
use MediaWiki\Title\Title;

/**
 * Completeness from the Translate extension (REL1_43 API): for a page marked for
 * translation, the message group `page-<prefixed title>`'s cached statistics per language
 * (MessageGroupStats::forGroup with FLAG_CACHE_ONLY: never computed on a page view; not yet
 * computed gives "unknown"), and Special:Translate to help. Pages not marked for translation
 * are hand-made versions, handled by the fallback source.
 *
 * All references to Translate's classes are in this one class, which the service wiring
 * only creates when ExtensionRegistry says Translate is loaded. Translate's classes are not
 * a stable interface (only its hooks are): keep them here.
 *
 * Tested against the real Translate (REL1_43) in the Translate half of `npm test`
 * (TranslateCompletenessSourceTest, tests/e2e/browser/translate.test.mjs; design record 0005).
 * Statistics Translate has not computed yet (it does so lazily, in jobs or on the API's
 * request) are "unknown", never 0 %.
 *
 * @license GPL-2.0-or-later
 */
class TranslateCompletenessSource implements CompletenessSource {

	public function __construct(
		private readonly CompletenessSource $withoutTranslate
	) {
	}

	/** @inheritDoc */
	public function getCompleteness( Title $base, string $sourceLanguage, array $codes ): array {
		if ( !TranslatablePage::isSourcePage( $base ) ) {
			return $this->withoutTranslate->getCompleteness( $base, $sourceLanguage, $codes );
		}
		$groupId = TranslatablePage::newFromTitle( $base )->getMessageGroupId();
		// Every language of the group in one query, from the statistics cache only.
		$stats = MessageGroupStats::forGroup( $groupId, MessageGroupStats::FLAG_CACHE_ONLY );
		$result = [];
		foreach ( $codes as $code ) {
			$item = $stats[$code] ?? [];
			$total = $item[MessageGroupStats::TOTAL] ?? null;
			$translated = $item[MessageGroupStats::TRANSLATED] ?? null;
			$fuzzy = $item[MessageGroupStats::FUZZY] ?? 0;
			$result[$code] = $total === null || $translated === null || (int)$total <= 0
				? null
				: new Completeness(
					// As Translate's own language bar: outdated units are not translated.
					(int)$translated / (int)$total,
					(int)$fuzzy
				);
		}
		return $result;
	}

	/** @inheritDoc */
	public function getTranslateUrl( Title $base, string $code ): string {
		if ( !TranslatablePage::isSourcePage( $base ) ) {
			return $this->withoutTranslate->getTranslateUrl( $base, $code );
		}
		return TranslatablePage::newFromTitle( $base )->getTranslationUrl( $code );
	}

}
