#pragma once
// normaliseHead, also handing back the landmarks it found on the way (in the final head frame), so an import
// does not estimate them twice. For use inside the engine.
#include <string>

#include "follicle/head.h"

namespace follicle {

Normalisation normaliseHeadAndFindLandmarks(Mesh& mesh, const HeadFrameOverrides& overrides, const std::string& where,
                                            Landmarks& landmarks);

}  // namespace follicle
