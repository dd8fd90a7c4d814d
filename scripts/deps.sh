#!/bin/sh
# Installs what building spc needs, idempotently:
#   - Debian packages (apt-get when root; otherwise prints the command and fails)
#   - the tree-sitter-python grammar from npm, pinned and checksum-verified,
#     unpacked to build/deps/tree-sitter-python (its C sources are compiled into spc).
# Why 0.23.6: its parser.c has LANGUAGE_VERSION 14, the newest ABI that Debian 12's
# libtree-sitter 0.20.7 accepts. Check that before pinning another version.
set -eu
BUILD=${1:-build}
PKGS="libtree-sitter-dev libgccjit-12-dev libcmocka-dev python3-dev"
GRAMMAR_VERSION=0.23.6
GRAMMAR_SHA256=aab5b860d93dbf84b37fed532f7dacc0468ede5387d0c74911d68f964287662a

missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $missing >/dev/null
  else
    echo "deps: missing Debian packages:$missing" >&2
    echo "deps: run: sudo apt-get install -y$missing" >&2
    exit 1
  fi
fi

dest="$BUILD/deps/tree-sitter-python"
if [ ! -f "$dest/.verified-$GRAMMAR_VERSION" ]; then
  command -v npm >/dev/null 2>&1 || {
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq npm >/dev/null; else
      echo "deps: npm is needed: sudo apt-get install -y npm" >&2; exit 1; fi; }
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "tree-sitter-python@$GRAMMAR_VERSION" >/dev/null)
  tgz="$tmp/tree-sitter-python-$GRAMMAR_VERSION.tgz"
  got=$(sha256sum "$tgz" | cut -d' ' -f1)
  if [ "$got" != "$GRAMMAR_SHA256" ]; then
    echo "deps: checksum mismatch for tree-sitter-python $GRAMMAR_VERSION: $got" >&2
    rm -rf "$tmp"; exit 1
  fi
  rm -rf "$dest"; mkdir -p "$dest"
  tar xzf "$tgz" -C "$dest" --strip-components=1
  grep -q 'define LANGUAGE_VERSION 14' "$dest/src/parser.c" || {
    echo "deps: grammar ABI is not 14; libtree-sitter 0.20.7 cannot load it" >&2; exit 1; }
  touch "$dest/.verified-$GRAMMAR_VERSION"
  rm -rf "$tmp"
fi
