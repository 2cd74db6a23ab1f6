#!/usr/bin/env bash
# Installs Hugo, the peer the `scale --hugo` verb measures against (issue 15), from Debian's packages.
# For the benchmark machine only: CI's test run neither needs nor installs it. Needs root (or sudo).
#
#   tests/Briefings.Benchmarks/scripts/install-hugo.sh
#
# Prints the installed version; the verb prints it again into its results.
set -euo pipefail
if ! command -v hugo >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hugo >/dev/null
fi
hugo version
