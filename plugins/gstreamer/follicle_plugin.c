/* The "follicle" GStreamer plugin: the follicleoverlay element and the per-buffer pose meta it reads. */
#include <gst/gst.h>

#include <follicle/follicle.h>

#include "follicle_overlay.h"
#include "pose_meta.h"

/* GST_PLUGIN_DEFINE names the package through this macro (autotools' config.h would define it). */
#define PACKAGE "follicle"

GST_DEBUG_CATEGORY_EXTERN (follicle_overlay_debug);

static gboolean plugin_init (GstPlugin* plugin)
{
  GST_DEBUG_CATEGORY_INIT (follicle_overlay_debug, "follicleoverlay", 0, "Follicle SMP overlay");
  follicle_gst_register_pose_meta ();
  return GST_ELEMENT_REGISTER (follicleoverlay, plugin);
}

GST_PLUGIN_DEFINE (GST_VERSION_MAJOR, GST_VERSION_MINOR, follicle,
                   "Scalp micropigmentation on live video, by libfollicle", plugin_init, FOLLICLE_GST_VERSION,
                   "Proprietary", "Follicle", "https://follicle.invalid")
