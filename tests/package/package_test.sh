#!/usr/bin/env bash
# ctest package: build the Debian packages (cpack), stage them into a root
# that is not the build tree, and use every binding from there as a user
# would: the C example through pkg-config, a CMake consumer through
# find_package, `import lanjie` from the staged dist-packages under Debian's
# python3, the Go package through cgo + pkg-config. Then check the exported
# symbols, run lintian, and (as root) dpkg -i the packages, check them (the
# example list postinst installs as /var/lib/lanjie/list.ljdb included) and
# purge them again.
# Usage: package_test.sh SOURCE_DIR BUILD_DIR SCRATCH_DIR
set -euo pipefail
SRC=$(realpath "$1")
BUILD=$(realpath "$2")
WORK=$(realpath -m "$3/package-$$")
mkdir -p "$WORK"
INSTALLED=""
OWN_STATE=""  # /var/lib/lanjie did not exist before this test: it may remove it
cleanup() {
  if [ -n "$INSTALLED" ]; then dpkg --purge python3-lanjie liblanjie-dev lanjie liblanjie0 >/dev/null 2>&1 || true; fi
  if [ -n "$OWN_STATE" ]; then rm -rf /var/lib/lanjie; fi
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

step "the command from the staged root: lanjie, lanjie-corpus for corpus, lanjie-full for the other commands"
"$ROOT/usr/bin/lanjie" lexicon --help >"$WORK/lexicon-help.log" 2>&1 ||
  { cat "$WORK/lexicon-help.log"; fail "staged lanjie lexicon --help (lanjie-full in usr/libexec/lanjie)"; }
for lib in libcurl libsqlite3 libicuuc libzip libxlsxwriter; do
  ! readelf -d "$ROOT/usr/bin/lanjie" | grep -q "NEEDED.*\[$lib" || fail "the scan command links $lib"
done
# corpus runs in usr/libexec/lanjie/lanjie-corpus, which links no network or database library.
"$ROOT/usr/bin/lanjie" corpus audit --help >"$WORK/corpus-help.log" 2>&1 ||
  { cat "$WORK/corpus-help.log"; fail "staged lanjie corpus audit --help (lanjie-corpus in usr/libexec/lanjie)"; }
for lib in libcurl libsqlite3 libhiredis libevent; do
  ! readelf -d "$ROOT/usr/libexec/lanjie/lanjie-corpus" | grep -q "NEEDED.*\[$lib" || fail "lanjie-corpus links $lib"
done

step "exported symbols of liblanjie.so.0"
[ "$(objdump -p "$LIBDIR/liblanjie.so.0" | awk '/SONAME/ {print $2}')" = "liblanjie.so.0" ] || fail "SONAME"
nm -D --defined-only "$LIBDIR/liblanjie.so.0" | awk '{sub(/@.*/, "", $3); print $3}' | grep -v '^LANJIE_0$' >"$WORK/exports"
[ -s "$WORK/exports" ] || fail "nothing exported"
grep -q '^lanjie_scan$' "$WORK/exports" || fail "lanjie_scan is not exported"
# Every exported C++ symbol is a declaration of an installed header: its
# demangled name is lanjie::A[::B...](...) (or the typeinfo/vtable of one)
# and every component names something the staged headers declare. A
# template instantiation ("lanjie::X* std::f<...>") or a helper of a private
# header (lanjie::AllocScratch, lanjie::internal::...) fails.
INCLUDE=$ROOT/usr/include/lanjie
grep -v '^_Z' "$WORK/exports" | grep -v '^lanjie_' >"$WORK/foreign" || true
[ ! -s "$WORK/foreign" ] || { head -20 "$WORK/foreign"; fail "$(wc -l <"$WORK/foreign") C symbols outside lanjie_* are exported"; }
grep '^_Z' "$WORK/exports" | c++filt | sed -E 's/^(typeinfo name|typeinfo|vtable) for //' | sort -u >"$WORK/cxx"
: >"$WORK/undeclared"
while IFS= read -r sym; do
  name=${sym%%(*}
  name=${name//\[abi:cxx11\]/}
  case "$name" in
    lanjie::internal::*|*" "*|*"<"*) echo "$sym" >>"$WORK/undeclared"; continue ;;
    lanjie::[A-Z]*) ;;
    *) echo "$sym" >>"$WORK/undeclared"; continue ;;
  esac
  IFS=: read -r -a parts <<<"${name#lanjie::}"
  for part in "${parts[@]}"; do
    [ -n "$part" ] || continue
    part=${part#\~}
    part=${part%%[^A-Za-z0-9_]*}
    grep -rqw -- "$part" "$INCLUDE" || { echo "$sym" >>"$WORK/undeclared"; break; }
  done
done <"$WORK/cxx"
[ ! -s "$WORK/undeclared" ] || { head -20 "$WORK/undeclared"; fail "$(wc -l <"$WORK/undeclared") exported C++ symbols are not declared in an installed header"; }
for private in AllocScratch ParseRule Resolver VariantMatcher BlockMatch ArtifactAccess ListHash; do
  ! grep -qw "$private" "$WORK/cxx" || fail "the private lanjie::$private is exported"
done
echo "exported: $(grep -c '^lanjie_' "$WORK/exports") C functions, $(grep -c '^_Z' "$WORK/exports") C++ symbols"
# No installed header includes a third-party header of the library's
# insides (liblanjie-dev depends on Abseil's and nlohmann/json's only).
! grep -rn -E '#include <(hs/|hs\.h|xxhash|openssl/|unicode/|zip\.h|expat)' "$INCLUDE" || fail "an installed header includes a private dependency"

step "C example through pkg-config"
[ "$(pkg-config --modversion lanjie)" = "$VERSION" ] || fail "pkg-config --modversion"
cc -std=c99 -Wall -Werror "$SRC/tests/capi/example.c" -o "$WORK/c_example" $(pkg-config --cflags --libs lanjie) ||
  fail "the C example does not build against the staged tree"
mkdir -p "$WORK/c"
"$WORK/c_example" "$WORK/c" || fail "the C example"
# (ldd into a file: `ldd | grep -q` fails under pipefail when grep exits first)
ldd "$WORK/c_example" >"$WORK/c_example.ldd"
grep -q "$LIBDIR/liblanjie.so.0" "$WORK/c_example.ldd" || fail "the C example did not link the staged liblanjie.so.0"

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
# start/end are UTF-8 byte offsets (as in every interface); cp_start/cp_end
# are code points, for slicing the str.
assert [text.encode()[h.start:h.end].decode() for h in hits] == ["冰*毒"], hits
assert [text[h.cp_start:h.cp_end] for h in hits] == ["冰*毒"], hits
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
  step "dpkg -i, use, dpkg --purge"
  if dpkg -s lanjie >/dev/null 2>&1; then
    echo "note: a lanjie package is already installed here; not touching it"
  else
    if [ ! -e /var/lib/lanjie ] && [ ! -L /var/lib/lanjie ]; then
      OWN_STATE=1
    else
      echo "note: /var/lib/lanjie exists here; the example-list checks leave it alone"
    fi
    INSTALLED=1
    dpkg -i $DEBS >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; fail "dpkg -i"; }
    unset PKG_CONFIG_PATH LD_LIBRARY_PATH
    [ "$(/usr/bin/lanjie --version | awk '{print $2}')" = "$VERSION" ] || fail "installed lanjie --version"
    # Every command but scan and info runs in /usr/libexec/lanjie/lanjie-full (tools/companion.h).
    [ -x /usr/libexec/lanjie/lanjie-full ] || fail "no /usr/libexec/lanjie/lanjie-full"
    [ -x /usr/libexec/lanjie/lanjie-corpus ] || fail "no /usr/libexec/lanjie/lanjie-corpus"
    /usr/bin/lanjie compile --help >"$WORK/compile-help.log" 2>&1 || { cat "$WORK/compile-help.log"; fail "installed lanjie compile --help"; }
    [ "$(pkg-config --modversion lanjie)" = "$VERSION" ] || fail "installed pkg-config"
    if dpkg -s python3-lanjie >/dev/null 2>&1; then
      (cd / && /usr/bin/python3 -c 'import lanjie; print(lanjie.__version__)') | grep -qx "$VERSION" || fail "installed python3 -c 'import lanjie'"
    fi
    man -w lanjie-serve >/dev/null 2>&1 || fail "man page lanjie-serve"
    if command -v systemd-analyze >/dev/null; then
      systemd-analyze verify /lib/systemd/system/lanjie-serve.service /lib/systemd/system/lanjie-proxy.service \
        >"$WORK/units.log" 2>&1 || { cat "$WORK/units.log"; fail "systemd-analyze verify"; }
    fi
    if [ -n "$OWN_STATE" ]; then
      step "the example list in /var/lib/lanjie"
      LIST=/var/lib/lanjie/list.ljdb
      cmp -s /usr/share/lanjie/example.ljdb "$LIST" || fail "postinst did not install the example list as $LIST"
      /usr/bin/lanjie info "$LIST" >"$WORK/info.log" 2>&1 || { cat "$WORK/info.log"; fail "lanjie info $LIST"; }
      rc=0
      printf '今天天气很好\n有人在卖冰*毒\n' | /usr/bin/lanjie scan -d "$LIST" >"$WORK/scan.log" 2>&1 || rc=$?
      [ "$rc" = 1 ] && grep -q '^2:.*冰毒' "$WORK/scan.log" || { cat "$WORK/scan.log"; fail "a scan with $LIST finds no hit (exit $rc)"; }
    fi
    dpkg --purge python3-lanjie liblanjie-dev lanjie liblanjie0 >>"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; fail "dpkg --purge"; }
    INSTALLED=""
    [ ! -e /usr/bin/lanjie ] || fail "/usr/bin/lanjie left behind by dpkg --purge"
    if [ -n "$OWN_STATE" ]; then
      [ ! -e /var/lib/lanjie/list.ljdb ] || fail "the example list is left behind by dpkg --purge"
      [ ! -e /var/lib/lanjie ] || fail "/var/lib/lanjie is left behind by dpkg --purge: $(ls -A /var/lib/lanjie)"
      step "an operator's list is never overwritten nor purged"
      mkdir -m 0750 /var/lib/lanjie
      printf 'keyword,risk\n六合彩,A.1.h\n' >"$WORK/operator.csv"
      "$BUILD/tools/lanjie" compile "$WORK/operator.csv" -o /var/lib/lanjie/list.ljdb >"$WORK/operator.log" 2>&1 ||
        { cat "$WORK/operator.log"; fail "compile the operator's list"; }
      cp /var/lib/lanjie/list.ljdb "$WORK/operator.ljdb"
      INSTALLED=1
      dpkg -i "$WORK"/debs/lanjie_*.deb "$WORK"/debs/liblanjie0_*.deb >>"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; fail "dpkg -i"; }
      cmp -s "$WORK/operator.ljdb" /var/lib/lanjie/list.ljdb || fail "postinst overwrote the operator's list"
      dpkg --purge lanjie liblanjie0 >>"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; fail "dpkg --purge"; }
      INSTALLED=""
      cmp -s "$WORK/operator.ljdb" /var/lib/lanjie/list.ljdb || fail "dpkg --purge removed the operator's list"
      rm -rf /var/lib/lanjie
    fi
  fi
else
  echo "note: not root: dpkg -i check skipped"
fi
echo "package: ok ($VERSION)"
