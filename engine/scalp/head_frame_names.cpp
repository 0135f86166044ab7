// Names of axes and length units, as the CLI and reports write them.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "follicle/head.h"

namespace follicle {
namespace {

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

struct UnitName {
  LengthUnit unit;
  std::string_view name;
};

// The first name of each unit is the canonical one; the others are accepted spellings.
constexpr std::array<UnitName, 15> kUnitNames{{{LengthUnit::Millimetre, "mm"},
                                               {LengthUnit::Centimetre, "cm"},
                                               {LengthUnit::Metre, "m"},
                                               {LengthUnit::Inch, "in"},
                                               {LengthUnit::Arbitrary, "arbitrary"},
                                               {LengthUnit::Millimetre, "millimetre"},
                                               {LengthUnit::Millimetre, "millimeter"},
                                               {LengthUnit::Centimetre, "centimetre"},
                                               {LengthUnit::Centimetre, "centimeter"},
                                               {LengthUnit::Metre, "metre"},
                                               {LengthUnit::Metre, "meter"},
                                               {LengthUnit::Inch, "inch"},
                                               {LengthUnit::Inch, "inches"},
                                               {LengthUnit::Millimetre, "millimetres"},
                                               {LengthUnit::Metre, "metres"}}};

}  // namespace

std::string_view toString(Axis axis) {
  switch (axis) {
    case Axis::PosX:
      return "+x";
    case Axis::NegX:
      return "-x";
    case Axis::PosY:
      return "+y";
    case Axis::NegY:
      return "-y";
    case Axis::PosZ:
      return "+z";
    case Axis::NegZ:
      return "-z";
  }
  return "?";
}

std::optional<Axis> parseAxis(std::string_view text) {
  const std::string name = lowered(text);
  bool negative = false;
  std::string_view letter = name;
  if (!letter.empty() && (letter.front() == '+' || letter.front() == '-')) {
    negative = letter.front() == '-';
    letter.remove_prefix(1);
  }
  if (letter == "x") return negative ? Axis::NegX : Axis::PosX;
  if (letter == "y") return negative ? Axis::NegY : Axis::PosY;
  if (letter == "z") return negative ? Axis::NegZ : Axis::PosZ;
  return std::nullopt;
}

std::string_view toString(LengthUnit unit) {
  for (const UnitName& entry : kUnitNames) {
    if (entry.unit == unit) return entry.name;
  }
  return "?";
}

std::optional<LengthUnit> parseLengthUnit(std::string_view text) {
  const std::string name = lowered(text);
  for (const UnitName& entry : kUnitNames) {
    if (entry.name == name) return entry.unit;
  }
  return std::nullopt;
}

}  // namespace follicle
