#pragma once
// The one place the studio's window frame changes a swapchain image's layout (synchronization2 barriers), by
// what the image is used for before and after.
#include <vulkan/vulkan.h>

namespace follicle::studio {

enum class ImageUse { Undefined, TransferDst, TransferSrc, ColourAttachment, Present };

void transitionImage(VkCommandBuffer cmd, VkImage image, ImageUse from, ImageUse to);

}  // namespace follicle::studio
