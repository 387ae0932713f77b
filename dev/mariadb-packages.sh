#!/usr/bin/env bash
# Installs Debian's mariadb-server and PHP's mysql driver when missing, without letting the
# package scripts start the system service: the tests run private servers of their own
# (tests/mariadb/run.sh, dev/replication.sh).
source "$(dirname "$0")/common.sh"

if command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; then
	php -m 2>/dev/null | grep -i '^mysqli$' >/dev/null && exit 0
fi
log "Installing mariadb-server and php-mysql (apt-get)"
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
	as_root chmod +x /usr/sbin/policy-rc.d
	policy_added=1
fi
install_packages() {
	as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q --no-install-recommends \
		mariadb-server php-mysql >&2
}
# Package lists may be missing or stale on a fresh machine: refresh them once and retry.
status=0
install_packages || { as_root timeout 300 apt-get update -qq >&2 && install_packages; } || status=1
[ "$policy_added" = 1 ] && as_root rm -f /usr/sbin/policy-rc.d
[ "$status" = 0 ] || die "apt-get failed"
