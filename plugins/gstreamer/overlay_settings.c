#include "overlay_settings.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void follicle_gst_settings_init (FollicleOverlaySettings* settings)
{
  memset (settings, 0, sizeof *settings);
  settings->mode = FOLLICLE_MODE_OVERLAY;
  settings->years = -1.0;
  settings->lighting = FOLLICLE_LIGHTING_STUDIO;
  settings->fov_degrees = FOLLICLE_GST_DEFAULT_FOV_DEGREES;
  follicle_gst_default_pose (settings->pose);
}

void follicle_gst_settings_clear (FollicleOverlaySettings* settings)
{
  g_clear_pointer (&settings->design, g_free);
  g_clear_pointer (&settings->preset, g_free);
  g_clear_pointer (&settings->head, g_free);
  g_clear_pointer (&settings->device, g_free);
}

void follicle_gst_settings_copy (FollicleOverlaySettings* to, const FollicleOverlaySettings* from)
{
  follicle_gst_settings_clear (to);
  *to = *from;
  to->design = g_strdup (from->design);
  to->preset = g_strdup (from->preset);
  to->head = g_strdup (from->head);
  to->device = g_strdup (from->device);
}

void follicle_gst_default_pose (gdouble pose[16])
{
  /* Facing the camera: the head's +X (its left) goes to the camera's +x (the picture's right), its +Y (up) to
   * the camera's -y (y points down in OpenCV's frame) and its +Z (where the face looks) to -z (towards the
   * camera). */
  memset (pose, 0, 16 * sizeof pose[0]);
  pose[0] = 1.0;
  pose[5] = -1.0;
  pose[10] = -1.0;
  pose[14] = FOLLICLE_GST_DEFAULT_DISTANCE_MM;
  pose[15] = 1.0;
}

/* Splits on commas and white space; returns how many numbers were read, or -1 if a token is not a number. */
static gint parse_numbers (const gchar* text, gdouble* values, gint capacity, gchar** error)
{
  gchar** tokens = g_strsplit_set (text, ", \t\n", -1);
  gint count = 0;
  for (gchar** token = tokens; *token != NULL; ++token) {
    if (**token == '\0')
      continue;
    gchar* end = NULL;
    gdouble value = g_ascii_strtod (*token, &end);
    if (end == *token || *end != '\0' || !isfinite (value)) {
      *error = g_strdup_printf ("'%s' is not a number", *token);
      g_strfreev (tokens);
      return -1;
    }
    if (count < capacity)
      values[count] = value;
    ++count;
  }
  g_strfreev (tokens);
  return count;
}

gboolean follicle_gst_parse_pose (const gchar* text, gdouble pose[16], gchar** error)
{
  if (text == NULL || *text == '\0') {
    follicle_gst_default_pose (pose);
    return TRUE;
  }
  gdouble values[16];
  gint count = parse_numbers (text, values, 16, error);
  if (count < 0)
    return FALSE;
  if (count == 16) {
    memcpy (pose, values, sizeof values);
    return TRUE;
  }
  if (count == 6) {
    if (follicle_pose_from_rvec_tvec (values, values + 3, pose) == FOLLICLE_OK)
      return TRUE;
    *error = g_strdup (follicle_last_error (NULL));
    return FALSE;
  }
  *error = g_strdup_printf ("a pose is 16 numbers (the column-major head-to-camera matrix) or 6 (an OpenCV "
                            "rvec, then tvec in mm); got %d", count);
  return FALSE;
}

gboolean follicle_gst_parse_intrinsics (const gchar* text, FollicleOverlaySettings* settings, gchar** error)
{
  if (text == NULL || *text == '\0') {
    settings->has_intrinsics = FALSE;
    return TRUE;
  }
  gdouble values[4];
  gint count = parse_numbers (text, values, 4, error);
  if (count < 0)
    return FALSE;
  if (count != 4 || values[0] <= 0.0 || values[1] <= 0.0) {
    *error = g_strdup_printf ("intrinsics are \"fx,fy,cx,cy\" in pixels with fx and fy above 0; got '%s'", text);
    return FALSE;
  }
  settings->has_intrinsics = TRUE;
  settings->fx = values[0];
  settings->fy = values[1];
  settings->cx = values[2];
  settings->cy = values[3];
  return TRUE;
}

gchar* follicle_gst_format_pose (const gdouble pose[16])
{
  GString* text = g_string_new (NULL);
  for (gint i = 0; i < 16; ++i) {
    gchar number[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append (text, g_ascii_dtostr (number, sizeof number, pose[i]));
    if (i < 15)
      g_string_append_c (text, ',');
  }
  return g_string_free (text, FALSE);
}

gchar* follicle_gst_format_intrinsics (const FollicleOverlaySettings* settings)
{
  if (!settings->has_intrinsics)
    return g_strdup ("");
  gchar numbers[4][G_ASCII_DTOSTR_BUF_SIZE];
  return g_strdup_printf ("%s,%s,%s,%s", g_ascii_dtostr (numbers[0], sizeof numbers[0], settings->fx),
                          g_ascii_dtostr (numbers[1], sizeof numbers[1], settings->fy),
                          g_ascii_dtostr (numbers[2], sizeof numbers[2], settings->cx),
                          g_ascii_dtostr (numbers[3], sizeof numbers[3], settings->cy));
}

follicle_camera follicle_gst_camera (const FollicleOverlaySettings* settings, guint width, guint height)
{
  follicle_camera camera = { sizeof camera, width, height, 0.0, 0.0, 0.0, 0.0 };
  if (settings->has_intrinsics) {
    camera.fx = settings->fx;
    camera.fy = settings->fy;
    camera.cx = settings->cx;
    camera.cy = settings->cy;
  } else {
    /* Square pixels, the principal point at the picture's centre (OpenCV puts pixel centres at integers). */
    const gdouble half_fov = settings->fov_degrees * G_PI / 360.0;
    camera.fy = 0.5 * height / tan (half_fov);
    camera.fx = camera.fy;
    camera.cx = 0.5 * (width - 1.0);
    camera.cy = 0.5 * (height - 1.0);
  }
  return camera;
}
