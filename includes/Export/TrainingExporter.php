<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

use DOMDocument;
use DOMElement;
use DOMXPath;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Html\Html;
use MediaWiki\Title\Title;
use MediaWiki\Utils\UrlUtils;
use Wikimedia\Message\IMessageFormatterFactory;
use Wikimedia\Message\ITextFormatter;
use Wikimedia\Message\MessageValue;
use Wikimedia\Parsoid\Utils\DOMCompat;
use Wikimedia\Parsoid\Utils\DOMUtils;
use Wikimedia\Parsoid\Wt2Html\XMLSerializer;

/**
 * Exports a module, or a course with its modules in order, as one self-contained HTML file
 * (docs/architecture.md): the cached page HTML as it is (design 0003), images as data URIs, the offline
 * player and styles inline, and nothing that makes a request. Without scripts it reads as a
 * long-form document (every step, answers in `<details>`); printed (offline.css), every step
 * and the quizzes' answers after the module.
 *
 * @license GPL-2.0-or-later
 */
class TrainingExporter {

	public const SERVICE_NAME = 'Trainings.TrainingExporter';

	/** Elements that have no place in a file read offline. */
	private const DROPPED = [ 'link', 'meta', 'script', 'noscript' ];

	/**
	 * @param PageSource $pageSource
	 * @param MediaEmbedder $mediaEmbedder
	 * @param OfflineAssets $assets
	 * @param LanguageSubpage $languageSubpage
	 * @param IMessageFormatterFactory $messageFormatterFactory
	 * @param UrlUtils $urlUtils
	 * @param int $maxBytes Above this size, media are linked instead of embedded
	 */
	public function __construct(
		private readonly PageSource $pageSource,
		private readonly MediaEmbedder $mediaEmbedder,
		private readonly OfflineAssets $assets,
		private readonly LanguageSubpage $languageSubpage,
		private readonly IMessageFormatterFactory $messageFormatterFactory,
		private readonly UrlUtils $urlUtils,
		private readonly int $maxBytes
	) {
	}

	/**
	 * The same exporter without a size budget (the ZIM builder takes every image out as a
	 * file, so no page grows with them).
	 */
	public function withoutSizeBudget(): self {
		return new self( $this->pageSource, $this->mediaEmbedder, $this->assets, $this->languageSubpage,
			$this->messageFormatterFactory, $this->urlUtils, PHP_INT_MAX );
	}

	/**
	 * @param Title $title A module or course page, or a language version of one
	 * @return ExportDocument|null Null when the page does not exist or is not a training page
	 */
	public function export( Title $title ): ?ExportDocument {
		$page = $this->pageSource->load( $title );
		if ( !$page ) {
			return null;
		}
		$formatter = $this->messageFormatterFactory->getTextFormatter( $page->languageCode );
		$doc = DOMUtils::parseHTML( '<!DOCTYPE html><html><head></head><body></body></html>' );
		$main = $doc->createElement( 'main' );
		$body = DOMCompat::getBody( $doc );
		if ( !$body ) {
			return null;
		}
		$body->appendChild( $main );

		$main->appendChild( $this->header( $doc, $page, $formatter ) );
		$this->appendPage( $main, $page, $page, '' );
		$modules = $page->isCourse() ? $this->appendCourseModules( $main, $page ) : [];
		$images = [];
		$pageBytes = 0;
		foreach ( [ $page, ...$modules ] as $part ) {
			$images = array_merge( $images, $part->images );
			$pageBytes += strlen( $part->html );
		}
		$this->finish( $main );
		$this->foldStepLists( $main );

		$labels = $this->labels( $formatter ) + [ 'progress' => (object)$this->progressTexts( $doc, $formatter ) ];
		$shell = fn ( string $content, string $notice ) => $this->shell( $page, $labels, $notice . $content );
		$emptyShell = strlen( $shell( '', '' ) );
		$contentBytes = strlen( $this->serialize( $main ) );
		$notice = $this->notice( $formatter );
		$embedded = $this->mediaEmbedder->embed(
			$doc, array_unique( $images ), $this->maxBytes - $emptyShell - $contentBytes - strlen( $notice )
		);
		if ( $embedded ) {
			$notice = '';
		}
		$html = $shell( $this->serialize( $main ), $notice );
		return new ExportDocument(
			$html,
			$this->fileName( $page ),
			!$embedded,
			$page->isCourse(),
			$pageBytes,
			$this->mediaBytes( $doc )
		);
	}

	/**
	 * Appends a course's modules in order, each in the course's language where it has that
	 * version; courses and missing pages among them are left out.
	 *
	 * @param DOMElement $main
	 * @param ExportedPage $course
	 * @return list<ExportedPage> The modules appended
	 */
	private function appendCourseModules( DOMElement $main, ExportedPage $course ): array {
		/** @var DOMDocument $doc */
		$doc = $main->ownerDocument;
		$languageCode = $this->languageSubpage->languageCodeOf( $course->title );
		$modules = [];
		foreach ( $course->courseModules as $key ) {
			$base = Title::makeTitleSafe( NS_TRAINING, $key );
			$module = $base ? $this->pageSource->load(
				$this->pageSource->languageVersion( $base, $languageCode ), true
			) : null;
			if ( !$module || $module->isCourse() ) {
				continue;
			}
			$modules[] = $module;
			$number = count( $modules );
			$article = $this->appendPage( $main, $module, $course, 'm' . $number . '-' );
			$article->setAttribute( 'id', 'module-' . $number );
			CourseInOneFile::linkEntry( $doc, $key, 'module-' . $number );
		}
		return $modules;
	}

	private function header( DOMDocument $doc, ExportedPage $page, ITextFormatter $formatter ): DOMElement {
		$header = $doc->createElement( 'header' );
		$h1 = $doc->createElement( 'h1' );
		$title = $doc->createTextNode( $page->displayTitle );
		if ( $page->titleLanguage !== null ) {
			// A title in another language than the file's, isolated (so "What is a wiki?" does not
			// render as "?What is a wiki" in a Hebrew file).
			$bdi = $doc->createElement( 'bdi' );
			$bdi->setAttribute( 'lang', $page->titleLanguage );
			$bdi->appendChild( $title );
			$title = $bdi;
		}
		$h1->appendChild( $title );
		$header->appendChild( $h1 );
		$source = $doc->createElement( 'p' );
		$source->setAttribute( 'class', 'trainings-offline-source' );
		$text = $formatter->format( MessageValue::new( 'trainings-offline-source', [ "\u{7F}1" ] ) );
		[ $before, $after ] = array_pad( explode( "\u{7F}1", $text, 2 ), 2, '' );
		$link = $doc->createElement( 'a' );
		$link->setAttribute( 'href', $page->title->getCanonicalURL() );
		$link->appendChild( $doc->createTextNode( $page->title->getPrefixedText() ) );
		$source->appendChild( $doc->createTextNode( $before ) );
		$source->appendChild( $link );
		$source->appendChild( $doc->createTextNode( $after ) );
		$header->appendChild( $source );
		return $header;
	}

	/**
	 * Append a page's content, in an `<article>` in its language (marked only where it is not
	 * the file's: a course's module without a version in the course's language).
	 *
	 * @param DOMElement $main
	 * @param ExportedPage $page
	 * @param ExportedPage $filePage The page exported, whose language is the file's
	 * @param string $idPrefix Prefix for ids (and the references to them) of a course's module
	 * @return DOMElement The article
	 */
	private function appendPage(
		DOMElement $main, ExportedPage $page, ExportedPage $filePage, string $idPrefix
	): DOMElement {
		/** @var DOMDocument $doc */
		$doc = $main->ownerDocument;
		$article = $doc->createElement( 'article' );
		$article->setAttribute( 'class', $page->isCourse() ? 'trainings-offline-course' : 'trainings-offline-module' );
		if ( $page->languageCode !== $filePage->languageCode ) {
			$article->setAttribute( 'lang', $page->languageCode );
		}
		if ( $page->dir !== $filePage->dir ) {
			$article->setAttribute( 'dir', $page->dir );
		}
		if ( $idPrefix !== '' ) {
			// A module of a course: its title, then its content.
			$h1 = $doc->createElement( 'h1' );
			$h1->appendChild( $doc->createTextNode( $page->displayTitle ) );
			$article->appendChild( $h1 );
		}
		$source = DOMCompat::getBody( DOMUtils::parseHTML( $page->html ) );
		foreach ( $source ? iterator_to_array( $source->childNodes ) : [] as $node ) {
			$article->appendChild( $doc->importNode( $node, true ) );
		}
		if ( $idPrefix !== '' ) {
			CourseInOneFile::prefixIds( $article, $idPrefix );
		}
		$main->appendChild( $article );
		return $article;
	}

	/**
	 * The step list of each module folds into its label (`<details>`): above every step it
	 * pushed the step below a phone's first screen. The player folds it again after a jump.
	 */
	private function foldStepLists( DOMElement $main ): void {
		/** @var DOMDocument $doc */
		$doc = $main->ownerDocument;
		foreach ( iterator_to_array( $main->getElementsByTagName( 'nav' ) ) as $nav ) {
			$children = [];
			foreach ( $nav->childNodes as $child ) {
				if ( $child instanceof DOMElement ) {
					$children[$child->tagName] ??= $child;
				}
			}
			$label = $children['p'] ?? null;
			$list = $children['ol'] ?? null;
			if ( !str_contains( $nav->getAttribute( 'class' ), 'trainings-steplist' ) || !$label || !$list ) {
				continue;
			}
			$details = $doc->createElement( 'details' );
			$summary = $doc->createElement( 'summary' );
			$summary->setAttribute( 'id', $label->getAttribute( 'id' ) );
			while ( $label->firstChild ) {
				$summary->appendChild( $label->firstChild );
			}
			$details->appendChild( $summary );
			$details->appendChild( $list );
			$nav->replaceChild( $details, $label );
		}
	}

	/**
	 * Drop what has no use offline and make links absolute.
	 */
	private function finish( DOMElement $main ): void {
		foreach ( self::DROPPED as $tag ) {
			foreach ( iterator_to_array( $main->getElementsByTagName( $tag ) ) as $element ) {
				$element->parentNode?->removeChild( $element );
			}
		}
		// Translate's language bar links to the wiki (or to the page itself): the ZIM file offers
		// its own language links, to the versions it holds.
		foreach ( iterator_to_array( $main->getElementsByTagName( 'div' ) ) as $element ) {
			if ( preg_match( '/(^|\s)mw-pt-languages(\s|$)/', $element->getAttribute( 'class' ) ) ) {
				$element->parentNode?->removeChild( $element );
			}
		}
		foreach ( $main->getElementsByTagName( 'a' ) as $link ) {
			$href = $link->getAttribute( 'href' );
			if ( $href !== '' && !str_starts_with( $href, '#' ) ) {
				$link->setAttribute( 'href', (string)$this->urlUtils->expand( $href, PROTO_CANONICAL ) );
			}
		}
	}

	/**
	 * The step counter texts of the modules in the file ("Step 1 of 6", …), by their
	 * `data-trainings-steps`: the modules of a course with as many steps share one list.
	 *
	 * @return array<string,string[]>
	 */
	private function progressTexts( DOMDocument $doc, ITextFormatter $formatter ): array {
		$texts = [];
		$xpath = new DOMXPath( $doc );
		foreach ( $xpath->query( self::byClass( 'trainings-module' ) ) ?: [] as $module ) {
			$key = $module instanceof DOMElement ? $module->getAttribute( 'data-trainings-steps' ) : '';
			$steps = max( 1, (int)$key );
			$texts[$key] ??= array_map( static fn ( int $i ) => $formatter->format(
				MessageValue::new( 'trainings-player-progress' )->numParams( $i, $steps )
			), range( 1, $steps ) );
		}
		return $texts;
	}

	/**
	 * @return array<string,string> Texts of the offline player and the quizzes, in the page
	 *  language (QuizLabels and OfflineLabels in resources/src)
	 */
	private function labels( ITextFormatter $formatter ): array {
		$keys = [
			'previous' => 'trainings-player-previous',
			'next' => 'trainings-player-next',
			'start' => 'trainings-player-start',
			'finish' => 'trainings-player-finish',
			'doneHeading' => 'trainings-player-complete-heading',
			'restart' => 'trainings-player-restart',
			'check' => 'trainings-quiz-check',
			'tryAgain' => 'trainings-quiz-try-again',
			'right' => 'trainings-quiz-outcome-right',
			'partial' => 'trainings-quiz-outcome-partial',
			'wrong' => 'trainings-quiz-outcome-wrong',
			'empty' => 'trainings-quiz-outcome-empty',
			'verdictRight' => 'trainings-quiz-verdict-right',
			'verdictWrong' => 'trainings-quiz-verdict-wrong',
		];
		return array_map( static fn ( string $key ) => $formatter->format( MessageValue::new( $key ) ), $keys );
	}

	private function notice( ITextFormatter $formatter ): string {
		return Html::element( 'p', [ 'class' => 'trainings-offline-notice', 'role' => 'note' ], $formatter->format(
			MessageValue::new( 'trainings-offline-media-linked' )->sizeParams( $this->maxBytes )
		) );
	}

	/**
	 * @param ExportedPage $page
	 * @param array<string,mixed> $labels Texts of the offline player and the quizzes
	 * @param string $content HTML of the `<main>` and what comes before it
	 * @return string The whole file
	 */
	private function shell( ExportedPage $page, array $labels, string $content ): string {
		$json = json_encode( $labels, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_HEX_AMP );
		return "<!DOCTYPE html>\n" .
			Html::openElement( 'html', [ 'lang' => $page->languageCode, 'dir' => $page->dir ] ) .
			'<head><meta charset="utf-8">' .
			// Belt and braces: even markup this class missed cannot load anything.
			'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; ' .
			'style-src \'unsafe-inline\'; script-src \'unsafe-inline\'">' .
			'<meta name="viewport" content="width=device-width, initial-scale=1">' .
			Html::element( 'title', [], $page->displayTitle ) .
			'<style>' . $this->assets->getStyles() . '</style></head><body>' .
			$content .
			'<script type="application/json" id="trainings-offline-labels">' . $json . '</script>' .
			'<script>' . $this->assets->getScript() . "</script></body></html>\n";
	}

	private function fileName( ExportedPage $page ): string {
		$name = $page->displayTitle;
		$code = $this->languageSubpage->languageCodeOf( $page->title );
		if ( $code !== null ) {
			$name .= ' (' . $code . ')';
		}
		$name = trim( (string)preg_replace( '/[\x00-\x1F\x7F\/\\\\:*?"<>|]+/u', ' ', $name ) );
		return ( $name !== '' ? mb_substr( $name, 0, 150 ) : 'training' ) . '.html';
	}

	private function serialize( DOMElement $element ): string {
		// @phan-suppress-next-line PhanTypeMismatchArgument Parsoid's Node is DOMNode here
		/** @phpstan-ignore argument.type (Parsoid's DOM classes are PHP's DOM classes in 1.43) */
		return XMLSerializer::serialize( $element, [ 'addDoctype' => false ] )['html'];
	}

	private function mediaBytes( DOMDocument $doc ): int {
		$bytes = 0;
		foreach ( $doc->getElementsByTagName( 'img' ) as $img ) {
			$src = $img->getAttribute( 'src' );
			$bytes += str_starts_with( $src, 'data:' ) ? strlen( $src ) : 0;
		}
		return $bytes;
	}

	private static function byClass( string $class ): string {
		return "//*[contains(concat(' ', normalize-space(@class), ' '), ' $class ')]";
	}
}
