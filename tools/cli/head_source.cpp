#include "head_source.h"

namespace follicle::cli {

void HeadSourceOptions::addTo(CLI::App& command, const std::string& description) {
  CLI::Option* head = command.add_option("--head", file, description)->type_name("FILE");
  frame.addTo(command);
  for (CLI::Option* override : frame.options) {
    override->needs(head);
  }
}

HeadModel HeadSourceOptions::load() const {
  // The overrides are checked before anything slow, even when there is no file to apply them to.
  const HeadFrameOverrides overrides = frame.overrides();
  return file.empty() ? makeDefaultHead() : loadHead(file, overrides);
}

}  // namespace follicle::cli
