/* The streaming thread's side of follicleoverlay: one libfollicle context, brought up to date with the
 * properties' latest values before each frame. Only the streaming thread touches it, so the context's
 * one-thread-at-a-time rule holds without holding a lock while rendering. */
#ifndef FOLLICLE_GST_OVERLAY_CONTEXT_H
#define FOLLICLE_GST_OVERLAY_CONTEXT_H

#include <gst/gst.h>

#include "overlay_settings.h"

G_BEGIN_DECLS

typedef struct {
  follicle_context* ctx;
  FollicleOverlaySettings applied; /* what the context was last given */
  gboolean has_design;             /* a design or preset was applied: there is something to draw */
  follicle_camera camera;          /* the last camera set; width 0 when none */
} FollicleOverlayContext;

void follicle_gst_context_init (FollicleOverlayContext* context);
/* Destroys the libfollicle context (at stop: the device is released while the pipeline is idle). */
void follicle_gst_context_clear (FollicleOverlayContext* context);

/* Brings the context up to `wanted`: makes it on first use (or when the device changes) and applies the head,
 * design and view settings that changed. A failure posts an element error and returns FALSE; a design that
 * fails while another is already applied only posts a warning and keeps the old one, so a typo in a live
 * property change does not stop the stream. */
gboolean follicle_gst_context_update (FollicleOverlayContext* context, GstElement* element,
                                      const FollicleOverlaySettings* wanted);

/* Composites onto the frame in place with this pose and the camera for the frame's size. */
gboolean follicle_gst_context_composite (FollicleOverlayContext* context, GstElement* element,
                                         const FollicleOverlaySettings* wanted, const gdouble pose[16],
                                         follicle_image* frame);

G_END_DECLS

#endif
