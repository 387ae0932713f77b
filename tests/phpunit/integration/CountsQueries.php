<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration;

use Psr\Log\AbstractLogger;
use Psr\Log\NullLogger;
use Stringable;
use Wikimedia\Rdbms\Database;
use Wikimedia\Rdbms\DBConnRef;
use Wikimedia\TestingAccessWrapper;

/**
 * The SQL a piece of code sends to the replica connection, for tests that hold a query count.
 */
trait CountsQueries {

	/**
	 * @param callable():mixed $callback
	 * @return list<string> The queries it sent, in order
	 */
	private function countQueries( callable $callback ): array {
		$db = $this->getServiceContainer()->getConnectionProvider()->getReplicaDatabase();
		if ( $db instanceof DBConnRef ) {
			$db->ensureConnection();
			// @phpstan-ignore property.notFound
			$db = TestingAccessWrapper::newFromObject( $db )->conn;
		}
		$conn = $db;
		$this->assertInstanceOf( Database::class, $conn );
		$logger = new class extends AbstractLogger {
			/** @var list<string> */
			public array $queries = [];

			/**
			 * @param mixed $level
			 * @param string|Stringable $message
			 * @param array<string,mixed> $context
			 */
			public function log( $level, $message, array $context = [] ): void {
				if ( ( $context['db_log_category'] ?? null ) === 'query' ) {
					$this->queries[] = (string)$context['sql'];
				}
			}
		};
		$debug = $conn->getFlag( DBO_DEBUG );
		$conn->setLogger( $logger );
		$conn->setFlag( DBO_DEBUG );
		try {
			$callback();
		} finally {
			if ( !$debug ) {
				$conn->clearFlag( DBO_DEBUG );
			}
			$conn->setLogger( new NullLogger() );
		}
		return $logger->queries;
	}

}
