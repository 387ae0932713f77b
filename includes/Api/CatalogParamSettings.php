<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Extension\Trainings\Catalog\CatalogParameter;
use MediaWiki\Extension\Trainings\Catalog\CatalogParameters;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * The parameters of `list=trainings` as ParamValidator settings, from the catalog's one
 * declaration (catalogParameters.json, design record 0025), and back: the values they give,
 * by the declared names, for CatalogQuery::fromParameters().
 *
 * Single-valued enumerations are lists of at most one value, so that an unknown value (a
 * topic removed from the wiki's list, a typo) gets the standard "Unrecognized value" warning
 * and is ignored rather than failing the whole request.
 *
 * @license GPL-2.0-or-later
 */
final class CatalogParamSettings {

	/**
	 * @param CatalogParameters $declared
	 * @param string[] $topics The wiki's topic keys (design record 0020)
	 */
	public function __construct(
		private readonly CatalogParameters $declared,
		private readonly array $topics
	) {
	}

	/**
	 * @return array<string,array<string,mixed>> For ApiBase::getAllowedParams()
	 */
	public function allowedParams(): array {
		$settings = [];
		foreach ( $this->declared->on( CatalogParameter::ON_API ) as $name => $parameter ) {
			$settings[$name] = $this->settingsOf( $parameter );
			if ( $parameter->default !== null ) {
				$settings[$name][ParamValidator::PARAM_DEFAULT] = $parameter->default;
			}
			if ( $parameter->apiHelpPerValue ) {
				$settings[$name][ApiBase::PARAM_HELP_MSG_PER_VALUE] = [];
			}
		}
		return $settings;
	}

	/**
	 * @return array<string,mixed>
	 */
	private function settingsOf( CatalogParameter $parameter ): array {
		switch ( $parameter->type ) {
			case CatalogParameter::TYPE_BOOLEAN:
				return [ ParamValidator::PARAM_TYPE => 'boolean', ParamValidator::PARAM_DEFAULT => false ];
			case CatalogParameter::TYPE_ENUM:
				$values = $parameter->valuesFrom === 'topics' ? $this->topics : (array)$parameter->values;
				$most = $parameter->multi ? count( $values ) : 1;
				return [
					ParamValidator::PARAM_TYPE => $values,
					ParamValidator::PARAM_ISMULTI => true,
					ParamValidator::PARAM_ISMULTI_LIMIT1 => $most,
					ParamValidator::PARAM_ISMULTI_LIMIT2 => $most,
				];
			case CatalogParameter::TYPE_INTEGER:
				return [ ParamValidator::PARAM_TYPE => 'integer', IntegerDef::PARAM_MIN => $parameter->min,
					IntegerDef::PARAM_MAX => $parameter->max ];
			case CatalogParameter::TYPE_LIMIT:
				return [ ParamValidator::PARAM_TYPE => 'limit', IntegerDef::PARAM_MIN => $parameter->min,
					IntegerDef::PARAM_MAX => $parameter->max, IntegerDef::PARAM_MAX2 => $parameter->max ];
			case CatalogParameter::TYPE_CONTINUE:
				return [ ApiBase::PARAM_HELP_MSG => 'api-help-param-continue',
					StringDef::PARAM_MAX_BYTES => $parameter->maxBytes ];
			default:
				// Text and language codes (checked against MediaWiki's list by the module).
				return [ ParamValidator::PARAM_TYPE => 'string', StringDef::PARAM_MAX_CHARS => $parameter->maxChars ];
		}
	}

	/**
	 * @param array<string,mixed> $params From ApiBase::extractRequestParams()
	 * @return array<string,mixed> The values by declared name, a single-valued list's one value
	 *  (or null)
	 */
	public function valuesOf( array $params ): array {
		$values = [];
		foreach ( $this->declared->on( CatalogParameter::ON_API ) as $name => $parameter ) {
			$value = $params[$name] ?? null;
			if ( $parameter->type === CatalogParameter::TYPE_ENUM && !$parameter->multi ) {
				$value = is_array( $value ) && $value !== [] ? (string)reset( $value ) : null;
			}
			$values[$name] = $value;
		}
		return $values;
	}

}
