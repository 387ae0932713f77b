<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Content;

use MediaWikiUnitTestCase;
use RecursiveDirectoryIterator;
use RecursiveIteratorIterator;

/**
 * Content\LatestProperties is the one reader of core's page_props table: no other file of the
 * extension names the table in a query (the phpat rule in tests/phpstan/ArchitectureTest.php
 * keeps core's PageProps service to it as well). Comments may name it; strings may not.
 *
 * @coversNothing
 */
class PagePropsReaderTest extends MediaWikiUnitTestCase {

	private const READER = 'includes/Content/LatestProperties.php';

	/**
	 * @return list<string> Paths from the extension's root of the files whose PHP strings name page_props
	 */
	public static function filesNamingPageProps( string $root ): array {
		$found = [];
		foreach ( [ 'includes', 'maintenance' ] as $folder ) {
			$files = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( "$root/$folder" ) );
			foreach ( $files as $file ) {
				if ( $file->getExtension() !== 'php' ) {
					continue;
				}
				foreach ( token_get_all( (string)file_get_contents( $file->getPathname() ) ) as $token ) {
					if ( is_array( $token )
						&& in_array( $token[0], [ T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE ] )
						&& preg_match( '/\bpage_props\b/', $token[1] )
					) {
						$found[] = substr( $file->getPathname(), strlen( $root ) + 1 );
						break;
					}
				}
			}
		}
		sort( $found );
		return $found;
	}

	public function testOnlyTheReaderNamesPageProps(): void {
		$this->assertSame( [ self::READER ], self::filesNamingPageProps( dirname( __DIR__, 4 ) ),
			'Read page properties through Content\LatestProperties (or, for what readers get, '
				. 'Reviews\ReviewedProperties)' );
	}

}
