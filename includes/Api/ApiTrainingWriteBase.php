<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * What every write module of the extension shares: POST, write mode, a CSRF token (a module
 * that does without one says why where it overrides needsToken()), the refusals that come
 * before any work (anonymous, blocked, over the rate limit) and the size limits of the
 * parameters that name a module version.
 *
 * @license GPL-2.0-or-later
 */
abstract class ApiTrainingWriteBase extends ApiBase {

	/** @inheritDoc */
	public function mustBePosted() {
		return true;
	}

	/** @inheritDoc */
	public function isWriteMode() {
		return true;
	}

	/** @inheritDoc */
	public function needsToken() {
		return 'csrf';
	}

	/**
	 * @return string[]
	 */
	public function getHelpUrls() {
		return [ 'https://www.mediawiki.org/wiki/Extension:Trainings' ];
	}

	/** Refuses anonymous users (`notloggedin`). */
	protected function requireRegistered(): void {
		if ( !$this->getUser()->isRegistered() ) {
			$this->dieWithError( 'apierror-mustbeloggedin-generic', 'notloggedin' );
		}
	}

	/** Refuses users blocked from the whole wiki (`blocked`). */
	protected function requireNotBlockedSitewide(): void {
		$block = $this->getUser()->getBlock();
		if ( $block !== null && $block->isSitewide() ) {
			$this->dieBlocked( $block );
		}
	}

	/** Counts the request against a rate limit of `RateLimits`, refusing it over the limit. */
	protected function requireWithinRateLimit( string $action ): void {
		if ( $this->getUser()->pingLimiter( $action ) ) {
			$this->dieWithError( 'apierror-ratelimited' );
		}
	}

	/**
	 * The `module` and `language` parameters that name a module version.
	 *
	 * @param bool $moduleRequired
	 * @return array<string,array<string,mixed>>
	 */
	protected static function moduleParams( bool $moduleRequired = true ): array {
		return [
			'module' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_REQUIRED => $moduleRequired,
				StringDef::PARAM_MAX_BYTES => ParamLimits::MAX_TITLE_BYTES,
			],
			'language' => [
				ParamValidator::PARAM_TYPE => 'string',
				StringDef::PARAM_MAX_CHARS => ParamLimits::MAX_LANGUAGE_CHARS,
			],
		];
	}

	/**
	 * A list of step or quiz numbers (or `number:outcome` values), at most one per item of a module.
	 *
	 * @param string $type `integer` or `string`
	 * @return array<string,mixed>
	 */
	protected static function itemListParam( string $type = 'integer' ): array {
		$param = [
			ParamValidator::PARAM_TYPE => $type,
			ParamValidator::PARAM_ISMULTI => true,
			ParamValidator::PARAM_ISMULTI_LIMIT1 => ModuleProgress::MAX_ITEMS,
			ParamValidator::PARAM_ISMULTI_LIMIT2 => ModuleProgress::MAX_ITEMS,
		];
		if ( $type === 'string' ) {
			// "number:outcome": three digits, a colon and the longest outcome.
			$param[StringDef::PARAM_MAX_BYTES] = 16;
		}
		return $param;
	}

}
