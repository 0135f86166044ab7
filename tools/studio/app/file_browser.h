#pragma once
// The studio's file dialog: a modal that browses folders (the sub-folders, then the files of the kinds asked
// for), with a name field that also takes a typed path, absolute or relative to the folder shown. One browser
// serves Open design, Save design as and Load scan; the caller says what to do with the chosen path.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "file_listing.h"

namespace follicle::studio {

class FileBrowser {
 public:
  enum class Purpose { Open, Save };
  using AcceptFn = std::function<void(const std::string& path)>;

  // Asks for a path; the dialog appears at the next draw(). `start`: a file or folder to start from (the current
  // design's path, say); `extensions`: lower-case without the dot, the first one added to a saved name that has
  // none. `onCancel` (optional) runs when the user closes the dialog without a path.
  void open(std::string title, const std::filesystem::path& start, std::vector<std::string> extensions,
            Purpose purpose, AcceptFn onAccept, std::function<void()> onCancel = {});
  // Draws the dialog while it is open. Call once a frame at the top level of the UI (outside any window).
  void draw(float contentScale);

 private:
  void enter(const std::filesystem::path& folder);
  void accept();
  void close(bool accepted);

  std::string title_;
  std::vector<std::string> extensions_;
  Purpose purpose_ = Purpose::Open;
  AcceptFn onAccept_;
  std::function<void()> onCancel_;
  FileListing listing_;
  std::string name_;           // the name field: a file name, or a path
  std::string replacing_;      // a Save target that exists, waiting for a second Save to replace it
  std::string problem_;        // why the last accept did not go through
  bool pending_ = false;       // open() was called; the popup opens at the next draw()
  bool visible_ = false;
};

}  // namespace follicle::studio
