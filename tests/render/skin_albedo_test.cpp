// The skin albedo model (engine/render/skin_albedo.cpp): pure CPU, no device.
#include <gtest/gtest.h>

#include <cmath>

#include "follicle/design.h"
#include "follicle/error.h"
#include "render/skin_albedo.h"

namespace follicle::render {
namespace {

constexpr std::uint32_t kLightestType = 1;
constexpr std::uint32_t kDarkestType = 6;
constexpr float kDefaultRedness = 0.2f;  // domain::kDesign.skin.rednessDefault

float luminance(const glm::vec3& c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; }

TEST(SkinAlbedo, DarkerWithEveryFitzpatrickType) {
  for (float redness : {0.0f, kDefaultRedness, 1.0f}) {
    for (std::uint32_t type = kLightestType; type < kDarkestType; ++type) {
      EXPECT_GT(luminance(skinAlbedo(type, redness)), luminance(skinAlbedo(type + 1, redness)))
          << "type " << type << " vs " << type + 1 << " at redness " << redness;
    }
  }
}

TEST(SkinAlbedo, RedAboveGreenAboveBlueForEveryType) {
  for (float redness : {0.0f, kDefaultRedness, 1.0f}) {
    for (std::uint32_t type = kLightestType; type <= kDarkestType; ++type) {
      const glm::vec3 albedo = skinAlbedo(type, redness);
      EXPECT_GT(albedo.r, albedo.g) << "type " << type << " redness " << redness;
      EXPECT_GT(albedo.g, albedo.b) << "type " << type << " redness " << redness;
      for (int c = 0; c < 3; ++c) {
        EXPECT_TRUE(std::isfinite(albedo[c]) && albedo[c] > 0.0f && albedo[c] < 1.0f) << albedo[c];
      }
    }
  }
}

TEST(SkinAlbedo, LightMediumSkinMatchesTheMeasuredAlbedo) {
  // Linear albedo of light-medium (Fitzpatrick II-III) skin the v0 renderer used, a common figure in skin
  // rendering; the physical model should land near it for both types at the design's default redness.
  const glm::vec3 reference(0.60f, 0.42f, 0.33f);
  constexpr float kTolerance = 0.07f;
  for (std::uint32_t type : {2u, 3u}) {
    const glm::vec3 albedo = skinAlbedo(type, kDefaultRedness);
    for (int c = 0; c < 3; ++c) {
      EXPECT_NEAR(albedo[c], reference[c], kTolerance) << "type " << type << " channel " << c;
    }
  }
}

TEST(SkinAlbedo, DarkestSkinIsDarkButNotBlack) {
  // Measured type VI skin reflects a few percent (the epidermis itself back-scatters before melanin absorbs).
  const glm::vec3 albedo = skinAlbedo(kDarkestType, kDefaultRedness);
  EXPECT_LT(luminance(albedo), 0.08f);
  EXPECT_GT(albedo.b, 0.01f);
}

TEST(SkinAlbedo, RednessRaisesRedRelativeToGreen) {
  for (std::uint32_t type = kLightestType; type < kDarkestType; ++type) {
    const glm::vec3 pale = skinAlbedo(type, 0.0f);
    const glm::vec3 flushed = skinAlbedo(type, 1.0f);
    EXPECT_GT(flushed.r / flushed.g, pale.r / pale.g) << "type " << type;
    // Blood absorbs green and blue far more than red: red barely changes.
    EXPECT_NEAR(flushed.r, pale.r, 0.05f * pale.r) << "type " << type;
  }
  // In the darkest skin the epidermis hides the dermis: redness hardly shows (as erythema is hard to see on
  // type VI skin), but it does not turn the skin any other colour either.
  const glm::vec3 pale = skinAlbedo(kDarkestType, 0.0f);
  const glm::vec3 flushed = skinAlbedo(kDarkestType, 1.0f);
  EXPECT_NEAR(flushed.r / flushed.g, pale.r / pale.g, 0.02f * pale.r / pale.g);
}

TEST(SkinAlbedo, RejectsValuesOutsideTheDesignRanges) {
  EXPECT_THROW(skinAlbedo(0, kDefaultRedness), Error);
  EXPECT_THROW(skinAlbedo(7, kDefaultRedness), Error);
  EXPECT_THROW(skinAlbedo(3, -0.1f), Error);
  EXPECT_THROW(skinAlbedo(3, 1.5f), Error);
  EXPECT_THROW(skinAlbedo(3, std::nanf("")), Error);
}

TEST(SkinAlbedo, CoversTheDefaultDesignsSkin) {
  const Design design;
  EXPECT_NO_THROW(skinAlbedo(design.skin.fitzpatrick, design.skin.redness));
}

}  // namespace
}  // namespace follicle::render
