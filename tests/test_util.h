// Shared helpers for the attache tests.
#ifndef ATTACHE_TESTS_TEST_UTIL_H_
#define ATTACHE_TESTS_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "attache/attache.hpp"

namespace attache::testing {

// One extractor over the embedded data, built once for all tests.
inline const Extractor& DefaultExtractor() {
  static const Extractor* const kExtractor = [] {
    absl::StatusOr<Extractor> e = Extractor::Create();
    if (!e.ok()) std::abort();
    return new Extractor(*std::move(e));
  }();
  return *kExtractor;
}

// `text` through `extractor` with a fixed date; aborts on error.
inline Document ExtractWith(const Extractor& extractor, std::string_view text,
                            Date date = Date(2025, 6, 4)) {
  ExtractOptions options;
  options.date = date;
  absl::StatusOr<Document> doc = extractor.Extract(text, options);
  if (!doc.ok()) std::abort();
  return *std::move(doc);
}

inline Document Extract(std::string_view text, Date date = Date(2025, 6, 4)) {
  return ExtractWith(DefaultExtractor(), text, date);
}

inline std::string IdOf(EntityIndex e) {
  return e == kNoEntity ? "-" : std::string(DefaultExtractor().gazetteer().entity(e).id);
}

// "subject predicate object" for every triple, object "-" when absent.
inline std::vector<std::string> TripleStrings(const Document& doc) {
  std::vector<std::string> out;
  for (const Triple& t : doc.triples) {
    out.push_back(IdOf(t.subject.entity) + " " + t.predicate + " " +
                  (t.object ? IdOf(t.object->entity) : "-"));
  }
  return out;
}

inline bool HasPredicate(const Document& doc, std::string_view predicate) {
  for (const Triple& t : doc.triples) {
    if (t.predicate == predicate) return true;
  }
  return false;
}

// The first triple from s to o whose `field` (predicate or PLOVER category) is `value`.
inline const Triple* FindBy(const Document& doc, std::string_view s, std::string Triple::*field,
                            std::string_view value, std::string_view o) {
  for (const Triple& t : doc.triples) {
    if (IdOf(t.subject.entity) == s && t.*field == value &&
        (t.object ? IdOf(t.object->entity) : "-") == o) {
      return &t;
    }
  }
  return nullptr;
}

inline const Triple* FindTriple(const Document& doc, std::string_view s, std::string_view p,
                                std::string_view o) {
  return FindBy(doc, s, &Triple::predicate, p, o);
}

// A triple of PLOVER category `plover` from s to o, or nullptr.
inline const Triple* FindEvent(const Document& doc, std::string_view s, std::string_view plover,
                               std::string_view o) {
  return FindBy(doc, s, &Triple::plover, plover, o);
}

// A triple of category `plover` between a and b, in either order (a symmetric event).
inline const Triple* FindPair(const Document& doc, std::string_view a, std::string_view plover,
                              std::string_view b) {
  const Triple* t = FindEvent(doc, a, plover, b);
  return t != nullptr ? t : FindEvent(doc, b, plover, a);
}

// True if `errors` has one at file:line:column whose text contains `fragment`.
inline bool HasDataError(const std::vector<DataError>& errors, std::string_view file, int line,
                         int column, std::string_view fragment) {
  for (const DataError& e : errors) {
    if (e.file == file && e.line == line && e.column == column &&
        e.ToString().find(fragment) != std::string::npos) {
      return true;
    }
  }
  return false;
}

inline std::vector<std::string> MentionIds(const Document& doc) {
  std::vector<std::string> out;
  for (const Mention& m : doc.mentions) out.push_back(IdOf(m.entity));
  return out;
}

inline std::string_view SpanText(const Document& doc, std::uint32_t begin, std::uint32_t end) {
  return std::string_view(doc.text).substr(begin, end - begin);
}

}  // namespace attache::testing

#endif  // ATTACHE_TESTS_TEST_UTIL_H_
