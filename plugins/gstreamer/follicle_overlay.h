/* follicleoverlay: a GstVideoFilter that composites an SMP design onto each video frame in place, through
 * libfollicle's C ABI (the same calls any other host makes). */
#ifndef FOLLICLE_GST_FOLLICLE_OVERLAY_H
#define FOLLICLE_GST_FOLLICLE_OVERLAY_H

#include <gst/video/gstvideofilter.h>

G_BEGIN_DECLS

#define FOLLICLE_TYPE_OVERLAY (follicle_overlay_get_type ())
G_DECLARE_FINAL_TYPE (FollicleOverlay, follicle_overlay, FOLLICLE, OVERLAY, GstVideoFilter)

GST_ELEMENT_REGISTER_DECLARE (follicleoverlay)

G_END_DECLS

#endif
