#!/usr/bin/env bash
# Runs Neovim, headless, as an LSP client of the UNRES language server: it opens one file of a
# workspace, attaches the server to it, waits for the diagnostics, asks for the definition at a
# position, and writes what it received to a JSON file (see attach.lua). NeovimIT runs it and
# checks that file. Installs Debian's neovim package first when nvim is missing (as root).
#
# Usage: run-neovim-client.sh SERVER_JAR WORKSPACE FILE LINE COLUMN OUTPUT_JSON
#   LINE and COLUMN are the LSP position (from 0) to ask the definition for.
set -euo pipefail
if [ $# -ne 6 ]; then
  sed -n '2,9p' "$0" >&2
  exit 2
fi

if ! command -v nvim > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "run-neovim-client: installing Debian's neovim package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 update -qq > /dev/null
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq neovim > /dev/null
  else
    echo "run-neovim-client: nvim is not installed and cannot be installed here (needs root and apt-get)" >&2
    exit 3
  fi
fi

here="$(cd "$(dirname "$0")" && pwd)"
export UNRES_LSP_JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export UNRES_LSP_JAR="$1" UNRES_ROOT="$2" UNRES_FILE="$3" UNRES_LINE="$4" UNRES_COLUMN="$5" UNRES_OUT="$6"
rm -f "$UNRES_OUT"
# --clean: no user configuration; the timeout ends a client that waits for ever
timeout 300 nvim --headless --clean -c "luafile $here/attach.lua"
test -s "$UNRES_OUT"
