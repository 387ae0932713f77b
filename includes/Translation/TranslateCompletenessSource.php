<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Extension\Translate\PageTranslation\TranslatablePage;
use MediaWiki\Extension\Translate\Statistics\MessageGroupStats;
use MediaWiki\Title\Title;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

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

	/** Translate's table of cached statistics, one row per message group and language. */
	private const STATS_TABLE = 'translate_groupstats';

	public function __construct(
		private readonly CompletenessSource $withoutTranslate,
		private readonly IConnectionProvider $connectionProvider
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
			$result[$code] = self::completeness( $total, $translated, $fuzzy );
		}
		return $result;
	}

	/**
	 * @inheritDoc
	 * One query on Translate's statistics cache for the modules' groups in that language
	 * (MessageGroupStats::forItem() would take one per module and forLanguage() reads every
	 * group of the wiki, thousands on Meta-Wiki). Rows Translate has not written yet are
	 * "unknown": it computes them lazily, and a catalog view must not.
	 */
	public function getCompletenessInLanguage( string $code, array $bases ): array {
		$groups = [];
		$others = [];
		foreach ( $bases as $base ) {
			if ( TranslatablePage::isSourcePage( $base ) ) {
				$groupId = TranslatablePage::newFromTitle( $base )->getMessageGroupId();
				$groups[MessageGroupStats::getDatabaseIdForGroupId( $groupId )] = $base->getPrefixedDBkey();
			} else {
				$others[] = $base;
			}
		}
		$result = $this->withoutTranslate->getCompletenessInLanguage( $code, $others );
		if ( $groups === [] ) {
			return $result;
		}
		$result += array_fill_keys( array_values( $groups ), null );
		$rows = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( [ 'tgs_group', 'tgs_total', 'tgs_translated', 'tgs_fuzzy' ] )
			->from( self::STATS_TABLE )
			->where( [ 'tgs_group' => array_keys( $groups ), 'tgs_lang' => $code ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$key = $groups[$row->tgs_group] ?? null;
			if ( $key !== null ) {
				$result[$key] = self::completeness( $row->tgs_total, $row->tgs_translated, $row->tgs_fuzzy );
			}
		}
		return $result;
	}

	/**
	 * @param mixed $total Units in the group, null when not computed
	 * @param mixed $translated Units translated and up to date
	 * @param mixed $fuzzy Units whose translation is outdated
	 */
	private static function completeness( $total, $translated, $fuzzy ): ?Completeness {
		if ( $total === null || $translated === null || (int)$total <= 0 ) {
			return null;
		}
		// As Translate's own language bar: outdated units are not translated.
		return new Completeness( (int)$translated / (int)$total, (int)( $fuzzy ?? 0 ) );
	}

	/** @inheritDoc */
	public function getTranslateUrl( Title $base, string $code ): string {
		if ( !TranslatablePage::isSourcePage( $base ) ) {
			return $this->withoutTranslate->getTranslateUrl( $base, $code );
		}
		return TranslatablePage::newFromTitle( $base )->getTranslationUrl( $code );
	}

}
