// Malformed documents: each must end in one clear DesignError, never a crash, a hang, a stack overflow or a
// huge allocation.
#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "design/design_test_support.h"

namespace follicle {
namespace {

#define EXPECT_REJECTED(json, ...)                                                                      \
  do {                                                                                                  \
    const std::string message = test::messageOf(json);                                                  \
    EXPECT_EQ(message.rfind("test.json: ", 0), 0u) << message;                                          \
    for (const char* part : {__VA_ARGS__}) EXPECT_NE(message.find(part), std::string::npos) << message; \
  } while (false)

TEST(DesignMalformed, Empty) {
  EXPECT_REJECTED("", "is empty");
  EXPECT_REJECTED(" \n\t ", "is empty");
}

TEST(DesignMalformed, Truncated) {
  const std::string whole = toJson(test::fullDesign());
  for (std::size_t length : {std::size_t{1}, whole.size() / 3, whole.size() / 2, whole.size() - 3})
    EXPECT_REJECTED(whole.substr(0, length), "not valid JSON", "truncated");
}

TEST(DesignMalformed, NotAnObject) {
  EXPECT_REJECTED("[1, 2]", "the top level is a JSON array; a design document is a JSON object");
  EXPECT_REJECTED("\"design\"", "the top level is a JSON string");
  EXPECT_REJECTED("null", "the top level is a JSON null");
}

TEST(DesignMalformed, NanAndInfinity) {
  for (const char* literal : {"NaN", "nan", "Infinity", "-Infinity", "inf"})
    EXPECT_REJECTED(std::string(R"({"version": 1, "pigment": {"densityPerCm2": )") + literal + "}}", "not valid JSON",
                    "NaN and Infinity are not JSON numbers");
}

TEST(DesignMalformed, HugeNumbers) {
  EXPECT_REJECTED(R"({"version": 1, "pigment": {"densityPerCm2": 1e308}})",
                  "pigment.densityPerCm2: 1e+308 is outside 1-200");
  EXPECT_REJECTED(R"({"version": 1, "pigment": {"densityPerCm2": -1e308}})", "is outside 1-200");
  EXPECT_REJECTED(R"({"version": 1, "pigment": {"densityPerCm2": 1e400}})",
                  "not valid JSON: number overflow parsing '1e400'; numbers must fit in a double");
  EXPECT_REJECTED(R"({"version": 1, "pigment": {"densityPerCm2": 4e38}})", "is outside 1-200");  // > FLT_MAX
  // Integers beyond 64 bits.
  EXPECT_REJECTED(R"({"version": 1, "seed": 123456789012345678901234567890})",
                  "seed: expected a whole number, got 1.2345678901234568e+29");
  EXPECT_REJECTED(R"({"version": 1, "seed": -1})", "seed: -1 is outside 0-18446744073709551615");
  EXPECT_REJECTED(R"({"version": 1, "skin": {"fitzpatrick": 99999999999999999999}})",
                  "skin.fitzpatrick: expected a whole number");
  EXPECT_REJECTED(R"({"version": 1, "skin": {"fitzpatrick": 18446744073709551615}})",
                  "skin.fitzpatrick: 18446744073709551615 is outside 1-6");
}

TEST(DesignMalformed, WrongTypesAtTheTop) {
  EXPECT_REJECTED(R"({"version": "1"})", R"(version: expected a whole number, got "1")");
  EXPECT_REJECTED(R"({"version": 1, "zones": {"kind": "treated"}})", "zones: expected an array, got an object");
  EXPECT_REJECTED(R"({"version": 1, "pigment": [1]})", "pigment: expected an object, got an array");
  EXPECT_REJECTED(R"({"version": 1, "hair": null})", "hair: expected an object, got null");
}

TEST(DesignMalformed, DeepNestingIsRefusedBeforeParsing) {
  // 100 MB of '[': nlohmann's recursive parser would overflow the stack; the pre-scan refuses it at once.
  const std::string deep(100u * 1024 * 1024, '[');
  EXPECT_REJECTED(deep, "bytes; a design document is at most 16 MB");
  const std::string justUnderTheSizeLimit(kMaxDesignBytes - 1, '[');
  EXPECT_REJECTED(justUnderTheSizeLimit, "nested more than 64 levels deep (line 1)");

  std::string objects = R"({"version": 1, "x": )";
  for (int i = 0; i < 70; ++i) objects += R"({"a": )";
  EXPECT_REJECTED(objects, "nested more than 64 levels deep");
}

TEST(DesignMalformed, BracketsInsideStringsAreNotNesting) {
  const std::string name(150, '[');
  EXPECT_EQ(parseDesign(R"({"version": 1, "name": ")" + name + R"("})", "brackets").name, name);
  const std::string escaped = R"({"version": 1, "name": "a \"[[[[[[\" b"})";
  EXPECT_EQ(parseDesign(escaped, "escaped").name, "a \"[[[[[[\" b");
}

TEST(DesignMalformed, BinaryGarbage) {
  std::mt19937 random(7);
  std::string garbage(4096, '\0');
  for (char& c : garbage) c = static_cast<char>(random() & 0xff);
  EXPECT_REJECTED(garbage, "binary data (a NUL byte at offset");
  for (char& c : garbage)
    if (c == '\0') c = 'x';
  EXPECT_REJECTED(garbage, "not valid JSON");
  EXPECT_REJECTED("{\"version\": 1, \"name\": \"\xff\xfe\"}", "not valid JSON");  // not UTF-8
}

TEST(DesignMalformed, NewerVersion) {
  for (const char* version : {"2", "2.5", "1e300", "4000000000"})
    EXPECT_REJECTED(std::string(R"({"version": )") + version + R"(, "futureKey": {"x": 1}})",
                    "is newer than this Follicle reads (1)", "written by a newer Follicle");
  // Only the version is reported: the unknown keys of a newer format are not mistakes.
  EXPECT_EQ(test::problemsOf(R"({"version": 2, "futureKey": 1})").size(), 1u);
}

TEST(DesignMalformed, MissingOrOlderVersion) {
  EXPECT_REJECTED(R"({"seed": 1})", "version: missing; it is required");
  EXPECT_REJECTED(R"({"version": 0})", "version: 0 is outside 1-1");
  EXPECT_REJECTED(R"({"version": -3})", "version: -3 is outside 1-1");
}

TEST(DesignMalformed, FilesTooLargeAreNotRead) {
  const auto path = std::filesystem::temp_directory_path() / "follicle-design-too-large.json";
  {
    std::ofstream out(path, std::ios::binary);
    out << R"({"version": 1, "name": ")" << std::string(kMaxDesignBytes, 'x') << "\"}";
  }
  try {
    loadDesign(path);
    ADD_FAILURE() << "accepted";
  } catch (const DesignError& error) {
    EXPECT_NE(std::string(error.what()).find("a design document is at most 16 MB"), std::string::npos);
  }
  std::filesystem::remove(path);
}

TEST(DesignMalformed, MissingFile) {
  try {
    loadDesign("/nonexistent/folder/design.json");
    ADD_FAILURE() << "accepted";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("no such design file"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace follicle
