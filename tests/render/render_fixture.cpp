#include "render/render_fixture.h"
#include "follicle/design_io.h"
#include "follicle/layout.h"
#include "follicle/srgb.h"

#include <cmath>

#include <glm/trigonometric.hpp>
#include <cstdlib>
#include <filesystem>

namespace follicle::test {

namespace {
constexpr double kMaxByte = 255.0;
}

Coverage measureCoverage(const Image& image) {
  Coverage c;
  double total = 0.0;
  double sx = 0.0;
  double sy = 0.0;
  int minX = image.width, maxX = -1, minY = image.height, maxY = -1;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const double a = image.at(x, y, 3) / kMaxByte;
      if (a > 0.0) {
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
      }
      total += a;
      sx += a * (x + 0.5);
      sy += a * (y + 0.5);
    }
  }
  if (total <= 0.0) return c;
  c.share = total / (static_cast<double>(image.width) * image.height);
  c.centroidX = sx / total / image.width;
  c.centroidY = sy / total / image.height;
  c.boxWidth = static_cast<double>(maxX - minX + 1) / image.width;
  c.boxHeight = static_cast<double>(maxY - minY + 1) / image.height;
  return c;
}

double meanCoveredLuma(const Image& image, double x0, double x1) {
  double sum = 0.0;
  long count = 0;
  const int begin = static_cast<int>(x0 * image.width);
  const int end = static_cast<int>(x1 * image.width);
  for (int y = 0; y < image.height; ++y) {
    for (int x = begin; x < end; ++x) {
      if (image.at(x, y, 3) != 255) continue;
      sum += 0.2126 * image.at(x, y, 0) + 0.7152 * image.at(x, y, 1) + 0.0722 * image.at(x, y, 2);
      ++count;
    }
  }
  return count > 0 ? sum / static_cast<double>(count) : 0.0;
}

std::uint8_t encodeSrgb8(double c) {
  return static_cast<std::uint8_t>(std::lround(linearToSrgb(c) * kMaxByte));
}

std::vector<std::string> ValidationLog::take() {
  std::lock_guard lock(mutex);
  return std::exchange(messages, {});
}

RendererOptions validatedOptions(const std::shared_ptr<ValidationLog>& log) {
  RendererOptions options;
  options.validation = true;
  options.onValidationMessage = [log](std::string_view message) {
    std::lock_guard lock(log->mutex);
    log->messages.emplace_back(message);
  };
  return options;
}

void RenderFixture::SetUp() { renderer_ = Renderer::create(validatedOptions(log_)); }

void RenderFixture::TearDown() {
  renderer_.reset();  // destruction is validated too
  for (const std::string& m : log_->take()) ADD_FAILURE() << m;
}

const HeadModel& RenderFixture::defaultHead() {
  static const HeadModel head = makeDefaultHead();
  return head;
}

Image RenderFixture::renderPreset(ViewPreset preset, int width, int height, const glm::vec4& background, int samples) {
  RenderSettings settings;
  settings.width = width;
  settings.height = height;
  settings.background = background;
  settings.samples = samples;
  settings.camera = presetCamera(preset, defaultHead(), static_cast<float>(width) / static_cast<float>(height));
  return renderer().render(settings);
}

RenderSettings RenderFixture::norwoodThreeQuarter(int size) {
  renderer().setHead(defaultHead());
  const Design design = loadPreset("norwood-3");
  renderer().setDesign(design, generateLayout(defaultHead(), design));
  RenderSettings settings;
  settings.width = settings.height = size;
  settings.camera = presetCamera(ViewPreset::ThreeQuarter, defaultHead(), 1.0f);
  return settings;
}

OrbitCamera slabCamera(float pixelsPerMm, float distanceMm, int pictureHeightPx, glm::vec3 target) {
  OrbitCamera camera;
  camera.targetMm = target;
  camera.distanceMm = distanceMm;
  camera.fovYDeg =
      glm::degrees(2.0f * std::atan(0.5f * static_cast<float>(pictureHeightPx) / (pixelsPerMm * distanceMm)));
  return camera;
}

void RenderFixture::keepFrame(const Image& image, const std::string& tag) {
  if (!HasFailure() && std::getenv("FOLLICLE_KEEP_TEST_FRAMES") == nullptr) return;
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "." + info->name() + "-" + tag;
  for (char& ch : name) {
    if (ch == '/') ch = '_';
  }
  const std::filesystem::path dir = std::filesystem::path(FOLLICLE_BINARY_DIR) / "test-output" / "render";
  std::filesystem::create_directories(dir);
  savePng(image, dir / (name + ".png"));
}

}  // namespace follicle::test
