<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiQuery;
use MediaWiki\Api\ApiQueryBase;
use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Title\TitleFactory;
use MediaWiki\User\CentralId\CentralIdLookup;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * meta=trainingcertificate: verification of a certificate by its code, for anyone (what
 * Special:TrainingCertificate/<code> shows): valid, revoked or unknown, and what it certifies.
 *
 * @license GPL-2.0-or-later
 */
class ApiQueryTrainingCertificate extends ApiQueryBase {

	public function __construct(
		ApiQuery $query,
		string $moduleName,
		private readonly CentralIdLookup $centralIdLookup,
		private readonly TitleFactory $titleFactory,
		private readonly CertificateStore $certificateStore
	) {
		parent::__construct( $query, $moduleName, 'tc' );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$certificate = $this->certificateStore->getByCode( $params['code'] );
		$path = [ 'query', $this->getModuleName() ];
		if ( $certificate === null ) {
			$this->getResult()->addValue( $path, 'status', 'unknown' );
			return;
		}
		$page = $this->titleFactory->newFromID( $certificate->pageId );
		$this->getResult()->addValue( null, $path[0], [ $path[1] => [
			'status' => $certificate->isRevoked() ? 'revoked' : 'valid',
			'name' => $certificate->name !== '' ? $certificate->name
				: $this->centralIdLookup->nameFromCentralId( $certificate->userId ),
			'training' => $page?->getPrefixedText(),
			'completed' => wfTimestamp( TS_ISO_8601, $certificate->completed ),
			'url' => $this->titleFactory->makeTitle( NS_SPECIAL, 'TrainingCertificate/' . $certificate->code )
				->getCanonicalURL(),
		] ] );
	}

	/**
	 * @param array<string,mixed> $params
	 * @return string
	 */
	public function getCacheMode( $params ) {
		return 'public';
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return [
			'code' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_REQUIRED => true,
				StringDef::PARAM_MAX_BYTES => 32,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=query&meta=trainingcertificate&tccode=AbCdEf123456'
				=> 'apihelp-query+trainingcertificate-example',
		];
	}

}
