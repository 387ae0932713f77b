<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiQuery;
use MediaWiki\Api\ApiQueryBase;
use MediaWiki\Extension\Trainings\Groups\GroupAccess;
use MediaWiki\Extension\Trainings\Groups\GroupReportBuilder;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Title\Title;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;

/**
 * list=traininggroupprogress: a group's participants' completion of its modules and courses,
 * for its organisers only (the same table as Special:TrainingGroup, design record 0015).
 * Anyone else gets the same error whether the group exists or not.
 *
 * @license GPL-2.0-or-later
 */
class ApiQueryTrainingGroupProgress extends ApiQueryBase {

	public function __construct(
		ApiQuery $query,
		string $moduleName,
		private readonly GroupAccess $groupAccess,
		private readonly GroupReportBuilder $reportBuilder,
		private readonly GroupStore $groupStore
	) {
		parent::__construct( $query, $moduleName, 'tgp' );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$group = $this->groupStore->get( $params['group'] );
		$access = $this->groupAccess->organiserId( $this->getAuthority(), $group );
		if ( !$access->isOK() || $group === null ) {
			$this->dieStatus( $access->isOK()
				? \StatusValue::newFatal( 'trainings-group-error-notorganiser' ) : $access );
		}
		$report = $this->reportBuilder->build( $group );
		$path = [ 'query', $this->getModuleName() ];
		$result = $this->getResult();
		$columns = [];
		foreach ( $report->columns as $column ) {
			$columns[] = [
				'pageid' => $column->pageId,
				'title' => Title::newFromLinkTarget( $column->title )->getPrefixedText(),
				'kind' => $column->isCourse() ? 'course' : 'module',
				'steps' => $column->isCourse() ? count( (array)$column->moduleIds ) : $column->stepCount,
			];
		}
		$result->addValue( $path, 'columns', $columns );
		$result->addIndexedTagName( [ ...$path, 'columns' ], 'column' );
		$participants = [];
		foreach ( $report->names as $user => $name ) {
			$cells = [];
			foreach ( $report->columns as $column ) {
				$cell = $report->cells[$user][$column->pageId];
				$cells[] = [
					'pageid' => $column->pageId,
					'state' => $cell->state,
					'done' => $cell->done,
					'of' => $cell->total,
					'completed' => $cell->completed === null ? null : wfTimestamp( TS_ISO_8601, $cell->completed ),
				];
			}
			$participants[] = [ 'name' => $name, 'progress' => $cells ];
		}
		$result->addValue( $path, 'participants', $participants );
		$result->addIndexedTagName( [ ...$path, 'participants' ], 'participant' );
	}

	/**
	 * @param array<string,mixed> $params
	 * @return string
	 */
	public function getCacheMode( $params ) {
		return 'private';
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return [
			'group' => [
				ParamValidator::PARAM_TYPE => 'integer',
				ParamValidator::PARAM_REQUIRED => true,
				IntegerDef::PARAM_MIN => 1,
				IntegerDef::PARAM_MAX => 2147483647,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=query&list=traininggroupprogress&tgpgroup=1'
				=> 'apihelp-query+traininggroupprogress-example',
		];
	}

}
