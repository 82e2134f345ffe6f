// attache/data.hpp — data sources and the errors found in them.
//
// Gazetteers and rules are plain text files. A DataSource names one file's contents; a
// DataError points at file:line:column with the offending text. Loading never stops at the
// first error: every valid line still loads and every bad line is reported.
#ifndef ATTACHE_DATA_HPP_
#define ATTACHE_DATA_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace attache {

struct DataSource {
  std::string name;     // shown in errors, e.g. "gazetteers/leaders.tsv"
  std::string content;  // the file's bytes
};

struct DataError {
  std::string file;
  int line = 0;    // 1-based (0: not about a line, e.g. ICU failing)
  int column = 0;  // 1-based byte column (0 with line 0)
  std::string message;
  std::string text;  // the offending text, possibly shortened

  // "file:line:col: message (near 'text')"
  std::string ToString() const;
};

// The files compiled into the library: gazetteers/*.tsv, *.txt, rules/*.rules and
// lexicon/*.lex.
std::vector<DataSource> DefaultDataSources();

// Reads every *.tsv, *.txt, *.rules and *.lex file under `dir` (sorted by path). Returns
// NotFound if `dir` does not exist; unreadable files are reported as errors.
absl::StatusOr<std::vector<DataSource>> ReadDataDirectory(std::string_view dir);

// Reads one file.
absl::StatusOr<DataSource> ReadDataFile(std::string_view path);

// Joins errors one per line, for messages and logs.
std::string FormatErrors(const std::vector<DataError>& errors);

}  // namespace attache

#endif  // ATTACHE_DATA_HPP_
