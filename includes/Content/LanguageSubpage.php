<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\Linker\LinkTarget;
use Wikimedia\Rdbms\IExpression;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\LikeValue;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * The Translate convention for language versions: `Training:X/fr` is the French version of
 * `Training:X`. The same holds for hand-made subpages on wikis without Translate.
 *
 * @license GPL-2.0-or-later
 */
class LanguageSubpage {

	public const SERVICE_NAME = 'Trainings.LanguageSubpage';

	public function __construct(
		private readonly LanguageNameUtils $languageNameUtils
	) {
	}

	/**
	 * @return string|null The language code of a training page's language version
	 *  ("Training:X/fr" gives "fr"), or null for a base page or another namespace
	 */
	public function languageCodeOf( LinkTarget $title ): ?string {
		if ( $title->getNamespace() !== NS_TRAINING ) {
			return null;
		}
		$text = $title->getText();
		$slash = strrpos( $text, '/' );
		if ( $slash === false ) {
			return null;
		}
		$code = substr( $text, $slash + 1 );
		// Known tags only: "Training:Events/2015" is a subpage, not a language version.
		return $this->languageNameUtils->isKnownLanguageTag( $code ) ? $code : null;
	}

	/**
	 * The titles of the Training namespace's subpages (redirects aside), where language versions
	 * are: the catalog lists their languages, the resolver a module's versions.
	 *
	 * @param IReadableDatabase $dbr
	 * @param string|null $baseDbKey Only the subpages of this page; null: of every page
	 * @return SelectQueryBuilder Selecting page_title; the caller names itself and fetches
	 */
	public static function subpageTitlesQuery( IReadableDatabase $dbr, ?string $baseDbKey ): SelectQueryBuilder {
		$pattern = $baseDbKey === null
			? new LikeValue( $dbr->anyString(), '/', $dbr->anyString() )
			: new LikeValue( $baseDbKey . '/', $dbr->anyString() );
		return $dbr->newSelectQueryBuilder()
			->select( 'page_title' )
			->from( 'page' )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_is_redirect' => 0,
				$dbr->expr( 'page_title', IExpression::LIKE, $pattern ),
			] );
	}
}
