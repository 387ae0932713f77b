<?php
/**
 * The job queue of the development and test wikis: core's database queue, standing in for the
 * queue service of a large wiki (Kafka through EventBus at Wikimedia), which is no database of
 * the wiki's. Queuing a job is therefore left out of the transaction profiler's counts: a page
 * view may queue jobs (design record 0016), but any other write on a GET request is reported.
 * Running the jobs is profiled as usual (the JobRunner expectations).
 */

declare( strict_types = 1 );

use Wikimedia\Rdbms\IDatabase;

class TrainingsDevJobQueue extends JobQueueDB {

	/** @inheritDoc */
	protected function doBatchPush( array $jobs, $flags ) {
		// Opens the primary connection (on SQLite the insert may wait for the commit).
		$scope = Profiler::instance()->getTransactionProfiler()->silenceForScope();
		try {
			parent::doBatchPush( $jobs, $flags );
		} finally {
			\Wikimedia\ScopedCallback::consume( $scope );
		}
	}

	/** @inheritDoc */
	public function doBatchPushInternal( IDatabase $dbw, array $jobs, $flags, $method ) {
		$scope = Profiler::instance()->getTransactionProfiler()->silenceForScope();
		try {
			parent::doBatchPushInternal( $dbw, $jobs, $flags, $method );
		} finally {
			\Wikimedia\ScopedCallback::consume( $scope );
		}
	}
}
