<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

use Job;
use MediaWiki\Title\Title;

/**
 * Counts a (sampled) view of a module for Special:TrainingStats: page views queue it, so that
 * a GET request never writes to a database, not even after its response (design record
 * 0016). Each job is one view (times the sampling); none is a duplicate of another.
 *
 * @license GPL-2.0-or-later
 */
class StatsViewJob extends Job {

	public const TYPE = 'trainingsStatsView';

	/**
	 * @param Title $title The page viewed
	 * @param array{day:string,base:string,language:string,views:int} $params
	 * @param StatsRecorder $recorder
	 */
	public function __construct(
		Title $title,
		array $params,
		private readonly StatsRecorder $recorder
	) {
		parent::__construct( self::TYPE, $title, $params );
	}

	/**
	 * @param string $day YYYYMMDD (UTC) of the view
	 * @param string $baseKey DB key of the module's base page
	 * @param string $language Language code of the version viewed
	 * @param int $views The views it counts for
	 * @return array{day:string,base:string,language:string,views:int}
	 */
	public static function paramsFor( string $day, string $baseKey, string $language, int $views ): array {
		return [ 'day' => $day, 'base' => $baseKey, 'language' => $language, 'views' => $views ];
	}

	public function run(): bool {
		$this->recorder->countView(
			(string)$this->params['day'],
			(string)$this->params['base'],
			(string)$this->params['language'],
			max( 1, (int)$this->params['views'] )
		);
		return true;
	}
}
