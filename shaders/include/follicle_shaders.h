#pragma once
// The SPIR-V modules compiled from shaders/*.glsl at build time and embedded in the library.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace follicle::shaders {
// The module for a shader file name such as "skin.frag"; empty when there is no such shader.
std::span<const std::uint32_t> get(std::string_view name);
}  // namespace follicle::shaders
