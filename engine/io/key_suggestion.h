#pragma once
// "Did you mean ...?" for misspelt keys: the closest known key by edit distance, when it is close enough that
// the suggestion is likely right rather than a guess.
#include <optional>
#include <span>
#include <string_view>

namespace follicle {

// Edit distance (insertions, deletions, substitutions, swaps of neighbours), ignoring letter case (dotdiametermm and
// dotDiameterMm are the same mistake as one typo).
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to `key`, if within about a third of its length (at most 3 edits).
std::optional<std::string_view> closestKey(std::string_view key, std::span<const std::string_view> candidates);

}  // namespace follicle
