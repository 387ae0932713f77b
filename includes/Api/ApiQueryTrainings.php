<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Api\ApiQuery;
use MediaWiki\Api\ApiQueryBase;
use MediaWiki\Api\ApiResult;
use MediaWiki\Extension\Trainings\Catalog\CatalogCardRenderer;
use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\CatalogPage;
use MediaWiki\Extension\Trainings\Catalog\CatalogParameters;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Extension\Trainings\Catalog\CourseMatch;
use MediaWiki\Extension\Trainings\Catalog\CourseSearch;
use MediaWiki\Extension\Trainings\Catalog\LanguageNames;
use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWiki\Extension\Trainings\Catalog\ReaderVersion;
use MediaWiki\Extension\Trainings\Catalog\ReaderVersionLookup;
use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\Message\Message;
use MediaWiki\Title\TitleFactory;
use Wikimedia\ParamValidator\ParamValidator;

/**
 * `list=trainings` (design record 0004, §3): the catalog for other wikis, the gadget and the
 * enhanced Special:Trainings. A thin adapter: it turns parameters into a CatalogQuery and
 * CatalogEntry objects into result items; the cached catalog does the rest.
 *
 * Its parameters are the catalog's one declaration (catalogParameters.json, read by
 * CatalogParamSettings; design record 0025).
 *
 * Read-only, nothing per user: publicly cacheable, usable with `origin=*`.
 *
 * @license GPL-2.0-or-later
 */
class ApiQueryTrainings extends ApiQueryBase {

	/**
	 * `trprop`, extra fields (design record 0024): `card`, a module's card in the request's
	 * language (uselang), as Special:Trainings renders it.
	 */
	private const PROP_PARAM = [
		ParamValidator::PARAM_TYPE => [ 'card' ],
		ParamValidator::PARAM_ISMULTI => true,
		ParamValidator::PARAM_ISMULTI_LIMIT1 => 1,
		ParamValidator::PARAM_ISMULTI_LIMIT2 => 1,
		ParamValidator::PARAM_DEFAULT => '',
		ApiBase::PARAM_HELP_MSG_PER_VALUE => [],
	];

	public function __construct(
		ApiQuery $query,
		string $moduleName,
		private readonly LanguageNameUtils $languageNameUtils,
		private readonly TitleFactory $titleFactory,
		private readonly CourseSearch $courseSearch,
		private readonly CatalogLookup $catalog,
		private readonly ReaderVersionLookup $readerVersions,
		private readonly Topics $topics
	) {
		parent::__construct( $query, $moduleName, 'tr' );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();

		$query = $this->queryFrom( $params );
		[ $page, $courseMatches ] = $this->find( $query );
		$modules = $this->findCourseModules( $page->getEntries() );
		// The version a reader in the request's language (uselang) gets, with its words and,
		// when partial or outdated, its figures; after a search inside modules, the version
		// found, as on Special:Trainings.
		$language = $this->getLanguage()->getCode();
		$versions = $this->readerVersions->forEntries(
			array_merge( $page->getEntries(), array_values( $modules ) ), $language,
			$query->getSearch(), $this->readerVersions->foundVersions( $page, $language ) );
		$cards = in_array( 'card', $params['prop'], true ) ? CatalogCardRenderer::forContext( $this,
			new LanguageNames( $this->languageNameUtils, $language ), $this->topics->labels( $language ) ) : null;

		$result = $this->getResult();
		$path = [ 'query', $this->getModuleName() ];
		$continue = $page->getContinue();
		foreach ( $page->getEntries() as $entry ) {
			$item = $this->formatEntry( $entry, $modules, $versions, $courseMatches[$entry->getDBkey()] ?? null );
			if ( $query->searchesText() ) {
				// Search inside modules: the versions whose text matched (design record 0023).
				$item['foundin'] = self::list( $page->getFoundIn( $entry->getDBkey() ), 'language' );
			}
			if ( $cards !== null && !$entry->isCourse() ) {
				// The card as Special:Trainings shows it (design record 0024).
				$item['card'] = $cards->renderModule( $entry, $versions[$entry->getDBkey()] ?? null );
			}
			if ( !$result->addValue( $path, null, $item ) ) {
				// The result is full: the next request starts at this entry.
				$continue = $query->continueAt( $entry );
				break;
			}
		}
		$result->addIndexedTagName( $path, 'training' );
		if ( $continue !== null ) {
			$this->setContinueEnumParameter( 'continue', $continue );
		}
	}

	/**
	 * The catalog query the parameters ask for; dies on a value the parameter types let pass
	 * but the catalog cannot take.
	 *
	 * @param array<string,mixed> $params
	 */
	private function queryFrom( array $params ): CatalogQuery {
		$values = $this->paramSettings()->valuesOf( $params );
		$language = $values['language'];
		if ( is_string( $language ) && $language !== ''
			&& !$this->languageNameUtils->isKnownLanguageTag( $language )
		) {
			$this->dieWithError(
				[ 'apierror-trainings-badlanguage', Message::plaintextParam( $language ) ], 'badlanguage'
			);
		}
		$maxWords = (int)CatalogParameters::declared()->get( 'search' )->maxWords;
		if ( count( SearchKey::words( (string)$values['search'] ) ) > $maxWords ) {
			$this->dieWithError( [ 'apierror-trainings-searchwords', Message::numParam( $maxWords ) ],
				'searchwords' );
		}
		$continue = $values['continue'];
		$this->dieContinueUsageIf( is_string( $continue )
			&& !CatalogQuery::isValidContinue( $continue, (string)( $values['sort'] ?? CatalogQuery::SORT_TITLE ) ) );

		// A search ranks the modules matching in the learner's language (uselang) first.
		return CatalogQuery::fromParameters( $values )->withSearchLanguage( $this->getLanguage()->getCode() );
	}

	/** The parameters as the catalog's declaration has them (design record 0025). */
	private function paramSettings(): CatalogParamSettings {
		return new CatalogParamSettings( CatalogParameters::declared(), $this->topics->keys() );
	}

	/**
	 * Courses follow the search and filters (design record 0023): listed when they or one of
	 * their modules match, all at once (no continuation), the matching modules marked.
	 *
	 * @return array{0:CatalogPage,1:array<string,CourseMatch>} The page, and the course matches
	 *  by DB key
	 */
	private function find( CatalogQuery $query ): array {
		if ( $query->getKind() !== CatalogQuery::KIND_COURSE || !$query->isFiltering() ) {
			return [ $this->catalog->find( $query ), [] ];
		}
		$matches = [];
		foreach ( $this->courseSearch->find( $query ) as $match ) {
			$matches[$match->course->getDBkey()] = $match;
		}
		return [ new CatalogPage( array_values( array_map(
			static fn ( CourseMatch $match ) => $match->course, $matches ) ) ), $matches ];
	}

	/**
	 * The modules of the courses shown, in one lookup for the whole page.
	 *
	 * @param list<CatalogEntry> $entries
	 * @return array<string,CatalogEntry> By DB key
	 */
	private function findCourseModules( array $entries ): array {
		$keys = [];
		foreach ( $entries as $entry ) {
			array_push( $keys, ...$entry->getModuleKeys() );
		}
		return $keys === [] ? [] : $this->catalog->findByKeys( $keys );
	}

	/**
	 * @param CatalogEntry $entry
	 * @param array<string,CatalogEntry> $modules The course modules found
	 * @param array<string,ReaderVersion> $versions The versions the reader gets, by DB key
	 * @param CourseMatch|null $match For a course listed by a search or filters
	 * @return array<string,mixed>
	 */
	private function formatEntry( CatalogEntry $entry, array $modules, array $versions, ?CourseMatch $match ): array {
		$title = $this->titleFactory->makeTitle( $entry->getNamespace(), $entry->getDBkey() );
		$version = $versions[$entry->getDBkey()] ?? null;
		$item = [
			'pageid' => $entry->getPageId(),
			'ns' => $entry->getNamespace(),
			'title' => $title->getPrefixedText(),
			'key' => $entry->getDBkey(),
			'displaytitle' => $version?->title->text ?? $entry->getDisplayTitle(),
			'summary' => $version?->summary->text ?? $entry->getSummary(),
			'level' => $entry->getLevel(),
			'duration' => $entry->getDuration(),
			'topics' => self::list( $entry->getTopics(), 'topic' ),
			// Labels in the request's language, in the topics' order (design record 0020).
			'topiclabels' => self::list( $this->topicLabels( $entry ), 'topic' ),
			'formats' => self::list( $entry->getFormats(), 'format' ),
			'languages' => self::list( $entry->getLanguages(), 'language' ),
			'status' => $entry->getStatus(),
			'steps' => $entry->getSteps(),
			'quizzes' => $entry->getQuizzes(),
			'image' => $entry->getImage(),
			'reviewed' => $entry->getReviewed(),
			'maintainers' => self::list( $entry->getMaintainers(), 'maintainer' ),
			'url' => $title->getCanonicalURL(),
			// The reviewed revision of each version readers get (design record 0017).
			'revisions' => (object)$entry->getRevisions(),
		] + $this->versionFields( $version );
		if ( $entry->isCourse() ) {
			$items = [];
			foreach ( $entry->getModuleKeys() as $key ) {
				$module = $modules[$key] ?? null;
				$items[] = [
					'key' => $key,
					'title' => $this->titleFactory->makeTitle( NS_TRAINING, $key )->getPrefixedText(),
					'displaytitle' => $module ? ( $versions[$key] ?? null )?->title->text ?? $module->getDisplayTitle()
						: strtr( $key, '_', ' ' ),
					'exists' => $module !== null,
				] + ( $match === null ? [] : [ 'matches' => $match->moduleMatches( $key ) ] );
			}
			$item['modules'] = self::list( $items, 'module' );
		}
		return $item;
	}

	/**
	 * The reader's version (the request's `uselang`): its code, the language of its words
	 * (`displaytitle` and `summary` are its own) and its completeness.
	 *
	 * @param ReaderVersion|null $version
	 * @return array<string,mixed>
	 */
	private function versionFields( ?ReaderVersion $version ): array {
		if ( $version === null ) {
			return [];
		}
		$fields = [
			'version' => $version->code,
			'displaytitlelang' => $version->title->bcp47,
			'displaytitledir' => $version->title->dir,
			'summarylang' => $version->summary->bcp47,
			'summarydir' => $version->summary->dir,
		];
		$completeness = $version->completeness;
		if ( $version->code !== null && $completeness !== null ) {
			$fields['translation'] = [
				'language' => $version->code,
				'percent' => $completeness->percent(),
				'outdated' => $completeness->outdated,
			];
		}
		return $fields;
	}

	/**
	 * @return list<array{key:string,label:string}> The entry's topics that are in the list
	 */
	private function topicLabels( CatalogEntry $entry ): array {
		$labels = [];
		foreach ( $this->topics->labels( $this->getLanguage()->getCode() ) as $key => $label ) {
			if ( in_array( $key, $entry->getTopics(), true ) ) {
				$labels[] = [ 'key' => (string)$key, 'label' => $label ];
			}
		}
		return $labels;
	}

	/**
	 * @param array<int,mixed> $values
	 * @param string $tag Element name of the values in XML
	 * @return array<int|string,mixed>
	 */
	private static function list( array $values, string $tag ): array {
		ApiResult::setIndexedTagName( $values, $tag );
		return $values;
	}

	/**
	 * @param array<string,mixed> $params
	 * @return string
	 */
	public function getCacheMode( $params ) {
		// The translation figures follow the user language: uselang for anonymous readers,
		// the preference (not in the URL) for logged-in ones.
		return 'anon-public-user-private';
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		// The catalog's parameters come from its one declaration; `prop` asks for output only.
		return $this->paramSettings()->allowedParams() + [ 'prop' => self::PROP_PARAM ];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=query&list=trainings&trsearch=partners'
				=> 'apihelp-query+trainings-example-search',
			'action=query&list=trainings&trtopic=events&trlevel=beginner&trsort=duration&trlimit=10'
				=> 'apihelp-query+trainings-example-filter',
			'action=query&list=trainings&trkind=course'
				=> 'apihelp-query+trainings-example-courses',
			'action=query&list=trainings&trsearch=plagiarism&trfulltext=1'
				=> 'apihelp-query+trainings-example-fulltext',
		];
	}

	/**
	 * @return string
	 */
	public function getHelpUrls() {
		return 'https://www.mediawiki.org/wiki/Special:MyLanguage/Extension:Trainings';
	}

}
