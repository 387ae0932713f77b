<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Title\TitleParser;
use MediaWiki\Title\MalformedTitleException;
use MediaWiki\Title\Title;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * action=trainingreview: a reviewer approves a revision of a Training page, marks it outdated
 * or unpublishes it (POST, CSRF token; design record 0017).
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingReview extends ApiTrainingWriteBase {

	/** Request state names by the review state they record. */
	private const STATES = [
		'published' => ModuleReview::PUBLISHED,
		'outdated' => ModuleReview::OUTDATED,
		'draft' => ModuleReview::DRAFT,
	];

	public function __construct(
		ApiMain $main,
		string $action,
		private readonly TitleParser $titleParser,
		private readonly ReviewCommand $command
	) {
		parent::__construct( $main, $action );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		try {
			$target = $this->titleParser->parseTitle( $params['page'] );
		} catch ( MalformedTitleException ) {
			$this->dieWithError( [ 'apierror-invalidtitle', wfEscapeWikiText( $params['page'] ) ], 'invalidtitle' );
		}
		$title = Title::newFromLinkTarget( $target );
		$status = $this->command->review( $this->getAuthority(), $title, $params['revid'] ?? 0,
			self::STATES[$params['state']], $params['comment'] );
		if ( !$status->isOK() ) {
			$this->dieStatus( $status );
		}
		/** @var ModuleReview $review */
		$review = $status->getValue();
		$this->getResult()->addValue( null, $this->getModuleName(), [
			'result' => 'Success',
			'pageid' => $review->pageId,
			'revid' => $review->revisionId,
			'state' => $review->state,
		] );
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return [
			'page' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_REQUIRED => true,
				StringDef::PARAM_MAX_BYTES => 765,
			],
			'revid' => [
				ParamValidator::PARAM_TYPE => 'integer',
				IntegerDef::PARAM_MIN => 1,
				IntegerDef::PARAM_MAX => 2147483647,
			],
			'state' => [
				ParamValidator::PARAM_TYPE => array_keys( self::STATES ),
				ParamValidator::PARAM_DEFAULT => 'published',
			],
			'comment' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_DEFAULT => '',
				StringDef::PARAM_MAX_CHARS => ReviewCommand::MAX_COMMENT,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=trainingreview&page=Training:Editing_basics&revid=123&token=123ABC'
				=> 'apihelp-trainingreview-example-approve',
			'action=trainingreview&page=Training:Editing_basics&state=draft&comment=Wrong%20menu&token=123ABC'
				=> 'apihelp-trainingreview-example-unpublish',
		];
	}

	/**
	 * @return string[]
	 */
	public function getHelpUrls() {
		return [ 'https://www.mediawiki.org/wiki/Extension:Trainings' ];
	}

}
