#!/usr/bin/env bash
# Fetches MediaWiki 1.43 from Debian's trixie suite into .wiki/core (binary packages for the
# wiki, the source package for core's tests/), through a private apt configuration that
# leaves the system's own sources untouched.
source "$(dirname "$0")/common.sh"

[ -f "$CORE_DIR/includes/Defines.php" ] && [ -d "$CORE_DIR/tests/phpunit" ] && exit 0

APT_DIR="$CACHE_DIR/apt"
DEB_DIR="$CACHE_DIR/debs"
mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$DEB_DIR"

# Reuse the mirror the machine already uses rather than naming one here.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || die "Cannot find the Debian mirror in /etc/apt"
cat > "$APT_DIR/sources.list" <<LIST
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main
LIST
APT=(apt-get -q -oDir::Etc::SourceList="$APT_DIR/sources.list" -oDir::Etc::SourceParts=/dev/null
	-oDir::State::Lists="$APT_DIR/lists" -oDir::Cache="$APT_DIR/cache" -oAPT::Sandbox::User=root)

if ! ls "$DEB_DIR"/mediawiki_*.deb >/dev/null 2>&1 || ! ls "$DEB_DIR"/mediawiki_*.orig.tar.* >/dev/null 2>&1; then
	log "Fetching MediaWiki 1.43 from Debian trixie"
	"${APT[@]}" update >/dev/null
	(cd "$DEB_DIR" && "${APT[@]}" download mediawiki mediawiki-classes >/dev/null)
	(cd "$DEB_DIR" && "${APT[@]}" source --download-only mediawiki >/dev/null)
fi
deb=$(ls "$DEB_DIR"/mediawiki_*.deb | head -1)
case "$(dpkg-deb -f "$deb" Version)" in
	"$MW_VERSION_PREFIX"*) ;;
	*) die "Expected MediaWiki $MW_VERSION_PREFIX, got $(dpkg-deb -f "$deb" Version)" ;;
esac

log "Unpacking MediaWiki into .wiki/core"
rm -rf "$WIKI_DIR/unpack" "$CORE_DIR"
mkdir -p "$WIKI_DIR/unpack"
for d in "$DEB_DIR"/mediawiki_*.deb "$DEB_DIR"/mediawiki-classes_*.deb; do dpkg -x "$d" "$WIKI_DIR/unpack"; done
share="$WIKI_DIR/unpack/usr/share/mediawiki"
# The package links several entries into /etc, /var/lib and extensions-core/: keep real files only.
rm -f "$share/LocalSettings.php" "$share/config" "$share/images"
rm -rf "$share/extensions"
cp -a "$share/extensions-core" "$share/extensions-tmp"
rm -rf "$share/extensions-core"
mv "$share/extensions-tmp" "$share/extensions"
# Dereference skins (some entries are links into /usr/share/mediawiki).
cp -rL "$share/skins" "$share/skins-real" 2>/dev/null || true
rm -rf "$share/skins" && mv "$share/skins-real" "$share/skins"
find "$share" -xtype l -delete
mv "$share" "$CORE_DIR"

orig=$(ls "$DEB_DIR"/mediawiki_*.orig.tar.* | head -1)
log "Adding core's tests/ from the source package"
tar -xf "$orig" -C "$WIKI_DIR/unpack" --wildcards '*/tests/*'
mv "$WIKI_DIR"/unpack/mediawiki-*/tests "$CORE_DIR/tests"
rm -rf "$WIKI_DIR/unpack"
log "MediaWiki $(dpkg-deb -f "$deb" Version) is in .wiki/core"
