<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\Http\HttpRequestFactory;

/**
 * Reads the training pages of a live wiki (Meta-Wiki) through its action API: every page
 * under the prefix (`list=allpages`, which also lists Translate's `/xx` translation pages),
 * then their latest text and revision id, 50 titles a request. Gives the same pages a dump of
 * them would (decision record 0021).
 *
 * @license GPL-2.0-or-later
 */
class ApiReader {

	private const BATCH = 50;
	private const MAX_REQUESTS = 2000;

	public function __construct( private readonly HttpRequestFactory $http ) {
	}

	/**
	 * @param string $api URL of api.php
	 * @param string $prefix Title prefix of the training pages
	 * @param ImportReport $report
	 * @return array<string,SourcePage> By title
	 */
	public function read( string $api, string $prefix, ImportReport $report ): array {
		if ( !preg_match( '!^https?://[^\s]+$!', $api ) ) {
			$report->problem( $api, null, 'not an http(s) address of api.php' );
			return [];
		}
		$titles = [];
		$continue = [];
		$requests = 0;
		do {
			$data = $this->get( $api, [
				'list' => 'allpages', 'apprefix' => $prefix, 'apnamespace' => 0, 'aplimit' => 'max',
			] + $continue, $report );
			foreach ( $data['query']['allpages'] ?? [] as $page ) {
				$titles[] = (string)$page['title'];
			}
			$continue = $data['continue'] ?? [];
		} while ( $continue && $data !== null && ++$requests < self::MAX_REQUESTS );
		$pages = [];
		foreach ( array_chunk( $titles, self::BATCH ) as $batch ) {
			$data = $this->get( $api, [
				'prop' => 'revisions', 'rvprop' => 'ids|content', 'rvslots' => 'main', 'titles' => implode( '|',
					$batch ),
			], $report );
			foreach ( $data['query']['pages'] ?? [] as $page ) {
				$revision = $page['revisions'][0] ?? null;
				if ( $revision ) {
					$pages[(string)$page['title']] = new SourcePage(
						(string)$page['title'], (string)( $revision['slots']['main']['content'] ?? '' ),
							(int)$revision['revid']
					);
				}
			}
		}
		return $pages;
	}

	/**
	 * @param string $api
	 * @param array<string,string|int> $params
	 * @param ImportReport $report
	 * @return array<string,mixed>|null
	 */
	private function get( string $api, array $params, ImportReport $report ): ?array {
		$url = $api . '?' . http_build_query( [ 'action' => 'query', 'format' => 'json',
			'formatversion' => 2 ] + $params );
		$body = $this->http->get( $url, [ 'timeout' => 60 ], __METHOD__ );
		$data = $body === null ? null : json_decode( $body, true );
		if ( !is_array( $data ) || isset( $data['error'] ) ) {
			$report->problem( $api, null, 'the API request failed: ' . ( $data['error']['info'] ?? 'no answer' ) );
			return null;
		}
		return $data;
	}
}
