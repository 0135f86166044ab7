#pragma once
// The studio's background threads (the scene's layout, settle and render workers, exports, head imports) give
// way to the UI thread at once. On a machine with few cores a window frame is a relay: the UI thread records
// and submits, the window's lavapipe threads rasterise, the X server takes the pixels, and each is woken by the
// one before. A worker merely niced keeps its core for a while at each hand-over, and those waits added up to UI
// frames of 20-50 ms against ~9 ms typical; a SCHED_IDLE thread is preempted as soon as any other thread of its
// session wants the core.
namespace follicle::studio {

// Puts the calling thread below the UI, and with it every thread it starts from then on: create a Renderer
// after calling this, so that its driver's rasteriser and queue threads run below the UI too. Best effort: where
// SCHED_IDLE is refused the thread is niced instead; a refusal only costs smoothness.
void runBelowTheUi();

}  // namespace follicle::studio
