// Design documents: parse (text -> checked JSON -> validated Design), write, and save atomically. The keys
// themselves are listed once, in design_schema.h.
#include <cmath>
#include <fstream>

#include "atomic_file.h"
#include "design_reader.h"
#include "design_text.h"
#include "design_writer.h"
#include "follicle/design_io.h"
#include "quoted_path.h"

namespace follicle {
namespace {

constexpr float kFractionTolerance = 1e-3f;  // session fractions written with three decimals may add to 1.001

std::string joinProblems(const std::string& sourceName, const std::vector<std::string>& problems) {
  std::string message;
  for (const std::string& problem : problems) {
    if (!message.empty()) message += '\n';
    message += sourceName + ": " + problem;
  }
  return message;
}

// A newer document may use keys this version does not know; listing them as "unknown" would mislead, so this
// is the only problem reported.
void rejectNewerVersion(const Json& document, std::string_view sourceName) {
  const auto version = document.find("version");
  if (version == document.end() || !version->is_number()) return;
  const double number = version->get<double>();
  if (!(number > Design::kFormatVersion)) return;
  throw DesignError(std::string(sourceName),
                    {"version: " + describeJsonValue(*version) + " is newer than this Follicle reads (" +
                     std::to_string(Design::kFormatVersion) +
                     "); the file was written by a newer Follicle, update Follicle to open it"});
}

// Rules that span several keys; checked only once every key is valid, so they never report a consequence of
// another problem.
void checkConsistency(const Design& design, DesignProblems& problems) {
  float fractions = 0.0f;
  for (const Session& session : design.sessions) fractions += session.densityFraction;
  if (fractions > 1.0f + kFractionTolerance)
    problems.add("sessions: the densityFraction values add up to " + formatLimit(fractions) +
                 "; together the sessions place at most the full density (1)");
  for (std::size_t i = 0; i < design.age.touchUps.size(); ++i) {
    const float years = design.age.touchUps[i].yearsAfterLastSession;
    if (years > design.age.yearsSinceLastSession)
      problems.add("age.touchUps[" + std::to_string(i) + "].yearsAfterLastSession: " + formatLimit(years) +
                   " is later than age.yearsSinceLastSession (" + formatLimit(design.age.yearsSinceLastSession) +
                   "); a touch-up cannot lie in the future");
  }
}

Design readDesign(const Json& document, DesignProblems& problems) {
  Design design;
  DesignReader reader(document, "", problems);
  design_schema::visitDesign(reader, design);
  reader.reportUnknownKeys();
  if (problems.empty()) checkConsistency(design, problems);
  return design;
}

Json writeDesign(const Design& design) {
  Design copy = design;  // the visitor walks mutable references; writing only reads them
  Json document = Json::object();
  DesignWriter writer(document);
  design_schema::visitDesign(writer, copy);
  return document;
}

}  // namespace

DesignError::DesignError(const std::string& sourceName, std::vector<std::string> problems)
    : Error(joinProblems(sourceName, problems)), problems_(std::move(problems)) {}

Design parseDesign(std::string_view json, std::string_view sourceName) {
  const Json document = parseDesignText(json, sourceName);
  rejectNewerVersion(document, sourceName);
  DesignProblems problems;
  Design design = readDesign(document, problems);
  if (!problems.empty()) throw DesignError(std::string(sourceName), problems.lines());
  return design;
}

Design loadDesign(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) throw Error(quotedPath(path) + ": no such design file");
  const auto size = std::filesystem::file_size(path, error);
  if (error) throw Error(quotedPath(path) + ": cannot read (" + error.message() + ")");
  // Checked before reading, so that a huge file is not read into memory only to be rejected.
  if (size > kMaxDesignBytes)
    throw DesignError(path.string(), {std::to_string(size) + " bytes; a design document is at most " +
                                      std::to_string(kMaxDesignBytes / (1024 * 1024)) + " MB"});
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(quotedPath(path) + ": cannot open for reading");
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) throw Error(quotedPath(path) + ": read error");
  text.resize(static_cast<std::size_t>(in.gcount()));
  return parseDesign(text, path.string());
}

std::string toJson(const Design& design) { return writeDesign(design).dump(2) + "\n"; }

std::vector<std::string> designProblems(const Design& design) {
  DesignProblems problems;
  readDesign(writeDesign(design), problems);
  return problems.empty() ? std::vector<std::string>{} : problems.lines();
}

void saveDesign(const Design& design, const std::filesystem::path& path) {
  // An invalid design is never written: the file would fail to load.
  if (auto problems = designProblems(design); !problems.empty()) throw DesignError(path.string(), std::move(problems));
  writeFileAtomically(path, toJson(design));
}

}  // namespace follicle
