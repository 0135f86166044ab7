#!/usr/bin/env bash
# Configures and builds a preset (default: "default"). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
extra=()
# CI builds with warnings as errors.
[ "${CI:-}" = "true" ] && extra+=(-DFOLLICLE_WERROR=ON)
cmake --preset "$preset" "${extra[@]}" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
