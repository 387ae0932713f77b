<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiQuery;
use MediaWiki\Api\ApiQueryBase;
use MediaWiki\Extension\Trainings\Groups\GroupAccess;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\MemberStore;
use MediaWiki\Title\Title;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;

/**
 * list=traininggroups: the training groups the current user organises (design record 0015),
 * newest first, with their participant counts, for dashboards. Anonymous users get none.
 *
 * @license GPL-2.0-or-later
 */
class ApiQueryTrainingGroups extends ApiQueryBase {

	public function __construct(
		ApiQuery $query,
		string $moduleName,
		private readonly GroupAccess $groupAccess,
		private readonly GroupStore $groupStore,
		private readonly MemberStore $memberStore
	) {
		parent::__construct( $query, $moduleName, 'tg' );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$path = [ 'query', $this->getModuleName() ];
		$result = $this->getResult();
		$organiser = $this->groupAccess->learnerId( $this->getAuthority() );
		$groups = $organiser->isOK()
			? $this->groupStore->listForOrganiser( (int)$organiser->getValue(), $params['limit'] ) : [];
		$counts = $this->memberStore->counts( array_map( static fn ( $group ) => $group->id, $groups ) );
		foreach ( $groups as $group ) {
			$result->addValue( $path, null, [
				'id' => $group->id,
				'name' => $group->name,
				'description' => $group->description,
				'due' => $group->due === null ? null : wfTimestamp( TS_ISO_8601, $group->due ),
				'closed' => $group->isClosed(),
				'participants' => $counts[$group->id] ?? 0,
				'joinurl' => Title::makeTitle( NS_SPECIAL, 'JoinTrainingGroup/' . $group->code )->getCanonicalURL(),
			] );
		}
		$result->addIndexedTagName( $path, 'group' );
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
			'limit' => [
				ParamValidator::PARAM_TYPE => 'limit',
				ParamValidator::PARAM_DEFAULT => 50,
				IntegerDef::PARAM_MIN => 1,
				IntegerDef::PARAM_MAX => 500,
				IntegerDef::PARAM_MAX2 => 500,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [ 'action=query&list=traininggroups' => 'apihelp-query+traininggroups-example' ];
	}

}
