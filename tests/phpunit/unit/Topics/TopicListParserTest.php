<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Topics;

use MediaWiki\Extension\Trainings\Topics\TopicList;
use MediaWiki\Extension\Trainings\Topics\TopicListParser;
use MediaWikiUnitTestCase;
use StatusValue;

/**
 * @covers \MediaWiki\Extension\Trainings\Topics\TopicListParser
 * @covers \MediaWiki\Extension\Trainings\Topics\TopicList
 * @covers \MediaWiki\Extension\Trainings\Topics\Topic
 */
class TopicListParserTest extends MediaWikiUnitTestCase {

	private function parse( string $json ): StatusValue {
		$parser = new TopicListParser(
			static fn ( string $code ): bool => in_array( $code, [ 'en', 'fr', 'zh-hant' ], true ),
			static fn ( string $key ): bool => $key === 'trainings-topic-events'
		);
		return $parser->parse( json_decode( $json ) );
	}

	/**
	 * @return list<string> The message keys of the problems
	 */
	private function problems( string $json ): array {
		$status = $this->parse( $json );
		$this->assertFalse( $status->isOK(), 'refused' );
		return array_values( array_map( static fn ( $message ) => $message->getKey(), $status->getMessages() ) );
	}

	public function testAValidListKeepsOrderAndLabels(): void {
		$status = $this->parse( '{ "topics": [ { "key": "copyright", "labels": { "en": "Copyright", ' .
			'"fr": " Droit d\'auteur " } }, { "key": "events" }, ' .
			'{ "key": "open-data2", "labels": { "zh-hant": "開放資料" } } ] }' );
		$this->assertTrue( $status->isOK() );
		$list = $status->getValue();
		$this->assertInstanceOf( TopicList::class, $list );
		$this->assertSame( [ 'copyright', 'events', 'open-data2' ], $list->keys() );
		$this->assertSame( [ 'en' => 'Copyright', 'fr' => 'Droit d\'auteur' ],
			$list->get( 'copyright' )?->labels, 'labels trimmed' );
		$this->assertSame( [], $list->get( 'events' )?->labels, 'a topic of the extension needs no labels' );
		$this->assertTrue( $list->fromWiki );
		$this->assertEquals( $list, TopicList::fromArray( $list->toArray(), true ), 'survives the cache' );
	}

	/**
	 * @return iterable<string,array{string,string}>
	 */
	public static function provideMalformed(): iterable {
		yield 'not an object' => [ '[ "events" ]', 'trainings-topics-config-error-shape' ];
		yield 'other members' => [ '{ "topics": [ { "key": "events" } ], "x": 1 }',
			'trainings-topics-config-error-shape' ];
		yield 'topics not a list' => [ '{ "topics": "events" }', 'trainings-topics-config-error-shape' ];
		yield 'empty' => [ '{ "topics": [] }', 'trainings-topics-config-error-count' ];
		yield 'too many' => [ '{ "topics": [' . implode( ',', array_map(
			static fn ( int $i ) => '{ "key": "t' . $i . '", "labels": { "en": "T" } }', range( 1, 51 ) ) ) . '] }',
			'trainings-topics-config-error-count' ];
		yield 'a string for a topic' => [ '{ "topics": [ "events" ] }', 'trainings-topics-config-error-topic' ];
		yield 'no key' => [ '{ "topics": [ { "labels": { "en": "E" } } ] }', 'trainings-topics-config-error-topic' ];
		yield 'unknown member' => [ '{ "topics": [ { "key": "events", "label": "E" } ] }',
			'trainings-topics-config-error-member' ];
		yield 'upper case key' => [ '{ "topics": [ { "key": "Events" } ] }', 'trainings-topics-config-error-key' ];
		yield 'key with a space' => [ '{ "topics": [ { "key": "open data", "labels": { "en": "O" } } ] }',
			'trainings-topics-config-error-key' ];
		yield 'key with the list separator' => [ '{ "topics": [ { "key": "a|b", "labels": { "en": "O" } } ] }',
			'trainings-topics-config-error-key' ];
		yield 'key too long' => [
			'{ "topics": [ { "key": "' . str_repeat( 'a', 41 ) . '", "labels": { "en": "O" } } ] }',
			'trainings-topics-config-error-key' ];
		yield 'number key' => [ '{ "topics": [ { "key": 12, "labels": { "en": "O" } } ] }',
			'trainings-topics-config-error-key' ];
		yield 'duplicate' => [ '{ "topics": [ { "key": "events" }, { "key": "events" } ] }',
			'trainings-topics-config-error-duplicate' ];
		yield 'labels a list' => [ '{ "topics": [ { "key": "copyright", "labels": [ "Copyright" ] } ] }',
			'trainings-topics-config-error-labels' ];
		yield 'unknown language' => [ '{ "topics": [ { "key": "copyright", "labels": { "english": "Copyright" } } ] }',
			'trainings-topics-config-error-language' ];
		yield 'empty label' => [ '{ "topics": [ { "key": "copyright", "labels": { "en": "  " } } ] }',
			'trainings-topics-config-error-label' ];
		yield 'label not text' => [ '{ "topics": [ { "key": "copyright", "labels": { "en": 3 } } ] }',
			'trainings-topics-config-error-label' ];
		yield 'label too long' => [
			'{ "topics": [ { "key": "copyright", "labels": { "en": "' . str_repeat( 'é', 61 ) . '" } } ] }',
			'trainings-topics-config-error-label' ];
		yield 'a new topic without labels' => [ '{ "topics": [ { "key": "copyright" } ] }',
			'trainings-topics-config-error-nolabel' ];
	}

	/**
	 * @dataProvider provideMalformed
	 */
	public function testMalformedListsAreRefusedWithWhatIsWrong( string $json, string $expected ): void {
		$this->assertContains( $expected, $this->problems( $json ) );
	}

	public function testEveryProblemIsReported(): void {
		$this->assertSame(
			[ 'trainings-topics-config-error-key', 'trainings-topics-config-error-nolabel' ],
			$this->problems( '{ "topics": [ { "key": "Bad" }, { "key": "events" }, { "key": "new" } ] }' )
		);
	}

}
