#include "file_browser.h"

#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace follicle::studio {

namespace {

constexpr float kListWidth = 520.0f;   // screen units at scale 1: room for long file names
constexpr float kListHeight = 300.0f;

}  // namespace

void FileBrowser::open(std::string title, const std::filesystem::path& start, std::vector<std::string> extensions,
                       Purpose purpose, AcceptFn onAccept, std::function<void()> onCancel) {
  title_ = std::move(title);
  extensions_ = std::move(extensions);
  purpose_ = purpose;
  onAccept_ = std::move(onAccept);
  onCancel_ = std::move(onCancel);
  const bool startsAtFile = !start.empty() && !std::filesystem::is_directory(start);
  name_ = startsAtFile ? start.filename().string() : std::string();
  replacing_.clear();
  problem_.clear();
  enter(startingFolder(startsAtFile ? start.parent_path() : start));
  pending_ = true;
}

void FileBrowser::enter(const std::filesystem::path& folder) {
  listing_ = listFolder(folder, extensions_);
  replacing_.clear();
}

void FileBrowser::close(bool accepted) {
  visible_ = false;
  ImGui::CloseCurrentPopup();
  if (!accepted && onCancel_) onCancel_();
}

void FileBrowser::accept() {
  if (name_.empty()) {
    problem_ = "type a name or pick a file";
    return;
  }
  std::filesystem::path chosen = std::filesystem::path(name_).is_absolute() ? std::filesystem::path(name_)
                                                                            : listing_.folder / name_;
  if (std::filesystem::is_directory(chosen)) {  // a typed folder: go there instead
    enter(chosen);
    name_.clear();
    problem_.clear();
    return;
  }
  if (purpose_ == Purpose::Save && !extensions_.empty() && !chosen.has_extension()) {
    chosen += "." + extensions_.front();
  }
  if (purpose_ == Purpose::Open && !std::filesystem::exists(chosen)) {
    problem_ = "no such file: " + chosen.string();
    return;
  }
  if (purpose_ == Purpose::Save && std::filesystem::exists(chosen) && replacing_ != chosen.string()) {
    replacing_ = chosen.string();
    problem_ = chosen.filename().string() + " exists: Save again to replace it";
    return;
  }
  const AcceptFn onAccept = onAccept_;
  close(true);
  onAccept(chosen.string());
}

void FileBrowser::draw(float contentScale) {
  if (pending_) {
    ImGui::OpenPopup(title_.c_str());
    pending_ = false;
    visible_ = true;
  }
  if (!visible_) return;
  bool keepOpen = true;
  if (!ImGui::BeginPopupModal(title_.c_str(), &keepOpen, ImGuiWindowFlags_AlwaysAutoResize)) {
    if (!keepOpen) {
      visible_ = false;
      if (onCancel_) onCancel_();
    }
    return;
  }
  if (ImGui::Button("Up") && listing_.folder.has_parent_path()) enter(listing_.folder.parent_path());
  ImGui::SameLine();
  ImGui::TextUnformatted(listing_.folder.c_str());
  ImGui::BeginChild("entries", ImVec2(kListWidth * contentScale, kListHeight * contentScale), true);
  if (!listing_.error.empty()) ImGui::TextUnformatted(listing_.error.c_str());
  std::filesystem::path enterFolder;
  bool acceptNow = false;
  for (const FileEntry& entry : listing_.entries) {
    const std::string label = entry.folder ? entry.name + "/" : entry.name;
    const bool selected = !entry.folder && entry.name == name_;
    if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) {
      if (entry.folder) {
        enterFolder = listing_.folder / entry.name;
      } else {
        name_ = entry.name;
        problem_.clear();
        acceptNow = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
      }
    }
  }
  ImGui::EndChild();
  if (!enterFolder.empty()) enter(enterFolder);
  ImGui::SetNextItemWidth(kListWidth * contentScale);
  acceptNow |= ImGui::InputText("##name", &name_, ImGuiInputTextFlags_EnterReturnsTrue);
  if (!problem_.empty()) ImGui::TextUnformatted(problem_.c_str());
  acceptNow |= ImGui::Button(purpose_ == Purpose::Save ? "Save" : "Open");
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || !keepOpen) {
    close(false);
  } else if (acceptNow) {
    accept();
  }
  ImGui::EndPopup();
}

}  // namespace follicle::studio
