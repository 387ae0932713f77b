<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Api\ApiQuery;
use MediaWiki\Api\ApiQueryBase;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Message\Message;
use MediaWiki\Title\Title;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;
use Wikimedia\ParamValidator\TypeDef\StringDef;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * meta=trainingprogress: the current user's own progress on this wiki, one entry per module
 * (with the language version followed last), most recently changed first. There is no
 * parameter to name another user: nobody reads anyone else's progress. Anonymous users get an
 * empty list and `anonymous: true` (their progress stays in the browser), so that the player
 * can always combine this module with others in one request.
 *
 * @license GPL-2.0-or-later
 */
class ApiQueryTrainingProgress extends ApiQueryBase {

	public function __construct(
		ApiQuery $query,
		string $moduleName,
		private readonly LearnerCheck $learnerCheck,
		private readonly ModuleResolver $moduleResolver,
		private readonly ProgressStore $progressStore
	) {
		parent::__construct( $query, $moduleName, 'tp' );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$result = $this->getResult();
		$path = [ 'query', $this->getModuleName() ];
		$learner = $this->learnerCheck->learnerId( $this->getAuthority() );
		if ( !$learner->isOK() ) {
			$result->addValue( $path, 'anonymous', true );
			$result->addValue( $path, 'modules', [] );
			$result->addIndexedTagName( [ ...$path, 'modules' ], 'module' );
			return;
		}

		$moduleIds = [];
		foreach ( $params['modules'] ?? [] as $name ) {
			$title = Title::newFromText( $name );
			$resolved = $title ? $this->moduleResolver->resolveModuleId( $title ) : null;
			if ( $resolved !== null && $resolved->isOK() ) {
				$moduleIds[] = $resolved->getValue()[0];
			} else {
				$this->addWarning( [ 'apiwarn-trainingprogress-nosuchmodule', Message::plaintextParam( $name ) ] );
			}
		}
		if ( $params['modules'] && $moduleIds === [] ) {
			$result->addValue( $path, 'modules', [] );
			$result->addIndexedTagName( [ ...$path, 'modules' ], 'module' );
			return;
		}

		$after = $params['continue'] === null ? null : $this->continueAfter( $params['continue'] );
		$limit = $params['limit'];
		$rows = $this->progressStore->listForUser( (int)$learner->getValue(), $limit + 1, $after, $moduleIds );
		$more = count( $rows ) > $limit;
		$rows = array_slice( $rows, 0, $limit );
		$modules = $this->moduleResolver->resolveStored(
			array_map( static fn ( $row ) => [ $row->getModuleId(), $row->getLanguage() ], $rows )
		);
		$list = [];
		foreach ( $rows as $i => $progress ) {
			// Progress in modules whose page is gone (deleted) is kept for an undeletion, not shown.
			if ( $modules[$i] !== null ) {
				$list[] = ProgressOutput::progress( $progress, $modules[$i] );
			}
		}
		$result->addValue( $path, 'modules', $list );
		$result->addIndexedTagName( [ ...$path, 'modules' ], 'module' );
		if ( $more ) {
			$last = $rows[count( $rows ) - 1];
			$this->setContinueEnumParameter( 'continue',
				$last->getUpdated() . '|' . $last->getModuleId() );
		}
	}

	/**
	 * The position a `continue` value names: the time of the last module returned (a MediaWiki
	 * timestamp) and its page id. Anything else is refused (`badcontinue`).
	 *
	 * @param string $continue
	 * @return array{0:string,1:int}
	 */
	private function continueAfter( string $continue ): array {
		$parts = explode( '|', $continue );
		$valid = count( $parts ) === 2
			&& preg_match( '/^[0-9]{14}$/', $parts[0] ) === 1
			&& ConvertibleTimestamp::convert( TS_MW, $parts[0] ) === $parts[0]
			&& preg_match( '/^[1-9][0-9]{0,9}$/', $parts[1] ) === 1;
		$this->dieContinueUsageIf( !$valid );
		return [ $parts[0], (int)$parts[1] ];
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
			'modules' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_ISMULTI => true,
				ParamValidator::PARAM_ISMULTI_LIMIT1 => ApiBase::LIMIT_SML1,
				ParamValidator::PARAM_ISMULTI_LIMIT2 => ApiBase::LIMIT_SML2,
				StringDef::PARAM_MAX_BYTES => ParamLimits::MAX_TITLE_BYTES,
			],
			'limit' => [
				ParamValidator::PARAM_TYPE => 'limit',
				ParamValidator::PARAM_DEFAULT => 50,
				IntegerDef::PARAM_MIN => 1,
				IntegerDef::PARAM_MAX => ApiBase::LIMIT_BIG1,
				IntegerDef::PARAM_MAX2 => ApiBase::LIMIT_BIG2,
			],
			'continue' => [
				ApiBase::PARAM_HELP_MSG => 'api-help-param-continue',
				StringDef::PARAM_MAX_BYTES => 64,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=query&meta=trainingprogress' => 'apihelp-query+trainingprogress-example-all',
			'action=query&meta=trainingprogress&tpmodules=Training:How%20to%20talk%20to%20partners'
				=> 'apihelp-query+trainingprogress-example-module',
		];
	}

	/**
	 * @return string[]
	 */
	public function getHelpUrls() {
		return [ 'https://www.mediawiki.org/wiki/Extension:Trainings' ];
	}

}
