#pragma once
// Objects a submitted frame may still use, kept alive until that frame's fence has signalled. Anything that
// is movable can be retired: owners (owners.h), Buffers, DeviceImages, or structs of them.
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace follicle::gpu {

class DeletionQueue {
 public:
  template <typename T>
  void retire(T&& object) {
    using Object = std::remove_cvref_t<T>;
    static_assert(!std::is_lvalue_reference_v<T>, "retire() takes ownership: pass std::move(object)");
    retired_.push_back(std::make_unique<Holder<Object>>(std::forward<T>(object)));
  }
  // Destroys everything retired so far, oldest first. Call only once the GPU is done with it.
  void flush() {
    for (auto& r : retired_) r.reset();
    retired_.clear();
  }
  bool empty() const { return retired_.empty(); }
  std::size_t size() const { return retired_.size(); }
  ~DeletionQueue() { flush(); }

  DeletionQueue() = default;
  DeletionQueue(DeletionQueue&&) noexcept = default;
  DeletionQueue& operator=(DeletionQueue&&) noexcept = default;

 private:
  struct Retired {
    virtual ~Retired() = default;
  };
  template <typename T>
  struct Holder final : Retired {
    explicit Holder(T&& o) : object(std::move(o)) {}
    T object;
  };
  std::vector<std::unique_ptr<Retired>> retired_;
};

}  // namespace follicle::gpu
