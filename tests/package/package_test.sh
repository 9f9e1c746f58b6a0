#!/usr/bin/env bash
# ctest package: build the Debian packages (cpack), stage them into a root
# that is not the build tree, and use every binding from there as a user
# would: the C example through pkg-config, a CMake consumer through
# find_package, `import lanjie` from the staged dist-packages under Debian's
# python3, the Go package through cgo + pkg-config. Then check the exported
# symbols, run lintian, and (as root) dpkg -i the packages, check them and
# remove them again.
# Usage: package_test.sh SOURCE_DIR BUILD_DIR SCRATCH_DIR
set -euo pipefail
SRC=$(realpath "$1")
BUILD=$(realpath "$2")
WORK=$(realpath -m "$3/package-$$")
mkdir -p "$WORK"
INSTALLED=""
cleanup() {
  if [ -n "$INSTALLED" ]; then dpkg -r python3-lanjie liblanjie-dev lanjie liblanjie0 >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

step "cpack -G DEB"
(cd "$BUILD" && cpack -G DEB -B "$WORK/debs" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
DEBS=$(ls "$WORK"/debs/*.deb)
for pkg in lanjie liblanjie0 liblanjie-dev; do
  ls "$WORK"/debs/${pkg}_*.deb >/dev/null 2>&1 || fail "no $pkg package in: $DEBS"
done
VERSION=$("$BUILD/tools/lanjie" --version | awk '{print $2}')
for deb in $DEBS; do
  [ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "$deb has version $(dpkg-deb -f "$deb" Version), lanjie says $VERSION"
done

step "stage into $WORK/root"
ROOT=$WORK/root
for deb in $DEBS; do dpkg-deb -x "$deb" "$ROOT"; done
MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -dumpmachine)
LIBDIR=$ROOT/usr/lib/$MULTIARCH
[ -e "$LIBDIR/liblanjie.so.0" ] || LIBDIR=$ROOT/usr/lib
[ -e "$LIBDIR/liblanjie.so.0" ] || fail "no liblanjie.so.0 in the staged root"
# lanjie.pc from the staged root (it locates the tree from its own place);
# its dependencies (absl) from the system.
export PKG_CONFIG_PATH=$LIBDIR/pkgconfig
export LD_LIBRARY_PATH=$LIBDIR

step "exported symbols of liblanjie.so.0"
[ "$(objdump -p "$LIBDIR/liblanjie.so.0" | awk '/SONAME/ {print $2}')" = "liblanjie.so.0" ] || fail "SONAME"
nm -D --defined-only "$LIBDIR/liblanjie.so.0" | awk '{sub(/@.*/, "", $3); print $3}' | grep -v '^LANJIE_0$' >"$WORK/exports"
[ -s "$WORK/exports" ] || fail "nothing exported"
grep -q '^lanjie_scan$' "$WORK/exports" || fail "lanjie_scan is not exported"
c++filt <"$WORK/exports" | grep -v -E '^lanjie_|^(typeinfo|typeinfo name|vtable) for lanjie::|^lanjie::' >"$WORK/foreign" || true
[ ! -s "$WORK/foreign" ] || { head -20 "$WORK/foreign"; fail "$(wc -l <"$WORK/foreign") symbols outside lanjie's API are exported"; }
! c++filt <"$WORK/exports" | grep -q '^lanjie::internal::' || fail "lanjie::internal symbols are exported"

step "C example through pkg-config"
[ "$(pkg-config --modversion lanjie)" = "$VERSION" ] || fail "pkg-config --modversion"
cc -std=c99 -Wall -Werror "$SRC/tests/capi/example.c" -o "$WORK/c_example" $(pkg-config --cflags --libs lanjie) ||
  fail "the C example does not build against the staged tree"
mkdir -p "$WORK/c"
"$WORK/c_example" "$WORK/c" || fail "the C example"
ldd "$WORK/c_example" | grep -q "$LIBDIR/liblanjie.so.0" || fail "the C example did not link the staged liblanjie.so.0"

step "C++ through pkg-config (lanjie-cpp)"
c++ -std=c++17 "$SRC/tests/package/consumer/main.cc" -o "$WORK/cpp_pc" $(pkg-config --cflags --libs lanjie-cpp) ||
  fail "the C++ consumer does not build with pkg-config lanjie-cpp"
"$WORK/cpp_pc" | grep -q "consumer: $VERSION ok" || fail "the C++ consumer built with pkg-config"

step "CMake consumer through find_package(lanjie CONFIG)"
cmake -S "$SRC/tests/package/consumer" -B "$WORK/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$ROOT/usr" \
  -DCMAKE_BUILD_TYPE=Release >"$WORK/consumer.log" 2>&1 || { cat "$WORK/consumer.log"; fail "consumer configure"; }
cmake --build "$WORK/consumer" >>"$WORK/consumer.log" 2>&1 || { cat "$WORK/consumer.log"; fail "consumer build"; }
"$WORK/consumer/consumer" | grep -q "consumer: $VERSION ok" || fail "the CMake consumer"

if [ -e "$WORK"/debs/python3-lanjie_*.deb ] 2>/dev/null || ls "$WORK"/debs/python3-lanjie_*.deb >/dev/null 2>&1; then
  step "import lanjie from the staged dist-packages (/usr/bin/python3)"
  PYTHONPATH=$ROOT/usr/lib/python3/dist-packages /usr/bin/python3 - "$VERSION" "$WORK" <<'PY' || fail "python package"
import os, sys
import lanjie
assert lanjie.__file__.startswith(os.environ["PYTHONPATH"]), lanjie.__file__
assert lanjie.__version__ == sys.argv[1], (lanjie.__version__, sys.argv[1])
path = os.path.join(sys.argv[2], "py-list.csv")
with open(path, "w", encoding="utf-8") as f:
    f.write("keyword,risk,action\n冰毒,A.1.f,block\n")
text = "哪里有冰*毒"
hits = lanjie.Scanner(lanjie.Artifact.compile(path)).scan(text)
assert [text[h.start:h.end] for h in hits] == ["冰*毒"], hits
print("python:", lanjie.__version__, lanjie.__file__)
PY
fi

if command -v go >/dev/null; then
  step "Go binding (cgo) against the staged tree"
  cp -r "$SRC/go" "$WORK/go"
  (cd "$WORK/go/lanjie" && GOCACHE=$WORK/gocache GOPATH=$WORK/gopath GOFLAGS=-mod=mod GOPROXY=off \
     CGO_ENABLED=1 go test -count=1 ./... >"$WORK/go.log" 2>&1) || { cat "$WORK/go.log"; fail "go test"; }
  grep -q '^ok' "$WORK/go.log" || { cat "$WORK/go.log"; fail "go test printed no ok"; }
else
  echo "note: go not installed (scripts/deps.sh installs golang-go): Go binding not tested"
fi

if command -v lintian >/dev/null; then
  step "lintian"
  lintian --no-tag-display-limit $DEBS >"$WORK/lintian.log" 2>&1 || true
  if grep -q '^E:' "$WORK/lintian.log"; then grep '^E:' "$WORK/lintian.log"; fail "lintian errors"; fi
  grep -c '^W:' "$WORK/lintian.log" | xargs echo "lintian warnings:"
fi

if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null; then
  step "dpkg -i, use, dpkg -r"
  if dpkg -s lanjie >/dev/null 2>&1; then
    echo "note: a lanjie package is already installed here; not touching it"
  else
    INSTALLED=1
    dpkg -i $DEBS >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; fail "dpkg -i"; }
    unset PKG_CONFIG_PATH LD_LIBRARY_PATH
    [ "$(/usr/bin/lanjie --version | awk '{print $2}')" = "$VERSION" ] || fail "installed lanjie --version"
    [ "$(pkg-config --modversion lanjie)" = "$VERSION" ] || fail "installed pkg-config"
    if dpkg -s python3-lanjie >/dev/null 2>&1; then
      (cd / && /usr/bin/python3 -c 'import lanjie; print(lanjie.__version__)') | grep -qx "$VERSION" || fail "installed python3 -c 'import lanjie'"
    fi
    man -w lanjie-serve >/dev/null 2>&1 || fail "man page lanjie-serve"
    if command -v systemd-analyze >/dev/null; then
      systemd-analyze verify /lib/systemd/system/lanjie-serve.service /lib/systemd/system/lanjie-proxy.service \
        >"$WORK/units.log" 2>&1 || { cat "$WORK/units.log"; fail "systemd-analyze verify"; }
    fi
    dpkg -r python3-lanjie liblanjie-dev lanjie liblanjie0 >>"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; fail "dpkg -r"; }
    INSTALLED=""
    [ ! -e /usr/bin/lanjie ] || fail "/usr/bin/lanjie left behind by dpkg -r"
  fi
else
  echo "note: not root: dpkg -i check skipped"
fi
echo "package: ok ($VERSION)"
