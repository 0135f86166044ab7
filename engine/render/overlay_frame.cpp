// Overlay mode's frame (Renderer::renderOverlay): the head drawn only as an occluder, the pigment layer, the
// strands against the occluder's depth, then the transmittance and strands resolved and read back. The lit
// skin and the subsurface scattering of a full frame are skipped: the host's frame supplies the skin.
#include "render/tile_readback.h"
#include "render/vulkan_renderer.h"

namespace follicle::render {

void VulkanRenderer::recordOverlayFrame(VkCommandBuffer cmd, FrameResources& frame, const FramePlan& plan) {
  frame.timestamps.reset(cmd);
  frame.timestamps.begin(cmd, "frame");
  const GpuDesign* design = design_ ? &*design_ : nullptr;
  const bool strands = design != nullptr && plan.hair && design->strandCount > 0;
  // The stubble is drawn without the preset's shadows (shaders/include/strand_shading.glsl): nothing reads the map.
  shadowPass_.recordUnread(cmd);
  const LodLevel& level = head_->lods.levels[plan.lod];
  RenderTargets& targets = *targets_;
  const VkDeviceSize pictureBytes = VkDeviceSize{plan.width} * plan.height * kBytesPerPixel;
  for (const Tile& tile : splitIntoTiles(plan.drawn)) {
    targets.area = {tile.width, tile.height};
    const glm::mat4 viewProjection = tileClipTransform(tile, plan.width, plan.height) * plan.viewProjection;
    frame.timestamps.begin(cmd, "occluder");
    SkinDraw occluder;
    occluder.occluderOnly = true;
    occluder.exposureSampleFloorMm = exposureSampleFloorMm_;
    skinPass_.record(cmd, targets, viewProjection, frame.set, *head_, level, occluder);
    frame.timestamps.end(cmd, "occluder");
    frame.timestamps.begin(cmd, "pigment");
    pigmentPass_.record(cmd, targets, viewProjection, frame.set, design, plan.pigment, plan.scars, plan.splatDots);
    frame.timestamps.end(cmd, "pigment");
    frame.timestamps.begin(cmd, "strands");
    if (strands) {
      // Splatted hair was tested against the occluder by the splat: its resolve needs no depth.
      const StrandDraw hair{plan.strandShare, plan.splatHair, false, !plan.splatHair};
      const auto draw = [&](VkCommandBuffer c) { strandPass_.draw(c, viewProjection, frame.set, *design, hair); };
      strandPass_.prepare(cmd, targets, viewProjection, frame.set, *design, hair, VK_NULL_HANDLE);
      if (hair.splat) {
        overlayPass_.recordWithoutDepth(cmd, targets, draw);
      } else {
        overlayPass_.recordDepth(cmd, targets, frame.set, draw);
      }
    } else {
      overlayPass_.recordWithoutDepth(cmd, targets);
    }
    frame.timestamps.end(cmd, "strands");
    frame.timestamps.begin(cmd, "resolve");
    overlayPass_.recordResolve(cmd, targets, frame.set);
    recordTileReadback(cmd, targets.output.image(), tile, plan.width, readback_.get(), 0);
    recordTileReadback(cmd, targets.strandsOutput.image(), tile, plan.width, readback_.get(), pictureBytes);
    frame.timestamps.end(cmd, "resolve");
  }
  recordReadbackVisibleToHost(cmd, readback_.get());
  frame.timestamps.end(cmd, "frame");
}

}  // namespace follicle::render
