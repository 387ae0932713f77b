<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Dashboard module as a module page (decision records 0003, 0021): the metadata from its
 * JSON or YAML, its description as the introduction, one step per slide with the slide's slug
 * as the step's identity (`{{#trainingstep:}}` before the heading, outside `<translate>`), the
 * slide's quiz at the end of its step. For a language version, slides the source has not
 * translated stay in the source language, marked with it, as Translate does.
 *
 * @license GPL-2.0-or-later
 */
class ModuleConverter {

	public function __construct(
		private readonly WikitextBodyConverter $wikitext,
		private readonly MarkdownConverter $markdown,
		private readonly QuizConverter $quizzes,
		private readonly MediaResolver $media,
		private readonly string $sourceLanguage = 'en',
		private readonly string $sourceDir = 'ltr'
	) {
	}

	/**
	 * @param SourceModule $module
	 * @param string $title Prefixed title of the module page
	 * @param list<string> $topics Topic keys
	 * @param StepLinks $links
	 * @param ImportReport $report
	 * @param string|null $language Null for the source page, else a code of $module's translations or slides'
	 * @param bool $translatable Write `<translate>` for the Translate extension; a language's
	 *  text then keeps the source's text where it has none, unmarked, to line up with its units
	 */
	public function convert(
		SourceModule $module, string $title, array $topics, StepLinks $links, ImportReport $report,
		?string $language = null, bool $translatable = false
	): ConvertedPage {
		$names = $language !== null ? $module->translations[$language] ?? [] : [];
		// A language's text for Translate's units marks what it takes from the source (0021).
		$untranslated = $language !== null && $translatable && !$names;
		$wrap = static fn ( string $text ): string => $translatable
			? '<translate>' . ( $untranslated ? TranslateUnits::UNTRANSLATED : '' ) . "$text</translate>" : $text;
		$context = new ConversionContext( $module->source, $report, $links, $this->media );
		$parts = [ $translatable ? "<languages/>\n" : '' ];
		$parts[] = $this->metadata( $module, $names, $topics, $wrap );
		// The summary (the metadata box) shows the description's first paragraph; the rest introduces.
		$intro = $this->markdown->convert( PlainText::afterFirstParagraph( ( $names['description']
			?? '' ) ?: $module->description ), 1, $context );
		if ( $intro !== '' ) {
			$parts[] = $translatable
				? "<translate>\n" . ( $untranslated ? $this->untranslated( $intro ) : $intro )
					. "\n</translate>" : $intro;
		}
		$steps = 0;
		$quizzes = 0;
		$credit = [ "{$module->source} ({$module->version})" ];
		foreach ( $module->slides as $slide ) {
			if ( $slide === null ) {
				continue;
			}
			[ $step, $hasQuiz ] = $this->step( $slide, $language, $translatable, $links, $report );
			$parts[] = $step;
			$steps++;
			$quizzes += $hasQuiz ? 1 : 0;
			$credit[] = "{$slide->source} ({$slide->version})";
		}
		$text = trim( implode( "\n", array_filter( $parts, static fn ( string $p ) => $p !== '' ) ) );
		return new ConvertedPage( $title, $text, implode( ', ', $credit ), $steps, $quizzes, $language );
	}

	/**
	 * @param SourceModule $module
	 * @param array{name?:string,description?:string} $names
	 * @param list<string> $topics
	 * @param callable(string):string $wrap
	 */
	private function metadata( SourceModule $module, array $names, array $topics, callable $wrap ): string {
		$name = $this->argument( ( $names['name'] ?? '' ) ?: $module->name, 200 );
		$summary = $this->argument( PlainText::firstParagraph( ( $names['description']
			?? '' ) ?: $module->description ), 500 );
		$lines = [ '{{#training:', ' | title = ' . $wrap( $name ), ' | summary = ' . $wrap( $summary ?: $name ) ];
		$duration = Duration::minutes( $module->estimatedTtc );
		if ( $duration !== null ) {
			$lines[] = " | duration = $duration";
		}
		if ( $topics ) {
			$lines[] = ' | topics = ' . implode( ', ', $topics );
		}
		$lines[] = '}}';
		return implode( "\n", $lines );
	}

	/** Plain text that is safe as a parser function argument, at most $max characters. */
	private function argument( string $text, int $max ): string {
		$text = trim( (string)preg_replace( '/\s+/u', ' ', $text ) );
		$text = mb_strlen( $text ) > $max ? rtrim( mb_substr( $text, 0, $max - 1 ) ) . '…' : $text;
		return strtr( $text, [ '|' => '{{!}}', '{{' => '{ {', '}}' => '} }' ] );
	}

	/** @return array{0:string,1:bool} The step's wikitext, and whether it has a quiz */
	private function step( SourceSlide $slide, ?string $language, bool $translatable, StepLinks $links,
		ImportReport $report ): array {
		$source = $slide->text;
		$translated = $language !== null ? $slide->translations[$language] ?? null : null;
		$pieces = [];
		// Each piece: [ wikitext, in the source language while the page is in another ].
		$titleTranslated = $translated && $translated->title !== '';
		$heading = $titleTranslated ? $translated->title : $source->title;
		$pieces[] = [ '== ' . trim( str_replace( '=', '&#61;', $heading ) ) . " ==\n", $language !== null
			&& !$titleTranslated ];
		$bodyText = $translated && trim( $translated->body ) !== '' ? $translated : $source;
		$body = $this->body( $bodyText, $links, $report );
		if ( $body !== '' ) {
			$pieces[] = [ $body, $language !== null && $bodyText === $source && trim( $source->body ) !== '' ];
		}
		$step = '{{#trainingstep: ' . StepIdentity::fromSlug( $slide->slug ) . "}}\n";
		// For Translate, the heading and the body are blocks of their own: a translation whose body
		// has another number of paragraphs still fills the heading's unit.
		$step .= $translatable ? implode( "\n", array_map(
			fn ( array $piece ) => "<translate>\n" . trim( $piece[1] ? $this->untranslated( $piece[0] ) : $piece[0] )
				. "\n</translate>", $pieces
		) ) : $this->withFallbacks( $pieces );
		$quizText = $translated && $translated->quiz ? $translated : ( $source->quiz ? $source : null );
		$quiz = $quizText ? $this->quiz( $quizText, $translatable, $links, $report ) : null;
		if ( $quiz !== null ) {
			$fallback = $language !== null && $quizText === $source;
			if ( $fallback ) {
				$quiz = $translatable ? $this->untranslated( $quiz ) : $this->fallback( $quiz );
			}
			$step .= "\n$quiz";
		}
		return [ $step, $quiz !== null ];
	}

	private function body( SlideText $text, StepLinks $links, ImportReport $report ): string {
		$context = new ConversionContext( $text->source, $report, $links, $this->media );
		$body = $text->format === SlideText::FORMAT_MARKDOWN
			? $this->markdown->convert( $text->body, $text->bodyLine, $context )
			: $this->wikitext->convert( $text->body, $text->bodyLine, $context );
		return trim( (string)preg_replace( "/\n{3,}/", "\n\n", preg_replace( '/[ \t]+$/m', '', $body ) ?? $body ) );
	}

	private function quiz( SlideText $text, bool $translatable, StepLinks $links, ImportReport $report ): ?string {
		$context = new ConversionContext( $text->source, $report, $links, $this->media );
		$inline = $text->format === SlideText::FORMAT_MARKDOWN
			? fn ( string $s, int $line ) => $this->markdown->convertInline( $s, $line, $context )
			: fn ( string $s, int $line ) => trim( $this->wikitext->convert( $s, $line, $context ) );
		return $text->quiz ? $this->quizzes->convert( $text->quiz, $inline, $translatable, $context ) : null;
	}

	/** @param list<array{0:string,1:bool}> $pieces */
	private function withFallbacks( array $pieces ): string {
		$out = [];
		$run = [];
		$inFallback = null;
		foreach ( array_merge( $pieces, [ [ '', null ] ] ) as [ $text, $fallback ] ) {
			if ( $fallback !== $inFallback && $run ) {
				$joined = implode( "\n", $run );
				$out[] = $inFallback ? $this->fallback( $joined ) : $joined;
				$run = [];
			}
			$inFallback = $fallback;
			$run[] = $text;
		}
		return implode( "\n", $out );
	}

	/** Source-language text in a language's text for Translate: every unit of it marked untranslated. */
	private function untranslated( string $text ): string {
		$text = str_replace( '<translate>', '<translate>' . TranslateUnits::UNTRANSLATED, $text );
		return (string)preg_replace( '/(^|\n\n)(?=[^\n])/', '$1' . TranslateUnits::UNTRANSLATED, $text );
	}

	/** Source-language text on a language version, marked as Translate marks an untranslated unit. */
	private function fallback( string $text ): string {
		$class = "mw-content-{$this->sourceDir}";
		return "<div lang=\"{$this->sourceLanguage}\" dir=\"{$this->sourceDir}\" class=\"$class\">\n"
			. trim( $text ) . "\n</div>";
	}
}
