/*
 * libfollicle: the stable C ABI of Follicle, the scalp micropigmentation (SMP) renderer.
 *
 * A host (a consultation app, a video tool, a GStreamer element, Python through ctypes) makes a context,
 * gives it a head, a design, a camera and the head's pose in that camera, and then either renders the SMP
 * result into a buffer of its own or composites it onto its own camera frame in place.
 *
 *     follicle_context* ctx = NULL;
 *     follicle_context_info info = {sizeof info};              // zero-filled: defaults
 *     if (follicle_context_create(&info, &ctx) != FOLLICLE_OK) puts(follicle_last_error(NULL));
 *     follicle_use_default_head(ctx);
 *     follicle_load_preset(ctx, "norwood-3");
 *     follicle_camera camera = {sizeof camera, 1280, 720, 1000.0, 1000.0, 639.5, 359.5};
 *     follicle_set_camera(ctx, &camera);
 *     follicle_set_head_pose(ctx, head_to_camera);             // 16 doubles, see below
 *     follicle_image frame = {sizeof frame, FOLLICLE_FORMAT_RGBA8, 1280, 720, {pixels}, {1280 * 4}};
 *     follicle_composite(ctx, &frame, NULL);
 *     follicle_context_destroy(ctx);
 *
 * ABI rules
 *  - Handles are opaque; each has a create/destroy pair and destroy(NULL) does nothing.
 *  - Every struct begins with `uint32_t size`, which the caller sets to sizeof the struct it was compiled
 *    with. Zero-filled fields mean defaults; fields are only ever appended, so an older host's smaller struct
 *    keeps working. A size smaller than the first version of the struct, or larger than this library knows, is
 *    refused with FOLLICLE_ERROR_INVALID_ARGUMENT.
 *  - Every call returns a follicle_result. On failure, follicle_last_error(ctx) says what was wrong, where, and
 *    what to do; nothing aborts or prints, and no C++ exception crosses this boundary.
 *  - Buffers belong to whoever allocated them. The library never keeps a pointer the host passed in after the
 *    call returns (strings are copied).
 *
 * Threading
 *  - A context is used by one thread at a time: calls on the same context must not overlap (the host
 *    serialises them, e.g. with a mutex between a GStreamer property setter and the streaming thread). Any
 *    thread may make the calls; a context does not belong to the thread that created it.
 *  - Different contexts are independent and may be used from different threads at the same time (each owns
 *    its own Vulkan device queue).
 *  - follicle_version, follicle_version_string, follicle_result_string, follicle_lighting_from_name and
 *    follicle_pose_from_rvec_tvec may be called from any thread at any time.
 *  - follicle_last_error(ctx) belongs to the context (same rule as other calls on it); follicle_last_error(NULL)
 *    is per calling thread.
 *  - The validation callback runs on the thread making the call that triggered it, during that call.
 *
 * Coordinates
 *  - The head frame: millimetres, right-handed, +Y up, +Z the direction the face looks, origin between the
 *    ear canals (docs/RENDERING.md).
 *  - The camera frame is OpenCV's: x right, y down, z forward (into the scene), millimetres.
 *  - Pixel coordinates are OpenCV's: the centre of the top-left pixel is (0, 0), x to the right, y down; a
 *    camera-frame point (X, Y, Z) lands at (fx X / Z + cx, fy Y / Z + cy).
 *  - Matrices are 16 doubles, column-major (OpenGL/GLM order): element (row r, column c) is m[c * 4 + r];
 *    the translation is m[12], m[13], m[14]. The last row is (0, 0, 0, 1).
 */
#ifndef FOLLICLE_FOLLICLE_H
#define FOLLICLE_FOLLICLE_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#  if defined(FOLLICLE_BUILDING_LIBRARY)
#    define FOLLICLE_API __declspec(dllexport)
#  else
#    define FOLLICLE_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define FOLLICLE_API __attribute__((visibility("default")))
#else
#  define FOLLICLE_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Versions ------------------------------------------------------------------------------------------ */

#define FOLLICLE_VERSION_MAJOR 0
#define FOLLICLE_VERSION_MINOR 1
#define FOLLICLE_VERSION_PATCH 0
/* Unsigned arithmetic rather than casts, so that C++ hosts built with -Wold-style-cast stay quiet. */
#define FOLLICLE_MAKE_VERSION(major, minor, patch) ((major) * 65536u + (minor) * 256u + (patch))
#define FOLLICLE_VERSION FOLLICLE_MAKE_VERSION(FOLLICLE_VERSION_MAJOR, FOLLICLE_VERSION_MINOR, FOLLICLE_VERSION_PATCH)

/* The version of the loaded library, as FOLLICLE_MAKE_VERSION encodes it. A host built against major M works
 * with any library of major M whose minor is at least the one it was built with. */
FOLLICLE_API uint32_t follicle_version(void);
/* "0.1.0"; a static string. */
FOLLICLE_API const char* follicle_version_string(void);

/* ---- Results ------------------------------------------------------------------------------------------- */

typedef enum follicle_result {
  FOLLICLE_OK = 0,
  FOLLICLE_ERROR_INVALID_ARGUMENT = 1, /* a NULL, a wrong struct size, a number or enum out of range */
  FOLLICLE_ERROR_INVALID_STATE = 2,    /* a call out of order, e.g. compositing before a head or camera is set */
  FOLLICLE_ERROR_NOT_FOUND = 3,        /* a file or preset that does not exist */
  FOLLICLE_ERROR_INVALID_DATA = 4,     /* a design or head file that exists but is not valid */
  FOLLICLE_ERROR_DEVICE = 5,           /* no usable Vulkan device (or none matching info->device), or it failed */
  FOLLICLE_ERROR_VALIDATION = 6,       /* the Vulkan validation layer reported a message (validation on) */
  FOLLICLE_ERROR_OUT_OF_MEMORY = 7,
  FOLLICLE_ERROR_INTERNAL = 8,         /* a bug in Follicle; the message says where */
  FOLLICLE_RESULT_MAX_ENUM = 0x7fffffff /* keeps every enum 32 bits wide, whatever the compiler */
} follicle_result;

/* "FOLLICLE_OK", "FOLLICLE_ERROR_INVALID_ARGUMENT", ...; "unknown follicle_result" for other values. */
FOLLICLE_API const char* follicle_result_string(follicle_result result);

/* ---- The context --------------------------------------------------------------------------------------- */

typedef struct follicle_context follicle_context;

/* Called with each message of the Vulkan validation layer. */
typedef void (*follicle_message_callback)(const char* message, void* user_data);

typedef enum follicle_context_flags {
  /* Turn the Khronos validation layer on (it must be installed). Each message goes to on_validation_message;
   * without a callback, a call during which the layer reported anything fails with FOLLICLE_ERROR_VALIDATION
   * and the first message. Setting the environment variable FOLLICLE_VALIDATION=1 does the same for every
   * context (for hosts such as a GStreamer pipeline whose code cannot pass this flag). */
  FOLLICLE_CONTEXT_VALIDATION = 1 << 0,
  FOLLICLE_CONTEXT_FLAGS_MAX_ENUM = 0x7fffffff
} follicle_context_flags;

typedef struct follicle_context_info {
  uint32_t size;
  /* Which Vulkan device: its index in the enumeration ("0", "1") or a case-insensitive part of its name
   * ("llvmpipe", "nvidia"). NULL or "": $FOLLICLE_DEVICE if set, else the best real GPU, else the CPU. */
  const char* device;
  uint32_t flags; /* follicle_context_flags */
  follicle_message_callback on_validation_message;
  void* user_data; /* passed to on_validation_message */
} follicle_context_info;

/* Makes a context on a Vulkan device. info may be NULL (all defaults). On failure *out is NULL and
 * follicle_last_error(NULL) says why. */
FOLLICLE_API follicle_result follicle_context_create(const follicle_context_info* info, follicle_context** out);
FOLLICLE_API void follicle_context_destroy(follicle_context* ctx);

/* The message of the last failed call on ctx ("" when that call succeeded); with ctx NULL, the message of the
 * calling thread's last failed call that had no context (follicle_context_create, or a call passed NULL).
 * Valid until the next call on the same context (or, for NULL, by the same thread). */
FOLLICLE_API const char* follicle_last_error(const follicle_context* ctx);

/* The device the context renders on, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"; valid as long as ctx. */
FOLLICLE_API follicle_result follicle_device_name(follicle_context* ctx, const char** name);

/* ---- The head and the design --------------------------------------------------------------------------- */

/* The built-in head (generated, adult proportions). */
FOLLICLE_API follicle_result follicle_use_default_head(follicle_context* ctx);
/* A head scan: OBJ(+MTL), glTF/GLB, FBX, PLY or STL, brought into the head frame automatically. */
FOLLICLE_API follicle_result follicle_load_head(follicle_context* ctx, const char* path);

/* A design document (docs/DESIGN_FORMAT.md) from a file, from JSON text (NUL-terminated, at most 16 MiB), or
 * one of the shipped presets by name ("norwood-3", "fue-scar", ...). A design may be set before or after the
 * head; it is laid out on whichever head is current, at the next follicle_render or follicle_composite after the
 * design, head, session or years changed (follicle_timings.layout_ms says what that cost). An invalid design
 * leaves the previous one in place. */
FOLLICLE_API follicle_result follicle_load_design(follicle_context* ctx, const char* path);
FOLLICLE_API follicle_result follicle_parse_design(follicle_context* ctx, const char* json);
FOLLICLE_API follicle_result follicle_load_preset(follicle_context* ctx, const char* name);

/* Sessions done (1..the design's count; 0, the default, = all of them). */
FOLLICLE_API follicle_result follicle_set_session(follicle_context* ctx, uint32_t session);
/* Years since the last session for the ageing model (0..100); a negative value restores the design's own. */
FOLLICLE_API follicle_result follicle_set_years(follicle_context* ctx, double years);

/* ---- How it is shown ----------------------------------------------------------------------------------- */

typedef enum follicle_lighting {
  FOLLICLE_LIGHTING_STUDIO = 0, /* the default */
  FOLLICLE_LIGHTING_SOFT_DAYLIGHT = 1,
  FOLLICLE_LIGHTING_OFFICE = 2,
  FOLLICLE_LIGHTING_HARSH_OVERHEAD = 3,
  FOLLICLE_LIGHTING_FLASH = 4,
  FOLLICLE_LIGHTING_MAX_ENUM = 0x7fffffff
} follicle_lighting;

/* The lighting the renderer's light comes from. In overlay mode it shapes the stubble's shading only; its
 * level and colour are matched to the frame (follicle_set_exposure). */
FOLLICLE_API follicle_result follicle_set_lighting(follicle_context* ctx, follicle_lighting lighting);
/* "studio", "soft-daylight", "office", "harsh-overhead", "flash" -> the enum. */
FOLLICLE_API follicle_result follicle_lighting_from_name(const char* name, follicle_lighting* out);

typedef enum follicle_mode {
  /* Only pigment and stubble, on the tracked head; the head mesh hides what is behind it but is not drawn, so
   * the patient's own skin shows through. Blended in linear light: the frame's skin is multiplied by the
   * pigment's per-channel transmittance (from the renderer's treated-versus-untreated skin optics), then the
   * stubble goes over it. The default. */
  FOLLICLE_MODE_OVERLAY = 0,
  /* The rendered head, lit by the lighting preset, over the frame. */
  FOLLICLE_MODE_FULL = 1,
  FOLLICLE_MODE_MAX_ENUM = 0x7fffffff
} follicle_mode;

FOLLICLE_API follicle_result follicle_set_mode(follicle_context* ctx, follicle_mode mode);

typedef enum follicle_exposure_source {
  /* Estimated at each composite from the frame's skin around the scalp (the head's pixels outside the
   * treated area that the mask leaves visible). The default. */
  FOLLICLE_EXPOSURE_FROM_FRAME = 0,
  /* The host says what the patient's lit skin looks like in its frames: skin_linear_rgb. */
  FOLLICLE_EXPOSURE_GIVEN = 1,
  FOLLICLE_EXPOSURE_SOURCE_MAX_ENUM = 0x7fffffff
} follicle_exposure_source;

/* Exposure and white balance of the overlay: the renderer's stubble is scaled per channel by (the frame's
 * skin colour) / (the renderer's own skin colour under its lighting), so it sits in the frame's light. */
typedef struct follicle_exposure {
  uint32_t size;
  uint32_t source;           /* follicle_exposure_source */
  float skin_linear_rgb[3];  /* FOLLICLE_EXPOSURE_GIVEN: linear-light RGB (0..1) of the frame's skin */
  float compensation_ev;     /* full mode: added to the lighting preset's exposure (+1 doubles the light) */
} follicle_exposure;

FOLLICLE_API follicle_result follicle_set_exposure(follicle_context* ctx, const follicle_exposure* exposure);

/* ---- The camera and the pose --------------------------------------------------------------------------- */

/* A pinhole camera in pixels (OpenCV's K matrix); the image is width x height. No lens distortion: undistort
 * the frame first, or pass the intrinsics of the undistorted image. */
typedef struct follicle_camera {
  uint32_t size;
  uint32_t width;  /* 1..8192 */
  uint32_t height; /* 1..8192 */
  double fx, fy;   /* focal lengths, pixels, > 0 */
  double cx, cy;   /* principal point, pixels (OpenCV convention, see the top) */
} follicle_camera;

FOLLICLE_API follicle_result follicle_set_camera(follicle_context* ctx, const follicle_camera* camera);

/* The head's pose: the rigid transform from the head frame (mm) to the camera frame (OpenCV axes, mm),
 * column-major (see the top). Its 3x3 part must be a rotation (orthonormal, determinant +1, within 1e-3). */
FOLLICLE_API follicle_result follicle_set_head_pose(follicle_context* ctx, const double head_to_camera[16]);

/* OpenCV's solvePnP result (Rodrigues rotation vector, translation in mm) as a head_to_camera matrix. */
FOLLICLE_API follicle_result follicle_pose_from_rvec_tvec(const double rvec[3], const double tvec_mm[3],
                                                          double head_to_camera[16]);

/* ---- Images -------------------------------------------------------------------------------------------- */

typedef enum follicle_format {
  FOLLICLE_FORMAT_RGBA8 = 1,   /* 8-bit R, G, B, A; sRGB-encoded colour */
  FOLLICLE_FORMAT_BGRA8 = 2,   /* 8-bit B, G, R, A; sRGB-encoded colour */
  FOLLICLE_FORMAT_NV12 = 3,    /* 8-bit Y plane, then interleaved U, V at half resolution; BT.601 limited range */
  FOLLICLE_FORMAT_I420 = 4,    /* 8-bit Y, U and V planes, U and V at half resolution; BT.601 limited range */
  FOLLICLE_FORMAT_RGBA32F = 5, /* 32-bit float R, G, B, A; linear light (follicle_render only) */
  FOLLICLE_FORMAT_GRAY8 = 6,   /* one 8-bit channel (masks only) */
  FOLLICLE_FORMAT_MAX_ENUM = 0x7fffffff
} follicle_format;

/* A picture in the host's memory. planes[0] (and its stride, in bytes between rows' starts) is the whole
 * picture for the packed formats and GRAY8, the Y plane for NV12/I420; planes[1] is UV (NV12) or U (I420),
 * planes[2] V (I420). Odd sizes: chroma planes are (width + 1) / 2 by (height + 1) / 2. */
typedef struct follicle_image {
  uint32_t size;
  uint32_t format; /* follicle_format */
  uint32_t width;
  uint32_t height;
  void* planes[3];
  size_t strides[3];
} follicle_image;

/* Renders into the host's buffer: RGBA8 (sRGB-encoded, premultiplied alpha) or RGBA32F (linear, premultiplied);
 * its size must be the camera's. Full mode: the head over transparent black. Overlay mode: the pigment and
 * stubble as a premultiplied layer to put over the frame with the ordinary "over" blend; it equals
 * follicle_composite's result exactly over skin of the renderer's own tone and closely over others (prefer
 * follicle_composite, which multiplies in linear light, where the host can pass its frame). */
FOLLICLE_API follicle_result follicle_render(follicle_context* ctx, follicle_image* out);

/* Composites onto the host's frame in place: RGBA8, BGRA8 (alpha left as it was), NV12 or I420; its size must
 * be the camera's. mask (optional, GRAY8, the same size) is the host's occlusion mask: 0 where the host knows
 * the head is hidden (a hand, hair, glasses), 255 where it is visible, in between partly; nothing is drawn
 * where it is 0. Overlay mode leaves every pixel outside the treated area and the stubble bit for bit as it
 * was. */
FOLLICLE_API follicle_result follicle_composite(follicle_context* ctx, follicle_image* frame,
                                                const follicle_image* mask);

/* ---- Timings ------------------------------------------------------------------------------------------- */

#define FOLLICLE_MAX_TIMED_PASSES 16

typedef struct follicle_pass_time {
  char name[32]; /* "shadow", "pigment", ... NUL-terminated */
  double ms;
} follicle_pass_time;

/* What the last follicle_render or follicle_composite cost. */
typedef struct follicle_timings {
  uint32_t size;
  double total_ms;     /* the whole call, wall clock */
  double layout_ms;    /* laying the design out again, when something changed since the last call */
  double gpu_ms;       /* the GPU frame (0 where the device has no timestamps) */
  double readback_ms;  /* the renderer's call, wall clock, less gpu_ms: recording, submitting, waiting for the
                          GPU and copying its result out */
  double blend_ms;     /* exposure estimate and blending into the host's frame, wall clock */
  uint32_t pass_count;
  follicle_pass_time passes[FOLLICLE_MAX_TIMED_PASSES]; /* GPU time per pass */
} follicle_timings;

FOLLICLE_API follicle_result follicle_get_timings(follicle_context* ctx, follicle_timings* out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* FOLLICLE_FOLLICLE_H */
