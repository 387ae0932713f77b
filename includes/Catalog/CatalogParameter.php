<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

/**
 * One parameter of the catalog as catalogParameters.json declares it (design record 0025):
 * its type, where it is a parameter, its values or where they come from, its default and its
 * size limits. Immutable; read by CatalogParameters.
 *
 * @license GPL-2.0-or-later
 */
final class CatalogParameter {

	public const TYPE_TEXT = 'text';
	public const TYPE_BOOLEAN = 'boolean';
	public const TYPE_ENUM = 'enum';
	public const TYPE_LANGUAGE = 'language';
	public const TYPE_INTEGER = 'integer';
	public const TYPE_LIMIT = 'limit';
	public const TYPE_CONTINUE = 'continue';

	/** Special:Trainings */
	public const ON_PAGE = 'page';
	/** list=trainings */
	public const ON_API = 'api';

	/**
	 * @param string $name
	 * @param string $type One of the TYPE_ constants
	 * @param list<string> $on Of ON_PAGE, ON_API
	 * @param list<string>|null $values The allowed values, or null when they come from elsewhere
	 * @param string|null $valuesFrom Where the allowed values come from (`topics`), or null
	 * @param bool $multi Several values
	 * @param string|int|list<string>|null $default
	 * @param int|null $min
	 * @param int|null $max
	 * @param int|null $maxChars
	 * @param int|null $maxWords
	 * @param int|null $maxBytes
	 * @param bool $narrows Whether it narrows the list
	 * @param string|null $requires Only read together with this parameter
	 * @param list<string> $status For the drafts flag: the statuses it shows
	 * @param bool $apiHelpPerValue Whether list=trainings documents each value
	 */
	private function __construct(
		public readonly string $name,
		public readonly string $type,
		public readonly array $on,
		public readonly ?array $values,
		public readonly ?string $valuesFrom,
		public readonly bool $multi,
		public readonly string|int|array|null $default,
		public readonly ?int $min,
		public readonly ?int $max,
		public readonly ?int $maxChars,
		public readonly ?int $maxWords,
		public readonly ?int $maxBytes,
		public readonly bool $narrows,
		public readonly ?string $requires,
		public readonly array $status,
		public readonly bool $apiHelpPerValue
	) {
	}

	/**
	 * @param string $name
	 * @param array<string,mixed> $declared The parameter's object in catalogParameters.json
	 */
	public static function fromDeclaration( string $name, array $declared ): self {
		$int = static fn ( string $key ): ?int => isset( $declared[$key] ) ? (int)$declared[$key] : null;
		$string = static fn ( string $key ): ?string => isset( $declared[$key] ) ? (string)$declared[$key] : null;
		$strings = static fn ( string $key ): array =>
			array_values( array_map( 'strval', (array)( $declared[$key] ?? [] ) ) );
		$default = $declared['default'] ?? null;
		return new self(
			name: $name,
			type: (string)$declared['type'],
			on: isset( $declared['on'] ) ? $strings( 'on' ) : [ self::ON_PAGE, self::ON_API ],
			values: isset( $declared['values'] ) ? $strings( 'values' ) : null,
			valuesFrom: $string( 'valuesFrom' ),
			multi: (bool)( $declared['multi'] ?? false ),
			default: is_array( $default ) ? $strings( 'default' )
				: ( is_int( $default ) ? $default : $string( 'default' ) ),
			min: $int( 'min' ),
			max: $int( 'max' ),
			maxChars: $int( 'maxChars' ),
			maxWords: $int( 'maxWords' ),
			maxBytes: $int( 'maxBytes' ),
			narrows: (bool)( $declared['narrows'] ?? false ),
			requires: $string( 'requires' ),
			status: $strings( 'status' ),
			apiHelpPerValue: (bool)( $declared['apiHelpPerValue'] ?? false )
		);
	}

	/** The default as a request writes it ('' for none; a list's values joined by `|`). */
	public function defaultValue(): string {
		return is_array( $this->default ) ? implode( '|', $this->default ) : (string)$this->default;
	}

	/**
	 * @return list<string> The default values of a list
	 */
	public function defaultValues(): array {
		if ( is_array( $this->default ) ) {
			return $this->default;
		}
		return $this->default === null ? [] : [ (string)$this->default ];
	}

	/** Whether it is a parameter there (ON_PAGE, ON_API). */
	public function isOn( string $where ): bool {
		return in_array( $where, $this->on, true );
	}

	/**
	 * Whether a single value is allowed, before the adapters' own checks (a topic the wiki
	 * lists, a language MediaWiki knows): within the values, the range and the size limits.
	 *
	 * @param string $value A value as a request gives it
	 */
	public function allows( string $value ): bool {
		if ( $this->values !== null && !in_array( $value, $this->values, true ) ) {
			return false;
		}
		if ( $this->maxChars !== null && mb_strlen( $value ) > $this->maxChars ) {
			return false;
		}
		if ( $this->maxBytes !== null && strlen( $value ) > $this->maxBytes ) {
			return false;
		}
		if ( $this->type === self::TYPE_INTEGER || $this->type === self::TYPE_LIMIT ) {
			// Digits only, no longer than the maximum: no sign, no exponent, no overflow.
			return preg_match( '/^(0|[1-9][0-9]*)$/', $value ) === 1
				&& strlen( $value ) <= strlen( (string)$this->max )
				&& (int)$value >= (int)$this->min && (int)$value <= (int)$this->max;
		}
		return true;
	}

}
