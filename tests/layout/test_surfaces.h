#pragma once
// Meshes with known geometry for the sampler tests: a flat square patch and a sphere.
#include "follicle/mesh.h"

namespace follicle::testing {

// A square in the y = 0 plane, centred on the origin, `sizeMm` across, split into `cells` x `cells` quads
// (each cut into two triangles), normal +Y.
Mesh flatPatch(float sizeMm, int cells);
// A UV sphere of `radiusMm` around the origin.
Mesh sphere(float radiusMm, int rings, int segments);
// Every triangle of a mesh, for samplers that take a triangle list.
std::vector<std::uint32_t> allTriangles(const Mesh& mesh);

}  // namespace follicle::testing
