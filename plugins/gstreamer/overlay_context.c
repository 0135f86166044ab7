#include "overlay_context.h"

#include <string.h>

GST_DEBUG_CATEGORY_EXTERN (follicle_overlay_debug);
#define GST_CAT_DEFAULT follicle_overlay_debug

void follicle_gst_context_init (FollicleOverlayContext* context)
{
  memset (context, 0, sizeof *context);
  follicle_gst_settings_init (&context->applied);
}

void follicle_gst_context_clear (FollicleOverlayContext* context)
{
  follicle_context_destroy (context->ctx);
  follicle_gst_settings_clear (&context->applied);
  follicle_gst_context_init (context);
}

/* Posts libfollicle's last error as the element's error; `what` says which step failed. */
static gboolean fail (FollicleOverlayContext* context, GstElement* element, const gchar* what)
{
  GST_ELEMENT_ERROR (element, LIBRARY, FAILED, ("follicleoverlay: %s", what),
                     ("%s", follicle_last_error (context->ctx)));
  return FALSE;
}

static gboolean create (FollicleOverlayContext* context, GstElement* element, const gchar* device)
{
  follicle_context_info info;
  memset (&info, 0, sizeof info);
  info.size = sizeof info;
  info.device = device;
  if (follicle_context_create (&info, &context->ctx) != FOLLICLE_OK) {
    GST_ELEMENT_ERROR (element, LIBRARY, INIT, ("follicleoverlay: no Vulkan device to render on"),
                       ("%s", follicle_last_error (NULL)));
    return FALSE;
  }
  const gchar* name = NULL;
  if (follicle_device_name (context->ctx, &name) == FOLLICLE_OK)
    GST_INFO_OBJECT (element, "rendering on %s", name);
  return TRUE;
}

static gboolean same_text (const gchar* a, const gchar* b)
{
  return g_strcmp0 (a, b) == 0;
}

static gboolean apply_design (FollicleOverlayContext* context, GstElement* element,
                              const FollicleOverlaySettings* wanted)
{
  follicle_result result = FOLLICLE_OK;
  if (wanted->design != NULL && *wanted->design != '\0')
    result = follicle_load_design (context->ctx, wanted->design);
  else if (wanted->preset != NULL && *wanted->preset != '\0')
    result = follicle_load_preset (context->ctx, wanted->preset);
  else
    return TRUE;
  if (result == FOLLICLE_OK) {
    context->has_design = TRUE;
    return TRUE;
  }
  if (!context->has_design)
    return fail (context, element, "the design could not be loaded");
  GST_ELEMENT_WARNING (element, LIBRARY, SETTINGS, ("follicleoverlay: the new design could not be loaded; "
                       "keeping the previous one"), ("%s", follicle_last_error (context->ctx)));
  return TRUE;
}

gboolean follicle_gst_context_update (FollicleOverlayContext* context, GstElement* element,
                                      const FollicleOverlaySettings* wanted)
{
  FollicleOverlaySettings* applied = &context->applied;
  const gboolean fresh = context->ctx == NULL || !same_text (applied->device, wanted->device);
  if (fresh) {
    follicle_gst_context_clear (context);
    if (!create (context, element, wanted->device))
      return FALSE;
  }
  const gboolean new_head = fresh || !same_text (applied->head, wanted->head);
  if (new_head) {
    const follicle_result result = wanted->head != NULL && *wanted->head != '\0'
                                       ? follicle_load_head (context->ctx, wanted->head)
                                       : follicle_use_default_head (context->ctx);
    if (result != FOLLICLE_OK)
      return fail (context, element, "the head could not be loaded");
  }
  if (fresh || !same_text (applied->design, wanted->design) || !same_text (applied->preset, wanted->preset)) {
    if (!apply_design (context, element, wanted))
      return FALSE;
  }
  if ((fresh || applied->session != wanted->session) &&
      follicle_set_session (context->ctx, wanted->session) != FOLLICLE_OK)
    return fail (context, element, "the session could not be set");
  if ((fresh || applied->years != wanted->years) &&
      follicle_set_years (context->ctx, wanted->years) != FOLLICLE_OK)
    return fail (context, element, "the years could not be set");
  if ((fresh || applied->lighting != wanted->lighting) &&
      follicle_set_lighting (context->ctx, wanted->lighting) != FOLLICLE_OK)
    return fail (context, element, "the lighting could not be set");
  if ((fresh || applied->mode != wanted->mode) && follicle_set_mode (context->ctx, wanted->mode) != FOLLICLE_OK)
    return fail (context, element, "the mode could not be set");
  if (fresh || applied->exposure_ev != wanted->exposure_ev) {
    follicle_exposure exposure;
    memset (&exposure, 0, sizeof exposure);
    exposure.size = sizeof exposure;
    exposure.source = FOLLICLE_EXPOSURE_FROM_FRAME;
    exposure.compensation_ev = (float) wanted->exposure_ev;
    if (follicle_set_exposure (context->ctx, &exposure) != FOLLICLE_OK)
      return fail (context, element, "the exposure could not be set");
  }
  follicle_gst_settings_copy (applied, wanted);
  return TRUE;
}

static gboolean same_camera (const follicle_camera* a, const follicle_camera* b)
{
  return a->width == b->width && a->height == b->height && a->fx == b->fx && a->fy == b->fy && a->cx == b->cx &&
         a->cy == b->cy;
}

gboolean follicle_gst_context_composite (FollicleOverlayContext* context, GstElement* element,
                                         const FollicleOverlaySettings* wanted, const gdouble pose[16],
                                         follicle_image* frame)
{
  const follicle_camera camera = follicle_gst_camera (wanted, frame->width, frame->height);
  if (!same_camera (&camera, &context->camera)) {
    if (follicle_set_camera (context->ctx, &camera) != FOLLICLE_OK)
      return fail (context, element, "the camera could not be set");
    context->camera = camera;
  }
  if (follicle_set_head_pose (context->ctx, pose) != FOLLICLE_OK)
    return fail (context, element, "the head pose could not be set");
  if (follicle_composite (context->ctx, frame, NULL) != FOLLICLE_OK)
    return fail (context, element, "the frame could not be composited");
  return TRUE;
}
