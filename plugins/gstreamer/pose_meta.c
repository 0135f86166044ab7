#include "pose_meta.h"

#include "overlay_settings.h"

void follicle_gst_register_pose_meta (void)
{
  /* A pose describes where the content is, not how it is encoded: it survives copies and format conversions
   * (videoconvert) but not scaling or cropping, which would move the head in the picture. The "video" tag
   * tells elements that transform the picture's geometry to drop it. */
  static const gchar* tags[] = { "video", NULL };
  gst_meta_register_custom (FOLLICLE_GST_POSE_META_NAME, tags, NULL, NULL, NULL);
}

void follicle_gst_buffer_set_pose (GstBuffer* buffer, const gdouble pose[16])
{
  GstCustomMeta* meta = gst_buffer_get_custom_meta (buffer, FOLLICLE_GST_POSE_META_NAME);
  if (meta == NULL)
    meta = gst_buffer_add_custom_meta (buffer, FOLLICLE_GST_POSE_META_NAME);
  GValue array = G_VALUE_INIT;
  gst_value_array_init (&array, 16);
  for (gint i = 0; i < 16; ++i) {
    GValue element = G_VALUE_INIT;
    g_value_init (&element, G_TYPE_DOUBLE);
    g_value_set_double (&element, pose[i]);
    gst_value_array_append_and_take_value (&array, &element);
  }
  gst_structure_take_value (gst_custom_meta_get_structure (meta), FOLLICLE_GST_POSE_META_FIELD, &array);
}

gboolean follicle_gst_buffer_get_pose (GstBuffer* buffer, gdouble pose[16], gchar** error)
{
  GstCustomMeta* meta = gst_buffer_get_custom_meta (buffer, FOLLICLE_GST_POSE_META_NAME);
  if (meta == NULL)
    return FALSE;
  const GValue* value = gst_structure_get_value (gst_custom_meta_get_structure (meta),
                                                 FOLLICLE_GST_POSE_META_FIELD);
  if (value == NULL) {
    *error = g_strdup (FOLLICLE_GST_POSE_META_NAME " has no \"" FOLLICLE_GST_POSE_META_FIELD "\" field");
    return FALSE;
  }
  if (G_VALUE_HOLDS_STRING (value))
    return follicle_gst_parse_pose (g_value_get_string (value), pose, error);
  if (!GST_VALUE_HOLDS_ARRAY (value) || gst_value_array_get_size (value) != 16) {
    *error = g_strdup (FOLLICLE_GST_POSE_META_NAME "'s \"" FOLLICLE_GST_POSE_META_FIELD
                       "\" is neither an array of 16 doubles nor a string");
    return FALSE;
  }
  for (guint i = 0; i < 16; ++i) {
    const GValue* element = gst_value_array_get_value (value, i);
    if (!G_VALUE_HOLDS_DOUBLE (element)) {
      *error = g_strdup_printf (FOLLICLE_GST_POSE_META_NAME "'s \"" FOLLICLE_GST_POSE_META_FIELD
                                "\" element %u is a %s, not a double", i, G_VALUE_TYPE_NAME (element));
      return FALSE;
    }
    pose[i] = g_value_get_double (element);
  }
  return TRUE;
}
