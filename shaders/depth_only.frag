#version 460
// Depth-only passes (the shadow map) write no colour; depth comes from the rasteriser.

void main() {}
