// attache/output.hpp — stage 6: serialisation. JSON Lines schema: docs/output.md.
//
//   std::string lines = attache::TriplesToJsonLines(*doc, extractor, "doc-1");
#ifndef ATTACHE_OUTPUT_HPP_
#define ATTACHE_OUTPUT_HPP_

#include <string>
#include <string_view>

#include "attache/extractor.hpp"

namespace attache {

// One JSON object per triple, each line ending in '\n'. `doc_id` may be empty.
std::string TriplesToJsonLines(const Document& doc, const Extractor& extractor,
                               std::string_view doc_id);
// One JSON object per mention.
std::string MentionsToJsonLines(const Document& doc, const Extractor& extractor,
                                std::string_view doc_id);
// Escapes `s` for use inside a JSON string (UTF-8 passes through; invalid bytes become
// U+FFFD so the output is always valid JSON).
std::string JsonEscape(std::string_view s);

}  // namespace attache

#endif  // ATTACHE_OUTPUT_HPP_
