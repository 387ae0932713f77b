<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings;

use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDatabase;
use Wikimedia\Rdbms\IReadableDatabase;

/**
 * The extension's own database: the virtual domain `virtual-trainings`, which holds the tables
 * of learners (progress, statistics, quiz statistics, feedback; sql/tables.json). It is the
 * wiki's own database unless a wiki farm maps it elsewhere ($wgVirtualDomainsMapping), for
 * example to one database shared by every wiki. Every store of those tables, and every check of
 * whether they are writable, names the domain through this class (docs/architecture.md,
 * "Databases"). Tables about pages (reviews of modules) stay on the wiki's main database.
 *
 * @license GPL-2.0-or-later
 */
final class TrainingsDatabase {

	public const VIRTUAL_DOMAIN = 'virtual-trainings';

	public static function primary( IConnectionProvider $connectionProvider ): IDatabase {
		return $connectionProvider->getPrimaryDatabase( self::VIRTUAL_DOMAIN );
	}

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param bool $fromPrimary Read what was just written (after a write in the same request)
	 */
	public static function forReading( IConnectionProvider $connectionProvider, bool $fromPrimary ): IReadableDatabase {
		return $fromPrimary ? self::primary( $connectionProvider )
			: $connectionProvider->getReplicaDatabase( self::VIRTUAL_DOMAIN );
	}

}
