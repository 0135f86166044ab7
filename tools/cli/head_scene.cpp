#include "head_scene.h"

#include <chrono>
#include <iostream>

namespace follicle::cli {

HeadScene::HeadScene(HeadModel head, const std::string& device) : head_(std::move(head)) {
  RendererOptions options;
  options.device = device;
  renderer_ = Renderer::create(options);
  renderer_->setHead(head_);
}

void HeadScene::showDesign(const Design& design, const LayoutRequest& request, bool quiet) {
  const auto started = std::chrono::steady_clock::now();
  if (!chart_) chart_ = std::make_unique<ScalpChart>(head_);
  const Layout layout = generateLayout(head_, *chart_, design, request);
  renderer_->setDesign(design, layout);
  if (!quiet) {
    const auto elapsed = std::chrono::steady_clock::now() - started;
    std::cerr << "design '" << design.name << "': " << layout.dots.size() << " dots, " << layout.follicles.size()
              << " follicles (" << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms)"
              << std::endl;
  }
}

}  // namespace follicle::cli
