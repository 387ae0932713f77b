<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use HtmlArmor;
use MediaWiki\Html\Html;
use MediaWiki\Linker\LinkRenderer;
use MediaWiki\Title\Title;
use MediaWiki\Title\TitleValue;

/**
 * Renders a course (design record 0003, §6) as an ordered list of its modules, each
 * linked through Special:MyLanguage so the cached HTML serves every reader in their
 * language:
 * `<ol class="trainings-course"><li data-trainings-module="DB_key"><a …>label</a></li>…</ol>`.
 *
 * @license GPL-2.0-or-later
 */
class CourseRenderer {

	/** Tags a label keeps (emphasis, Translate's language spans); with any other, it becomes plain text. */
	private const LABEL_TAGS = [ 'b', 'i', 'strong', 'em', 'span', 'bdi', 'sub', 'sup', 'small', 'code', 's', 'u' ];

	public function __construct(
		private readonly LinkRenderer $linkRenderer,
		private readonly MetadataContext $context
	) {
	}

	/**
	 * @return string HTML on one line; empty when the course has no valid module
	 */
	public function render( Course $course ): string {
		$items = '';
		foreach ( $course->getModules() as $module ) {
			$title = $module->getTitle();
			$link = $this->linkRenderer->makeKnownLink(
				new TitleValue( NS_SPECIAL, 'MyLanguage/' . Title::newFromLinkTarget( $title )->getPrefixedDBkey() ),
				new HtmlArmor( $this->label( $module ) )
			);
			$items .= Html::rawElement( 'li', [ 'data-trainings-module' => $title->getDBkey() ], $link );
		}
		return $items === '' ? '' : Html::rawElement( 'ol', [ 'class' => 'trainings-course' ], $items );
	}

	/**
	 * @return string Safe HTML of the label: inline formatting is kept, links, images and
	 *  blocks (which cannot stand in a link) are reduced to their text; the title when empty
	 */
	private function label( CourseModule $module ): string {
		$wikitext = $module->getLabel();
		$html = $wikitext === null ? '' : $this->context->renderInline( $wikitext );
		$allowed = '<' . implode( '><', self::LABEL_TAGS ) . '>';
		if ( $html !== '' && strip_tags( $html, $allowed ) !== $html ) {
			$html = htmlspecialchars( MetadataParser::plainText( $html ), ENT_NOQUOTES );
		}
		if ( MetadataParser::plainText( $html ) === '' ) {
			return htmlspecialchars( $module->getTitle()->getText(), ENT_NOQUOTES );
		}
		return $html;
	}

}
