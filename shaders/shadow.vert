#version 460
// The key light's depth: the head mesh seen from the light (orthographic, fitted to the head).

layout(location = 0) in vec3 inPosition;

layout(push_constant) uniform ShadowPush {
  mat4 lightViewProjection;
} push;

void main() { gl_Position = push.lightViewProjection * vec4(inPosition, 1.0); }
