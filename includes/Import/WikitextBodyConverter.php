<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Meta-Wiki slide body (Translate's markup already removed) as a step's content: the
 * Dashboard's image, video and button templates converted, any other template reported and
 * its text kept, raw `<iframe>`s converted or reported, slide links pointed at their steps,
 * and level-2 headings made sub-headings (a level-2 heading would start a new step).
 *
 * @license GPL-2.0-or-later
 */
class WikitextBodyConverter {

	public function __construct(
		private readonly TemplateScanner $scanner,
		private readonly EmbedConverter $embeds
	) {
	}

	public function convert( string $body, int $firstLine, ConversionContext $context ): string {
		$out = '';
		$offset = 0;
		foreach ( $this->scanner->scan( $body, $firstLine ) as $call ) {
			// Each embed its own paragraph: a translation page may run it into the text around.
			$out .= substr( $body, $offset, $call->start - $offset ) . "\n\n" . $this->template( $call, $context )
				. "\n\n";
			$offset = $call->end;
		}
		$out .= substr( $body, $offset );
		$out = $this->embeds->convertHtml( $out, $context, $firstLine );
		$out = $this->slideLinks( $out, $context );
		return (string)preg_replace( '/^==([^=].*[^=])==\s*$/m', '===$1===', $out );
	}

	private function template( TemplateCall $call, ConversionContext $context ): string {
		switch ( $call->name ) {
			case 'Training module image':
				return $this->embeds->image(
					$call->param( 'image' ), $call->param( 'layout' ),
					trim( $call->param( 'caption' )
						. ( $call->param( 'credit' ) !== '' ? " ({$call->param( 'credit' )})" : '' ) ),
					$context, $call->line
				);
			case 'Training module video':
				return $this->embeds->video( $call->param( 'source' ), $context, $call->line, false );
			case 'Training module button':
				return $this->embeds->button( $call->param( 'link' ), $call->param( 'text' ), $context, $call->line );
		}
		$context->problem( $call->line, "unknown template {{{$call->name}}}: its text is kept as a paragraph" );
		return implode( "\n\n", array_filter( $call->params, static fn ( string $v ) => $v !== '' ) );
	}

	private function slideLinks( string $text, ConversionContext $context ): string {
		return (string)preg_replace_callback(
			'!\[\[([^|\]]*/slides/\d+-[^|\]/]+)(?:\|([^\]]*))?\]\]!',
			static function ( array $m ) use ( $context ) {
				$label = $m[2] ?? $m[1];
				$slug = StepLinks::slugOf( $m[1] );
				$link = $slug === null ? null : $context->links->link( $slug, $label );
				if ( $link === null ) {
					$context->report->problem( $context->source, null,
						"a link to the slide \"{$m[1]}\", which no imported module has: its text is kept" );
				}
				return $link ?? $label;
			},
			$text
		);
	}
}
