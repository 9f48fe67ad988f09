#!/usr/bin/env bash
# Builds the release binary and packs it as a Debian package,
# .build/deb/annual-review_<version>_<arch>.deb, whose path is the last line on standard output
# (the rest goes to standard error). The package holds the binary, stripped, in /usr/bin, and
# README.md, docs/*.md and a copyright file in /usr/share/doc/annual-review/. Swift's runtime and
# Foundation are linked in; the C libraries are not, so Depends is computed by dpkg-shlibdeps
# from the binary's NEEDED entries (libxlsxwriter4, libxml2, zlib1g, libstdc++6, libgcc-s1,
# libc6). Every file is dated from the last commit (SOURCE_DATE_EPOCH), so a commit gives the same
# package as long as the compiler gives the same binary. Install it with `apt-get install ./<deb>`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --package >&2
# One product per `swift build` (given several, SwiftPM builds only the last).
swift build -c release --static-swift-stdlib --product annual-review >&2
binary=.build/release/annual-review

version=$("$binary" --version)
arch=$(dpkg --print-architecture)
maintainer="${DEBFULLNAME:-annual-review maintainers} <${DEBEMAIL:-maintainers@users.noreply.r-seed-08925c2d.example}>"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
mkdir -p .build/deb
deb=.build/deb/annual-review_${version}_${arch}.deb

# The package's tree, laid out as dpkg-shlibdeps expects (debian/control beside
# debian/<package>/, which has DEBIAN/) so that it resolves the binary's $ORIGIN RUNPATH.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/debian/annual-review
doc=$root/usr/share/doc/annual-review
umask 022
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$doc/docs"
: >"$work/debian/control"
# Without the debug information the binary is two thirds of its size (about 66 MB instead of 98).
install -m 0755 "$binary" "$root/usr/bin/annual-review"
strip --strip-unneeded "$root/usr/bin/annual-review"
# docs/ kept as a folder, so that the README's links to it work.
install -m 0644 README.md "$doc/"
shopt -s nullglob
for f in docs/*.md; do
    install -m 0644 "$f" "$doc/docs/"
done
shopt -u nullglob

# Debian's copyright file: this tree's own notice, then what the binary links in statically.
# The MIT licenses ask for their text to travel with the binary: copied from the checkouts.
{
    cat <<EOF
annual-review $version

annual-review: Copyright the annual-review maintainers. The source tree states no license.

Linked statically into /usr/bin/annual-review:
- the Swift standard library, runtime and Foundation (https://swift.org): Apache License 2.0
  with the Runtime Library Exception; the license is in /usr/share/common-licenses/Apache-2.0.
- ICU, inside Foundation (https://github.com/swiftlang/swift-foundation-icu): Unicode License
  v3 (https://www.unicode.org/license.txt).
- swift-argument-parser and swift-crypto (https://github.com/apple) and swift-mustache
  (https://github.com/hummingbird-project): Apache License 2.0, as above.
- BoringSSL, inside swift-crypto (https://boringssl.googlesource.com/boringssl): the OpenSSL
  and original SSLeay licenses and the ISC license, as stated in its source files.
- Yams (https://github.com/jpsim/Yams) and ZIPFoundation
  (https://github.com/weichsel/ZIPFoundation): MIT License, below.

libxlsxwriter, libxml2, zlib, libstdc++ and the C library are not in the binary: they come
from their own Debian packages, with their own copyright files.
EOF
    for license in .build/checkouts/Yams/LICENSE .build/checkouts/ZIPFoundation/LICENSE; do
        printf '\n--- %s ---\n\n' "$(basename "$(dirname "$license")")"
        cat "$license"
    done
} >"$doc/copyright"

depends=$(cd "$work" && dpkg-shlibdeps -O debian/annual-review/usr/bin/annual-review)
depends=${depends#shlibs:Depends=}
installed_size=$(du -sk --apparent-size "$root/usr" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: annual-review
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Section: utils
Priority: optional
Description: year-end review workbook from Party-building activity logs
 annual-review turns a year of an education bureau's activity logs (the register of its
 schools, their meetings, Party lectures and trainings, as CSV from Excel or WPS) into the
 year-end review workbook (.xlsx) and a report draft. Every row is accounted for: accepted,
 out of period, or rejected with its file, line and column; the same inputs give the same
 bytes.
EOF
(cd "$root" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
find "$root" -type d -exec chmod 0755 {} +
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

dpkg-deb --build --root-owner-group "$root" "$deb" >&2
echo "$deb"
