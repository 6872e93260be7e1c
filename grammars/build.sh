#!/usr/bin/env bash
# Incremental rebuild of the grammar addons (build/Release/tree_sitter_<lang>_binding.node)
# after grammars/generate.sh. Serialised with flock: several people may build at once.
set -euo pipefail
cd "$(dirname "$0")/.."
gyp="$(dirname "$(command -v npm)")/../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$gyp" ] || gyp=$(node -p "require.resolve('node-gyp/bin/node-gyp.js', {paths:[require('path').dirname(process.execPath)+'/../lib/node_modules/npm']})")
# node-gyp run directly does not read npm's config: pass the nodedir npm builds with (offline headers).
nodedir=$(npm config get nodedir 2>/dev/null || true)
opts=()
[ -n "$nodedir" ] && [ "$nodedir" != "undefined" ] && [ "$nodedir" != "null" ] && opts+=("--nodedir=$nodedir")
# binding.gyp lists scanner.c only where one exists, so a new scanner needs a fresh configure.
stamp=build/.scanners
scanners=$(ls grammars/*/src/scanner.c 2>/dev/null | tr '\n' ' ')
if [ -d build ] && [ "$(cat "$stamp" 2>/dev/null)" = "$scanners" ]; then
  flock /tmp/airlock-gyp.lock node "$gyp" build -j 2 "${opts[@]}"
else
  flock /tmp/airlock-gyp.lock node "$gyp" rebuild -j 2 "${opts[@]}"
  echo "$scanners" > "$stamp"
fi
