#!/usr/bin/env bash
# Incremental rebuild of the grammar addons (build/Release/tree_sitter_<lang>_binding.node)
# after grammars/generate.sh. Serialised with flock: several people may build at once.
set -euo pipefail
cd "$(dirname "$0")/.."
gyp="$(dirname "$(command -v npm)")/../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$gyp" ] || gyp=$(node -p "require.resolve('node-gyp/bin/node-gyp.js', {paths:[require('path').dirname(process.execPath)+'/../lib/node_modules/npm']})")
if [ -d build ]; then flock /tmp/airlock-gyp.lock node "$gyp" build -j 2; else flock /tmp/airlock-gyp.lock node "$gyp" rebuild -j 2; fi
