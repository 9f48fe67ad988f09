#!/usr/bin/env bash
# Renders a workbook the way it prints: LibreOffice (headless) turns it into a PDF, poppler
# turns every page into a PNG you can look at, and the page ranges of each sheet are listed
# (read from the footers, which name the sheet).
#
#   scripts/render.sh [XLSX] [OUTDIR]   XLSX defaults to the newest Reports/*.xlsx,
#                                       OUTDIR to .build/render
#   scripts/render.sh --docs            builds the sample workbook and writes the pictures
#                                       of its Summary and Imbalance pages to docs/
#
# Needs soffice (libreoffice-calc-nogui), fonts-noto-cjk and poppler-utils:
# `scripts/setup.sh --render` installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=false
if [[ "${1:-}" == "--docs" ]]; then
    docs=true
    shift
fi

for tool in soffice pdftoppm pdftotext pdfinfo; do
    if ! command -v "$tool" >/dev/null; then
        echo "render: $tool is missing; run scripts/setup.sh --render" >&2
        exit 2
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if $docs; then
    swift build --product annual-review >&2
    xlsx="$tmp/annual-review.xlsx"
    .build/debug/annual-review build --quiet --out "$xlsx" 2>/dev/null
    out=${1:-.build/render-docs}
else
    xlsx=${1:-$(ls -t Reports/*.xlsx 2>/dev/null | head -1)}
    out=${2:-.build/render}
fi
if [[ -z "$xlsx" || ! -f "$xlsx" ]]; then
    echo "render: no workbook to render (give one, or build Reports/ first)" >&2
    exit 2
fi

mkdir -p "$out"
rm -f "$out"/page-*.png
# A throwaway LibreOffice profile, so a running office or an old profile cannot interfere.
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$xlsx" >/dev/null 2>&1 || true
pdf="$tmp/$(basename "${xlsx%.*}").pdf"
if [[ ! -s "$pdf" ]]; then
    echo "render: LibreOffice did not convert $xlsx" >&2
    exit 1
fi
cp "$pdf" "$out/"
pdf="$out/$(basename "$pdf")"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
pdftoppm -png -r 60 "$pdf" "$out/page"

# The sheet of each page: the footer's middle part is the sheet's name.
sheet_of() {
    pdftotext -f "$1" -l "$1" -layout "$pdf" - | tr -d '\f' | awk 'NF { last = $0 } END { print last }' \
        | sed -E 's/^ *//; s/ {2,}/\t/g' | awk -F'\t' '{ print (NF >= 3 ? $2 : "?") }'
}
echo "$pdf: $pages pages; PNGs in $out/"
previous="" first=1
for ((page = 1; page <= pages; page++)); do
    sheet=$(sheet_of "$page")
    if [[ "$sheet" != "$previous" && -n "$previous" ]]; then
        echo "  $previous: pages $first–$((page - 1))"
        first=$page
    fi
    previous=$sheet
    echo "$page $sheet" >>"$tmp/sheets"
done
[[ -n "$previous" ]] && echo "  $previous: pages $first–$pages"

if $docs; then
    mkdir -p docs
    # The first page of each sheet, at a resolution for the README, cropped to what is printed.
    crop_png() {  # page, name
        pdftoppm -f "$1" -l "$1" -r 110 -gray "$pdf" "$tmp/crop"
        local pgm
        pgm=$(ls "$tmp"/crop*.pgm)
        local box
        box=$(python3 - "$pgm" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
# Binary PGM: P5, width, height, maxval, then one byte per pixel.
fields, pos = [], 2
while len(fields) < 3:
    while data[pos:pos + 1].isspace(): pos += 1
    if data[pos:pos + 1] == b"#":
        while data[pos:pos + 1] != b"\n": pos += 1
        continue
    start = pos
    while not data[pos:pos + 1].isspace(): pos += 1
    fields.append(int(data[start:pos]))
width, height, _ = fields
pixels = data[pos + 1:]
rows = [y for y in range(height) if min(pixels[y * width:(y + 1) * width]) < 200]
columns = [x for x in range(width) if min(pixels[x::width]) < 200]
# Leave out the footer (the last band of ink at the bottom of the page).
top, bottom = rows[0], rows[-1]
ink = set(rows)
gap = 0
for y in range(bottom, top, -1):
    if y in ink:
        if gap > 40: bottom = y; break
        gap = 0
    else:
        gap += 1
pad = 14
x0, y0 = max(0, columns[0] - pad), max(0, top - pad)
print(x0, y0, min(width, columns[-1] + pad) - x0, min(height, bottom + pad) - y0)
PY
)
        rm -f "$pgm"
        read -r x y w h <<<"$box"
        pdftoppm -f "$1" -l "$1" -r 110 -png -singlefile -x "$x" -y "$y" -W "$w" -H "$h" "$pdf" "docs/$2"
        echo "docs/$2.png: page $1, ${w}×${h}"
    }
    for pair in "总览 summary" "均衡分析 imbalance"; do
        read -r sheet name <<<"$pair"
        page=$(awk -v s="$sheet" '$2 == s { print $1; exit }' "$tmp/sheets")
        if [[ -z "$page" ]]; then
            echo "render: no page of sheet $sheet" >&2
            exit 1
        fi
        crop_png "$page" "$name"
    done
fi
