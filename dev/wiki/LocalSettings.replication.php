<?php
/**
 * The databases of a large wiki, for the replication suite (tests/replication/run.sh, design
 * record 0016): required by an instance's LocalSettings.local.php after it set
 * $trainingsDbPort, the first of the three MariaDB servers of dev/replication.sh.
 *
 * - "s1" holds the wiki's own database (core's tables, and the extension's tables that the
 *   catalog selects by, if any); a replica trails it by MASTER_DELAY seconds.
 * - "extension1", a cluster of its own, holds the database of the virtual domain
 *   virtual-trainings (progress, statistics, feedback, notifications); the same replica
 *   server trails it (MariaDB multi-source replication, connection 'ext').
 * A query joining the two fails here, as it would on such a wiki.
 */

$trainingsDbHost = static fn ( int $offset ): string => '127.0.0.1:' . ( $trainingsDbPort + $offset );

$wgLBFactoryConf = [
	'class' => \Wikimedia\Rdbms\LBFactoryMulti::class,
	'secret' => $wgSecretKey,
	'sectionsByDB' => [ $wgDBname => 's1' ],
	// The primary first, with no read load: page views and API reads go to the replica.
	'sectionLoads' => [
		's1' => [ 'db-s1' => 0, 'db-replica-s1' => 1 ],
		'DEFAULT' => [ 'db-s1' => 0, 'db-replica-s1' => 1 ],
	],
	'externalLoads' => [
		'extension1' => [ 'db-ext1' => 0, 'db-replica-ext1' => 1 ],
	],
	'serverTemplate' => [
		'dbname' => $wgDBname,
		'user' => 'wiki',
		'password' => 'wiki',
		'type' => 'mysql',
		'flags' => DBO_DEFAULT,
		// ChronologyProtector and waitForReplication wait on GTIDs (MASTER_GTID_WAIT).
		'useGTIDs' => true,
		'max lag' => 6,
	],
	'hostsByName' => [
		'db-s1' => $trainingsDbHost( 0 ),
		'db-replica-s1' => $trainingsDbHost( 1 ),
		'db-ext1' => $trainingsDbHost( 2 ),
		'db-replica-ext1' => $trainingsDbHost( 1 ),
	],
	// One replica server, two replication connections: its lag is read from the right one.
	'templateOverridesByServer' => [
		'db-replica-ext1' => [ 'variables' => [ 'default_master_connection' => 'ext' ] ],
	],
];

$wgVirtualDomainsMapping['virtual-trainings'] = [ 'cluster' => 'extension1', 'db' => 'trainings_ext' ];

// ChronologyProtector needs a stash shared by the web server's workers that is not the
// database (core turns it off otherwise): APCu (the suite starts php -S with apc.enable_cli).
$wgMicroStashType = CACHE_ACCEL;
