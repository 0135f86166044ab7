// The presets Follicle ships: all present, all valid, and each plausible for the pattern it is named after.
#include <gtest/gtest.h>

#include <algorithm>

#include "follicle/design_io.h"

namespace follicle {
namespace {

const std::vector<std::string> kExpected = {"fue-scar",  "full-scalp", "fut-scar",         "ludwig-2",
                                            "norwood-2", "norwood-3",  "norwood-3-vertex", "norwood-4",
                                            "norwood-5", "norwood-6",  "norwood-7"};

TEST(DesignPresets, AllArePresent) { EXPECT_EQ(presetNames(), kExpected); }

TEST(DesignPresets, EveryPresetValidatesAndRoundTrips) {
  for (const std::string& name : presetNames()) {
    SCOPED_TRACE(name);
    Design design;
    ASSERT_NO_THROW(design = loadPreset(name));
    EXPECT_FALSE(design.name.empty());
    EXPECT_FALSE(design.description.empty());
    EXPECT_FALSE(design.zones.empty());
    EXPECT_TRUE(std::any_of(design.zones.begin(), design.zones.end(),
                            [](const Zone& zone) { return zone.kind == ZoneKind::Treated; }));
    EXPECT_EQ(parseDesign(toJson(design), name), design);
  }
}

TEST(DesignPresets, ScarPresetsHaveTheirScars) {
  EXPECT_EQ(loadPreset("fut-scar").scars.fut.size(), 1u);
  EXPECT_FALSE(loadPreset("fue-scar").scars.fue.empty());
  const Design ludwig = loadPreset("ludwig-2");
  EXPECT_GT(ludwig.hair.lengthMm, 50.0f);  // density under long hair
  EXPECT_EQ(loadPreset("full-scalp").hair.densityPerCm2, 0.0f);
}

TEST(DesignPresets, UnknownNamesListThePresets) {
  for (const char* name : {"norwood-9", "../designs/norwood-2", ""}) {
    try {
      loadPreset(name);
      ADD_FAILURE() << name;
    } catch (const Error& error) {
      EXPECT_NE(std::string(error.what()).find("presets: fue-scar, full-scalp"), std::string::npos) << error.what();
    }
  }
}

}  // namespace
}  // namespace follicle
