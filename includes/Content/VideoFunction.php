<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;
use MediaWiki\Languages\LanguageFactory;
use MediaWiki\Languages\LanguageFallback;
use MediaWiki\Parser\Parser;
use MediaWiki\Title\Title;
use RepoGroup;

/**
 * The parser function `{{#trainingvideo: File name.webm }}`: a video step's video (design
 * record 0013). It shows the file as TimedMediaHandler renders it (`preload="none"`, one
 * `<track>` per subtitle page, its poster kept aside for the player), but as the browser's
 * own player, which the module player pauses and leaves the keyboard to; under it the
 * duration and size, and the transcript: the subtitles in the page's language (or its
 * fallbacks, English last) as text. A missing file,
 * a file that is not a video and a subtitle page with a broken timing line each get an
 * inline message; the rest of the page renders as usual.
 *
 * @license GPL-2.0-or-later
 */
class VideoFunction {

	public const MAGIC_WORD = 'trainingvideo';

	/** TimedMediaHandler's TimedText namespace (NS_TIMEDTEXT, fixed by the extension). */
	public const TIMEDTEXT_NAMESPACE = 710;

	public function __construct(
		private readonly RepoGroup $repoGroup,
		private readonly LanguageFallback $languageFallback,
		private readonly LanguageFactory $languageFactory,
		private readonly SubtitleParser $subtitleParser
	) {
	}

	/**
	 * @param Parser $parser
	 * @param string $name The file's name, with or without "File:"
	 * @return array{0:string,isHTML:bool,noparse:bool}
	 */
	public function render( Parser $parser, $name = '' ): array {
		$problemRenderer = new ProblemRenderer( new ParserMessageLocalizer( $parser ) );
		$name = trim( (string)$name );
		$title = $name === '' ? null : Title::newFromText( $name, NS_FILE );
		if ( !$title || $title->getNamespace() !== NS_FILE ) {
			return $this->error( $problemRenderer, new Problem( 'trainings-video-missing', [ $name ] ) );
		}
		$file = $this->repoGroup->findFile( $title );
		if ( !$file ) {
			// Registered, so that uploading the file renders the page again.
			$parser->getOutput()->addImage( $title->getDBkey() );
			return $this->error( $problemRenderer, new Problem( 'trainings-video-missing', [ $title->getText() ] ) );
		}
		if ( $file->getMediaType() !== MEDIATYPE_VIDEO ) {
			$parser->getOutput()->addImage( $title->getDBkey() );
			return $this->error( $problemRenderer, new Problem( 'trainings-video-not-video', [ $title->getText() ] ) );
		}
		$media = $parser->recursiveTagParse( '[[' . $title->getPrefixedText() . ']]' );
		// Without data-mw-tmh, TimedMediaHandler's script leaves the element alone (it would put
		// it into a dialog and load its own player): the module player drives it instead.
		$media = str_replace( ' data-mw-tmh=""', '', $media );
		// The poster waits too: the player sets it when the step is shown, and never in "text
		// only" (a browser fetches a poster as soon as it reads the attribute, hidden or not).
		$media = (string)preg_replace( '/<video ([^>]*?)\bposter="/', '<video $1data-trainings-poster="', $media );

		[ $cuesByLanguage, $problems ] = $this->subtitlesOf( $parser, $title, $media );

		$language = $parser->getTargetLanguage();
		$facts = $parser->msg( 'trainings-video-facts' )
			->params( $language->formatTimePeriod( (int)round( (float)$file->getLength() ) ) )
			->sizeParams( (int)$file->getSize() )
			->text();
		$html = Html::rawElement( 'div', [ 'class' => 'trainings-video-media' ], $media ) .
			Html::element( 'p', [ 'class' => 'trainings-video-facts' ], $facts );
		if ( $problems !== [] ) {
			$html .= $problemRenderer->render( 'trainings-video-error-heading', $problems );
		}
		$html .= $this->transcript( $parser, $cuesByLanguage );
		return [
			Html::rawElement( 'div', [
				'class' => 'trainings-video',
				'data-trainings-video' => $title->getDBkey(),
			], $html ),
			'isHTML' => true,
			'noparse' => true,
		];
	}

	/**
	 * The subtitles of each language the video element has a track for.
	 *
	 * @param Parser $parser
	 * @param Title $title The file
	 * @param string $media The video element's HTML
	 * @return array{0:array<string,list<string>>,1:list<Problem>} The cues by language, and the
	 *  problems of the subtitle pages (each with its language as first parameter)
	 */
	private function subtitlesOf( Parser $parser, Title $title, string $media ): array {
		preg_match_all( '/<track [^>]*\bsrclang="([^"]+)"/', $media, $matches );
		$languages = array_values( array_unique( $matches[1] ) );
		$problems = [];
		$cuesByLanguage = [];
		foreach ( $languages as $code ) {
			$result = $this->subtitles( $parser, $title, $code );
			if ( $result === null ) {
				continue;
			}
			$cuesByLanguage[$code] = $result->getCues();
			foreach ( $result->getProblems() as $problem ) {
				$problems[] = new Problem(
					$problem->getMessageKey(),
					array_merge( [ $code ], $problem->getParams() ),
					$problem->getLine()
				);
			}
		}
		return [ $cuesByLanguage, $problems ];
	}

	/**
	 * @return SubtitleParseResult|null The subtitle page of one language, null if there is none
	 */
	private function subtitles( Parser $parser, Title $file, string $code ): ?SubtitleParseResult {
		foreach ( [ 'srt', 'vtt' ] as $format ) {
			$page = Title::makeTitleSafe( self::TIMEDTEXT_NAMESPACE, $file->getDBkey() . ".$code.$format" );
			if ( !$page ) {
				continue;
			}
			// Fetched as a template: editing the subtitles renders the module again.
			[ $text ] = $parser->fetchTemplateAndTitle( $page );
			if ( is_string( $text ) ) {
				return $this->subtitleParser->parse( $text );
			}
		}
		return null;
	}

	/**
	 * @param Parser $parser
	 * @param array<string,list<string>> $cuesByLanguage
	 * @return string The transcript in the page's language or its nearest fallback, or ''
	 */
	private function transcript( Parser $parser, array $cuesByLanguage ): string {
		$code = $parser->getTargetLanguage()->getCode();
		$chain = array_merge(
			[ $code ],
			$this->languageFallback->getAll( $code, LanguageFallback::STRICT ),
			$this->languageFallback->getAll( $code, LanguageFallback::MESSAGES )
		);
		foreach ( $chain as $candidate ) {
			if ( !empty( $cuesByLanguage[$candidate] ) ) {
				$heading = $parser->msg( 'trainings-video-transcript' )->text();
				return Html::rawElement( 'div', [
						'class' => 'trainings-video-transcript',
						'lang' => $candidate,
						'dir' => $this->languageFactory->getLanguage( $candidate )->getDir(),
						'data-lang' => $candidate,
					],
					Html::element( 'p', [ 'class' => 'trainings-video-transcript-heading' ], $heading ) .
						Html::element( 'p', [], implode( ' ', $cuesByLanguage[$candidate] ) )
				);
			}
		}
		return '';
	}

	/**
	 * @return array{0:string,isHTML:bool,noparse:bool}
	 */
	private function error( ProblemRenderer $problemRenderer, Problem $problem ): array {
		return [
			$problemRenderer->render( 'trainings-video-error-heading', [ $problem ] ),
			'isHTML' => true,
			'noparse' => true,
		];
	}

}
