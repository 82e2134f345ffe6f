#!/usr/bin/env bash
# Sets up, builds, and extracts triples from the bundled example article with the embedded
# default data, printing JSON Lines.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
./build/examples/attache extract examples/articles/caspian-summit.txt
