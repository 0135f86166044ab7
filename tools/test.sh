#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (rendering tests on the Vulkan device with
# validation layers on).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh default
ctest --preset default -j "$(nproc)" "$@"
