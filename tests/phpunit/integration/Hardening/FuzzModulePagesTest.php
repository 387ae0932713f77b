<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * Random module pages, built from a fixed seed out of pieces of valid and hostile markup, through
 * the real parser with the extension's parser functions, tag and step structure. Each must parse
 * without a PHP warning or exception (PHPUnit fails on those here), give well-formed HTML with
 * exactly one module wrapper whose step count matches its sections, and hold no script or event
 * handler. The run stops after MAX_INPUTS pages or TRAININGS_FUZZ_SECONDS seconds (default 60),
 * and prints how many it tried; TRAININGS_FUZZ_SEED replays another seed.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\TrainingFunction
 * @covers \MediaWiki\Extension\Trainings\Content\QuizTag
 * @covers \MediaWiki\Extension\Trainings\Content\CourseFunction
 * @covers \MediaWiki\Extension\Trainings\Content\StepStructure
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserAfterTidyHandler
 */
class FuzzModulePagesTest extends MediaWikiIntegrationTestCase {

	public const SEED = 20261125;
	private const MAX_INPUTS = 3000;
	/** Fewer inputs per second of the time bound than this means the run says nothing. */
	private const MIN_RATE = 5;

	private const FIELDS = [ 'title', 'summary', 'level', 'duration', 'topics', 'maintainers', 'reviewed',
		'status', 'image', 'language', 'Summary', '', '1' ];

	private const VALUES = [
		'beginner', 'intermediate', 'advanced', 'expert', '30', '0', '-1', '601', '1e3', '２０',
		'partnerships, events', 'cooking', 'Alice, Bob', '#bad#', '2025-01-15', '2025-02-30', '0000-00-00',
		'draft', 'published', 'outdated', 'reviewed', 'Trainings module steps.svg', 'Missing.png',
		"''emphasis''", '[[Main Page|link]]', '[https://example.org ext]', '[javascript:alert(1) js]',
		'<script>window.trainingsPwned=1</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>',
		'<span onclick="alert(1)">x</span>', '{{#tag:script|alert(1)}}', '{{!}}', '{{=}}', '|', '=', '}}', '{{',
		'<translate>t</translate>', '<!--T:1-->', 'مرحبا', '‮rtl override', "\u{FEFF}bom", 'ﬀ', '🙂',
		'&lt;script&gt;', '&#60;script&#62;', '<nowiki><script></nowiki>', '<div>', '</div>', '<b>', '',
	];

	private const LINES = [
		'Plain text.', "'''Bold''' and ''italic''.", '* list item', '# numbered', ': indented', ';term:def',
		'{| class="wikitable"', '|-', '| cell', '|}', '----', '<div class="trainings-step" id="step-1">',
		'<section>', '</section>', '<h2>raw heading</h2>', '<span id="quiz-1">', '[[File:Missing.png|thumb]]',
		'[[Category:Test]]', '__NOTOC__', '__TOC__', '{{PAGENAME}}', '{{:Main Page}}', '<pre>', '</pre>',
		'<nowiki>', '</nowiki>', '<ref>note</ref>', '<references/>', '<gallery>', '</gallery>',
		'<a href="javascript:alert(1)">a</a>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>',
		'<style>body{background:url(javascript:alert(1))}</style>', '<p style="x:expression(alert(1))">p</p>',
		'<trainingquiz>', '</trainingquiz>', '? question', '+ right', '- wrong', ': feedback', '{{#training:',
		'}}', '{{#trainingcourse: How to talk to partners | Missing module }}', '<languages/>',
	];

	private const HEADINGS = [ '== %s ==', '==%s==', '=== %s ===', '= %s =', '== %s', '<h2>%s</h2>',
		'== %s == <!-- c -->', '== <span onmouseover="alert(1)">%s</span> ==' ];

	/** State of the Park–Miller generator: the same seed gives the same pages on every PHP. */
	private int $state = 1;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
	}

	/**
	 * @return int From $min to $max, both included
	 */
	private function randomInt( int $min, int $max ): int {
		$this->state = ( $this->state * 48271 ) % 2147483647;
		return $min + $this->state % ( $max - $min + 1 );
	}

	/**
	 * @param list<string> $items
	 */
	private function pick( array $items ): string {
		return $items[$this->randomInt( 0, count( $items ) - 1 )];
	}

	private function chance( int $percent ): bool {
		return $this->randomInt( 1, 100 ) <= $percent;
	}

	private function metadata(): string {
		$args = [];
		$count = $this->randomInt( 0, 10 );
		for ( $i = 0; $i < $count; $i++ ) {
			$field = $this->pick( self::FIELDS );
			$value = $this->pick( self::VALUES ) . ( $this->chance( 30 ) ? ' ' . $this->pick( self::VALUES ) : '' );
			$args[] = $this->chance( 90 ) ? "$field = $value" : $value;
		}
		$close = $this->chance( 95 ) ? '}}' : '';
		return '{{#training:' . ( $args === [] ? '' : ' | ' . implode( "\n | ", $args ) ) . "\n$close\n";
	}

	private function quiz(): string {
		$lines = [ $this->chance( 90 ) ? '? ' . $this->pick( self::VALUES ) . ' question' : '' ];
		$options = $this->randomInt( 0, 14 );
		for ( $i = 0; $i < $options; $i++ ) {
			$lines[] = ( $this->chance( 40 ) ? '+ ' : '- ' ) . $this->pick( self::VALUES ) . " option $i";
			if ( $this->chance( 40 ) ) {
				$lines[] = ': ' . $this->pick( self::VALUES ) . ' feedback';
			}
			if ( $this->chance( 5 ) ) {
				$lines[] = $this->pick( self::LINES );
			}
		}
		$attributes = $this->chance( 20 ) ? ' multiple' : ( $this->chance( 5 ) ? ' onclick="alert(1)"' : '' );
		$close = $this->chance( 95 ) ? "</trainingquiz>\n" : '';
		return "<trainingquiz$attributes>\n" . implode( "\n", $lines ) . "\n$close";
	}

	private function page(): string {
		$text = $this->chance( 85 ) ? $this->metadata() : '';
		$blocks = $this->randomInt( 0, 25 );
		for ( $i = 0; $i < $blocks; $i++ ) {
			$roll = $this->randomInt( 1, 100 );
			if ( $roll <= 30 ) {
				$text .= "\n" . sprintf( $this->pick( self::HEADINGS ), $this->pick( self::VALUES ) . " $i" ) . "\n";
			} elseif ( $roll <= 45 ) {
				$text .= $this->quiz();
			} elseif ( $roll <= 48 ) {
				$text .= $this->metadata();
			} else {
				$text .= $this->pick( self::LINES ) . ' ' . $this->pick( self::VALUES ) . "\n";
			}
		}
		if ( $this->chance( 5 ) ) {
			// Cut anywhere, even inside a multi-byte character (then cleaned as WebRequest would).
			$text = \UtfNormal\Validator::cleanUp( substr( $text, 0, $this->randomInt( 0, strlen( $text ) ) ) );
		}
		return $text;
	}

	public function testRandomModulePages(): void {
		$seed = (int)( getenv( 'TRAININGS_FUZZ_SEED' ) ?: self::SEED );
		$seconds = (float)( getenv( 'TRAININGS_FUZZ_SECONDS' ) ?: 60 );
		$this->state = max( 1, $seed % 2147483647 );
		$parserFactory = $this->getServiceContainer()->getParserFactory();
		$options = ParserOptions::newFromAnon();
		$deadline = microtime( true ) + $seconds;
		$tried = 0;
		$steps = 0;
		$errors = 0;
		while ( $tried < self::MAX_INPUTS && microtime( true ) < $deadline ) {
			$text = $this->page();
			$label = "input #$tried of seed $seed";
			$title = Title::makeTitle( NS_TRAINING, "Fuzz $tried" );
			try {
				$output = $parserFactory->create()->parse( $text, $title, $options );
			} catch ( \Throwable $e ) {
				$this->fail( "$label threw " . get_class( $e ) . ': ' . $e->getMessage() . "\n--- input:\n$text" );
			}
			$html = $output->getRawText();
			$risks = HostileHtml::scriptRisks( $html );
			$this->assertSame( [], $risks, "$label: no script from content\n--- input:\n$text" );
			$structure = HostileHtml::structureErrors( $html );
			$this->assertSame( [], $structure, "$label: well-formed HTML\n--- input:\n$text\n--- html:\n$html" );
			$tried++;
			if ( $output->getPageProperty( ModuleProperties::COURSE ) !== null ) {
				// A course page (its `{{#trainingcourse:}}` came first) has no steps.
				$this->assertStringNotContainsString( 'trainings-module', $html, "$label: a course is no module" );
				continue;
			}
			$this->assertSame( 1, substr_count( $html, '<div class="trainings-module"' ), "$label: one module" );
			$this->assertMatchesRegularExpression( '/data-trainings-steps="(\d+)"/', $html, $label );
			preg_match( '/data-trainings-steps="(\d+)"/', $html, $m );
			$stepCount = (int)( $m[1] ?? -1 );
			$this->assertSame( $stepCount, substr_count( $html, '<section class="trainings-step"' ),
				"$label: step count matches the sections\n--- input:\n$text" );
			$steps += $stepCount;
			$errors += substr_count( $html, 'trainings-error' );
		}
		fwrite( STDERR, sprintf( "\n[fuzz] seed %d: %d random module pages (%d steps, %d inline error boxes)"
			. " parsed in %.1f s, none failed\n",
			$seed, $tried, $steps, $errors, $seconds - ( $deadline - microtime( true ) ) ) );
		$this->assertGreaterThanOrEqual( min( self::MAX_INPUTS, (int)( $seconds * self::MIN_RATE ) ), $tried,
			'enough inputs tried in the time bound' );
	}

}
