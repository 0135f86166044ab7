#include "thread_priority.h"

#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace follicle::studio {

namespace {

// Used only where SCHED_IDLE is refused: the lowest priority nice allows, though a niced worker still keeps its
// core for a while when the UI wakes up.
constexpr int kFallbackNice = 19;

}  // namespace

// SCHED_IDLE threads get the CPU that no other thread of the session (in Linux's autogroup: the studio and what
// was started from the same terminal or desktop session) wants, and every other thread preempts them on waking.
// The price: while the UI draws, the workers wait for it (studio_bench's drag -> picture did not get slower: the
// UI got cheaper too), a busy program started from the same session can starve them, and the settle worker no
// longer ranks below the layout and render workers, as idle threads all weigh the same. Linux threads inherit
// their creator's policy, so the driver threads a worker starts are idle threads as well.
void runBelowTheUi() {
  const sched_param noPriority{};  // SCHED_IDLE takes priority 0
  if (pthread_setschedparam(pthread_self(), SCHED_IDLE, &noPriority) == 0) return;
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  setpriority(PRIO_PROCESS, tid, kFallbackNice);
}

}  // namespace follicle::studio
