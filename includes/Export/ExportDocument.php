<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Export;

/**
 * One self-contained HTML file: a module or a course with its styles, images and quiz logic.
 *
 * @license GPL-2.0-or-later
 */
final class ExportDocument {

	/**
	 * @param string $html The whole file
	 * @param string $fileName File name offered to the reader (ends in .html)
	 * @param bool $mediaLinked Whether media are linked instead of embedded (size limit)
	 * @param bool $course Whether it is a course (with its modules)
	 * @param int $pageBytes Bytes of the exported pages' HTML as the wiki renders it
	 * @param int $mediaBytes Bytes of the embedded media (data URIs)
	 */
	public function __construct(
		private readonly string $html,
		private readonly string $fileName,
		private readonly bool $mediaLinked,
		private readonly bool $course,
		private readonly int $pageBytes,
		private readonly int $mediaBytes
	) {
	}

	public function getHtml(): string {
		return $this->html;
	}

	public function getFileName(): string {
		return $this->fileName;
	}

	public function isMediaLinked(): bool {
		return $this->mediaLinked;
	}

	public function isCourse(): bool {
		return $this->course;
	}

	public function getBytes(): int {
		return strlen( $this->html );
	}

	public function getPageBytes(): int {
		return $this->pageBytes;
	}

	public function getMediaBytes(): int {
		return $this->mediaBytes;
	}

	/**
	 * @return int What the file adds to the pages' HTML and the media: the player, styles,
	 *  texts, the answers for print and the document around them
	 */
	public function getOverheadBytes(): int {
		return $this->getBytes() - $this->pageBytes - $this->mediaBytes;
	}

	/**
	 * @return string A Content-Disposition header value: an ASCII fallback name and the
	 *  UTF-8 name (RFC 6266)
	 */
	public function getContentDisposition(): string {
		$ascii = preg_replace( '/[^A-Za-z0-9 ._()-]+/', '_', $this->fileName ) ?? 'training.html';
		return 'attachment; filename="' . $ascii . '"; filename*=UTF-8\'\'' . rawurlencode( $this->fileName );
	}
}
