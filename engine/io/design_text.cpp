#include "design_text.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "follicle/design_io.h"

namespace follicle {
namespace {

[[noreturn]] void reject(std::string_view sourceName, std::string problem) {
  throw DesignError(std::string(sourceName), {std::move(problem)});
}

std::size_t lineAt(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

// The deepest nesting of arrays and objects, stopping as soon as it passes `limit`; brackets inside strings
// do not count. Returns the offset where the limit was passed, or npos.
std::size_t findExcessiveNesting(std::string_view text, int limit) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;  // skips the escaped character, which may be a quote
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

bool isBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

// JSON has no NaN or Infinity; writers that emit them (Python's json, JavaScript's toString) are common enough
// to deserve their own hint.
bool nonFiniteLiteralAt(std::string_view text, std::size_t offset) {
  std::size_t start = std::min(offset, text.size());
  while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '-' ||
                       text[start - 1] == '+'))
    --start;
  std::string token(text.substr(start, 9));
  std::transform(token.begin(), token.end(), token.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  if (!token.empty() && (token[0] == '-' || token[0] == '+')) token.erase(0, 1);
  return token.starts_with("nan") || token.starts_with("inf");
}

// nlohmann's message without its "[json.exception.parse_error.101] " prefix, which means nothing to a user.
std::string withoutPrefix(const nlohmann::json::exception& error) {
  std::string detail = error.what();
  if (detail.starts_with("[json.exception.")) {
    if (const std::size_t prefixEnd = detail.find("] "); prefixEnd != std::string::npos) detail.erase(0, prefixEnd + 2);
  }
  return detail;
}

std::string syntaxProblem(std::string_view text, const nlohmann::json::parse_error& error) {
  std::string problem = "not valid JSON: " + withoutPrefix(error);
  if (nonFiniteLiteralAt(text, error.byte > 0 ? error.byte - 1 : 0))
    problem += "; NaN and Infinity are not JSON numbers, write a finite number";
  else if (error.byte >= text.size())
    problem += "; the document ends early, is the file truncated?";
  return problem;
}

}  // namespace

nlohmann::ordered_json parseDesignText(std::string_view text, std::string_view sourceName) {
  if (text.size() > kMaxDesignBytes)
    reject(sourceName, std::to_string(text.size()) + " bytes; a design document is at most " +
                           std::to_string(kMaxDesignBytes / (1024 * 1024)) + " MB");
  if (isBlank(text)) reject(sourceName, "is empty; expected a design document (a JSON object)");
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
    reject(sourceName,
           "binary data (a NUL byte at offset " + std::to_string(nul) + "); a design document is JSON text");
  if (const std::size_t deep = findExcessiveNesting(text, kMaxDesignNesting); deep != std::string_view::npos)
    reject(sourceName, "arrays and objects nested more than " + std::to_string(kMaxDesignNesting) +
                           " levels deep (line " + std::to_string(lineAt(text, deep)) +
                           "); a design document nests a few levels at most");
  nlohmann::ordered_json document;
  try {
    document = nlohmann::ordered_json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& error) {
    reject(sourceName, syntaxProblem(text, error));
  } catch (const nlohmann::json::out_of_range& error) {
    reject(sourceName, "not valid JSON: " + withoutPrefix(error) + "; numbers must fit in a double");
  } catch (const nlohmann::json::exception& error) {
    reject(sourceName, "not valid JSON: " + withoutPrefix(error));
  }
  if (!document.is_object())
    reject(sourceName,
           std::string("the top level is a JSON ") + document.type_name() + "; a design document is a JSON object");
  return document;
}

}  // namespace follicle
