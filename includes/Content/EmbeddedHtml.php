<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;
use MediaWiki\Parser\Parser;

/**
 * The HTML of our parser functions, carried through Parsoid (design record 0018). Parsoid has
 * the legacy preprocessor expand `{{#training:}}`, `{{#trainingcourse:}}` and
 * `{{#trainingvideo:}}`, then reads their output as wikitext, which escapes `<a>` and
 * `<video>`. So when the parser only preprocesses (`OT_PREPROCESS`: Parsoid, Special:
 * ExpandTemplates, subst), the function's HTML becomes a `<trainingshtml>` tag whose body is
 * that HTML, signed with the wiki's secret key; the tag renders the HTML unchanged under
 * either parser, and anything else in it (hand-written, altered) as an error. The output is
 * then the same whichever parser renders the page.
 *
 * @license GPL-2.0-or-later
 */
class EmbeddedHtml {

	public const SERVICE_NAME = 'Trainings.EmbeddedHtml';

	public const TAG = 'trainingshtml';

	public function __construct(
		private readonly string $secret
	) {
	}

	/**
	 * @param Parser $parser
	 * @param array{0:string,isHTML?:bool,noparse?:bool} $result What a parser function returns
	 * @return array{0:string,isHTML?:bool,noparse?:bool} The same, or the tag when only preprocessing
	 */
	public function adapt( Parser $parser, array $result ): array {
		if ( $parser->getOutputType() !== Parser::OT_PREPROCESS || empty( $result['isHTML'] ) ) {
			return $result;
		}
		return [ $this->wrap( $result[0] ), 'noparse' => true, 'isHTML' => false ];
	}

	/**
	 * @return string Wikitext: the tag
	 */
	public function wrap( string $html ): string {
		return Html::element( self::TAG, [ 'sig' => $this->sign( $html ) ], base64_encode( $html ) );
	}

	/**
	 * @param string $body The tag's body
	 * @param array<string,string> $attributes
	 * @return string|null The HTML, or null when the tag is not one of ours
	 */
	public function unwrap( string $body, array $attributes ): ?string {
		$html = base64_decode( trim( $body ), true );
		if ( $html === false || !hash_equals( $this->sign( $html ), $attributes['sig'] ?? '' ) ) {
			return null;
		}
		return $html;
	}

	/**
	 * The tag under the legacy parser (after a subst, say).
	 *
	 * @param string|null $input
	 * @param array<string,string> $attributes
	 * @param Parser $parser
	 * @return string HTML
	 */
	public function render( ?string $input, array $attributes, Parser $parser ): string {
		return $this->unwrap( $input ?? '', $attributes ) ?? $this->invalid( new ParserMessageLocalizer( $parser ) );
	}

	/**
	 * @return string HTML: the error box for a tag that is not one of ours
	 */
	public function invalid( \MessageLocalizer $messages ): string {
		return ( new ProblemRenderer( $messages ) )->render( 'trainings-embedded-html-heading',
			[ new Problem( 'trainings-embedded-html-invalid' ) ] );
	}

	private function sign( string $html ): string {
		return hash_hmac( 'sha256', $html, 'trainings-embedded-html:' . $this->secret );
	}

}
