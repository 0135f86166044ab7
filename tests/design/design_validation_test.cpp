// Every validation error path. The schema's own field list (engine/io/design_schema.h) is walked to find every
// key, so a key added later is tested without touching this file: each number just outside its range, each
// enum misspelt, each key of the wrong type, each required key missing, each object given an unknown key.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "design/design_test_support.h"
#include "io/design_schema.h"

namespace follicle {
namespace {

using Json = nlohmann::ordered_json;
using design_schema::Need;

struct Field {
  enum class Kind { Number, Whole, Choice, Text, Flag, Object, List };
  std::string path;  // "zones[0].polygon[0].u"
  Kind kind;
  double min = 0.0;
  double max = 0.0;
  bool required = false;
};

// A visitor that records every key instead of reading or writing it.
class FieldCollector {
 public:
  FieldCollector(std::string prefix, std::vector<Field>& fields) : prefix_(std::move(prefix)), fields_(fields) {}

  bool number(std::string_view key, float&, float min, float max, Need need) {
    add(key, Field::Kind::Number, min, max, need);
    return true;
  }
  void optionalNumber(std::string_view key, std::optional<float>&, float min, float max) {
    add(key, Field::Kind::Number, min, max, Need::Optional);
  }
  void flag(std::string_view key, bool&) { add(key, Field::Kind::Flag, 0, 0, Need::Optional); }
  void text(std::string_view key, std::string&, std::uint32_t maxChars, bool (*)(std::string_view), std::string_view) {
    add(key, Field::Kind::Text, 0, maxChars, Need::Optional);
  }
  template <class T>
  void whole(std::string_view key, T&, std::type_identity_t<T> min, std::type_identity_t<T> max, Need need) {
    add(key, Field::Kind::Whole, static_cast<double>(min), static_cast<double>(max), need);
  }
  template <class Enum, std::size_t N>
  void choice(std::string_view key, Enum&, const std::string_view (&)[N], Need need = Need::Optional) {
    add(key, Field::Kind::Choice, 0, 0, need);
  }
  template <class VisitChild>
  void object(std::string_view key, VisitChild visitChild, Need need = Need::Optional) {
    add(key, Field::Kind::Object, 0, 0, need);
    FieldCollector child(pathOf(key), fields_);
    visitChild(child);
  }
  template <class T, class VisitItem>
  void list(std::string_view key, std::vector<T>&, std::uint32_t minCount, std::uint32_t maxCount, VisitItem visitItem,
            Need need = Need::Optional) {
    add(key, Field::Kind::List, minCount, maxCount, need);
    FieldCollector item(pathOf(key) + "[0]", fields_);
    T value{};
    visitItem(item, value);
  }

 private:
  std::string pathOf(std::string_view key) const {
    return prefix_.empty() ? std::string(key) : prefix_ + "." + std::string(key);
  }
  void add(std::string_view key, Field::Kind kind, double min, double max, Need need) {
    fields_.push_back({pathOf(key), kind, min, max, need == Need::Required});
  }
  std::string prefix_;
  std::vector<Field>& fields_;
};

std::vector<Field> allFields() {
  std::vector<Field> fields;
  FieldCollector collector("", fields);
  Design design;
  design_schema::visitDesign(collector, design);
  return fields;
}

// "zones[0].polygon[0].u" -> "/zones/0/polygon/0/u"
Json::json_pointer pointerTo(const std::string& path) {
  if (path.empty()) return Json::json_pointer();
  std::string pointer = "/";
  for (char c : path) {
    if (c == '.' || c == '[')
      pointer += '/';
    else if (c != ']')
      pointer += c;
  }
  return Json::json_pointer(pointer);
}

// The full design as JSON, with every list holding at least one element and every optional value present.
Json fullDocument() { return Json::parse(toJson(test::fullDesign())); }

std::vector<std::string> problemsWith(const std::string& path, const Json& value) {
  Json document = fullDocument();
  document[pointerTo(path)] = value;
  return test::problemsOf(document.dump());
}

bool anyContains(const std::vector<std::string>& problems, const std::string& part) {
  for (const std::string& problem : problems)
    if (problem.find(part) != std::string::npos) return true;
  return false;
}

std::string listed(const std::vector<std::string>& problems) {
  std::string all;
  for (const std::string& problem : problems) all += "\n  " + problem;
  return all.empty() ? " (none)" : all;
}

TEST(DesignValidation, TheFullDocumentIsValid) {
  EXPECT_TRUE(test::problemsOf(fullDocument().dump()).empty()) << listed(test::problemsOf(fullDocument().dump()));
  EXPECT_GT(allFields().size(), 40u);  // the walk found the schema
}

TEST(DesignValidation, EveryNumberOutsideItsRangeIsReported) {
  for (const Field& field : allFields()) {
    if (field.kind != Field::Kind::Number && field.kind != Field::Kind::Whole) continue;
    if (field.path == "version") continue;  // a newer version is its own error (malformed tests)
    const double span = field.max - field.min;
    for (double value : {field.min - 0.01 * span - 1.0, field.max + 0.01 * span + 1.0}) {
      if (field.kind == Field::Kind::Whole && value > 1.8e19) continue;  // no 64-bit integer is above uint64
      const Json json = field.kind == Field::Kind::Whole ? Json(static_cast<std::int64_t>(value)) : Json(value);
      const auto problems = problemsWith(field.path, json);
      EXPECT_TRUE(anyContains(problems, field.path + ": " + json.dump() + " is outside "))
          << field.path << " = " << json.dump() << listed(problems);
    }
  }
}

TEST(DesignValidation, TheMessageGivesTheAllowedRange) {
  const auto problems = test::problemsOf(R"({"version": 1, "pigment": {"dotDiameterMm": {"mean": 4.0}}})");
  ASSERT_EQ(problems.size(), 1u) << listed(problems);
  EXPECT_EQ(problems[0], "pigment.dotDiameterMm.mean: 4.0 is outside 0.1-1.5");
  EXPECT_EQ(test::problemsOf(R"({"version": 1, "hair": {"whorl": {"position": {"u": -2, "v": 0.5}}}})"),
            std::vector<std::string>{"hair.whorl.position.u: -2 is outside -1.2 to 1.2"});
}

TEST(DesignValidation, RangeLimitsThemselvesAreAccepted) {
  EXPECT_TRUE(test::problemsOf(R"({"version": 1, "pigment": {"dotDiameterMm": {"mean": 0.1}}})").empty());
  EXPECT_TRUE(test::problemsOf(R"({"version": 1, "pigment": {"dotDiameterMm": {"mean": 1.5}}})").empty());
  EXPECT_TRUE(test::problemsOf(R"({"version": 1, "skin": {"fitzpatrick": 6}})").empty());
}

TEST(DesignValidation, EveryEnumRejectsAnUnknownName) {
  const auto problems = problemsWith("zones[0].kind", "treatd");
  EXPECT_TRUE(anyContains(problems, R"(zones[0].kind: "treatd" is not one of treated, existingHair, excluded)"))
      << listed(problems);
  for (const Field& field : allFields()) {
    if (field.kind != Field::Kind::Choice) continue;
    EXPECT_TRUE(anyContains(problemsWith(field.path, "bogus"), field.path + ": \"bogus\" is not one of "))
        << field.path;
    EXPECT_TRUE(anyContains(problemsWith(field.path, 3), field.path + ": 3 is not one of ")) << field.path;
  }
}

TEST(DesignValidation, EveryKeyOfTheWrongTypeSaysWhatWasExpected) {
  const std::map<Field::Kind, std::pair<Json, std::string>> wrong = {
      {Field::Kind::Number, {"80", "expected a number, got \"80\""}},
      {Field::Kind::Whole, {2.5, "expected a whole number, got 2.5"}},
      {Field::Kind::Text, {42, "expected "}},
      {Field::Kind::Flag, {"yes", "expected true or false, got \"yes\""}},
      {Field::Kind::Object, {Json::array(), "expected an object, got an array"}},
      {Field::Kind::List, {Json::object(), "expected an array, got an object"}},
  };
  for (const Field& field : allFields()) {
    const auto found = wrong.find(field.kind);
    if (found == wrong.end() || field.path == "version") continue;
    const auto problems = problemsWith(field.path, found->second.first);
    EXPECT_TRUE(anyContains(problems, field.path + ": " + found->second.second)) << field.path << listed(problems);
  }
}

TEST(DesignValidation, ListElementsMustBeObjects) {
  const auto problems = problemsWith("zones[0]", 7);
  EXPECT_TRUE(anyContains(problems, "zones[0]: expected an object, got 7")) << listed(problems);
}

TEST(DesignValidation, EveryListOutsideItsCountIsReported) {
  for (const Field& field : allFields()) {
    if (field.kind != Field::Kind::List) continue;
    Json document = fullDocument();
    const Json element = document[pointerTo(field.path + "[0]")];
    const auto expected = field.path + ": has ";
    if (field.min > 0) {
      EXPECT_TRUE(anyContains(problemsWith(field.path, Json::array()), expected + "0 items; allowed")) << field.path;
    }
    const Json tooMany(static_cast<std::size_t>(field.max) + 1, element);
    EXPECT_TRUE(anyContains(problemsWith(field.path, tooMany), expected + std::to_string(tooMany.size())))
        << field.path;
  }
}

TEST(DesignValidation, EveryRequiredKeyIsReportedMissing) {
  int required = 0;
  for (const Field& field : allFields()) {
    if (!field.required) continue;
    ++required;
    Json document = fullDocument();
    const auto split = field.path.find_last_of('.');
    const std::string parent = split == std::string::npos ? "" : field.path.substr(0, split);
    document[pointerTo(parent)].erase(field.path.substr(split == std::string::npos ? 0 : split + 1));
    const auto problems = test::problemsOf(document.dump());
    EXPECT_TRUE(anyContains(problems, field.path + ": missing; it is required")) << field.path << listed(problems);
  }
  EXPECT_GE(required, 10);
}

TEST(DesignValidation, UnknownKeysAreErrorsEverywhere) {
  for (const Field& field : allFields()) {
    const bool container = field.kind == Field::Kind::Object;
    const bool listItem = field.kind == Field::Kind::List;
    if (!container && !listItem) continue;
    const std::string path = listItem ? field.path + "[0]" : field.path;
    Json document = fullDocument();
    document[pointerTo(path)]["qqqqqqqq"] = 1;
    EXPECT_TRUE(anyContains(test::problemsOf(document.dump()), path + ".qqqqqqqq: unknown key; allowed here: "))
        << path;
  }
  EXPECT_TRUE(anyContains(test::problemsOf(R"({"version": 1, "qqqqqqqq": 1})"), "qqqqqqqq: unknown key"));
}

TEST(DesignValidation, UnknownKeysCloseToAKnownOneGetASuggestion) {
  EXPECT_EQ(test::problemsOf(R"({"version": 1, "pigment": {"dotDiamterMm": {"mean": 0.4}}})"),
            std::vector<std::string>{R"(pigment.dotDiamterMm: unknown key; did you mean "dotDiameterMm"?)"});
  EXPECT_TRUE(anyContains(test::problemsOf(R"({"version": 1, "Zones": []})"), R"(did you mean "zones"?)"));
  EXPECT_TRUE(anyContains(test::problemsOf(R"({"version": 1, "hairline": {"stlye": "soft"}})"),
                          R"(hairline.stlye: unknown key; did you mean "style"?)"));
}

TEST(DesignValidation, TextIsChecked) {
  EXPECT_TRUE(anyContains(test::problemsOf(R"({"version": 1, "hair": {"colour": "#12345g"}})"),
                          R"(hair.colour: "#12345g" is not "#rrggbb" or a colour name)"));
  EXPECT_TRUE(test::problemsOf(R"({"version": 1, "hair": {"colour": "auburn"}})").empty());
  const std::string longName(201, 'x');
  EXPECT_TRUE(anyContains(test::problemsOf(R"({"version": 1, "name": ")" + longName + "\"}"),
                          "name: 201 characters; at most 200"));
}

TEST(DesignValidation, ConsistencyAcrossKeys) {
  EXPECT_TRUE(anyContains(
      test::problemsOf(R"({"version": 1, "sessions": [{"densityFraction": 0.7}, {"densityFraction": 0.6}]})"),
      "sessions: the densityFraction values add up to 1.3"));
  EXPECT_TRUE(anyContains(
      test::problemsOf(
          R"({"version": 1, "age": {"yearsSinceLastSession": 3, "touchUps": [{"yearsAfterLastSession": 5}]}})"),
      "age.touchUps[0].yearsAfterLastSession: 5 is later than age.yearsSinceLastSession (3)"));
}

TEST(DesignValidation, EveryProblemIsReportedTogether) {
  const std::string json = R"({
    "version": 1,
    "pigment": {"dotDiameterMm": {"mean": 4.0}, "shade": "inky"},
    "zones": [{"kind": "treated", "polygon": []}, {"kind": "treatd", "polygon": [{"u": 0, "v": 0}]}],
    "skin": {"fitzpatrick": 9},
    "colour": "black"
  })";
  try {
    parseDesign(json, "patient.json");
    FAIL() << "accepted";
  } catch (const DesignError& error) {
    EXPECT_EQ(error.problems().size(), 7u) << error.what();
    const std::string message = error.what();
    std::size_t lines = 0;
    for (std::size_t at = 0; at != std::string::npos; at = message.find('\n', at + 1)) {
      EXPECT_EQ(message.compare(at == 0 ? 0 : at + 1, 14, "patient.json: "), 0) << message;
      ++lines;
    }
    EXPECT_EQ(lines, error.problems().size());
  }
}

TEST(DesignValidation, ARejectedDocumentChangesNothing) {
  Design design = test::fullDesign();
  try {
    design = parseDesign(R"({"version": 1, "seed": 5, "skin": {"fitzpatrick": 0}})", "bad.json");
  } catch (const DesignError&) {
  }
  EXPECT_EQ(design, test::fullDesign());
}

TEST(DesignValidation, AnInvalidDesignObjectIsReportedWithoutJson) {
  Design design;
  design.pigment.densityPerCm2 = std::numeric_limits<float>::quiet_NaN();
  design.zones.push_back({static_cast<ZoneKind>(9), {}, std::nullopt});
  const auto problems = designProblems(design);
  EXPECT_TRUE(anyContains(problems, "pigment.densityPerCm2: NaN is outside 1-200")) << listed(problems);
  EXPECT_TRUE(anyContains(problems, "zones[0].kind: \"(invalid)\" is not one of")) << listed(problems);
  EXPECT_TRUE(anyContains(problems, "zones[0].polygon: has 0 items; allowed 3-256")) << listed(problems);
}

}  // namespace
}  // namespace follicle
