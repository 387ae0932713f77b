<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\PHPStan;

use PHPat\Selector\Selector;
use PHPat\Selector\SelectorInterface;
use PHPat\Test\Builder\Rule;
use PHPat\Test\PHPat;

/**
 * Dependency directions of the extension (see the architecture notes): domain code never
 * reaches up into the adapters that face MediaWiki (special pages, API modules, hook
 * handlers, REST handlers), and nothing but the typed locator reaches for the global
 * service container. Run by phpstan through phpat (phpstan.neon registers this class).
 *
 * @license GPL-2.0-or-later
 */
final class ArchitectureTest {

	private const ROOT = 'MediaWiki\\Extension\\Trainings\\';

	/** Domain namespaces: what the extension knows, independent of how it is shown. */
	private const DOMAIN = [
		'Catalog', 'Content', 'Translation', 'Progress', 'Stats', 'MaintenanceLoop', 'Reviews', 'Export', 'Zim',
		'Groups', 'Certificates', 'Retention', 'Topics', 'Import',
	];

	/**
	 * The order of the domain folders (docs/architecture.md): which other domain folders each
	 * one may use. Content (what a module page is) is the bottom and uses none; Translation
	 * knows pages and their language versions, not the catalog built from them; the stores
	 * (Progress, Stats) know no catalog; Zim, at the top, packages the catalog and its exports.
	 */
	private const MAY_USE = [
		'Content' => [ 'Topics' ],
		'Translation' => [ 'Content' ],
		'Catalog' => [ 'Content', 'Reviews', 'Translation' ],
		'Progress' => [ 'Content' ],
		'Stats' => [ 'Content', 'Progress' ],
		'Export' => [ 'Content', 'Reviews', 'Translation' ],
		'MaintenanceLoop' => [ 'Content', 'Progress', 'Reviews', 'Stats', 'Translation' ],
		'Zim' => [ 'Catalog', 'Content', 'Export', 'Reviews', 'Topics', 'Translation' ],
		'Groups' => [ 'Content', 'Progress' ],
		'Certificates' => [ 'Content', 'Groups', 'Progress' ],
		'Retention' => [],
		'Reviews' => [ 'Content', 'Translation' ],
		'Topics' => [],
		'Import' => [ 'Content', 'Reviews' ],
	];

	/** Adapter namespaces: thin code that turns MediaWiki requests and events into domain calls. */
	private const ADAPTERS = [ 'Actions', 'Api', 'Hooks', 'Integrations', 'Parsoid', 'Rest', 'Specials' ];

	/**
	 * @param string[] $names
	 */
	private static function namespaces( array $names ): SelectorInterface {
		return Selector::AnyOf( ...array_map(
			static fn ( string $name ) => Selector::inNamespace( self::ROOT . $name ),
			$names
		) );
	}

	public function testDomainDoesNotDependOnAdapters(): Rule {
		return PHPat::rule()
			->classes( self::namespaces( self::DOMAIN ) )
			->shouldNot()->dependOn()
			->classes(
				self::namespaces( self::ADAPTERS ),
				Selector::inNamespace( 'MediaWiki\\SpecialPage' ),
				Selector::inNamespace( 'MediaWiki\\Api' ),
				Selector::inNamespace( 'MediaWiki\\Rest' )
			)
			->because( 'domain services are used by special pages, API modules and hooks, never the reverse' );
	}

	public function testDomainDoesNotUseServiceLocators(): Rule {
		return PHPat::rule()
			->classes( self::namespaces( self::DOMAIN ) )
			->shouldNot()->dependOn()
			->classes(
				Selector::classname( 'MediaWiki\\MediaWikiServices' ),
				Selector::classname( self::ROOT . 'TrainingsServices' )
			)
			->because( 'domain services get their dependencies through the constructor (ServiceWiring.php)' );
	}

	/**
	 * @return iterable<string, Rule>
	 */
	public function testDomainFoldersKeepTheirOrder(): iterable {
		foreach ( self::MAY_USE as $folder => $allowed ) {
			$forbidden = array_values( array_diff( self::DOMAIN, $allowed, [ $folder ] ) );
			yield $folder => PHPat::rule()
				->classes( Selector::inNamespace( self::ROOT . $folder ) )
				->shouldNot()->dependOn()
				->classes( self::namespaces( $forbidden ) )
				->because( "$folder may use " . ( $allowed ? 'only ' . implode( ', ', $allowed ) : 'no other folder' )
					. ' of the extension (docs/architecture.md)' );
		}
	}

	public function testOnlyProgressUsesItsStore(): Rule {
		return PHPat::rule()
			->classes( self::namespaces( array_values( array_diff( self::DOMAIN, [ 'Progress' ] ) ) ) )
			->shouldNot()->dependOn()
			->classes( Selector::classname( self::ROOT . 'Progress\\ProgressStore' ) )
			->because( 'each store owns its tables; the database domain is TrainingsDatabase::VIRTUAL_DOMAIN' );
	}

	public function testOnlyStatsUsesItsTables(): Rule {
		return PHPat::rule()
			->classes( self::namespaces( array_values( array_diff( self::DOMAIN, [ 'Stats' ] ) ) ) )
			->shouldNot()->dependOn()
			->classes( Selector::classname( self::ROOT . 'Stats\\StatsRecorder' ) )
			->because( 'each store owns its tables: other domain folders read statistics through Stats\\StatsLookup' );
	}

	public function testOnlyLatestPropertiesReadsPageProps(): Rule {
		return PHPat::rule()
			->classes( Selector::inNamespace( 'MediaWiki\\Extension\\Trainings' ) )
			->excluding(
				Selector::classname( self::ROOT . 'Content\\LatestProperties' ),
				// Tests check what a parse stored.
				Selector::inNamespace( self::ROOT . 'Tests' )
			)
			->shouldNot()->dependOn()
			->classes( Selector::classname( 'MediaWiki\\Page\\PageProps' ) )
			->because( 'Content\\LatestProperties is the one reader of page_props; readers get the reviewed '
				. 'revision\'s properties from Reviews\\ReviewedProperties (design record 0017)' );
	}

	/**
	 * @return iterable<string, Rule>
	 */
	public function testAdaptersAreIndependent(): iterable {
		foreach ( self::ADAPTERS as $adapter ) {
			yield $adapter => PHPat::rule()
				->classes( Selector::inNamespace( self::ROOT . $adapter ) )
				->shouldNot()->dependOn()
				->classes(
					self::namespaces( array_values( array_diff( self::ADAPTERS, [ $adapter ] ) ) ),
					Selector::classname( 'MediaWiki\\MediaWikiServices' ),
					Selector::classname( self::ROOT . 'TrainingsServices' )
				)
				->because( 'adapters share code through domain services and get them injected (extension.json)' );
		}
	}

}
