/* The head's pose per buffer: a GstCustomMeta named "FolliclePoseMeta" that an upstream head tracker attaches
 * to each frame, so the overlay follows the head without going through the application thread.
 *
 * Its structure has one field, "head-to-camera": either an array (GST_TYPE_ARRAY) of 16 doubles, the
 * column-major head-to-camera matrix as libfollicle takes it (OpenCV camera axes, mm), or a string with 16
 * numbers, or 6 (an OpenCV rvec, then tvec in mm). A buffer without the meta uses the element's pose property.
 *
 * The meta is registered when the plugin loads (gst_meta_register_custom), so any element or application in
 * the process can attach it once the plugin is loaded: gst_buffer_add_custom_meta (buffer, "FolliclePoseMeta"),
 * then set the field on gst_custom_meta_get_structure (meta). */
#ifndef FOLLICLE_GST_POSE_META_H
#define FOLLICLE_GST_POSE_META_H

#include <gst/gst.h>

G_BEGIN_DECLS

#define FOLLICLE_GST_POSE_META_NAME "FolliclePoseMeta"
#define FOLLICLE_GST_POSE_META_FIELD "head-to-camera"

void follicle_gst_register_pose_meta (void);

/* Attaches (or replaces) the pose on a writable buffer. */
void follicle_gst_buffer_set_pose (GstBuffer* buffer, const gdouble pose[16]);

/* The buffer's pose, when it carries one. Returns FALSE without a meta; with a malformed one, FALSE and
 * *error saying what is wrong with it. */
gboolean follicle_gst_buffer_get_pose (GstBuffer* buffer, gdouble pose[16], gchar** error);

G_END_DECLS

#endif
