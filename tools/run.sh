#!/usr/bin/env bash
# Installs what is missing, builds, and renders the built-in default head into out/, then a preset design on it:
# before/after split and an ageing sheet.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh default
mkdir -p out
follicle=build/default/tools/cli/follicle
"$follicle" info
"$follicle" render --view front,three-quarter,top --size 1280x720 -o out/default-{view}.png
# A shaved-look design (Norwood VII, all three sessions, freshly healed): before and after split down the middle
# of the face, seen a little from above so the scalp shows, and how it ages over ten years. Modest sizes: lavapipe
# renders on the CPU.
design=norwood-7
"$follicle" render --design "$design" --view front --elevation 20 --compare split --size 960x720 \
  -o out/"$design"-before-after.png
"$follicle" ageing-sheet --design "$design" --years 0,1,3,5,10 --view three-quarter --size 384x384 \
  -o out/"$design"-ageing.png
echo "run: pictures are in $(pwd)/out/"
ls -1 out/default-*.png out/"$design"-*.png
