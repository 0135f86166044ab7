// Design -> JSON -> Design is the identity, and JSON -> Design -> JSON is stable, so saving a loaded file
// never changes it.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "design/design_test_support.h"

namespace follicle {
namespace {

TEST(DesignRoundTrip, DefaultDesignSurvivesJson) {
  const Design original;
  EXPECT_EQ(parseDesign(toJson(original), "default"), original);
}

TEST(DesignRoundTrip, EveryFieldSurvivesJson) {
  const Design original = test::fullDesign();
  ASSERT_TRUE(designProblems(original).empty()) << designProblems(original).front();
  const Design loaded = parseDesign(toJson(original), "full");
  EXPECT_EQ(loaded, original);
  EXPECT_EQ(loaded.seed, 18446744073709551615ull);  // beyond double precision, kept exactly
  ASSERT_TRUE(loaded.zones[0].hairDensityPerCm2.has_value());
  EXPECT_FALSE(loaded.zones[1].hairDensityPerCm2.has_value());
}

TEST(DesignRoundTrip, JsonIsStable) {
  const std::string once = toJson(test::fullDesign());
  EXPECT_EQ(toJson(parseDesign(once, "once")), once);
}

TEST(DesignRoundTrip, FloatsAreWrittenAsTyped) {
  Design design;
  design.pigment.dotDiameterMm.mean = 0.1f;
  const std::string json = toJson(design);
  EXPECT_NE(json.find("\"mean\": 0.1,"), std::string::npos) << json;
  EXPECT_EQ(json.find("0.100000"), std::string::npos) << json;
}

TEST(DesignRoundTrip, MissingKeysTakeTheirDefaults) {
  EXPECT_EQ(parseDesign(R"({"version": 1})", "minimal"), Design{});
  const Design design = parseDesign(R"({"version": 1, "pigment": {"densityPerCm2": 90}})", "partial");
  EXPECT_EQ(design.pigment.densityPerCm2, 90.0f);
  EXPECT_EQ(design.pigment.dotDiameterMm, Design{}.pigment.dotDiameterMm);
  EXPECT_EQ(design.hairline.transitionDepthMm, 7.0f);  // DOMAIN.md: the transition zone is about 7 mm deep
}

TEST(DesignRoundTrip, DefaultsComeFromTheDomainTable) {
  const Design design;
  EXPECT_EQ(design.version, 1);
  EXPECT_EQ(design.sessions.size(), 3u);
  EXPECT_EQ(design.pigment.densityPerCm2, domain::kDesign.pigment.densityDefaultPerCm2);
  EXPECT_EQ(design.hair.densityPerCm2, 220.0f);
  EXPECT_EQ(design.hairline.controlPoints.size(), std::size(domain::kDefaultHairline));
}

TEST(DesignRoundTrip, TheDocumentedExampleIsValid) {
  const auto doc =
      std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "docs" / "DESIGN_FORMAT.md";
  std::ifstream in(doc);
  ASSERT_TRUE(in) << doc;
  std::stringstream text;
  text << in.rdbuf();
  const std::string markdown = text.str();
  const std::size_t start = markdown.find("```json\n");
  ASSERT_NE(start, std::string::npos);
  const std::size_t end = markdown.find("```", start + 8);
  const Design example = parseDesign(markdown.substr(start + 8, end - start - 8), "DESIGN_FORMAT.md example");
  EXPECT_EQ(example.zones.size(), 2u);
}

}  // namespace
}  // namespace follicle
