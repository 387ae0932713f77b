<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use StatusValue;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * action=traininggroupmembership: the current user joins a group by its join code (having
 * read what its organisers will see, Special:JoinTrainingGroup) or leaves one (POST, CSRF
 * token, the refusals of ApiTrainingWriteBase first). See design record 0015.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingGroupMembership extends ApiTrainingWriteBase {

	public function __construct(
		ApiMain $main,
		string $action,
		private readonly MembershipCommand $command
	) {
		parent::__construct( $main, $action );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$this->requireOnlyOneParameter( $params, 'join', 'leave' );
		$this->requireRegistered();
		$this->requireNotBlockedSitewide();
		if ( $params['join'] !== null ) {
			$status = $this->command->joinIfAllowed( $this->getAuthority(), $params['join'] );
			$this->dieStatusIfBad( $status );
			$this->getResult()->addValue( null, $this->getModuleName(),
				[ 'result' => 'Success', 'joined' => $status->getValue()->id ] );
			return;
		}
		$status = $this->command->leaveIfAllowed( $this->getAuthority(), (int)$params['leave'] );
		$this->dieStatusIfBad( $status );
		$this->getResult()->addValue( null, $this->getModuleName(),
			[ 'result' => 'Success', 'left' => (int)$params['leave'], 'wasmember' => (bool)$status->getValue() ] );
	}

	private function dieStatusIfBad( StatusValue $status ): void {
		if ( !$status->isOK() ) {
			$this->dieStatus( $status );
		}
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return [
			'join' => [
				ParamValidator::PARAM_TYPE => 'string',
				StringDef::PARAM_MAX_BYTES => 32,
			],
			'leave' => [
				ParamValidator::PARAM_TYPE => 'integer',
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
			'action=traininggroupmembership&join=AbCdEf123456&token=123ABC'
				=> 'apihelp-traininggroupmembership-example-join',
			'action=traininggroupmembership&leave=4&token=123ABC' => 'apihelp-traininggroupmembership-example-leave',
		];
	}

}
