#!/usr/bin/env bash
# Installs the system packages annual-review needs when they are missing (Debian/Ubuntu, as
# root or with sudo): libxlsxwriter-dev, libxml2-dev and zlib1g-dev (workbooks are written with
# libxlsxwriter and read with libxml2 and zlib) to build. The tests also need a python3 with venv and PyPI (openpyxl is read
# back in a throwaway venv). Pass --render to add LibreOffice and the CJK fonts for the
# render check, --package to add dpkg-dev (dpkg-shlibdeps, for scripts/package.sh).
set -euo pipefail

packages=(libxlsxwriter-dev libxml2-dev zlib1g-dev)
for arg in "$@"; do
    case "$arg" in
        --render) packages+=(libreoffice-calc-nogui fonts-noto-cjk poppler-utils) ;;
        --package) packages+=(dpkg-dev) ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
