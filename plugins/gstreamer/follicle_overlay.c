#include "follicle_overlay.h"

#include <string.h>

#include <gst/video/video.h>

#include "frame_image.h"
#include "overlay_context.h"
#include "overlay_settings.h"
#include "pose_meta.h"

GST_DEBUG_CATEGORY (follicle_overlay_debug);
#define GST_CAT_DEFAULT follicle_overlay_debug

struct _FollicleOverlay {
  GstVideoFilter parent;

  /* Written by property setters on any thread, read by the streaming thread; both under the object lock.
   * `changes` counts the writes so the streaming thread copies the settings only after one. */
  FollicleOverlaySettings wanted;
  guint64 changes;

  /* The streaming thread's own (start/stop and transform run there, or with the stream stopped). */
  FollicleOverlayContext context;
  FollicleOverlaySettings current;
  guint64 current_changes;
  gboolean warned_no_design;
};

G_DEFINE_TYPE (FollicleOverlay, follicle_overlay, GST_TYPE_VIDEO_FILTER)
GST_ELEMENT_REGISTER_DEFINE (follicleoverlay, "follicleoverlay", GST_RANK_NONE, FOLLICLE_TYPE_OVERLAY)

enum {
  PROP_0,
  PROP_DESIGN,
  PROP_PRESET,
  PROP_HEAD,
  PROP_DEVICE,
  PROP_MODE,
  PROP_SESSION,
  PROP_YEARS,
  PROP_LIGHTING,
  PROP_POSE,
  PROP_INTRINSICS,
  PROP_FIELD_OF_VIEW,
  PROP_EXPOSURE
};

#define FOLLICLE_TYPE_OVERLAY_MODE (follicle_overlay_mode_get_type ())
static GType follicle_overlay_mode_get_type (void)
{
  static GType type = 0;
  static const GEnumValue values[] = {
    { FOLLICLE_MODE_OVERLAY, "Only pigment and stubble, over the patient's own skin", "overlay" },
    { FOLLICLE_MODE_FULL, "The rendered head over the frame", "full" },
    { 0, NULL, NULL }
  };
  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("FollicleOverlayMode", values));
  return type;
}

#define FOLLICLE_TYPE_OVERLAY_LIGHTING (follicle_overlay_lighting_get_type ())
static GType follicle_overlay_lighting_get_type (void)
{
  static GType type = 0;
  static const GEnumValue values[] = {
    { FOLLICLE_LIGHTING_STUDIO, "Studio: key, fill and rim", "studio" },
    { FOLLICLE_LIGHTING_SOFT_DAYLIGHT, "Soft daylight from a window", "soft-daylight" },
    { FOLLICLE_LIGHTING_OFFICE, "Office ceiling panels", "office" },
    { FOLLICLE_LIGHTING_HARSH_OVERHEAD, "A harsh light from straight above", "harsh-overhead" },
    { FOLLICLE_LIGHTING_FLASH, "An on-camera flash", "flash" },
    { 0, NULL, NULL }
  };
  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("FollicleOverlayLighting", values));
  return type;
}

static void replace_text (gchar** field, const GValue* value)
{
  g_free (*field);
  *field = g_value_dup_string (value);
}

static void follicle_overlay_set_property (GObject* object, guint id, const GValue* value, GParamSpec* pspec)
{
  FollicleOverlay* self = FOLLICLE_OVERLAY (object);
  gchar* error = NULL;
  GST_OBJECT_LOCK (self);
  FollicleOverlaySettings* wanted = &self->wanted;
  switch (id) {
    case PROP_DESIGN: replace_text (&wanted->design, value); break;
    case PROP_PRESET: replace_text (&wanted->preset, value); break;
    case PROP_HEAD: replace_text (&wanted->head, value); break;
    case PROP_DEVICE: replace_text (&wanted->device, value); break;
    case PROP_MODE: wanted->mode = (follicle_mode) g_value_get_enum (value); break;
    case PROP_SESSION: wanted->session = g_value_get_uint (value); break;
    case PROP_YEARS: wanted->years = g_value_get_double (value); break;
    case PROP_LIGHTING: wanted->lighting = (follicle_lighting) g_value_get_enum (value); break;
    case PROP_POSE: follicle_gst_parse_pose (g_value_get_string (value), wanted->pose, &error); break;
    case PROP_INTRINSICS: follicle_gst_parse_intrinsics (g_value_get_string (value), wanted, &error); break;
    case PROP_FIELD_OF_VIEW: wanted->fov_degrees = g_value_get_double (value); break;
    case PROP_EXPOSURE: wanted->exposure_ev = g_value_get_double (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec); break;
  }
  ++self->changes;
  GST_OBJECT_UNLOCK (self);
  /* A malformed pose or intrinsics keeps the previous value and says so where the application will see it. */
  if (error != NULL) {
    GST_ELEMENT_WARNING (self, LIBRARY, SETTINGS, ("follicleoverlay: %s ignored", pspec->name), ("%s", error));
    g_free (error);
  }
}

static void follicle_overlay_get_property (GObject* object, guint id, GValue* value, GParamSpec* pspec)
{
  FollicleOverlay* self = FOLLICLE_OVERLAY (object);
  GST_OBJECT_LOCK (self);
  const FollicleOverlaySettings* wanted = &self->wanted;
  switch (id) {
    case PROP_DESIGN: g_value_set_string (value, wanted->design); break;
    case PROP_PRESET: g_value_set_string (value, wanted->preset); break;
    case PROP_HEAD: g_value_set_string (value, wanted->head); break;
    case PROP_DEVICE: g_value_set_string (value, wanted->device); break;
    case PROP_MODE: g_value_set_enum (value, (gint) wanted->mode); break;
    case PROP_SESSION: g_value_set_uint (value, wanted->session); break;
    case PROP_YEARS: g_value_set_double (value, wanted->years); break;
    case PROP_LIGHTING: g_value_set_enum (value, (gint) wanted->lighting); break;
    case PROP_POSE: g_value_take_string (value, follicle_gst_format_pose (wanted->pose)); break;
    case PROP_INTRINSICS: g_value_take_string (value, follicle_gst_format_intrinsics (wanted)); break;
    case PROP_FIELD_OF_VIEW: g_value_set_double (value, wanted->fov_degrees); break;
    case PROP_EXPOSURE: g_value_set_double (value, wanted->exposure_ev); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec); break;
  }
  GST_OBJECT_UNLOCK (self);
}

/* Copies the properties' values when they changed since the last frame. */
static void take_settings (FollicleOverlay* self)
{
  GST_OBJECT_LOCK (self);
  if (self->changes != self->current_changes) {
    follicle_gst_settings_copy (&self->current, &self->wanted);
    self->current_changes = self->changes;
  }
  GST_OBJECT_UNLOCK (self);
}

static GstFlowReturn follicle_overlay_transform_frame_ip (GstVideoFilter* filter, GstVideoFrame* frame)
{
  FollicleOverlay* self = FOLLICLE_OVERLAY (filter);
  take_settings (self);
  if (!follicle_gst_context_update (&self->context, GST_ELEMENT (self), &self->current))
    return GST_FLOW_ERROR;
  /* Overlay mode without a design has nothing to add: the frame goes through untouched. */
  if (!self->context.has_design && self->current.mode == FOLLICLE_MODE_OVERLAY) {
    if (!self->warned_no_design)
      GST_WARNING_OBJECT (self, "no design or preset set: frames pass through unchanged");
    self->warned_no_design = TRUE;
    return GST_FLOW_OK;
  }

  gdouble pose[16];
  gchar* error = NULL;
  if (!follicle_gst_buffer_get_pose (frame->buffer, pose, &error)) {
    if (error != NULL) {
      GST_ELEMENT_WARNING (self, STREAM, FORMAT, ("follicleoverlay: a buffer's pose was ignored"), ("%s", error));
      g_free (error);
    }
    memcpy (pose, self->current.pose, sizeof pose);
  }
  follicle_image image;
  if (!follicle_gst_frame_image (frame, &image)) {
    GST_ELEMENT_ERROR (self, STREAM, FORMAT, ("follicleoverlay: unsupported format %s",
                       gst_video_format_to_string (GST_VIDEO_FRAME_FORMAT (frame))), (NULL));
    return GST_FLOW_ERROR;
  }
  if (!follicle_gst_context_composite (&self->context, GST_ELEMENT (self), &self->current, pose, &image))
    return GST_FLOW_ERROR;
  return GST_FLOW_OK;
}

static gboolean follicle_overlay_stop (GstBaseTransform* transform)
{
  FollicleOverlay* self = FOLLICLE_OVERLAY (transform);
  follicle_gst_context_clear (&self->context);
  self->current_changes = self->changes - 1; /* the next start takes the settings afresh */
  self->warned_no_design = FALSE;
  return TRUE;
}

static void follicle_overlay_finalize (GObject* object)
{
  FollicleOverlay* self = FOLLICLE_OVERLAY (object);
  follicle_gst_context_clear (&self->context);
  follicle_gst_settings_clear (&self->context.applied);
  follicle_gst_settings_clear (&self->wanted);
  follicle_gst_settings_clear (&self->current);
  G_OBJECT_CLASS (follicle_overlay_parent_class)->finalize (object);
}

static void install_text (GObjectClass* klass, guint id, const gchar* name, const gchar* nick, const gchar* blurb,
                          const gchar* fallback)
{
  g_object_class_install_property (klass, id, g_param_spec_string (name, nick, blurb, fallback,
                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | GST_PARAM_MUTABLE_PLAYING));
}

static void install_properties (GObjectClass* klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | GST_PARAM_MUTABLE_PLAYING;
  install_text (klass, PROP_DESIGN, "design", "Design", "The design document (JSON) to show", NULL);
  install_text (klass, PROP_PRESET, "preset", "Preset",
                "A shipped design by name (norwood-3, norwood-7, fue-scar, ...), used when design is unset", NULL);
  install_text (klass, PROP_HEAD, "head", "Head", "The patient's head scan (OBJ, glTF, FBX, PLY, STL); unset: "
                "the built-in head", NULL);
  install_text (klass, PROP_DEVICE, "device", "Device", "The Vulkan device: its index or part of its name; "
                "unset: the best GPU, else the CPU", NULL);
  g_object_class_install_property (klass, PROP_MODE, g_param_spec_enum ("mode", "Mode", "What is drawn",
                                   FOLLICLE_TYPE_OVERLAY_MODE, FOLLICLE_MODE_OVERLAY, flags));
  g_object_class_install_property (klass, PROP_SESSION, g_param_spec_uint ("session", "Session",
                                   "Sessions done (0: all of the design's)", 0, 4, 0, flags));
  g_object_class_install_property (klass, PROP_YEARS, g_param_spec_double ("years", "Years",
                                   "Years since the last session, for ageing (-1: the design's own)", -1.0, 100.0,
                                   -1.0, flags));
  g_object_class_install_property (klass, PROP_LIGHTING, g_param_spec_enum ("lighting", "Lighting",
                                   "The light the stubble (and the full head) is shaded with",
                                   FOLLICLE_TYPE_OVERLAY_LIGHTING, FOLLICLE_LIGHTING_STUDIO, flags));
  install_text (klass, PROP_POSE, "pose", "Head pose",
                "Head frame (mm) to camera (OpenCV axes: x right, y down, z forward): 16 numbers, the "
                "column-major matrix, or 6, an OpenCV rvec then tvec in mm. A buffer's " FOLLICLE_GST_POSE_META_NAME
                " overrides it. Unset: facing the camera 550 mm away", NULL);
  install_text (klass, PROP_INTRINSICS, "intrinsics", "Camera intrinsics",
                "\"fx,fy,cx,cy\" in pixels (OpenCV); unset: from field-of-view", NULL);
  g_object_class_install_property (klass, PROP_FIELD_OF_VIEW, g_param_spec_double ("field-of-view",
                                   "Field of view", "Vertical field of view in degrees, when intrinsics are unset",
                                   1.0, 170.0, FOLLICLE_GST_DEFAULT_FOV_DEGREES, flags));
  g_object_class_install_property (klass, PROP_EXPOSURE, g_param_spec_double ("exposure", "Exposure",
                                   "Full mode: EV added to the lighting's exposure (overlay mode matches the "
                                   "frame's own)", -10.0, 10.0, 0.0, flags));
}

static void follicle_overlay_class_init (FollicleOverlayClass* klass)
{
  GObjectClass* object_class = G_OBJECT_CLASS (klass);
  GstElementClass* element_class = GST_ELEMENT_CLASS (klass);
  object_class->set_property = follicle_overlay_set_property;
  object_class->get_property = follicle_overlay_get_property;
  object_class->finalize = follicle_overlay_finalize;
  install_properties (object_class);

  GstCaps* caps = gst_caps_from_string (GST_VIDEO_CAPS_MAKE (FOLLICLE_GST_VIDEO_FORMATS));
  gst_element_class_add_pad_template (element_class, gst_pad_template_new ("sink", GST_PAD_SINK, GST_PAD_ALWAYS, caps));
  gst_element_class_add_pad_template (element_class, gst_pad_template_new ("src", GST_PAD_SRC, GST_PAD_ALWAYS, caps));
  gst_caps_unref (caps);
  gst_element_class_set_static_metadata (element_class, "Follicle SMP overlay", "Filter/Effect/Video",
      "Shows scalp micropigmentation on the patient's head in a live video: pigment dots under the skin and "
      "stubble, placed by the head's pose, blended in linear light (or the whole rendered head)",
      "Follicle <https://follicle.invalid>");

  GST_BASE_TRANSFORM_CLASS (klass)->stop = follicle_overlay_stop;
  GST_VIDEO_FILTER_CLASS (klass)->transform_frame_ip = follicle_overlay_transform_frame_ip;
  gst_type_mark_as_plugin_api (FOLLICLE_TYPE_OVERLAY_MODE, 0);
  gst_type_mark_as_plugin_api (FOLLICLE_TYPE_OVERLAY_LIGHTING, 0);
}

static void follicle_overlay_init (FollicleOverlay* self)
{
  follicle_gst_settings_init (&self->wanted);
  follicle_gst_settings_init (&self->current);
  follicle_gst_context_init (&self->context);
  self->changes = 1; /* differs from current_changes (0): the first frame takes the settings */
}
