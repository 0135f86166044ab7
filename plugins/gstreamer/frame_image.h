/* A mapped GstVideoFrame seen as a libfollicle image, without copying: the element composites in place. */
#ifndef FOLLICLE_GST_FRAME_IMAGE_H
#define FOLLICLE_GST_FRAME_IMAGE_H

#include <gst/video/video.h>

#include <follicle/follicle.h>

G_BEGIN_DECLS

/* The caps the element accepts: the packed RGB formats and the two common camera YUV layouts. */
#define FOLLICLE_GST_VIDEO_FORMATS "{ RGBA, BGRA, RGBx, BGRx, NV12, I420 }"

/* FALSE for a format outside FOLLICLE_GST_VIDEO_FORMATS (negotiation keeps those out). */
gboolean follicle_gst_frame_image (GstVideoFrame* frame, follicle_image* image);

G_END_DECLS

#endif
