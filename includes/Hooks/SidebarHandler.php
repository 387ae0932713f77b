<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Hook\SidebarBeforeOutputHook;
use MediaWiki\SpecialPage\SpecialPageFactory;
use MediaWiki\Title\Title;
use Skin;

/**
 * Adds a link to Special:Trainings to the navigation section of the sidebar.
 *
 * @license GPL-2.0-or-later
 */
class SidebarHandler implements SidebarBeforeOutputHook {

	private const SPECIAL_PAGE = 'Trainings';

	public function __construct(
		private readonly SpecialPageFactory $specialPageFactory
	) {
	}

	/**
	 * @param Skin $skin
	 * @param array<string,array<int|string,mixed>> &$sidebar
	 */
	public function onSidebarBeforeOutput( $skin, &$sidebar ): void {
		if ( !$this->specialPageFactory->exists( self::SPECIAL_PAGE ) ) {
			return;
		}
		$target = Title::makeTitle(
			NS_SPECIAL,
			$this->specialPageFactory->getLocalNameFor( self::SPECIAL_PAGE )
		);
		$current = $skin->getTitle();
		$sidebar['navigation'][] = [
			'text' => $skin->msg( 'trainings-sidebar-link' )->text(),
			'href' => $target->getLocalURL(),
			'id' => 'n-trainings',
			'active' => $current !== null && $current->isSpecial( self::SPECIAL_PAGE ),
		];
	}

}
