#!/usr/bin/env bash
# ctest proxy_openai_client: installs the pinned npm packages into the build
# tree (never the source tree) and runs openai_client_test.mjs.
# Exit 77 (skipped) when npm is missing or the packages cannot be installed.
set -uo pipefail
LANJIE=$1 SRC_DIR=$2 WORK=$3
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "SKIP: npm/node not found; the openai client test needs them"; exit 77
fi
mkdir -p "$WORK/scratch-$$"
if [ ! -f "$WORK/node_modules/openai/package.json" ] || [ ! -f "$WORK/node_modules/@copilotkit/aimock/package.json" ]; then
  ( cd "$WORK" && [ -f package.json ] || echo '{"name":"lanjie-proxy-test","private":true,"type":"module"}' > package.json
    npm install --no-audit --no-fund --silent openai@6.49.0 @copilotkit/aimock@1.43.0 ) >"$WORK/npm-install.log" 2>&1 || {
    echo "SKIP: npm install failed (offline?), see $WORK/npm-install.log"; exit 77; }
fi
cp "$SRC_DIR/openai_client_test.mjs" "$WORK/openai_client_test.mjs"
cd "$WORK" && node openai_client_test.mjs "$LANJIE" "$WORK/scratch-$$"
rc=$?
rm -rf "$WORK/scratch-$$"
exit $rc
