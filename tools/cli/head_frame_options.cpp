#include "head_frame_options.h"

#include "usage_error.h"

namespace follicle::cli {

namespace {

constexpr std::string_view kUnitOption = "--unit";
constexpr std::string_view kUpOption = "--up";
constexpr std::string_view kForwardOption = "--forward";

std::optional<Axis> axisOverride(const std::string& text, std::string_view option) {
  if (text.empty()) {
    return std::nullopt;
  }
  if (const std::optional<Axis> axis = parseAxis(text)) {
    return axis;
  }
  throw UsageError(std::string(option) + " '" + text + "': expected an axis: x, y, z, -x, -y or -z");
}

// The coordinate an axis runs along, whatever its sign.
char axisLine(Axis axis) {
  switch (axis) {
    case Axis::PosX:
    case Axis::NegX:
      return 'x';
    case Axis::PosY:
    case Axis::NegY:
      return 'y';
    case Axis::PosZ:
    case Axis::NegZ:
      return 'z';
  }
  return '?';
}

bool isAxisOption(std::string_view argument) { return argument == kUpOption || argument == kForwardOption; }

}  // namespace

std::vector<std::string> joinAxisValues(int argc, const char* const* argv) {
  std::vector<std::string> arguments(argv, argv + argc);
  std::vector<std::string> joined;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const bool negativeAxisFollows =
        i + 1 < arguments.size() && arguments[i + 1].starts_with('-') && parseAxis(arguments[i + 1]).has_value();
    if (isAxisOption(arguments[i]) && negativeAxisFollows) {
      joined.push_back(arguments[i] + "=" + arguments[i + 1]);
      ++i;
    } else {
      joined.push_back(arguments[i]);
    }
  }
  return joined;
}

void HeadFrameOptions::addTo(CLI::App& command) {
  CLI::Option_group* group =
      command.add_option_group("Head frame", "Override what the import detects (only with a head file)");
  options = {
      group->add_option(std::string(kUnitOption), unit, "The file's length unit: mm, cm, m or in")->type_name("UNIT"),
      group->add_option("--scale", scale, "Millimetres per file unit; wins over --unit")
          ->type_name("F")
          ->check(CLI::PositiveNumber),
      group->add_option(std::string(kUpOption), up, "The file's axis pointing to the top of the head: x, y, z, -x...")
          ->type_name("AXIS"),
      group->add_option(std::string(kForwardOption), forward, "The file's axis the face looks along")
          ->type_name("AXIS"),
  };
}

HeadFrameOverrides HeadFrameOptions::overrides() const {
  HeadFrameOverrides result;
  if (!unit.empty()) {
    result.unit = parseLengthUnit(unit);
    if (!result.unit || *result.unit == LengthUnit::Arbitrary) {
      throw UsageError(std::string(kUnitOption) + " '" + unit + "': expected mm, cm, m or in");
    }
  }
  if (scale > 0.0f) {
    result.scaleToMm = scale;
  }
  result.up = axisOverride(up, kUpOption);
  result.forward = axisOverride(forward, kForwardOption);
  if (result.up && result.forward && axisLine(*result.up) == axisLine(*result.forward)) {
    throw UsageError(std::string(kUpOption) + " '" + up + "' and " + std::string(kForwardOption) + " '" + forward +
                     "' must be perpendicular axes");
  }
  return result;
}

}  // namespace follicle::cli
