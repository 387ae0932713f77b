<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Extension\Trainings\Tests\Integration\Catalog\CatalogFixture;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use Wikimedia\ObjectCache\HashBagOStuff;
use Wikimedia\ObjectCache\WANObjectCache;

/**
 * `list=trainings` on a real library, through the cached catalog.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainings
 * @covers \MediaWiki\Extension\Trainings\Catalog\CachedModuleCatalog
 */
class ApiQueryTrainingsTest extends ApiTestCase {

	use EditsAsReviewer;

	public function addDBDataOnce(): void {
		CatalogFixture::create( fn ( $title, $text ) => $this->editPage( $title, $text ) );
	}

	protected function setUp(): void {
		parent::setUp();
		// A real cache, so that every request goes through it.
		$this->setService( 'MainWANObjectCache', new WANObjectCache( [ 'cache' => new HashBagOStuff() ] ) );
	}

	/**
	 * @param array<string,string|int> $params
	 * @return array<string,mixed> The result data
	 */
	private function listTrainings( array $params = [] ): array {
		[ $result ] = $this->doApiRequest( $params + [
			'action' => 'query',
			'list' => 'trainings',
			'errorformat' => 'plaintext',
		] );
		return $result;
	}

	/**
	 * @param array<string,mixed> $result
	 * @return list<string>
	 */
	private static function keys( array $result ): array {
		return array_column( $result['query']['trainings'], 'key' );
	}

	/**
	 * @param array<string,mixed> $result
	 * @return list<string>
	 */
	private static function warningCodes( array $result ): array {
		return array_column( $result['warnings'] ?? [], 'code' );
	}

	public function testDefaultList(): void {
		$result = $this->listTrainings();

		$this->assertSame( CatalogFixture::LISTED, self::keys( $result ) );
		$this->assertArrayNotHasKey( 'continue', $result );
		$this->assertArrayNotHasKey( 'warnings', $result );

		$item = $result['query']['trainings'][1];
		$title = Title::makeTitle( NS_TRAINING, 'How to talk to partners' );
		$this->assertSame( [
			'pageid' => $title->getArticleID(),
			'ns' => NS_TRAINING,
			'title' => 'Training:How to talk to partners',
			'key' => 'How_to_talk_to_partners',
			'displaytitle' => 'How to talk to partners',
			'summary' => 'Plan a first meeting.',
			'level' => 'beginner',
			'duration' => 30,
			'topics' => [ 'partnerships', 'communication' ],
			'topiclabels' => [
				[ 'key' => 'partnerships', 'label' => 'Partnerships' ],
				[ 'key' => 'communication', 'label' => 'Communication' ],
			],
			'formats' => [ 'quiz' ],
			'languages' => [ 'en', 'de', 'fr' ],
			'status' => 'published',
			'steps' => 2,
			'quizzes' => 1,
			'image' => null,
			'reviewed' => '2025-01-15',
			'maintainers' => [ 'Alice Example', 'Bob Example' ],
			'url' => $title->getCanonicalURL(),
			// What readers get of each version: its reviewed revision (design record 0017).
			'revisions' => [
				'en' => $title->getLatestRevID(),
				'de' => Title::makeTitle( NS_TRAINING, 'How to talk to partners/de' )->getLatestRevID(),
				'fr' => Title::makeTitle( NS_TRAINING, 'How to talk to partners/fr' )->getLatestRevID(),
			],
			// The version an English reader gets: the source; the language of its words.
			'version' => null,
			'displaytitlelang' => 'en',
			'displaytitledir' => 'ltr',
			'summarylang' => 'en',
			'summarydir' => 'ltr',
		], self::withoutMetadata( $item ) );
		$this->assertSame( 'outdated', $result['query']['trainings'][2]['status'], 'outdated modules are marked' );
	}

	public function testAVersionWithoutMetadataShowsTheSourcesWordsMarkedSo(): void {
		$item = $this->listTrainings( [ 'uselang' => 'fr' ] )['query']['trainings'][1];

		$this->assertSame( 'How_to_talk_to_partners', $item['key'] );
		$this->assertSame(
			[ 'fr', 'How to talk to partners', 'en', 'Plan a first meeting.', 'en' ],
			[ $item['version'], $item['displaytitle'], $item['displaytitlelang'], $item['summary'],
				$item['summarylang'] ]
		);
	}

	/**
	 * @param array<int|string,mixed> $item
	 * @return array<int|string,mixed> Without ApiResult's metadata keys (`_element`…)
	 */
	private static function withoutMetadata( array $item ): array {
		$clean = [];
		foreach ( $item as $key => $value ) {
			if ( is_string( $key ) && str_starts_with( $key, '_' ) ) {
				continue;
			}
			$clean[$key] = is_array( $value ) ? self::withoutMetadata( $value ) : $value;
		}
		return $clean;
	}

	/** @return iterable<string,array{array<string,string|int>,list<string>}> */
	public static function provideFilters(): iterable {
		yield 'search' => [ [ 'trsearch' => 'convivial' ], [ 'Running_a_local_meetup' ] ];
		yield 'topic' => [ [ 'trtopic' => 'events' ], [ 'Organising_an_offline_event', 'Running_a_local_meetup' ] ];
		yield 'level' => [ [ 'trlevel' => 'intermediate' ], [ 'Organising_an_offline_event' ] ];
		yield 'format' => [ [ 'trformat' => 'quiz' ], [ 'How_to_talk_to_partners', 'Running_a_local_meetup' ] ];
		yield 'language' => [ [ 'trlanguage' => 'de' ], [ 'How_to_talk_to_partners' ] ];
		yield 'max duration' => [ [ 'trmaxduration' => 20 ], [ 'Running_a_local_meetup' ] ];
		yield 'drafts only' => [ [ 'trstatus' => 'draft' ], [ 'Writing_a_draft' ] ];
		yield 'all statuses' => [ [ 'trstatus' => 'draft|published|outdated', 'trtopic' => 'events' ],
			[ 'Organising_an_offline_event', 'Running_a_local_meetup', 'Writing_a_draft' ] ];
		yield 'sort' => [ [ 'trsort' => 'duration' ], [
			'Running_a_local_meetup', 'How_to_talk_to_partners', 'Organising_an_offline_event',
			'How_to_measure_your_success',
		] ];
	}

	/**
	 * @dataProvider provideFilters
	 * @param array<string,string|int> $params
	 * @param list<string> $expected
	 */
	public function testFilters( array $params, array $expected ): void {
		$result = $this->listTrainings( $params );

		$this->assertSame( $expected, self::keys( $result ) );
		$this->assertSame( [], self::warningCodes( $result ) );
	}

	public function testCourses(): void {
		$result = $this->listTrainings( [ 'trkind' => 'course' ] );

		$this->assertSame( [ 'Partnership_course' ], self::keys( $result ) );
		$this->assertSame( [
			[
				'key' => 'How_to_talk_to_partners',
				'title' => 'Training:How to talk to partners',
				'displaytitle' => 'How to talk to partners',
				'exists' => true,
			],
			[
				'key' => 'Running_a_local_meetup',
				'title' => 'Training:Running a local meetup',
				'displaytitle' => 'Running a meetup',
				'exists' => true,
			],
		], self::withoutMetadata( $result['query']['trainings'][0]['modules'] ) );
		$this->assertArrayNotHasKey( 'modules', $this->listTrainings()['query']['trainings'][0] );
	}

	/** @return iterable<string,array{string}> */
	public static function provideSorts(): iterable {
		yield 'title' => [ 'title' ];
		yield 'duration' => [ 'duration' ];
		yield 'level' => [ 'level' ];
		yield 'reviewed' => [ 'reviewed' ];
	}

	/**
	 * @dataProvider provideSorts
	 */
	public function testContinuation( string $sort ): void {
		$expected = self::keys(
			$this->listTrainings( [ 'trsort' => $sort, 'trstatus' => 'draft|published|outdated' ] )
		);
		$this->assertCount( 5, $expected );

		$seen = [];
		$params = [ 'trsort' => $sort, 'trstatus' => 'draft|published|outdated', 'trlimit' => 2 ];
		for ( $requests = 0; $requests < 5; $requests++ ) {
			$result = $this->listTrainings( $params );
			array_push( $seen, ...self::keys( $result ) );
			if ( !isset( $result['continue'] ) ) {
				break;
			}
			$this->assertArrayHasKey( 'trcontinue', $result['continue'] );
			$params = array_merge( $params, $result['continue'] );
		}
		$this->assertSame( $expected, $seen, 'no duplicates, no gaps' );
		$this->assertSame( 2, $requests, 'three pages' );
	}

	public function testUnknownTopicIsIgnoredWithAWarning(): void {
		$result = $this->listTrainings( [ 'trtopic' => 'quantum' ] );

		$this->assertSame( CatalogFixture::LISTED, self::keys( $result ) );
		$this->assertSame( [ 'unrecognizedvalues' ], self::warningCodes( $result ) );
	}

	public function testUnknownSortIsIgnoredWithAWarning(): void {
		$result = $this->listTrainings( [ 'trsort' => 'popularity' ] );

		$this->assertSame( CatalogFixture::LISTED, self::keys( $result ) );
		$this->assertSame( [ 'unrecognizedvalues' ], self::warningCodes( $result ) );
	}

	public function testLimitTooBigIsClampedWithAWarning(): void {
		$result = $this->listTrainings( [ 'trlimit' => 5000 ] );

		$this->assertSame( CatalogFixture::LISTED, self::keys( $result ) );
		$this->assertSame( [ 'outofrange' ], self::warningCodes( $result ) );
	}

	public function testBadLanguageIsAnError(): void {
		$this->expectApiErrorCode( 'badlanguage' );
		$this->listTrainings( [ 'trlanguage' => 'not a language' ] );
	}

	/** @return iterable<string,array{array<string,string>}> */
	public static function provideBadContinue(): iterable {
		yield 'no separator' => [ [ 'trcontinue' => 'How_to_talk_to_partners' ] ];
		yield 'sort key with the title sort' => [ [ 'trcontinue' => '30|How_to_talk_to_partners' ] ];
		yield 'no sort key with another sort' => [
			[ 'trsort' => 'duration', 'trcontinue' => '|How_to_talk_to_partners' ] ];
		yield 'sort key not a number' => [ [ 'trsort' => 'level', 'trcontinue' => 'x|How_to_talk_to_partners' ] ];
		yield 'no title' => [ [ 'trcontinue' => '|' ] ];
	}

	/**
	 * @dataProvider provideBadContinue
	 * @param array<string,string> $params
	 */
	public function testBadContinueIsAnError( array $params ): void {
		$this->expectApiErrorCode( 'badcontinue' );
		$this->listTrainings( $params );
	}

}
