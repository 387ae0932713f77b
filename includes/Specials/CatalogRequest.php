<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Catalog\CatalogParameter;
use MediaWiki\Extension\Trainings\Catalog\CatalogParameters;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Request\WebRequest;

/**
 * The GET parameters of Special:Trainings, read into a valid CatalogQuery (design record
 * 0004, §4). Unknown or absurd values are not an error: they are left out of the query and
 * listed, so that the page can say which ones it ignored. Immutable.
 *
 * The parameters, their values and limits are those catalogParameters.json declares for the
 * page (design record 0025): `search`, `fulltext` (1: search inside modules, with a search
 * only), `topic`, `level`, `format`, `language`, `maxduration`, `sort`, `drafts` (1: drafts
 * too), `limit`, and `continue` (from the "More modules" link of the same query).
 *
 * @license GPL-2.0-or-later
 */
final class CatalogRequest {

	/**
	 * @param CatalogQuery $query The modules to list
	 * @param array<string,string> $values The accepted values, by parameter (only those set)
	 * @param array<string,string> $ignored The refused values, by parameter
	 */
	private function __construct(
		private readonly CatalogQuery $query,
		private readonly array $values,
		private readonly array $ignored
	) {
	}

	/**
	 * @param WebRequest $request The page request
	 * @param string[] $topics The configured topic keys
	 * @param callable(string):bool $isKnownLanguage Whether a language code is one MediaWiki knows
	 * @param int $limit Modules per page unless the request asks for another number (clamped
	 *  to the declared limits)
	 */
	public static function fromWebRequest(
		WebRequest $request,
		array $topics,
		callable $isKnownLanguage,
		int $limit
	): self {
		$form = new CatalogRequestValues( $request );
		foreach ( CatalogParameters::declared()->on( CatalogParameter::ON_PAGE ) as $name => $parameter ) {
			$value = $form->read( $name );
			if ( $parameter->requires !== null && !isset( $form->values()[$parameter->requires] ) ) {
				continue;
			}
			if ( $parameter->type === CatalogParameter::TYPE_TEXT ) {
				$value = trim( (string)preg_replace( '/\s+/u', ' ', $value ) );
			} elseif ( $parameter->type === CatalogParameter::TYPE_BOOLEAN && $value === '0' ) {
				// The unchecked state, as a link may write it: not a value to complain about.
				continue;
			}
			$valid = self::isValid( $parameter, $value, $form->values(), $topics, $isKnownLanguage );
			$form->accept( $name, $value, $valid );
		}

		$values = $form->values();
		$query = self::queryFrom( $values, $limit );
		unset( $values['continue'] );
		return new self( $query, $values, $form->ignored() );
	}

	/**
	 * @param CatalogParameter $parameter
	 * @param string $value Trimmed, not empty
	 * @param array<string,string> $accepted The values accepted so far
	 * @param string[] $topics The configured topic keys
	 * @param callable(string):bool $isKnownLanguage
	 */
	private static function isValid(
		CatalogParameter $parameter, string $value, array $accepted, array $topics, callable $isKnownLanguage
	): bool {
		switch ( $parameter->type ) {
			case CatalogParameter::TYPE_TEXT:
				return CatalogParameters::declared()->isAcceptableSearch( $value );
			case CatalogParameter::TYPE_BOOLEAN:
				return $value === '1';
			case CatalogParameter::TYPE_LANGUAGE:
				return preg_match( '/^[a-z][a-z0-9-]{1,' . ( (int)$parameter->maxChars - 1 ) . '}$/', $value ) === 1
					&& $isKnownLanguage( $value );
			case CatalogParameter::TYPE_CONTINUE:
				return $parameter->allows( $value ) && CatalogQuery::isValidContinue( $value,
					$accepted['sort'] ?? CatalogParameters::declared()->get( 'sort' )->defaultValue() );
			default:
				// The wiki's topics (design record 0020), or the declared values and ranges.
				return $parameter->valuesFrom === 'topics'
					? in_array( $value, $topics, true )
					: $parameter->allows( $value );
		}
	}

	/**
	 * @param array<string,string> $values The valid values by name
	 * @param int $limit The page size unless the request asks for another
	 */
	private static function queryFrom( array $values, int $limit ): CatalogQuery {
		$declared = CatalogParameters::declared();
		$limitParameter = $declared->get( 'limit' );
		return CatalogQuery::fromParameters( [
			'search' => $values['search'] ?? '',
			'fulltext' => isset( $values['fulltext'] ),
			'topic' => $values['topic'] ?? null,
			'level' => $values['level'] ?? null,
			'format' => $values['format'] ?? null,
			'language' => $values['language'] ?? null,
			'maxduration' => isset( $values['maxduration'] ) ? (int)$values['maxduration'] : null,
			'status' => isset( $values['drafts'] ) ? $declared->get( 'drafts' )->status : [],
			'sort' => $values['sort'] ?? null,
			'limit' => isset( $values['limit'] )
				? (int)$values['limit']
				: max( (int)$limitParameter->min, min( $limit, (int)$limitParameter->max ) ),
			'continue' => $values['continue'] ?? null,
		] );
	}

	/** The modules to list. */
	public function getQuery(): CatalogQuery {
		return $this->query;
	}

	/**
	 * @param string $name A parameter of the page (catalogParameters.json)
	 * @return string The accepted value, or '' when not set or ignored
	 */
	public function getValue( string $name ): string {
		return $this->values[$name] ?? '';
	}

	public function showsDrafts(): bool {
		return isset( $this->values['drafts'] );
	}

	/** Whether a search or a filter narrows the list (courses are then not shown). */
	public function isFiltering(): bool {
		foreach ( CatalogParameters::declared()->narrowing() as $name ) {
			if ( isset( $this->values[$name] ) ) {
				return true;
			}
		}
		return false;
	}

	/** Whether the page lists a later page of results (from a "More modules" link). */
	public function isContinued(): bool {
		return $this->query->getContinue() !== null;
	}

	/**
	 * @return array<string,string> The refused values, by parameter, in the declared order
	 */
	public function getIgnored(): array {
		return $this->ignored;
	}

	/**
	 * The accepted values as URL parameters: the same list again (with `continue` for the
	 * next page), or with $continue null the first page.
	 *
	 * @param string|null $continue From CatalogPage::getContinue()
	 * @return array<string,string>
	 */
	public function toUrlParameters( ?string $continue = null ): array {
		$parameters = [];
		foreach ( array_keys( CatalogParameters::declared()->on( CatalogParameter::ON_PAGE ) ) as $name ) {
			if ( isset( $this->values[$name] ) ) {
				$parameters[$name] = $this->values[$name];
			}
		}
		if ( $continue !== null ) {
			$parameters['continue'] = $continue;
		}
		return $parameters;
	}

}
