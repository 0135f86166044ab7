// The studio's live layout on the default head with the Norwood VII design: a drag of a hairline point lays out
// only the affected area, measured from the newest full layout (not from the previous preview); the full layout
// when the drag ends is exactly what the CLI lays out for the design; any other edit lays out the whole design.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#include "follicle/design_io.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/layout_region.h"
#include "follicle/scalp_chart.h"
#include "layout/default_head_test.h"
#include "layout/layout_bytes.h"
#include "live_layout.h"

namespace follicle::studio {
namespace {

class LiveLayoutTest : public test::DefaultHeadTest {
 protected:
  // Norwood VII with its mid-frontal point moved `dv` in chart v, as the hairline pen's drag does.
  static Design dragged(float dv) {
    Design design = loadPreset("norwood-7");
    std::vector<ChartPoint>& points = design.hairline.controlPoints;
    auto mid = std::min_element(points.begin(), points.end(),
                                [](ChartPoint a, ChartPoint b) { return std::abs(a.u) < std::abs(b.u); });
    mid->v += dv;
    return design;
  }
};

using test::bytesOf;

TEST_F(LiveLayoutTest, ADragPreviewsTheAffectedAreaAndItsEndGivesTheClisLayout) {
  LiveLayout live(*head_, *chart_);
  const Design start = dragged(0.0f);
  const LiveLayoutResult base = live.full(start, {});
  ASSERT_FALSE(base.regionOnly);
  // Two moves of one drag: each a preview of the area between the base's line and the current one.
  const Design first = dragged(0.005f), second = dragged(0.01f);
  const LiveLayoutResult a = live.preview(first, {});
  EXPECT_TRUE(a.regionOnly);
  const LiveLayoutResult b = live.preview(second, {});
  ASSERT_TRUE(b.regionOnly);
  const Layout fromBase =
      relayout(*head_, *chart_, *base.layout, second, hairlineEditRegion(*chart_, start, second, {}), {});
  EXPECT_EQ(bytesOf(*b.layout), bytesOf(fromBase)) << "a preview must be measured from the full layout";
  EXPECT_NE(bytesOf(*b.layout), bytesOf(*base.layout));
  // The mouse is released: the full layout is the CLI's, bit for bit, and the next drag starts from it.
  const LiveLayoutResult settled = live.full(second, {});
  EXPECT_FALSE(settled.regionOnly);
  EXPECT_EQ(bytesOf(*settled.layout), bytesOf(generateLayout(*head_, second)));
  const Design third = dragged(0.015f);
  const LiveLayoutResult c = live.preview(third, {});
  ASSERT_TRUE(c.regionOnly);
  EXPECT_EQ(bytesOf(*c.layout), bytesOf(relayout(*head_, *chart_, *settled.layout, third,
                                                 hairlineEditRegion(*chart_, second, third, {}), {})));
}

TEST_F(LiveLayoutTest, WithoutABaseOrForAnyOtherEditTheWholeDesignIsLaidOut) {
  LiveLayout live(*head_, *chart_);
  const Design design = dragged(0.0f);
  const LiveLayoutResult first = live.preview(design, {});  // no base yet
  EXPECT_FALSE(first.regionOnly);
  EXPECT_EQ(bytesOf(*first.layout), bytesOf(generateLayout(*head_, *chart_, design)));
  Design denser = design;
  denser.pigment.densityPerCm2 += 5.0f;
  EXPECT_FALSE(live.preview(denser, {}).regionOnly);
  LayoutRequest firstSession;
  firstSession.session = 1;
  const Design moved = dragged(0.01f);
  EXPECT_FALSE(live.preview(moved, firstSession).regionOnly) << "another request needs its own base";
  EXPECT_TRUE(live.preview(dragged(0.02f), firstSession).regionOnly);
}

}  // namespace
}  // namespace follicle::studio
