<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\Html\Html;
use MediaWiki\Parser\Parser;
use MediaWiki\Parser\PPFrame;
use MediaWiki\Parser\PPNode;
use MediaWiki\Parser\PPNode_Hash_Tree;

/**
 * The parser function `{{#training: name = value | … }}` (registered with
 * SFH_OBJECT_ARGS): validates the metadata, stores the valid values as page
 * properties (and the search key built from them), and renders the metadata box where the function stands, preceded
 * by an error box when something is wrong.
 *
 * @license GPL-2.0-or-later
 */
class TrainingFunction {

	public const MAGIC_WORD = 'training';

	public const ERROR_CATEGORY = 'trainings-metadata-error-category';

	public function __construct(
		private readonly MetadataParser $metadataParser,
		private readonly DisplayTitleRule $displayTitleRule,
		private readonly Topics $topics
	) {
	}

	/**
	 * @param Parser $parser
	 * @param PPFrame $frame
	 * @param array<int,PPNode|string> $args
	 * @return array{0:string,isHTML:bool,noparse:bool}
	 */
	public function render( Parser $parser, PPFrame $frame, array $args ): array {
		$output = $parser->getOutput();
		$messages = new ParserMessageLocalizer( $parser );
		$problemRenderer = new ProblemRenderer( $messages );

		if ( $output->getExtensionData( ModuleProperties::DATA_HAS_METADATA ) ) {
			$html = $this->reportProblems( $parser, $problemRenderer,
				[ new Problem( 'trainings-metadata-error-second' ) ] );
			return [ $html, 'isHTML' => true, 'noparse' => true ];
		}
		$output->setExtensionData( ModuleProperties::DATA_HAS_METADATA, true );

		$pairs = self::expandArguments( $frame, $args );
		$result = $this->metadataParser->parse( $pairs, new ParserMetadataContext( $parser, $frame ) );
		ModuleProperties::storeMetadata( $result->getMetadata(), $output );
		self::storeTextLanguages( $pairs, $parser );
		$page = $parser->getPage();
		$allLabels = $this->topics->labels( $parser->getTargetLanguage()->getCode() );
		$title = $result->getMetadata()->getTitle();
		if ( $title !== null && $page !== null && $this->displayTitleRule->accepts( $title, $page ) ) {
			$output->setDisplayTitle( self::displayTitleHtml( $title, $pairs, $parser ) );
		}
		if ( $page !== null ) {
			$topicLabels = array_map(
				static fn ( string $topic ) => $allLabels[$topic] ?? $topic,
				$result->getMetadata()->getTopics()
			);
			ModuleProperties::storeSearchKey( $result->getMetadata(), strtr( $page->getDBkey(), '_', ' ' ), $output,
				$topicLabels );
		}

		$html = ( new MetadataRenderer( $messages, $allLabels ) )->render( $result->getMetadata() );
		if ( $result->getProblems() !== [] ) {
			$html = $this->reportProblems( $parser, $problemRenderer, $result->getProblems() ) . $html;
		}
		return [ $html, 'isHTML' => true, 'noparse' => true ];
	}

	/**
	 * The heading keeps the language of a title left untranslated (`<bdi lang="en" dir="ltr">`
	 * in a Hebrew page), so that "What is a wiki?" does not render as "?What is a wiki".
	 *
	 * @param string $title Plain text
	 * @param list<array{0:?string,1:string}> $pairs
	 * @param Parser $parser
	 * @return string HTML
	 */
	private static function displayTitleHtml( string $title, array $pairs, Parser $parser ): string {
		foreach ( $pairs as [ $name, $value ] ) {
			$attributes = $name === 'title' ? WrappedLanguage::attributes( $value ) : null;
			if ( $attributes !== null && $attributes['lang'] !== $parser->getTargetLanguage()->getCode() ) {
				return Html::element( 'bdi', $attributes, $title );
			}
		}
		return htmlspecialchars( $title );
	}

	/**
	 * Title and summary left in another language than the page's (an untranslated Translate
	 * unit: `<span lang="en" dir="ltr" class="mw-content-ltr">…</span>`) keep that language.
	 *
	 * @param list<array{0:?string,1:string}> $pairs
	 * @param Parser $parser
	 */
	private static function storeTextLanguages( array $pairs, Parser $parser ): void {
		$pageLanguage = $parser->getTargetLanguage()->getCode();
		$properties = [ 'title' => ModuleProperties::TITLE_LANGUAGE, 'summary' => ModuleProperties::SUMMARY_LANGUAGE ];
		foreach ( $pairs as [ $name, $value ] ) {
			$language = isset( $properties[$name] ) ? WrappedLanguage::of( $value ) : null;
			if ( $language !== null && $language !== $pageLanguage ) {
				$parser->getOutput()->setUnsortedPageProperty( $properties[$name], $language );
			}
		}
	}

	/**
	 * @param Parser $parser
	 * @param ProblemRenderer $problemRenderer
	 * @param list<Problem> $problems
	 * @return string The error box
	 */
	private function reportProblems( Parser $parser, ProblemRenderer $problemRenderer, array $problems ): string {
		$parser->addTrackingCategory( self::ERROR_CATEGORY );
		// Warnings are parsed as wikitext on preview: they carry a count, never author input.
		$parser->getOutput()->addWarningMsg( 'trainings-metadata-warning', count( $problems ) );
		return $problemRenderer->render( 'trainings-metadata-error-heading', $problems );
	}

	/**
	 * @param PPFrame $frame
	 * @param array<int,PPNode|string> $args
	 * @return list<array{0:?string,1:string}> [ name, value ] pairs, trimmed; null names for
	 *  arguments without `=`
	 */
	public static function expandArguments( PPFrame $frame, array $args ): array {
		$pairs = [];
		foreach ( $args as $arg ) {
			if ( is_string( $arg ) ) {
				$parts = explode( '=', $arg, 2 );
				$pairs[] = count( $parts ) === 2
					? [ trim( $parts[0] ), trim( $parts[1] ) ]
					: [ null, trim( $arg ) ];
				continue;
			}
			if ( $arg instanceof PPNode_Hash_Tree && $arg->getName() === 'part' ) {
				$bits = $arg->splitArg();
				$value = trim( $frame->expand( $bits['value'] ) );
				$pairs[] = $bits['index'] === ''
					? [ trim( $frame->expand( $bits['name'] ) ), $value ]
					: [ null, $value ];
				continue;
			}
			$pairs[] = [ null, trim( $frame->expand( $arg ) ) ];
		}
		return $pairs;
	}

}
