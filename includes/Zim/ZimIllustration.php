<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

/**
 * The 48×48 PNG illustration a ZIM file must carry (Kiwix shows it in its library): three
 * white steps rising on a blue rounded square, the picture of a module's steps. Drawn here
 * and encoded with zlib alone, because neither GD nor an image converter can be assumed on
 * the wiki's servers.
 *
 * @license GPL-2.0-or-later
 */
final class ZimIllustration {

	public const SIZE = 48;

	private const BACKGROUND = [ 0x33, 0x66, 0xcc ];
	private const FOREGROUND = [ 0xff, 0xff, 0xff ];
	private const RADIUS = 9;

	/** The steps: [ left, top, right, bottom ] in pixels. */
	private const STEPS = [ [ 9, 29, 19, 38 ], [ 19, 20, 29, 38 ], [ 29, 11, 39, 38 ] ];

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @return string The PNG file's bytes
	 */
	public static function png(): string {
		$raw = '';
		for ( $y = 0; $y < self::SIZE; $y++ ) {
			// Filter type 0 (none) for each row.
			$raw .= "\0";
			for ( $x = 0; $x < self::SIZE; $x++ ) {
				$raw .= self::pixel( $x, $y );
			}
		}
		$header = pack( 'NNCCCCC', self::SIZE, self::SIZE, 8, 6, 0, 0, 0 );
		return "\x89PNG\r\n\x1a\n" .
			self::chunk( 'IHDR', $header ) .
			self::chunk( 'IDAT', (string)gzcompress( $raw, 9 ) ) .
			self::chunk( 'IEND', '' );
	}

	/**
	 * @return string Four bytes: red, green, blue, alpha
	 */
	private static function pixel( int $x, int $y ): string {
		if ( !self::insideRoundedSquare( $x, $y ) ) {
			return "\0\0\0\0";
		}
		$color = self::BACKGROUND;
		foreach ( self::STEPS as [ $left, $top, $right, $bottom ] ) {
			if ( $x >= $left && $x < $right && $y >= $top && $y < $bottom ) {
				$color = self::FOREGROUND;
			}
		}
		return pack( 'CCCC', $color[0], $color[1], $color[2], 0xff );
	}

	private static function insideRoundedSquare( int $x, int $y ): bool {
		$max = self::SIZE - 1 - self::RADIUS;
		$cx = min( max( $x, self::RADIUS ), $max );
		$cy = min( max( $y, self::RADIUS ), $max );
		return ( $x - $cx ) ** 2 + ( $y - $cy ) ** 2 <= self::RADIUS ** 2;
	}

	private static function chunk( string $type, string $data ): string {
		return pack( 'N', strlen( $data ) ) . $type . $data . pack( 'N', crc32( $type . $data ) );
	}
}
