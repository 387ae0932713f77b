<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Permissions;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Permissions\ReviewRule;
use MediaWiki\Extension\Trainings\Permissions\ReviewState;
use MediaWikiUnitTestCase;
use Wikimedia\Message\MessageParam;

/**
 * @covers \MediaWiki\Extension\Trainings\Permissions\ReviewRule
 * @covers \MediaWiki\Extension\Trainings\Permissions\ReviewState
 */
class ReviewRuleTest extends MediaWikiUnitTestCase {

	/**
	 * @return iterable<string,array{0:ReviewState,1:ReviewState,2:list<string>}>
	 */
	public static function provideChanges(): iterable {
		$none = ReviewState::none();
		$draft = new ReviewState( 'draft', null );
		$published = new ReviewState( 'published', 20250115 );
		yield 'new draft' => [ $none, $draft, [] ];
		yield 'new page, published by default' => [ $none, new ReviewState( 'published', null ),
			[ 'trainings-permissions-error-status' ] ];
		yield 'new draft with a review date' => [ $none, new ReviewState( 'draft', 20250101 ),
			[ 'trainings-permissions-error-reviewed-new' ] ];
		yield 'draft to published' => [ $draft, new ReviewState( 'published', null ),
			[ 'trainings-permissions-error-status' ] ];
		yield 'draft to published, reviewed' => [ $draft, $published,
			[ 'trainings-permissions-error-reviewed-new', 'trainings-permissions-error-status' ] ];
		yield 'published, unchanged' => [ $published, $published, [] ];
		yield 'published, later review date' => [ $published, new ReviewState( 'published', 20260101 ),
			[ 'trainings-permissions-error-reviewed' ] ];
		yield 'published, review date removed' => [ $published, new ReviewState( 'published', null ), [] ];
		yield 'published to outdated' => [ $published, new ReviewState( 'outdated', 20250115 ), [] ];
		yield 'published to draft' => [ $published, new ReviewState( 'draft', 20250115 ), [] ];
		yield 'outdated back to published' => [ new ReviewState( 'outdated', 20250115 ), $published,
			[ 'trainings-permissions-error-status' ] ];
		yield 'metadata removed' => [ $published, $none, [] ];
	}

	/**
	 * @dataProvider provideChanges
	 * @param ReviewState $before
	 * @param ReviewState $after
	 * @param list<string> $errors
	 */
	public function testCheck( ReviewState $before, ReviewState $after, array $errors ): void {
		$rule = new ReviewRule( [ 'published' ] );
		$status = $rule->check( $before, $after, false );
		$this->assertSame( $errors, array_map( static fn ( $message ) => $message->getKey(), $status->getMessages() ) );
		$this->assertTrue( $rule->check( $before, $after, true )->isGood(), 'a reviewer may' );
	}

	public function testConfigurableStatuses(): void {
		$draft = new ReviewState( 'draft', null );
		$this->assertTrue( ( new ReviewRule( [] ) )->check( $draft, new ReviewState( 'published', null ), false )
			->isGood() );
		$this->assertFalse( ( new ReviewRule( [ 'published', 'outdated' ] ) )
			->check( $draft, new ReviewState( 'outdated', null ), false )->isOK() );
	}

	public function testErrorParameters(): void {
		$status = ( new ReviewRule( [ 'published' ] ) )->check(
			new ReviewState( 'draft', 20250105 ), new ReviewState( 'published', 20260101 ), false );
		$messages = $status->getMessages();
		$values = static fn ( $message ) => array_map(
			static fn ( $param ) => $param instanceof MessageParam ? $param->getValue() : $param,
			$message->getParams()
		);
		$this->assertSame( [ '2025-01-05' ], $values( $messages[0] ) );
		$this->assertSame( [ 'published' ], $values( $messages[1] ) );
	}

	public function testFromPageProperties(): void {
		$state = ReviewState::fromPageProperties(
			[ ModuleProperties::STATUS => '2', ModuleProperties::REVIEWED => 20240229 ] );
		$this->assertSame( 'outdated', $state->getStatus() );
		$this->assertSame( 20240229, $state->getReviewed() );
		$junk = ReviewState::fromPageProperties(
			[ ModuleProperties::STATUS => 'x', ModuleProperties::REVIEWED => null ] );
		$this->assertNull( $junk->getStatus() );
		$this->assertNull( $junk->getReviewed() );
		$this->assertNull( ReviewState::fromPageProperties( [ ModuleProperties::STATUS => 7 ] )->getStatus() );
	}

}
