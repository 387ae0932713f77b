<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Certificates;

/**
 * The Open Badges 2.0 form of a certificate (IMS Global's specification): a hosted Assertion
 * at the certificate's stable URL, the BadgeClass (the course, or the group) and the
 * Issuer profile (the wiki), each at a URL of its own that another platform fetches to check.
 * The recipient is the learner's user page URL, hashed with a salt, so the JSON does not
 * name them; the page does (design record 0015).
 *
 * @license GPL-2.0-or-later
 */
class OpenBadges {

	private const CONTEXT = 'https://w3id.org/openbadges/v2';

	/**
	 * @param Certificate $certificate
	 * @param string $assertionUrl
	 * @param string $badgeUrl
	 * @param string $recipientUrl The learner's user page (canonical URL)
	 * @return array<string,mixed>
	 */
	public static function assertion( Certificate $certificate, string $assertionUrl, string $badgeUrl,
		string $recipientUrl
	): array {
		$salt = substr( hash( 'sha256', $certificate->code ), 0, 16 );
		$assertion = [
			'@context' => self::CONTEXT,
			'type' => 'Assertion',
			'id' => $assertionUrl,
			'recipient' => [
				'type' => 'url',
				'hashed' => true,
				'salt' => $salt,
				'identity' => 'sha256$' . hash( 'sha256', $recipientUrl . $salt ),
			],
			'badge' => $badgeUrl,
			'verification' => [ 'type' => 'hosted' ],
			'issuedOn' => (string)wfTimestamp( TS_ISO_8601, $certificate->completed ),
		];
		if ( $certificate->isRevoked() ) {
			$assertion['revoked'] = true;
			$assertion['revocationReason'] = 'Revoked by the learner';
		}
		return $assertion;
	}

	/**
	 * @param string $badgeUrl
	 * @param string $name The course's or module's title, or the group's name
	 * @param string $description
	 * @param array<string,string> $criteria Open Badges Criteria: `id`, the course's or module's
	 *  page, or `narrative`, what a group asked for
	 * @param string $issuerUrl
	 * @param string $imageUrl The wiki's logo
	 * @return array<string,mixed>
	 */
	public static function badgeClass( string $badgeUrl, string $name, string $description, array $criteria,
		string $issuerUrl, string $imageUrl
	): array {
		return [
			'@context' => self::CONTEXT,
			'type' => 'BadgeClass',
			'id' => $badgeUrl,
			'name' => $name,
			'description' => $description,
			'image' => $imageUrl,
			'criteria' => $criteria,
			'issuer' => $issuerUrl,
		];
	}

	/**
	 * @return array<string,mixed>
	 */
	public static function issuer( string $issuerUrl, string $siteName, string $siteUrl ): array {
		return [
			'@context' => self::CONTEXT,
			'type' => 'Issuer',
			'id' => $issuerUrl,
			'name' => $siteName,
			'url' => $siteUrl,
		];
	}

}
