#include "usage_error.h"

namespace follicle::cli {

namespace {
constexpr std::string_view kPrefix = "follicle: error: ";
constexpr std::string_view kLineJoin = "; ";
}  // namespace

void reportError(std::ostream& err, std::string_view message) {
  std::string line;
  line.reserve(message.size());
  for (char c : message) {
    if (c == '\n') {
      line += kLineJoin;
    } else if (c != '\r') {
      line += c;
    }
  }
  // Trailing separators left by a message that ended in a line break say nothing.
  while (!line.empty() && (line.back() == ' ' || line.back() == ';')) {
    line.pop_back();
  }
  err << kPrefix << line << std::endl;
}

}  // namespace follicle::cli
