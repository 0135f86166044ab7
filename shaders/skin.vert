#version 460
// The head mesh, already in the head frame (mm): only the camera transform is applied.

layout(location = 0) in vec3 inPosition;
layout(location = 1) in vec3 inNormal;
layout(location = 2) in vec2 inUv;
layout(location = 3) in vec4 inTangent;

layout(push_constant) uniform SkinPush {
  mat4 viewProjection;  // head frame -> clip space of the tile being drawn
} push;

layout(location = 0) out vec3 outPositionMm;
layout(location = 1) out vec3 outNormal;
layout(location = 2) out vec2 outUv;
layout(location = 3) out vec4 outTangent;

void main() {
  outPositionMm = inPosition;
  outNormal = inNormal;
  outUv = inUv;
  outTangent = inTangent;
  gl_Position = push.viewProjection * vec4(inPosition, 1.0);
}
