<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use InvalidArgumentException;
use MediaWiki\Page\PageIdentityValue;
use MediaWiki\Page\ProperPageIdentity;

/**
 * What the catalog shows of one module or course, read from its page properties
 * (design record 0004, §1). Immutable.
 *
 * Built by name with fromArray(), from the rows (CatalogEntryRows) as from the cache: plain
 * arrays go to the cache (toArray()), never the object, so a change of this class cannot
 * break a cached value.
 *
 * @license GPL-2.0-or-later
 */
final class CatalogEntry {

	/** The fields of toArray() and fromArray(): the constructor's parameters. */
	private const FIELDS = [ 'pageId', 'namespace', 'dbKey', 'displayTitle', 'summary', 'level', 'duration',
		'topics', 'formats', 'languages', 'status', 'steps', 'quizzes', 'image', 'reviewed', 'maintainers', 'course',
		'moduleKeys', 'revisions' ];

	/**
	 * @param int $pageId
	 * @param int $namespace
	 * @param string $dbKey The base page's DB key, without namespace
	 * @param string $displayTitle The metadata title, else the page title with spaces
	 * @param string $summary Plain text; empty when the page has none
	 * @param string|null $level A declared level (catalogParameters.json)
	 * @param int|null $duration Minutes
	 * @param list<string> $topics Topic keys, in the author's order
	 * @param list<string> $formats Declared formats, in the declared order
	 * @param list<string> $languages Language codes of the versions, source language first
	 * @param string $status A declared status
	 * @param int $steps Number of steps
	 * @param int $quizzes Number of valid quizzes
	 * @param string|null $image The cover's file DB key, without namespace
	 * @param string|null $reviewed YYYY-MM-DD
	 * @param list<string> $maintainers User names
	 * @param bool $course Whether the page is a course (`{{#trainingcourse:}}`)
	 * @param list<string> $moduleKeys For courses: the modules' DB keys, in order
	 * @param array<string,int> $revisions Language code => the reviewed revision of that version,
	 *  what readers get (design record 0017); versions not reviewed are left out
	 */
	private function __construct(
		private readonly int $pageId,
		private readonly int $namespace,
		private readonly string $dbKey,
		private readonly string $displayTitle,
		private readonly string $summary = '',
		private readonly ?string $level = null,
		private readonly ?int $duration = null,
		private readonly array $topics = [],
		private readonly array $formats = [],
		private readonly array $languages = [],
		private readonly string $status = 'published',
		private readonly int $steps = 0,
		private readonly int $quizzes = 0,
		private readonly ?string $image = null,
		private readonly ?string $reviewed = null,
		private readonly array $maintainers = [],
		private readonly bool $course = false,
		private readonly array $moduleKeys = [],
		private readonly array $revisions = []
	) {
	}

	/**
	 * @return array<string,int> Language code => reviewed revision id (design record 0017)
	 */
	public function getRevisions(): array {
		return $this->revisions;
	}

	public function getPage(): ProperPageIdentity {
		return PageIdentityValue::localIdentity( $this->pageId, $this->namespace, $this->dbKey );
	}

	public function getPageId(): int {
		return $this->pageId;
	}

	public function getNamespace(): int {
		return $this->namespace;
	}

	public function getDBkey(): string {
		return $this->dbKey;
	}

	public function getDisplayTitle(): string {
		return $this->displayTitle;
	}

	public function getSummary(): string {
		return $this->summary;
	}

	public function getLevel(): ?string {
		return $this->level;
	}

	public function getDuration(): ?int {
		return $this->duration;
	}

	/** @return list<string> */
	public function getTopics(): array {
		return $this->topics;
	}

	/** @return list<string> */
	public function getFormats(): array {
		return $this->formats;
	}

	/** @return list<string> Source language first */
	public function getLanguages(): array {
		return $this->languages;
	}

	public function getStatus(): string {
		return $this->status;
	}

	public function getSteps(): int {
		return $this->steps;
	}

	public function getQuizzes(): int {
		return $this->quizzes;
	}

	public function getImage(): ?string {
		return $this->image;
	}

	public function getReviewed(): ?string {
		return $this->reviewed;
	}

	/** @return list<string> */
	public function getMaintainers(): array {
		return $this->maintainers;
	}

	public function isCourse(): bool {
		return $this->course;
	}

	/** @return list<string> For courses, the modules' DB keys in order; empty for modules */
	public function getModuleKeys(): array {
		return $this->moduleKeys;
	}

	/**
	 * @return array<string,mixed> Scalars and lists of strings only
	 */
	public function toArray(): array {
		return [
			'pageId' => $this->pageId,
			'namespace' => $this->namespace,
			'dbKey' => $this->dbKey,
			'displayTitle' => $this->displayTitle,
			'summary' => $this->summary,
			'level' => $this->level,
			'duration' => $this->duration,
			'topics' => $this->topics,
			'formats' => $this->formats,
			'languages' => $this->languages,
			'status' => $this->status,
			'steps' => $this->steps,
			'quizzes' => $this->quizzes,
			'image' => $this->image,
			'reviewed' => $this->reviewed,
			'maintainers' => $this->maintainers,
			'course' => $this->course,
			'moduleKeys' => $this->moduleKeys,
			'revisions' => $this->revisions,
		];
	}

	/**
	 * The entry of these fields, by the names toArray() gives them: `pageId`, `namespace`,
	 * `dbKey` and `displayTitle` are required, the others default to nothing (a published
	 * module without metadata).
	 *
	 * @param array<string,mixed> $data From toArray(), or some of its fields
	 * @throws InvalidArgumentException On a missing required field or an unknown one
	 */
	public static function fromArray( array $data ): self {
		$unknown = array_diff( array_keys( $data ), self::FIELDS );
		$missing = array_diff( [ 'pageId', 'namespace', 'dbKey', 'displayTitle' ], array_keys( $data ) );
		if ( $unknown !== [] || $missing !== [] ) {
			throw new InvalidArgumentException( 'Catalog entry fields unknown: ' . implode( ', ', $unknown )
				. '; missing: ' . implode( ', ', $missing ) );
		}
		$string = static fn ( string $name ): ?string => isset( $data[$name] ) ? (string)$data[$name] : null;
		$int = static fn ( string $name ): ?int => isset( $data[$name] ) ? (int)$data[$name] : null;
		return new self(
			pageId: (int)$data['pageId'],
			namespace: (int)$data['namespace'],
			dbKey: (string)$data['dbKey'],
			displayTitle: (string)$data['displayTitle'],
			summary: $string( 'summary' ) ?? '',
			level: $string( 'level' ),
			duration: $int( 'duration' ),
			topics: self::strings( $data['topics'] ?? [] ),
			formats: self::strings( $data['formats'] ?? [] ),
			languages: self::strings( $data['languages'] ?? [] ),
			status: $string( 'status' ) ?? 'published',
			steps: $int( 'steps' ) ?? 0,
			quizzes: $int( 'quizzes' ) ?? 0,
			image: $string( 'image' ),
			reviewed: $string( 'reviewed' ),
			maintainers: self::strings( $data['maintainers'] ?? [] ),
			course: (bool)( $data['course'] ?? false ),
			moduleKeys: self::strings( $data['moduleKeys'] ?? [] ),
			revisions: array_map( 'intval', (array)( $data['revisions'] ?? [] ) )
		);
	}

	/**
	 * @param mixed $list
	 * @return list<string>
	 */
	private static function strings( $list ): array {
		return is_array( $list ) ? array_values( array_map( 'strval', $list ) ) : [];
	}

}
