#pragma once
// The years of an ageing series, as the user lists them: "0,1,3,5,10".
#include <string>
#include <string_view>
#include <vector>

namespace follicle::cli {

// Parses comma-separated years since the last session (each may itself be a list), each within the design
// format's age range, in the order given. Throws UsageError naming `option` for a malformed, out-of-range or
// repeated year, or an empty list.
std::vector<float> parseYearList(const std::vector<std::string>& lists, std::string_view option);

// "year 5", "year 2.5": a caption for a picture of that age.
std::string yearCaption(float years);

}  // namespace follicle::cli
