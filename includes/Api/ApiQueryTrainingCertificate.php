<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiQuery;
use MediaWiki\Api\ApiQueryBase;
use MediaWiki\Api\ApiResult;
use MediaWiki\Extension\Trainings\Certificates\Certificate;
use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Extension\Trainings\Groups\GroupContent;
use MediaWiki\Title\TitleFactory;
use MediaWiki\User\CentralId\CentralIdLookup;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * meta=trainingcertificate: verification of a certificate by its code, for anyone (what
 * Special:TrainingCertificate/<code> shows): valid, revoked or unknown, and what it certifies
 * (a course or module; or a group's name and the modules and courses it asked for).
 *
 * @license GPL-2.0-or-later
 */
class ApiQueryTrainingCertificate extends ApiQueryBase {

	public function __construct(
		ApiQuery $query,
		string $moduleName,
		private readonly CentralIdLookup $centralIdLookup,
		private readonly TitleFactory $titleFactory,
		private readonly CertificateStore $certificateStore,
		private readonly GroupContent $groupContent
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
		$page = $certificate->isForGroup() ? null : $this->titleFactory->newFromID( $certificate->pageId );
		$this->getResult()->addValue( null, $path[0], [ $path[1] => $this->groupFields( $certificate ) + [
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
	 * @return array<string,mixed> A group certificate: the group's name and what it asked for (prefixed
	 *  titles; null for a page that is gone)
	 */
	private function groupFields( Certificate $certificate ): array {
		if ( !$certificate->isForGroup() ) {
			return [];
		}
		$titles = $this->groupContent->titles( $certificate->groupItems );
		$items = array_map( fn ( int $id ) => isset( $titles[$id] )
			? $this->titleFactory->newFromLinkTarget( $titles[$id] )->getPrefixedText() : null,
			$certificate->groupItems );
		ApiResult::setIndexedTagName( $items, 'item' );
		return [ 'group' => $certificate->groupName, 'items' => $items ];
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
