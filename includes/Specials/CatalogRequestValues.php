<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Request\WebRequest;

/**
 * The GET values of the catalog's form as CatalogRequest reads them: each trimmed, kept when
 * valid, and named among the ignored ones when not (an array where a value belongs included).
 *
 * @internal For CatalogRequest
 * @license GPL-2.0-or-later
 */
final class CatalogRequestValues {

	/** @var array<string,string> */
	private array $values = [];
	/** @var array<string,string> */
	private array $ignored = [];

	public function __construct(
		private readonly WebRequest $request
	) {
	}

	/**
	 * @return string The trimmed value, '' when absent
	 */
	public function read( string $name ): string {
		$value = $this->request->getRawVal( $name );
		if ( $value === null ) {
			$array = $this->request->getArray( $name );
			if ( $array !== null ) {
				// `topic[]=x`: not a value the form can send.
				$this->ignored[$name] = implode( ',', array_map( 'strval', $array ) );
			}
			return '';
		}
		return trim( $value );
	}

	public function accept( string $name, string $value, bool $valid ): void {
		if ( $value === '' ) {
			return;
		}
		if ( $valid ) {
			$this->values[$name] = $value;
		} else {
			$this->ignored[$name] = $value;
		}
	}

	/**
	 * @return array<string,string> The valid values by name
	 */
	public function values(): array {
		return $this->values;
	}

	/**
	 * @return array<string,string> The values ignored, by name
	 */
	public function ignored(): array {
		return $this->ignored;
	}
}
