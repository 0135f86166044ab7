#include "frame_image.h"

#include <string.h>

gboolean follicle_gst_frame_image (GstVideoFrame* frame, follicle_image* image)
{
  memset (image, 0, sizeof *image);
  image->size = sizeof *image;
  image->width = GST_VIDEO_FRAME_WIDTH (frame);
  image->height = GST_VIDEO_FRAME_HEIGHT (frame);
  /* RGBx/BGRx go through the RGBA8/BGRA8 paths: compositing never changes the fourth byte. */
  switch (GST_VIDEO_FRAME_FORMAT (frame)) {
    case GST_VIDEO_FORMAT_RGBA:
    case GST_VIDEO_FORMAT_RGBx:
      image->format = FOLLICLE_FORMAT_RGBA8;
      break;
    case GST_VIDEO_FORMAT_BGRA:
    case GST_VIDEO_FORMAT_BGRx:
      image->format = FOLLICLE_FORMAT_BGRA8;
      break;
    case GST_VIDEO_FORMAT_NV12:
      image->format = FOLLICLE_FORMAT_NV12;
      break;
    case GST_VIDEO_FORMAT_I420:
      image->format = FOLLICLE_FORMAT_I420;
      break;
    default:
      return FALSE;
  }
  for (guint plane = 0; plane < GST_VIDEO_FRAME_N_PLANES (frame) && plane < 3; ++plane) {
    image->planes[plane] = GST_VIDEO_FRAME_PLANE_DATA (frame, plane);
    image->strides[plane] = (size_t) GST_VIDEO_FRAME_PLANE_STRIDE (frame, plane);
  }
  return TRUE;
}
