#!/usr/bin/env bash
# Installs the Debian packages attache needs to build and test (as root, or through sudo).
# Does nothing when they are all present already.
set -euo pipefail
packages=(cmake g++ make pkg-config libicu-dev libboost-dev libfmt-dev catch2 libabsl-dev
          iso-codes python3)
# The test suite also fuzzes with clang's libFuzzer, runs batch mode on Dask and renders the
# HTML view in headless Chromium.
[ "${1:-}" = "--test" ] && packages+=(clang-14 libclang-rt-14-dev python3-distributed chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
