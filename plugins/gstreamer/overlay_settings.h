/* What the follicleoverlay element's properties ask for, as plain values the streaming thread can apply to a
 * libfollicle context. The application thread writes them (under the element's lock); the streaming thread
 * copies them out and applies what changed, so neither waits on the other's rendering. */
#ifndef FOLLICLE_GST_OVERLAY_SETTINGS_H
#define FOLLICLE_GST_OVERLAY_SETTINGS_H

#include <glib.h>

#include <follicle/follicle.h>

G_BEGIN_DECLS

/* The field of view used when the host gives no intrinsics: a typical webcam's vertical field. */
#define FOLLICLE_GST_DEFAULT_FOV_DEGREES 45.0
/* Where the head sits when the host gives no pose: facing the camera, this far away, so a webcam frame shows
 * the whole head with its hairline (see follicle_gst_default_pose). */
#define FOLLICLE_GST_DEFAULT_DISTANCE_MM 550.0

typedef struct {
  gchar* design;   /* a design file; NULL: none */
  gchar* preset;   /* a shipped preset's name, used when design is NULL; NULL: none */
  gchar* head;     /* a head scan; NULL: the built-in head */
  gchar* device;   /* the Vulkan device (follicle_context_info.device); NULL: the default choice */
  follicle_mode mode;
  guint session;   /* 0: all of the design's sessions */
  gdouble years;   /* < 0: the design's own */
  follicle_lighting lighting;
  gdouble pose[16];        /* head frame -> camera (OpenCV axes), column-major, as libfollicle takes it */
  gboolean has_intrinsics; /* else the field of view makes them from the frame's size */
  gdouble fx, fy, cx, cy;
  gdouble fov_degrees;     /* vertical */
  gdouble exposure_ev;     /* full mode's exposure compensation */
} FollicleOverlaySettings;

void follicle_gst_settings_init (FollicleOverlaySettings* settings);
void follicle_gst_settings_clear (FollicleOverlaySettings* settings);
void follicle_gst_settings_copy (FollicleOverlaySettings* to, const FollicleOverlaySettings* from);

/* The head facing the camera, FOLLICLE_GST_DEFAULT_DISTANCE_MM away, centred. */
void follicle_gst_default_pose (gdouble pose[16]);

/* Parses a pose property: 16 numbers (the column-major head-to-camera matrix) or 6 (an OpenCV rvec then tvec
 * in mm), separated by commas and/or spaces. On failure returns FALSE with *error saying what was wrong. */
gboolean follicle_gst_parse_pose (const gchar* text, gdouble pose[16], gchar** error);

/* Parses an intrinsics property: "fx,fy,cx,cy" in pixels (fx, fy > 0). NULL or "" clears them. */
gboolean follicle_gst_parse_intrinsics (const gchar* text, FollicleOverlaySettings* settings, gchar** error);

/* Writes the pose and the intrinsics back as text (for reading the properties); g_free the result. */
gchar* follicle_gst_format_pose (const gdouble pose[16]);
gchar* follicle_gst_format_intrinsics (const FollicleOverlaySettings* settings);

/* The camera for a frame of the given size: the given intrinsics, or the field of view's. */
follicle_camera follicle_gst_camera (const FollicleOverlaySettings* settings, guint width, guint height);

G_END_DECLS

#endif
