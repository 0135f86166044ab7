/*
 * follicle-composite: composites a scalp micropigmentation design onto a photo of the patient, through the C
 * ABI (follicle/follicle.h) only. The photo's camera and the head's pose in it come from the command line, as
 * a tracker (e.g. OpenCV's solvePnP on facial landmarks) would give them.
 *
 *   follicle-composite --in photo.png --out result.png --preset norwood-3 \
 *       --fx 1400 --fy 1400 --cx 639.5 --cy 359.5 --rvec 3.0,0,0 --tvec 0,-40,600
 *
 * Options: --design FILE.json or --preset NAME; --head SCAN (default: the built-in head); --mask FILE.png (8-bit
 * grey, 0 where the head is hidden); --mode overlay|full; --lighting NAME; --session N; --years Y. Intrinsics
 * default to a 50 degree vertical field of view centred on the picture; the pose to the head 600 mm in front of
 * the camera, face on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <follicle/follicle.h>

#include <stb_image.h>
#include <stb_image_write.h>

/* The default camera: a 50 degree vertical field of view, like a webcam's. */
#define DEFAULT_FOCAL_PER_HEIGHT 1.0723
/* The default pose: face on (the head's +Z towards the camera, its +Y up the picture), 600 mm away. */
#define DEFAULT_DISTANCE_MM 600.0
#define HALF_TURN 3.14159265358979

typedef struct options {
  const char* in;
  const char* out;
  const char* design;
  const char* preset;
  const char* head;
  const char* mask;
  const char* mode;
  const char* lighting;
  int session;
  double years;
  double fx, fy, cx, cy;
  double rvec[3];
  double tvec[3];
} options;

static int usage(const char* problem) {
  fprintf(stderr,
          "follicle-composite: %s\n"
          "usage: follicle-composite --in PHOTO.png --out RESULT.png (--design FILE.json | --preset NAME)\n"
          "       [--head SCAN] [--mask MASK.png] [--mode overlay|full] [--lighting NAME] [--session N]\n"
          "       [--years Y] [--fx F --fy F --cx X --cy Y] [--rvec A,B,C] [--tvec X,Y,Z (mm)]\n",
          problem);
  return 2;
}

static int parse_triple(const char* text, double out[3]) {
  return sscanf(text, "%lf,%lf,%lf", &out[0], &out[1], &out[2]) == 3;
}

static int parse_options(int argc, char** argv, options* o) {
  int i;
  memset(o, 0, sizeof *o);
  o->years = -1.0;
  o->rvec[0] = HALF_TURN;
  o->tvec[2] = DEFAULT_DISTANCE_MM;
  for (i = 1; i + 1 < argc; i += 2) {
    const char* key = argv[i];
    const char* value = argv[i + 1];
    if (strcmp(key, "--in") == 0) o->in = value;
    else if (strcmp(key, "--out") == 0) o->out = value;
    else if (strcmp(key, "--design") == 0) o->design = value;
    else if (strcmp(key, "--preset") == 0) o->preset = value;
    else if (strcmp(key, "--head") == 0) o->head = value;
    else if (strcmp(key, "--mask") == 0) o->mask = value;
    else if (strcmp(key, "--mode") == 0) o->mode = value;
    else if (strcmp(key, "--lighting") == 0) o->lighting = value;
    else if (strcmp(key, "--session") == 0) o->session = atoi(value);
    else if (strcmp(key, "--years") == 0) o->years = atof(value);
    else if (strcmp(key, "--fx") == 0) o->fx = atof(value);
    else if (strcmp(key, "--fy") == 0) o->fy = atof(value);
    else if (strcmp(key, "--cx") == 0) o->cx = atof(value);
    else if (strcmp(key, "--cy") == 0) o->cy = atof(value);
    else if (strcmp(key, "--rvec") == 0) {
      if (!parse_triple(value, o->rvec)) return usage("--rvec takes three numbers: A,B,C");
    } else if (strcmp(key, "--tvec") == 0) {
      if (!parse_triple(value, o->tvec)) return usage("--tvec takes three numbers in mm: X,Y,Z");
    } else {
      fprintf(stderr, "follicle-composite: unknown option %s\n", key);
      return usage("see the options below");
    }
  }
  if (i != argc) return usage("every option takes a value");
  if (o->in == NULL || o->out == NULL) return usage("--in and --out are required");
  if ((o->design == NULL) == (o->preset == NULL)) return usage("give one of --design and --preset");
  return 0;
}

/* Prints what failed, with the library's message, and says whether it did. */
static int failed(follicle_context* ctx, follicle_result result, const char* step) {
  if (result == FOLLICLE_OK) return 0;
  fprintf(stderr, "follicle-composite: %s failed (%s): %s\n", step, follicle_result_string(result),
          follicle_last_error(ctx));
  return 1;
}

static int set_up_scene(follicle_context* ctx, const options* o, int width, int height) {
  follicle_camera camera;
  double pose[16];
  follicle_lighting lighting = FOLLICLE_LIGHTING_STUDIO;
  if (failed(ctx, o->head ? follicle_load_head(ctx, o->head) : follicle_use_default_head(ctx), "loading the head"))
    return 1;
  if (failed(ctx, o->design ? follicle_load_design(ctx, o->design) : follicle_load_preset(ctx, o->preset),
             "loading the design"))
    return 1;
  if (failed(ctx, follicle_set_session(ctx, (uint32_t)o->session), "setting the session")) return 1;
  if (failed(ctx, follicle_set_years(ctx, o->years), "setting the years")) return 1;
  if (o->lighting != NULL) {
    if (failed(NULL, follicle_lighting_from_name(o->lighting, &lighting), "reading --lighting")) return 1;
    if (failed(ctx, follicle_set_lighting(ctx, lighting), "setting the lighting")) return 1;
  }
  if (o->mode != NULL && strcmp(o->mode, "overlay") != 0 && strcmp(o->mode, "full") != 0) {
    return usage("--mode is overlay or full");
  }
  if (failed(ctx, follicle_set_mode(ctx, o->mode && strcmp(o->mode, "full") == 0 ? FOLLICLE_MODE_FULL
                                                                                    : FOLLICLE_MODE_OVERLAY),
             "setting the mode"))
    return 1;

  memset(&camera, 0, sizeof camera);
  camera.size = sizeof camera;
  camera.width = (uint32_t)width;
  camera.height = (uint32_t)height;
  camera.fx = o->fx > 0.0 ? o->fx : DEFAULT_FOCAL_PER_HEIGHT * height;
  camera.fy = o->fy > 0.0 ? o->fy : camera.fx;
  camera.cx = o->fx > 0.0 ? o->cx : 0.5 * (width - 1);
  camera.cy = o->fy > 0.0 ? o->cy : 0.5 * (height - 1);
  if (failed(ctx, follicle_set_camera(ctx, &camera), "setting the camera")) return 1;
  if (failed(NULL, follicle_pose_from_rvec_tvec(o->rvec, o->tvec, pose), "reading --rvec/--tvec")) return 1;
  return failed(ctx, follicle_set_head_pose(ctx, pose), "setting the head pose");
}

/* A one-plane picture in memory stb_image allocated: rows packed, `bytes` per pixel. */
static follicle_image packed_image(follicle_format format, int width, int height, unsigned char* pixels,
                                   int bytes) {
  follicle_image image;
  memset(&image, 0, sizeof image);
  image.size = sizeof image;
  image.format = format;
  image.width = (uint32_t)width;
  image.height = (uint32_t)height;
  image.planes[0] = pixels;
  image.strides[0] = (size_t)width * (size_t)bytes;
  return image;
}

static int composite(follicle_context* ctx, const options* o) {
  int width = 0, height = 0, channels = 0, mask_width = 0, mask_height = 0, status = 1;
  unsigned char* pixels = stbi_load(o->in, &width, &height, &channels, 4);
  unsigned char* mask_pixels = NULL;
  follicle_image frame, mask;
  follicle_timings timings;
  if (pixels == NULL) {
    fprintf(stderr, "follicle-composite: cannot read %s: %s\n", o->in, stbi_failure_reason());
    return 1;
  }
  if (o->mask != NULL) {
    mask_pixels = stbi_load(o->mask, &mask_width, &mask_height, &channels, 1);
    if (mask_pixels == NULL) {
      fprintf(stderr, "follicle-composite: cannot read %s: %s\n", o->mask, stbi_failure_reason());
      goto done;
    }
  }
  if (set_up_scene(ctx, o, width, height) != 0) goto done;

  frame = packed_image(FOLLICLE_FORMAT_RGBA8, width, height, pixels, 4);
  mask = packed_image(FOLLICLE_FORMAT_GRAY8, mask_width, mask_height, mask_pixels, 1);
  if (failed(ctx, follicle_composite(ctx, &frame, mask_pixels ? &mask : NULL), "compositing")) goto done;

  if (!stbi_write_png(o->out, width, height, 4, pixels, width * 4)) {
    fprintf(stderr, "follicle-composite: cannot write %s\n", o->out);
    goto done;
  }
  memset(&timings, 0, sizeof timings);
  timings.size = sizeof timings;
  if (follicle_get_timings(ctx, &timings) == FOLLICLE_OK) {
    printf("%s: %dx%d composited in %.1f ms (layout %.1f, GPU %.1f, readback %.1f, blend %.1f)\n", o->out, width,
           height, timings.total_ms, timings.layout_ms, timings.gpu_ms, timings.readback_ms, timings.blend_ms);
  }
  status = 0;
done:
  stbi_image_free(mask_pixels);
  stbi_image_free(pixels);
  return status;
}

int main(int argc, char** argv) {
  options o;
  follicle_context* ctx = NULL;
  follicle_context_info info;
  const char* device = NULL;
  int status = parse_options(argc, argv, &o);
  if (status != 0) return status;

  memset(&info, 0, sizeof info);
  info.size = sizeof info;
  if (failed(NULL, follicle_context_create(&info, &ctx), "starting the renderer")) return 1;
  if (follicle_device_name(ctx, &device) == FOLLICLE_OK) printf("follicle %s on %s\n", follicle_version_string(), device);
  status = composite(ctx, &o);
  follicle_context_destroy(ctx);
  return status;
}
