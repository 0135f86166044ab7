#pragma once
// Writes a design as JSON (the visitor design_schema.h walks): every key, in the schema's order, so that saved
// files are complete, diff well and are byte-stable across save/load cycles.
#include <charconv>
#include <concepts>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "design_schema.h"

namespace follicle {

class DesignWriter {
 public:
  using Json = nlohmann::ordered_json;
  using Need = design_schema::Need;
  explicit DesignWriter(Json& object) : object_(object) {}

  // A float written as the double with the same shortest decimal form (0.1f as 0.1, not 0.10000000149), so
  // that the file reads as the artist typed it and reads back to the same float.
  static double decimal(float value) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer - 1, value).ptr;
    *end = '\0';
    return std::strtod(buffer, nullptr);
  }

  bool number(std::string_view key, const float& value, float, float, Need) {
    slot(key) = decimal(value);
    return true;
  }
  void optionalNumber(std::string_view key, const std::optional<float>& value, float, float) {
    if (value) slot(key) = decimal(*value);
  }
  void flag(std::string_view key, const bool& value) { slot(key) = value; }
  void text(std::string_view key, const std::string& value, std::uint32_t, bool (*)(std::string_view),
            std::string_view) {
    slot(key) = value;
  }
  template <std::integral T>
  void whole(std::string_view key, const T& value, std::type_identity_t<T>, std::type_identity_t<T>, Need) {
    slot(key) = value;
  }
  template <class Enum, std::size_t N>
  void choice(std::string_view key, const Enum& value, const std::string_view (&names)[N], Need = Need::Optional) {
    // An out-of-range enum (a cast gone wrong) is written as a name validation will reject, not read past names.
    const auto index = static_cast<std::size_t>(value);
    slot(key) = index < N ? std::string(names[index]) : std::string("(invalid)");
  }
  template <class VisitChild>
  void object(std::string_view key, VisitChild visitChild, Need = Need::Optional) {
    Json child = Json::object();
    DesignWriter writer(child);
    visitChild(writer);
    slot(key) = std::move(child);
  }
  template <class T, class VisitItem>
  void list(std::string_view key, std::vector<T>& items, std::uint32_t, std::uint32_t, VisitItem visitItem,
            Need = Need::Optional) {
    Json array = Json::array();
    for (T& item : items) {
      Json element = Json::object();
      DesignWriter writer(element);
      visitItem(writer, item);
      array.push_back(std::move(element));
    }
    slot(key) = std::move(array);
  }

 private:
  Json& slot(std::string_view key) { return object_[std::string(key)]; }

  Json& object_;
};

}  // namespace follicle
