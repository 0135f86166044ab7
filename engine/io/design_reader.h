#pragma once
// Reads one JSON object of a design document into values, validating as it goes (the visitor that
// design_schema.h walks). It never stops at the first problem: each one is recorded with its JSON path and
// the value that was expected, and the field keeps its default, so one pass reports everything.
#include <concepts>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "design_schema.h"

namespace follicle {

using Json = nlohmann::ordered_json;

// The problems found so far, capped so that a hostile file cannot make a gigabyte message.
class DesignProblems {
 public:
  static constexpr std::size_t kMaxListed = 100;
  void add(std::string problem);
  bool empty() const { return listed_.empty(); }
  // The listed problems, plus a last line counting those left out.
  std::vector<std::string> lines() const;

 private:
  std::vector<std::string> listed_;
  std::size_t leftOut_ = 0;
};

std::string describeJsonValue(const Json& value);  // `"treatd"`, `4.0`, `an array`, ...
std::string formatLimit(double limit);             // shortest form: 0.1, 1.5, 18446744073709551615

class DesignReader {
 public:
  using Need = design_schema::Need;
  DesignReader(const Json& object, std::string path, DesignProblems& problems)
      : object_(object), path_(std::move(path)), problems_(problems) {}

  // True when the value was read and is valid.
  bool number(std::string_view key, float& value, float min, float max, Need need);
  void optionalNumber(std::string_view key, std::optional<float>& value, float min, float max);
  void flag(std::string_view key, bool& value);
  void text(std::string_view key, std::string& value, std::uint32_t maxChars, bool (*check)(std::string_view),
            std::string_view expectation);

  template <std::integral T>
  void whole(std::string_view key, T& value, std::type_identity_t<T> min, std::type_identity_t<T> max, Need need);

  template <class Enum, std::size_t N>
  void choice(std::string_view key, Enum& value, const std::string_view (&names)[N], Need need = Need::Optional) {
    if (auto index = choiceIndex(key, names, need)) value = static_cast<Enum>(*index);
  }

  template <class VisitChild>
  void object(std::string_view key, VisitChild visitChild, Need need = Need::Optional) {
    const Json* child = find(key, need);
    if (!child) return;
    if (!child->is_object()) return expected(key, *child, "an object");
    DesignReader reader(*child, pathOf(key), problems_);
    visitChild(reader);
    reader.reportUnknownKeys();
  }

  template <class T, class VisitItem>
  void list(std::string_view key, std::vector<T>& items, std::uint32_t minCount, std::uint32_t maxCount,
            VisitItem visitItem, Need need = Need::Optional) {
    const Json* array = find(key, need);
    if (!array) return;
    if (!array->is_array()) return expected(key, *array, "an array");
    if (!checkCount(key, array->size(), minCount, maxCount)) return;
    std::vector<T> read;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const std::string itemPath = pathOf(key) + "[" + std::to_string(i) + "]";
      const Json& element = (*array)[i];
      if (!element.is_object()) {
        problems_.add(itemPath + ": expected an object, got " + describeJsonValue(element));
        continue;
      }
      DesignReader reader(element, itemPath, problems_);
      T item{};
      visitItem(reader, item);
      reader.reportUnknownKeys();
      read.push_back(std::move(item));
    }
    items = std::move(read);
  }

  // Every key of this object the schema did not ask for, with a suggestion when one is close.
  void reportUnknownKeys();

 private:
  const Json* find(std::string_view key, Need need);
  std::string pathOf(std::string_view key) const;
  void expected(std::string_view key, const Json& found, std::string_view what);
  void outOfRange(std::string_view key, const Json& found, const std::string& min, const std::string& max);
  bool checkCount(std::string_view key, std::size_t count, std::uint32_t minCount, std::uint32_t maxCount);
  std::optional<std::size_t> choiceIndex(std::string_view key, std::span<const std::string_view> names, Need need);

  const Json& object_;
  std::string path_;
  DesignProblems& problems_;
  std::set<std::string, std::less<>> known_;
};

template <std::integral T>
void DesignReader::whole(std::string_view key, T& value, std::type_identity_t<T> min, std::type_identity_t<T> max,
                         Need need) {
  const Json* found = find(key, need);
  if (!found) return;
  // Integers beyond 64 bits arrive as floating point: "a whole number" is still the right complaint.
  if (!found->is_number_integer()) return expected(key, *found, "a whole number");
  bool inRange = false;
  if (found->is_number_unsigned()) {
    const auto parsed = found->get<std::uint64_t>();
    inRange = std::cmp_greater_equal(parsed, min) && std::cmp_less_equal(parsed, max);
  } else {
    const auto parsed = found->get<std::int64_t>();
    inRange = std::cmp_greater_equal(parsed, min) && std::cmp_less_equal(parsed, max);
  }
  if (!inRange) return outOfRange(key, *found, std::to_string(min), std::to_string(max));
  value = found->get<T>();
}

}  // namespace follicle
