// follicle-studio end to end, under Xvfb on the CPU Vulkan driver with validation on: a hairline drawn by
// script through raw mouse clicks, saved and read back by the `follicle` CLI; the screenshot shows the panels
// and the head where the camera puts it; autosave survives a killed process and is recovered by the next run.
#include <signal.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "follicle/camera.h"
#include "follicle/design_io.h"
#include "follicle/head.h"
#include "follicle/image.h"
#include "follicle/scalp_chart.h"
#include "studio/studio_process.h"
#include "tools/follicle_process.h"
#include "tools/scratch_folder.h"
#include "view_picking.h"

namespace follicle::test {
namespace {

// Five points of a hairline from temple to temple, subject's right to left, all visible from the front.
const std::vector<ChartPoint> kHairline{
    {-0.38f, 0.33f}, {-0.19f, 0.285f}, {0.0f, 0.26f}, {0.19f, 0.285f}, {0.38f, 0.33f}};
// Clicks land on whole pixels and come back through the BVH: a picked point is within about a millimetre.
constexpr float kChartTolerance = 0.006f;

class StudioEndToEnd : public CliTest {
 protected:
  void SetUp() override {
    if (findXvfbRun().empty()) GTEST_SKIP() << "xvfb-run is not installed (apt-get install xvfb xauth)";
    CliTest::SetUp();
  }

  std::string writeScript(const std::string& name, const nlohmann::json& actions) const {
    const std::filesystem::path path = scratch(name);
    std::ofstream(path) << nlohmann::json{{"actions", actions}}.dump(2);
    return path.string();
  }

  // Runs a script with validation on (baseArgs), optionally saving a screenshot; the run must end cleanly with
  // no validation message (the studio exits 3 when there was one, and prints each).
  StudioRun runScript(const std::string& name, const nlohmann::json& actions,
                      const std::filesystem::path& screenshot = {}) const {
    std::vector<std::string> args = baseArgs();
    args.insert(args.end(), {"--script", writeScript(name, actions)});
    if (!screenshot.empty()) args.insert(args.end(), {"--screenshot", screenshot.string()});
    StudioRun run = runStudio(args, scratch(name + ".err"));
    EXPECT_EQ(run.exitCode, 0) << run.out << run.err;
    EXPECT_EQ(run.err.find("validation"), std::string::npos) << run.err;
    return run;
  }

  std::vector<std::string> baseArgs() const {
    return {"--validation", "--recovery-file", scratch("recovery.json").string(), "--size", "1280x800"};
  }

  static nlohmann::json drawHairline(std::size_t points) {
    nlohmann::json actions = nlohmann::json::array();
    actions.push_back({{"do", "view"}, {"preset", "front"}});
    actions.push_back({{"do", "tool"}, {"name", "hairline-pen"}});
    actions.push_back({{"do", "symmetry"}, {"on", false}});
    actions.push_back({{"do", "new-hairline"}});
    for (std::size_t i = 0; i < points; ++i) {
      actions.push_back({{"do", "click-chart"}, {"u", kHairline[i].u}, {"v", kHairline[i].v}});
    }
    return actions;
  }
};

void expectHairline(const std::vector<ChartPoint>& actual, const std::vector<ChartPoint>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(actual[i].u, expected[i].u, kChartTolerance) << "point " << i;
    EXPECT_NEAR(actual[i].v, expected[i].v, kChartTolerance) << "point " << i;
  }
}

// "viewport: x y w h" from the studio's stdout.
struct Viewport {
  int x = 0, y = 0, width = 0, height = 0;
};
Viewport viewportFrom(const std::string& out) {
  Viewport v;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("viewport: ")) std::istringstream(line.substr(10)) >> v.x >> v.y >> v.width >> v.height;
  }
  return v;
}

float luminance(const Image& image, int x, int y) {
  return 0.2126f * image.at(x, y, 0) + 0.7152f * image.at(x, y, 1) + 0.0722f * image.at(x, y, 2);
}

TEST_F(StudioEndToEnd, AScriptedHairlineIsSavedAndTheCliReadsIt) {
  const std::filesystem::path saved = scratch("drawn.json");
  const std::filesystem::path screenshot = scratch("studio.png");
  nlohmann::json actions = drawHairline(kHairline.size());
  actions.push_back({{"do", "wait-picture"}});
  actions.push_back({{"do", "save"}, {"path", saved.string()}});
  const StudioRun run = runScript("draw.json", actions, screenshot);
  ASSERT_EQ(run.exitCode, 0);
  EXPECT_NE(run.out.find("saved: " + saved.string()), std::string::npos) << run.out;

  const CommandResult shown = runFollicle({"design", "show", saved.string()});
  ASSERT_EQ(shown.exitCode, 0) << shown.err;
  const nlohmann::json design = nlohmann::json::parse(shown.out);
  std::vector<ChartPoint> points;
  for (const nlohmann::json& p : design["hairline"]["controlPoints"]) points.push_back({p["u"], p["v"]});
  expectHairline(points, kHairline);
}

// Dragging a hairline point lays out only the area the move affects (a preview); once the mouse is up the whole
// design is laid out again, off the UI thread, and the picture then shows the layout the CLI gives for the saved
// design.
TEST_F(StudioEndToEnd, AHairlineDragIsPreviewedThenLaidOutAsTheCliLaysItOut) {
  Design design = loadPreset("norwood-7");
  design.pigment.densityPerCm2 = 40.0f;  // a short run
  const std::filesystem::path opened = scratch("norwood-7.json");
  saveDesign(design, opened);
  const ChartPoint mid = *std::min_element(design.hairline.controlPoints.begin(), design.hairline.controlPoints.end(),
                                           [](ChartPoint a, ChartPoint b) { return std::abs(a.u) < std::abs(b.u); });
  const std::filesystem::path saved = scratch("dragged.json");
  const std::filesystem::path stats = scratch("stats.json");
  const nlohmann::json actions = nlohmann::json::array({
      {{"do", "view"}, {"preset", "front"}},
      {{"do", "tool"}, {"name", "hairline-pen"}},
      {{"do", "symmetry"}, {"on", true}},
      {{"do", "wait-picture"}},
      {{"do", "drag-chart"}, {"from", {mid.u, mid.v}}, {"to", {mid.u, mid.v - 0.01f}}, {"steps", 4}},
      {{"do", "wait-idle"}},
      {{"do", "save"}, {"path", saved.string()}},
      {{"do", "quit"}},
  });
  std::vector<std::string> args = baseArgs();
  args.insert(args.end(), {opened.string(), "--script", writeScript("drag.json", actions), "--stats", stats.string()});
  const StudioRun run = runStudio(args, scratch("drag.err"));
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_EQ(run.err.find("validation"), std::string::npos) << run.err;
  const nlohmann::json measured = nlohmann::json::parse(std::ifstream(stats));
  EXPECT_GE(measured["regionLayouts"].get<int>(), 1) << "the drag was not previewed by its area alone";
  EXPECT_FALSE(measured["lastLayoutRegionOnly"].get<bool>()) << "the drag's end was not laid out in full";
  const Design dragged = loadDesign(saved);
  EXPECT_LT(std::min_element(dragged.hairline.controlPoints.begin(), dragged.hairline.controlPoints.end(),
                             [](ChartPoint a, ChartPoint b) { return std::abs(a.u) < std::abs(b.u); })
                ->v,
            mid.v - 0.005f);
  const std::filesystem::path dots = scratch("dragged-layout.json");
  const CommandResult laidOut = runFollicle({"layout", saved.string(), "-o", dots.string()});
  ASSERT_EQ(laidOut.exitCode, 0) << laidOut.err;
  const nlohmann::json cli = nlohmann::json::parse(std::ifstream(dots));
  EXPECT_EQ(measured["dots"].get<std::size_t>(), cli["dots"].size()) << "the picture shows another layout";
}

TEST_F(StudioEndToEnd, TheScreenshotShowsThePanelsAndTheHeadWhereTheCameraPutsIt) {
  const std::filesystem::path screenshot = scratch("studio.png");
  nlohmann::json actions = drawHairline(kHairline.size());
  actions.push_back({{"do", "wait-picture"}});
  const StudioRun run = runScript("draw.json", actions, screenshot);
  ASSERT_EQ(run.exitCode, 0);
  const Image image = loadImage(screenshot, true);
  ASSERT_EQ(image.width, 1280);
  ASSERT_EQ(image.height, 800);
  const Viewport vp = viewportFrom(run.out);
  ASSERT_GT(vp.x, 200) << "the panel column should be left of the viewport";
  ASSERT_GT(vp.width, 600);

  // The panel column: ImGui's dark window with lighter text and headers, not one flat colour.
  int bright = 0;
  for (int y = vp.y; y < vp.y + vp.height; y += 2) {
    for (int x = 0; x < vp.x; x += 2) bright += luminance(image, x, y) > 150.0f ? 1 : 0;
  }
  EXPECT_GT(bright, 200) << "no text in the panel column";

  // The head where the front preset camera puts it: skin at the forehead, the dark backdrop in the corners.
  const HeadModel head = makeDefaultHead();
  const ScalpChart chart(head);
  const studio::ViewGeometry view{presetCamera(ViewPreset::Front, head, float(vp.width) / float(vp.height)),
                                  {float(vp.width), float(vp.height)},
                                  false};
  const glm::vec3 forehead = head.landmarks.glabella + glm::vec3(0.0f, 25.0f, 0.0f);
  const std::optional<glm::vec2> px = studio::projectToPixel(view, forehead, glm::vec3(0.0f, 0.0f, 1.0f));
  ASSERT_TRUE(px);
  const int fx = vp.x + int(px->x), fy = vp.y + int(px->y);
  EXPECT_GT(luminance(image, fx, fy), 60.0f) << "no lit skin at the forehead (" << fx << ", " << fy << ")";
  EXPECT_GT(image.at(fx, fy, 0), image.at(fx, fy, 2)) << "the forehead is not skin-coloured";
  for (const auto& [cx, cy] : {std::pair{vp.x + 4, vp.y + 30}, std::pair{vp.x + vp.width - 5, vp.y + vp.height - 5}}) {
    EXPECT_LT(luminance(image, cx, cy), 40.0f) << "the viewport corner (" << cx << ", " << cy << ") is not backdrop";
  }
  // The hairline's handles, yellow, where the mid-frontal point shows.
  const std::optional<glm::vec2> mid = studio::projectChartPoint(chart, view, kHairline[2]);
  ASSERT_TRUE(mid);
  const int mx = vp.x + int(std::lround(mid->x)), my = vp.y + int(std::lround(mid->y));
  EXPECT_GT(image.at(mx, my, 0), 200) << "no handle at (" << mx << ", " << my << ")";
  EXPECT_GT(image.at(mx, my, 1), 150);
  EXPECT_LT(image.at(mx, my, 2), 120);
}

TEST_F(StudioEndToEnd, TheOtherToolsAndUndoEditTheDesign) {
  const std::filesystem::path saved = scratch("tools.json");
  const auto point = [](float u, float v) { return nlohmann::json::array({u, v}); };
  const nlohmann::json actions = nlohmann::json::array({
      {{"do", "view"}, {"preset", "top"}},
      {{"do", "tool"}, {"name", "zone-brush"}},
      {{"do", "drag-chart"}, {"from", point(-0.1f, 0.55f)}, {"to", point(0.1f, 0.55f)}, {"steps", 6}},
      {{"do", "tool"}, {"name", "fue-scar"}},
      {{"do", "click-chart"}, {"u", 0.2f}, {"v", 0.68f}},
      {{"do", "tool"}, {"name", "whorl"}},
      {{"do", "click-chart"}, {"u", 0.05f}, {"v", 0.6f}},
      {{"do", "tool"}, {"name", "fut-scar"}},
      {{"do", "click-chart"}, {"u", -0.2f}, {"v", 0.7f}},
      {{"do", "click-chart"}, {"u", 0.2f}, {"v", 0.7f}},
      {{"do", "key"}, {"key", "Enter"}},
      {{"do", "key"}, {"key", "Z"}, {"ctrl", true}},  // takes the strip back
      {{"do", "save"}, {"path", saved.string()}},
      {{"do", "quit"}},
  });
  const StudioRun run = runScript("tools.json", actions);
  ASSERT_EQ(run.exitCode, 0);
  const Design preset = loadPreset("norwood-7");  // what a new document starts from
  const Design design = loadDesign(saved);
  ASSERT_EQ(design.zones.size(), preset.zones.size() + 1);
  EXPECT_EQ(design.zones.back().kind, ZoneKind::Treated);
  ASSERT_EQ(design.scars.fue.size(), 1u);
  EXPECT_NEAR(design.scars.fue[0].centre.u, 0.2f, kChartTolerance);
  EXPECT_TRUE(design.scars.fut.empty()) << "Ctrl+Z did not undo the FUT strip";
  EXPECT_NEAR(design.hair.whorl.position.u, 0.05f, kChartTolerance);
  EXPECT_NEAR(design.hair.whorl.position.v, 0.6f, kChartTolerance);
}

TEST_F(StudioEndToEnd, ExportsAnAgeingSheetAndABeforeAfterPicture) {
  const std::filesystem::path sheet = scratch("sheet.png");
  const std::filesystem::path split = scratch("split.png");
  const nlohmann::json actions = nlohmann::json::array({
      {{"do", "view"}, {"preset", "three-quarter"}},
      {{"do", "export"}, {"kind", "before-after"}, {"path", split.string()}, {"width", 320}, {"height", 240}},
      {{"do", "export"}, {"kind", "ageing-sheet"}, {"path", sheet.string()}, {"width", 160}, {"height", 120}},
      {{"do", "quit"}},
  });
  const StudioRun run = runScript("export.json", actions);
  ASSERT_EQ(run.exitCode, 0);
  EXPECT_NE(run.out.find("exported " + sheet.string()), std::string::npos) << run.out;
  const Image before = loadImage(split, true);
  EXPECT_EQ(before.width, 320);
  EXPECT_EQ(before.height, 240);
  const Image ageing = loadImage(sheet, true);
  EXPECT_GT(ageing.width, 5 * 160) << "five years side by side";
}

TEST_F(StudioEndToEnd, AResizedWindowRebuildsItsSwapchainAndPicture) {
  const std::filesystem::path screenshot = scratch("resized.png");
  const nlohmann::json actions = nlohmann::json::array({
      {{"do", "wait-picture"}},
      {{"do", "resize"}, {"width", 1000}, {"height", 700}},
      {{"do", "wait-picture"}},
  });
  const StudioRun run = runScript("resize.json", actions, screenshot);
  ASSERT_EQ(run.exitCode, 0);
  const Image image = loadImage(screenshot, true);
  EXPECT_EQ(image.width, 1000);
  EXPECT_EQ(image.height, 700);
  const Viewport vp = viewportFrom(run.out);  // the last one said: the viewport of the resized window
  EXPECT_EQ(vp.x + vp.width, 1000);
}

TEST_F(StudioEndToEnd, AutosaveSurvivesAKilledProcessAndIsRecovered) {
  const std::filesystem::path recovery = scratch("recovery.json");
  nlohmann::json actions = drawHairline(3);
  actions.push_back({{"do", "autosave"}});
  std::vector<std::string> first = baseArgs();
  first.insert(first.end(), {"--script", writeScript("crash.json", actions)});
  {
    StudioProcess studio(first, scratch("first.err"));
    const std::string line = studio.readUntil([](const std::string& l) { return l.starts_with("autosaved: "); });
    ASSERT_FALSE(line.empty()) << "no autosave reported:\n" << studio.out();
    const std::size_t pid = line.find("(pid ");
    ASSERT_NE(pid, std::string::npos) << line;
    ASSERT_EQ(kill(static_cast<pid_t>(std::stol(line.substr(pid + 5))), SIGKILL), 0);
    studio.wait();
  }
  ASSERT_TRUE(std::filesystem::exists(recovery));
  const std::vector<ChartPoint> drawn(kHairline.begin(), kHairline.begin() + 3);
  expectHairline(loadDesign(recovery).hairline.controlPoints, drawn);

  const std::filesystem::path saved = scratch("recovered.json");
  const nlohmann::json answer = nlohmann::json::array(
      {{{"do", "recovery"}, {"accept", true}}, {{"do", "save"}, {"path", saved.string()}}, {{"do", "quit"}}});
  const StudioRun run = runScript("recover.json", answer);
  ASSERT_EQ(run.exitCode, 0);
  EXPECT_NE(run.out.find("recovery offered: " + recovery.string()), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("recovered: "), std::string::npos) << run.out;
  expectHairline(loadDesign(saved).hairline.controlPoints, drawn);
  EXPECT_FALSE(std::filesystem::exists(recovery)) << "a saved session leaves no recovery file behind";
}

}  // namespace
}  // namespace follicle::test
