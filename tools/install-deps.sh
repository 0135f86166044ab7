#!/usr/bin/env bash
# Installs the Debian packages Follicle builds and runs with. A fast no-op when they are all present.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config         # build
  glslc                                    # GLSL -> SPIR-V at build time
  libvulkan-dev mesa-vulkan-drivers        # Vulkan loader + headers, lavapipe for machines without a GPU
  vulkan-validationlayers                  # validation in tests and debug builds
  libglm-dev libassimp-dev libstb-dev nlohmann-json3-dev
  libcli11-dev                             # command-line parsing for the follicle CLI
  libmeshoptimizer-dev                     # the head's levels of detail (simplification, vertex cache order)
  libgtest-dev libbenchmark-dev            # tests and benchmarks
  libglfw3-dev libimgui-dev                # follicle-studio: window and UI (libimgui.a holds the GLFW + Vulkan backends)
  libpolyclipping-dev                      # follicle-studio: the zone brush's swept outline (Clipper)
  xvfb xauth                               # follicle-studio's end-to-end tests run under a virtual X server
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev   # the follicleoverlay element
  gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good  # gst-launch/gst-inspect, videotestsrc, appsink
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
