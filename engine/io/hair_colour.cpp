#include <cctype>

#include "design_schema.h"

namespace follicle::design_schema {

bool isHairColour(std::string_view colour) {
  if (colour.size() == 7 && colour[0] == '#') {
    for (char c : colour.substr(1))
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    return true;
  }
  for (const domain::NamedHairColour& named : domain::kHairColours)
    if (colour == named.name) return true;
  return false;
}

}  // namespace follicle::design_schema
