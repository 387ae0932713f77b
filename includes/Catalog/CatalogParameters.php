<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use LogicException;
use MediaWiki\Extension\Trainings\Content\SearchKey;

/**
 * The parameters of the catalog, declared once in catalogParameters.json (design record 0025):
 * names, types, allowed values or where they come from, defaults and size limits. The special
 * page reads its URL by them (Specials/CatalogRequest), list=trainings declares its parameters
 * from them (Api/CatalogParamSettings), CatalogQuery checks its values against them, and the
 * front end builds the same file in (resources/src/catalog/catalogParameters.ts).
 *
 * @license GPL-2.0-or-later
 */
final class CatalogParameters {

	private const FILE = __DIR__ . '/catalogParameters.json';

	private static ?self $declared = null;

	/**
	 * @param string $apiPrefix The prefix of list=trainings's parameters
	 * @param array<string,CatalogParameter> $parameters By name, in the declaration's order
	 */
	private function __construct(
		public readonly string $apiPrefix,
		private readonly array $parameters
	) {
	}

	/** The declaration, read once per process. */
	public static function declared(): self {
		if ( self::$declared === null ) {
			$json = json_decode( (string)file_get_contents( self::FILE ), true, 16, JSON_THROW_ON_ERROR );
			$parameters = [];
			foreach ( (array)$json['parameters'] as $name => $declared ) {
				$parameters[(string)$name] = CatalogParameter::fromDeclaration( (string)$name, (array)$declared );
			}
			self::$declared = new self( (string)$json['apiPrefix'], $parameters );
		}
		return self::$declared;
	}

	public function get( string $name ): CatalogParameter {
		if ( !isset( $this->parameters[$name] ) ) {
			throw new LogicException( "No catalog parameter $name in catalogParameters.json" );
		}
		return $this->parameters[$name];
	}

	/**
	 * @param string $where CatalogParameter::ON_PAGE or ON_API
	 * @return array<string,CatalogParameter> The parameters there, by name, in declared order
	 */
	public function on( string $where ): array {
		return array_filter( $this->parameters, static fn ( CatalogParameter $p ): bool => $p->isOn( $where ) );
	}

	/**
	 * @return list<string> The names of the parameters that narrow the list
	 */
	public function narrowing(): array {
		return array_keys( array_filter( $this->parameters, static fn ( CatalogParameter $p ): bool => $p->narrows ) );
	}

	/**
	 * @return list<string> The allowed values of a parameter that lists them
	 */
	public function values( string $name ): array {
		$values = $this->get( $name )->values;
		if ( $values === null ) {
			throw new LogicException( "The catalog parameter $name takes its values from elsewhere" );
		}
		return $values;
	}

	/** The upper bound of an integer parameter. */
	public function max( string $name ): int {
		return (int)$this->get( $name )->max;
	}

	/** Whether a search is within the search parameter's length and word limits. */
	public function isAcceptableSearch( string $text ): bool {
		$search = $this->get( 'search' );
		return $search->allows( $text ) && count( SearchKey::words( $text ) ) <= (int)$search->maxWords;
	}

}
