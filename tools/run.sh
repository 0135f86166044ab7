#!/usr/bin/env bash
# Installs what is missing, builds, and renders the built-in default head into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh default
mkdir -p out
follicle=build/default/tools/cli/follicle
"$follicle" info
"$follicle" render --view front,three-quarter,top --size 1280x720 -o out/default-{view}.png
echo "run: pictures are in $(pwd)/out/"
ls -1 out/default-*.png
