<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

/**
 * Where things are inside a ZIM file, and what its pages may load: read by the builder that
 * writes the files and by the pages that link to them (ZimPageWriter, ZimCatalogPage), so that
 * neither kind of page needs the builder.
 *
 * @license GPL-2.0-or-later
 */
final class ZimLayout {

	/** The catalog page, the file's welcome page. */
	public const MAIN_PAGE = 'index.html';

	/** The offline player's script, one file shared by every page. */
	public const SCRIPT = 'assets/offline.js';

	/** The offline player's styles and the catalog page's, one file shared by every page. */
	public const STYLES = 'assets/offline.css';

	/** Only what the ZIM reader serves on its own origin. */
	public const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " .
		"script-src 'self' 'unsafe-inline'";

}
