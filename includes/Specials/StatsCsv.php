<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

/**
 * Writes rows as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends),
 * with cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) prefixed by an apostrophe: module titles come from wiki users.
 *
 * @license GPL-2.0-or-later
 */
class StatsCsv {

	/**
	 * @param array<int,array<int,string|int>> $rows The first row is the header
	 * @return string
	 */
	public static function format( array $rows ): string {
		$lines = [];
		foreach ( $rows as $row ) {
			$lines[] = implode( ',', array_map( [ self::class, 'cell' ], $row ) );
		}
		return implode( "\r\n", $lines ) . "\r\n";
	}

	/**
	 * One cell: numbers as they are, text defused against formula injection and quoted when
	 * it holds a comma, a quote or a line break.
	 */
	public static function cell( string|int $value ): string {
		if ( is_int( $value ) ) {
			return (string)$value;
		}
		if ( $value !== '' && strpbrk( $value[0], "=+-@\t\r" ) !== false ) {
			$value = "'" . $value;
		}
		if ( strpbrk( $value, ",\"\r\n" ) !== false ) {
			$value = '"' . str_replace( '"', '""', $value ) . '"';
		}
		return $value;
	}

}
