<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration;

use MediaWiki\Page\PageIdentity;
use MediaWiki\Permissions\Authority;
use MediaWiki\Storage\PageUpdateStatus;

/**
 * Test pages written as a reviewer by default: core's editPage() edits as an ordinary test user,
 * who may not publish a new module or set its review date (design record 0009). Tests about
 * that rule pass their performer explicitly (ReviewPermissionTest).
 *
 * @license GPL-2.0-or-later
 */
trait EditsAsReviewer {

	/**
	 * @param mixed $page As MediaWikiIntegrationTestCase::editPage()
	 * @param mixed $content
	 * @param string $summary
	 * @param int $defaultNs
	 * @param Authority|null $performer Default: the test sysop, who has the right trainings-review
	 * @return PageUpdateStatus
	 */
	protected function editPage( $page, $content, $summary = '', $defaultNs = NS_MAIN, ?Authority $performer = null ) {
		return parent::editPage( $page, $content, $summary, $defaultNs,
			$performer ?? static::getTestSysop()->getAuthority() );
	}

}
