<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Stats\StatsCounts;
use MediaWiki\Html\Html;

/**
 * A bar chart of views, starts and completions per day, as inline SVG rendered on the server:
 * it shows without JavaScript and without an image request. The chart is an image with a
 * <title> and a <desc> (role="img", aria-labelledby); each bar has a <title> (a tooltip); the
 * page prints the same figures in a table beside it, the accessible equivalent.
 *
 * @license GPL-2.0-or-later
 */
class StatsChartRenderer {

	/** Series: the counter's getter and the bar colour (contrast of at least 3:1 on white). */
	private const SERIES = [
		'views' => [ 'getViews', '#36c' ],
		'starts' => [ 'getStarts', '#14866d' ],
		'completions' => [ 'getCompletions', '#ac6600' ],
	];

	private const HEIGHT = 200;
	private const TOP = 24;
	private const LEFT = 40;
	private const BOTTOM = 24;
	private const BAR = 4;
	private const GAP = 4;

	/**
	 * @param string $colon The user language's colon separator (core message `colon-separator`),
	 *  between a day and its figures in the bars' tooltips
	 */
	public function __construct(
		private readonly string $colon
	) {
	}

	/**
	 * @param string $id Unique prefix for the ids of the title and description
	 * @param array<string,StatsCounts> $days By day (YYYYMMDD), oldest first
	 * @param string $title The chart's title (plain text)
	 * @param string $description What the chart shows, in words (plain text)
	 * @param array<string,string> $seriesLabels Labels of 'views', 'starts', 'completions'
	 * @param callable(int):string $formatNum Formats a number in the user's language
	 * @param callable(string):string $formatDay Formats a day (YYYYMMDD) in the user's language
	 * @return string HTML (an <svg> element)
	 */
	public function render(
		string $id, array $days, string $title, string $description, array $seriesLabels,
		callable $formatNum, callable $formatDay
	): string {
		$max = 1;
		foreach ( $days as $counts ) {
			foreach ( self::SERIES as [ $getter ] ) {
				$max = max( $max, $counts->$getter() );
			}
		}
		$groupWidth = count( self::SERIES ) * self::BAR + self::GAP;
		$plotWidth = max( 1, count( $days ) ) * $groupWidth;
		$width = self::LEFT + $plotWidth + 8;
		$height = self::TOP + self::HEIGHT + self::BOTTOM;
		$baseline = self::TOP + self::HEIGHT;

		$parts = [
			Html::element( 'title', [ 'id' => "$id-title" ], $title ),
			Html::element( 'desc', [ 'id' => "$id-desc" ], $description ),
			// Axes and the scale: 0 and the largest value.
			Html::element( 'line', [ 'x1' => self::LEFT, 'y1' => $baseline, 'x2' => self::LEFT + $plotWidth,
				'y2' => $baseline, 'stroke' => '#72777d' ] ),
			Html::element( 'line', [ 'x1' => self::LEFT, 'y1' => self::TOP, 'x2' => self::LEFT + $plotWidth,
				'y2' => self::TOP, 'stroke' => '#c8ccd1', 'stroke-dasharray' => '2 2' ] ),
			Html::element( 'text', [ 'x' => self::LEFT - 4, 'y' => $baseline, 'text-anchor' => 'end',
				'font-size' => 10, 'fill' => '#202122' ], $formatNum( 0 ) ),
			Html::element( 'text', [ 'x' => self::LEFT - 4, 'y' => self::TOP + 4, 'text-anchor' => 'end',
				'font-size' => 10, 'fill' => '#202122' ], $formatNum( $max ) ),
		];
		$parts = array_merge( $parts, $this->bars( $days, $max, $groupWidth, $seriesLabels, $formatNum, $formatDay ) );
		$dayKeys = array_keys( $days );
		// The first and the last day under the axis.
		if ( $dayKeys !== [] ) {
			$parts[] = Html::element( 'text', [ 'x' => self::LEFT, 'y' => $height - 6, 'font-size' => 10,
				'fill' => '#202122' ], $formatDay( (string)$dayKeys[0] ) );
			$parts[] = Html::element( 'text', [ 'x' => self::LEFT + $plotWidth, 'y' => $height - 6,
				'text-anchor' => 'end', 'font-size' => 10, 'fill' => '#202122' ],
				$formatDay( (string)$dayKeys[count( $dayKeys ) - 1] ) );
		}
		$parts = array_merge( $parts, $this->legend( $seriesLabels ) );

		return Html::rawElement( 'svg', [
			'xmlns' => 'http://www.w3.org/2000/svg',
			'class' => 'ext-trainings-stats-chart',
			'role' => 'img',
			'aria-labelledby' => "$id-title $id-desc",
			'viewBox' => "0 0 $width $height",
			'width' => '100%',
			'style' => "max-width: {$width}px; min-width: 320px;",
			'preserveAspectRatio' => 'xMinYMin meet',
		], implode( '', $parts ) );
	}

	/**
	 * A group of bars per day, each with its figure as a tooltip.
	 *
	 * @param array<string,StatsCounts> $days
	 * @param int $max The largest value: the full height
	 * @param int $groupWidth
	 * @param array<string,string> $seriesLabels
	 * @param callable(int):string $formatNum
	 * @param callable(string):string $formatDay
	 * @return string[] HTML
	 */
	private function bars(
		array $days, int $max, int $groupWidth, array $seriesLabels, callable $formatNum, callable $formatDay
	): array {
		$baseline = self::TOP + self::HEIGHT;
		$parts = [];
		$x = self::LEFT + self::GAP / 2;
		foreach ( $days as $day => $counts ) {
			$barX = $x;
			foreach ( self::SERIES as $key => [ $getter, $colour ] ) {
				$value = (int)$counts->$getter();
				$barHeight = (int)round( $value / $max * self::HEIGHT );
				$parts[] = Html::rawElement( 'rect', [
					'x' => $barX, 'y' => $baseline - $barHeight, 'width' => self::BAR, 'height' => $barHeight,
					'fill' => $colour,
				], Html::element( 'title', [],
					$formatDay( (string)$day ) . $this->colon . $seriesLabels[$key] . ' ' . $formatNum( $value ) ) );
				$barX += self::BAR;
			}
			$x += $groupWidth;
		}
		return $parts;
	}

	/**
	 * The legend, top left.
	 *
	 * @param array<string,string> $seriesLabels
	 * @return string[] HTML
	 */
	private function legend( array $seriesLabels ): array {
		$parts = [];
		$legendX = self::LEFT;
		foreach ( self::SERIES as $key => [ , $colour ] ) {
			$parts[] = Html::element( 'rect', [ 'x' => $legendX, 'y' => 6, 'width' => 10, 'height' => 10,
				'fill' => $colour ] );
			$parts[] = Html::element( 'text', [ 'x' => $legendX + 14, 'y' => 15, 'font-size' => 11,
				'fill' => '#202122' ], $seriesLabels[$key] );
			$legendX += 14 + 8 * mb_strlen( $seriesLabels[$key] ) + 16;
		}
		return $parts;
	}

}
