// Internal: what the PETRARCH2 importers share — PETRARCH2's comment rules, its phrase
// spelling, and error and summary bookkeeping. Use attache/importers.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_PETRARCH_H_
#define ATTACHE_LIB_INTERNAL_PETRARCH_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "attache/data.hpp"
#include "attache/importers.hpp"

namespace attache::internal {

// Calls `fn(line, text)` for each line of `content` that holds something once PETRARCH2's
// comments are gone: lines starting with '#', anything from a '#' on, and <!-- --> comments
// (on one line or across lines). `text` keeps its place in the line: a byte's column is
// its offset in `text` plus one.
void ForEachPetrarchLine(std::string_view content,
                         const std::function<void(int line, std::string_view text)>& fn);

// A PETRARCH phrase in attache's spelling: lower case, '_' as a space, no trailing '_'
// ("PRIME_MINISTER_" -> "prime minister").
std::string PetrarchPhrase(std::string_view phrase);

// True if every word of `phrase` (space-separated) is letters, '\'' or '-' (the words an
// event-lexicon frame can hold).
bool IsLexiconPhrase(std::string_view phrase);

// The location attache reports for an imported line: the file's base name and the line.
std::string PetrarchLocation(std::string_view file, int line);

// A synonym set's phrase in attache's spelling; `plural` marks a generated plural.
struct SynonymPhrase {
  std::string text;
  bool plural = false;
};
// Synonym sets by name ("&CURRENCY"), plurals included.
using Synsets = absl::flat_hash_map<std::string, std::vector<SynonymPhrase>>;

// What a verb pattern's part after the '*' becomes: the word sequences a frame needs after
// its verb (one per synonym expansion; "" for none) and where its object is.
struct PatternFrames {
  std::vector<std::string> words;  // space-separated lexicon words
  std::string slot;                // "", "O" or "to|toward:O"
  std::string skip;                // non-empty: why the pattern cannot be mapped safely
  std::string error;               // non-empty: the pattern is malformed
  int dropped_members = 0;         // synonym members left out: no lexicon spelling
};

// The words a lexicon frame counts in `phrase` (space-separated; a hyphenated word counts
// its parts: "cease-fire talks" is 4).
std::size_t LexiconWordCount(std::string_view phrase);

// Maps `post` (e.g. "&MILITARY (TO +)") onto frame words and a slot. Expansions past
// `max_frames` make the pattern a skip.
PatternFrames MapPattern(std::string_view post, const Synsets& synsets, std::size_t max_frames);

// Collects errors and counts for one import.
class ImportLog {
 public:
  ImportLog(std::string file, std::vector<DataError>* errors, ImportSummary* summary,
            std::string what)
      : file_(std::move(file)), errors_(errors), summary_(summary != nullptr ? summary : &own_) {
    summary_->what = std::move(what);
  }
  void Error(int line, int column, std::string message, std::string_view text);
  void Skip(const std::string& reason, int n = 1) { summary_->skipped[reason] += n; }
  void Note(const std::string& kind, int n = 1) { summary_->notes[kind] += n; }
  void Read(int n = 1) { summary_->read += n; }
  void Wrote(int n = 1) { summary_->written += n; }
  void Mapped() { ++summary_->mapped; }
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<DataError>* errors_;
  ImportSummary own_;
  ImportSummary* summary_;
};

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_PETRARCH_H_
