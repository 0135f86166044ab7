#pragma once
// Pictures made from rendered pictures, for consultations: the mirrored view a patient sees in a mirror, before
// and after side by side in one picture, and a labelled sheet (an ageing series: year 0, 1, 3, 5, 10). Inputs are
// 8-bit images as Renderer::render returns them (RGBA, sRGB-encoded, alpha premultiplied in the encoded values)
// or any 3- or 4-channel Image; outputs are RGBA with premultiplied alpha, like renders.
#include <string>
#include <string_view>
#include <vector>

#include "follicle/image.h"

namespace follicle {

// Left and right swapped: what the patient sees in a mirror (a hairline that looks straight on the head can look
// crooked in one). Keeps the image's channels and flags. Mirroring twice gives the image back.
Image mirrored(const Image& image);

// One picture, the left of it from `before` and the rest from `after`, with a thin light line at the split
// (0 = all after, 1 = all before). Both must have the same size (render them with the same settings). Throws
// Error for different sizes, an empty image, or a split outside 0..1.
Image splitBeforeAfter(const Image& before, const Image& after, float split = 0.5f);

// The pictures in a row (a grid when there are many), each with its caption under it, the title above, on an
// opaque neutral background; transparent parts of the pictures show the background. Text is scaled with the
// pictures so it stays legible. Throws Error when there are no pictures, one is empty, or the labels are not
// one per picture.
Image labelledSheet(const std::vector<Image>& pictures, const std::vector<std::string>& labels, std::string_view title);

}  // namespace follicle
