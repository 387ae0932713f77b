<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Progress;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Title\Title;

/**
 * Module pages saved through the real parser, so that their step and quiz counts reach the
 * page properties the progress code reads. For MediaWikiIntegrationTestCase subclasses.
 */
trait ProgressFixture {

	/**
	 * The wikitext of a module: metadata, an introduction, then one level-2 heading per step,
	 * with one quiz in each of the first $quizzes steps.
	 */
	private static function moduleText( int $steps, int $quizzes ): string {
		$text = "{{#training: | summary = A module for progress tests }}\nThe introduction.\n";
		for ( $i = 1; $i <= $steps; $i++ ) {
			$text .= "\n== Step $i ==\nText of step $i.\n";
			if ( $i <= $quizzes ) {
				$text .= "<trainingquiz>\n? Question $i?\n+ Right\n: Yes.\n- Wrong\n: No.\n</trainingquiz>\n";
			}
		}
		return $text;
	}

	/**
	 * Saves a module page (or a language version `Name/xx`) and runs the deferred updates that
	 * write its page properties.
	 */
	private function saveModule( string $name, int $steps = 3, int $quizzes = 2 ): Title {
		return $this->savePage( $name, self::moduleText( $steps, $quizzes ) );
	}

	private function savePage( string $name, string $text ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$this->assertStatusGood( $this->editPage( $title, $text ) );
		DeferredUpdates::doUpdates();
		return $title;
	}

}
