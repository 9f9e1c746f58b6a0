#!/usr/bin/env bash
# Installs the Debian packages lanjie builds and tests with, only when one is
# missing. Safe to run again. Needs root (or sudo) only when it must install.
# Extra package names given as arguments are installed the same way
# (scripts/fuzz.sh passes clang and its runtimes).
set -euo pipefail
pkgs=(
  build-essential cmake ninja-build pkg-config
  libhyperscan-dev libicu-dev libabsl-dev libopencc-dev opencc
  libgtest-dev libgmock-dev libbenchmark-dev
  libcurl4-openssl-dev nlohmann-json3-dev libxlsxwriter-dev libssl-dev
  ripgrep python3 python3-dev pybind11-dev python3-distributed python3-dask
  libzip-dev libexpat1-dev libevent-dev libxxhash-dev liblinear-dev
  wrk hyperfine time python3-ahocorasick
  unicode-data rime-essay rime-data-luna-pinyin libpinyin-data bzip2
  libsqlite3-dev libhiredis-dev redis-server sqlite3 libjemalloc2
  libreoffice-calc-nogui poppler-utils fonts-noto-cjk
  zlib1g-dev libzstd-dev liblzma-dev libsimdjson-dev
  golang-go help2man lintian dpkg-dev file man-db chromium
  "$@"
)
# Vectorscan is a drop-in alternative: accept it in place of Hyperscan.
if dpkg-query -W -f='${Status}' libvectorscan-dev 2>/dev/null | grep -q 'install ok installed'; then
  pkgs=("${pkgs[@]/libhyperscan-dev/libvectorscan-dev}")
fi
missing=()
# Node.js/npm (for the tests against real OpenAI-compatible peers) usually
# comes with the machine; install Debian's only when there is none.
if ! command -v npm >/dev/null 2>&1; then pkgs+=(nodejs npm); fi
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "lanjie: installing missing packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
