// Data sources: the embedded defaults, files on disk, and error formatting.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "attache/data.hpp"
#include "attache/version.hpp"
#include "fmt/format.h"
#include "internal/embedded_data.h"
#include "internal/text.h"

namespace attache {

std::string_view Version() { return ATTACHE_VERSION; }

std::string DataError::ToString() const {
  std::string out = fmt::format("{}:{}:{}: {}", file, line, column, message);
  if (!text.empty()) out += fmt::format(" (near '{}')", internal::Shorten(text));
  return out;
}

std::string FormatErrors(const std::vector<DataError>& errors) {
  std::string out;
  for (const DataError& e : errors) {
    out += e.ToString();
    out += '\n';
  }
  return out;
}

std::vector<DataSource> DefaultDataSources() {
  std::vector<DataSource> sources;
  for (const internal::EmbeddedFile& f : internal::EmbeddedDataFiles()) {
    std::string content;
    for (std::string_view piece : f.pieces) content += piece;
    sources.push_back({"gazetteers/" + std::string(f.path), std::move(content)});
  }
  return sources;
}

absl::StatusOr<DataSource> ReadDataFile(std::string_view path) {
  std::ifstream in{std::string(path), std::ios::binary};
  if (!in) return absl::NotFoundError(fmt::format("{}: cannot open file", path));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return absl::DataLossError(fmt::format("{}: read error", path));
  return DataSource{std::string(path), std::move(content).str()};
}

absl::StatusOr<std::vector<DataSource>> ReadDataDirectory(std::string_view dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(fs::path(dir), ec)) {
    return absl::NotFoundError(fmt::format("{}: not a directory", dir));
  }
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(fs::path(dir), ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string ext = it->path().extension().string();
    if (ext == ".tsv" || ext == ".txt" || ext == ".rules" || ext == ".lex") {
      paths.push_back(it->path().string());
    }
  }
  if (ec) return absl::UnavailableError(fmt::format("{}: {}", dir, ec.message()));
  std::sort(paths.begin(), paths.end());
  std::vector<DataSource> sources;
  for (const std::string& p : paths) {
    absl::StatusOr<DataSource> source = ReadDataFile(p);
    if (!source.ok()) return source.status();
    sources.push_back(*std::move(source));
  }
  return sources;
}

}  // namespace attache
