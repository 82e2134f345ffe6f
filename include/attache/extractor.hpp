// attache/extractor.hpp — the whole pipeline behind one object.
//
// text -> tokens/sentences -> mentions -> rule matches -> attributed triples, merged per
// document. An Extractor is immutable after Create() and safe to share across threads:
// what Extract() returns depends only on the data and its arguments. Calls reuse working
// buffers kept in a small internal pool (one set per concurrent call, at most 64 idle),
// which is all that changes inside.
//
//   absl::StatusOr<attache::Extractor> ex = attache::Extractor::Create();
//   if (!ex.ok()) return;
//   absl::StatusOr<attache::Document> doc = ex->Extract(text);
//   for (const attache::Triple& t : doc->triples) { ... }
#ifndef ATTACHE_EXTRACTOR_HPP_
#define ATTACHE_EXTRACTOR_HPP_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "attache/data.hpp"
#include "attache/gazetteer.hpp"
#include "attache/grammar.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "attache/triple.hpp"

namespace attache {

struct ExtractorConfig {
  // Load the embedded default data first; `sources` then add to it (new entities, ALIAS
  // lines, more rules). When false, `sources` alone make up the data.
  bool include_defaults = true;
  std::vector<DataSource> sources;
  // When false, Create() fails with InvalidArgument if any data file has an error; the
  // message lists every error as file:line:col.
  bool allow_data_errors = false;
};

struct ExtractOptions {
  // The day the document was written: resolves role descriptions ("the Iranian
  // president"). When unset, in this order: a dateline in the text's first lines ("June 4,
  // 2025", "2025-06-04"), the first date written in the text, else the days on which every
  // office-holder the document names held office (Document::date_source says which). The
  // clock is never read: with none of these, an office resolves only if one person has held
  // it for the last internal::kUndatedYears (40) years of the data.
  std::optional<Date> date;
  // Returns every candidate span as a mention (overlapping ones included) for inspection.
  // Pronouns, plural descriptions and all rules and frames need one reading of the text,
  // so with this set the document has no pronoun or group mentions and no triples.
  bool keep_overlapping_mentions = false;
  bool reject_invalid_utf8 = false;  // InvalidArgument instead of reading U+FFFD
  std::size_t max_document_bytes = std::size_t{256} << 20;
  // Sentences with more tokens are not matched against rules (their mentions are still
  // found); each is reported in Document::skipped_sentences with ResourceExhausted.
  std::size_t max_tokens_per_sentence = 20000;
  bool explain = false;  // fill Document::explanation
  // Testing: find each trigger's frames by scanning all frames of its lemma instead of the
  // word index (slow). Results are the same; tests compare the two.
  bool reference_frames = false;
};

enum class DateSource : std::uint8_t { kCaller, kDateline, kText, kInferred, kNone };
// "caller", "dateline", "text", "inferred", "none"
std::string_view DateSourceName(DateSource s);

// A sentence the extractor could not process, and why; the rest of the document is kept.
struct SentenceError {
  std::uint32_t sentence = 0;
  absl::Status status;
};

struct Document {
  std::string text;  // a copy of the input; every span indexes into it
  TokenizedText tokens;
  std::vector<Mention> mentions;
  std::vector<LocalEntity> local_entities;
  std::vector<Triple> triples;
  Date date;             // the day, when known (caller, dateline, text); else Date()
  DateRange date_range;  // the day as a one-day range, or the days it may have been
  DateSource date_source = DateSource::kNone;
  std::string explanation;  // human-readable trace when ExtractOptions::explain is set
  std::vector<SentenceError> skipped_sentences;

  // The entity `index` names: the gazetteer's, or for a local index this document's (its
  // strings point into local_entities). Entity{} for kNoEntity.
  Entity entity(const Gazetteer& gazetteer, EntityIndex index) const;
};

class Extractor {
 public:
  // The extractor over the embedded default data.
  static absl::StatusOr<Extractor> Create();
  // Data errors are appended to `errors` (if not null) in every case.
  static absl::StatusOr<Extractor> Create(const ExtractorConfig& config,
                                          std::vector<DataError>* errors = nullptr);

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Fails with InvalidArgument for documents over max_document_bytes, or for invalid UTF-8
  // when reject_invalid_utf8 is set.
  absl::StatusOr<Document> Extract(std::string_view text, const ExtractOptions& options = {}) const;

  const Gazetteer& gazetteer() const;
  const RuleSet& rules() const;
  const Tokenizer& tokenizer() const;

 private:
  struct Impl;
  explicit Extractor(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace attache

#endif  // ATTACHE_EXTRACTOR_HPP_
