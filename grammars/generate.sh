#!/usr/bin/env bash
# Regenerates grammars/<lang>/src with the tree-sitter CLI (../shared/tools/tree-sitter,
# Debian's 0.22.6, ABI 14) and removes the binding scaffolding `generate` writes:
# the project builds every grammar from the root binding.gyp instead.
# Usage: grammars/generate.sh <lang> [<lang>...]   (from anywhere)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ts=${TREE_SITTER:-$here/../../shared/tools/tree-sitter}
for lang in "$@"; do
  dir=$here/$lang
  [ -f "$dir/grammar.js" ] || { echo "no grammar: $dir" >&2; exit 2; }
  cp "$dir/package.json" "$dir/.package.json.keep"
  (cd "$dir" && "$ts" generate --abi 14)
  mv "$dir/.package.json.keep" "$dir/package.json"
  rm -rf "$dir/bindings" "$dir/binding.gyp" "$dir/Cargo.toml" "$dir/Makefile" \
         "$dir/Package.swift" "$dir/pyproject.toml" "$dir/setup.py" "$dir/go.mod" \
         "$dir/.editorconfig" "$dir/.gitattributes" "$dir/.gitignore" "$dir/CMakeLists.txt" \
         "$dir/tree-sitter.json" "$dir/Package.resolved"
done
