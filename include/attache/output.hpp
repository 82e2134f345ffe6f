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
// BRAT standoff annotation (the .ann file for the input text): T lines for mentions, R lines
// for triples with an object, AnnotatorNotes with predicate, CAMEO code and attribution.
// BRAT counts offsets in characters (code points), not bytes; they are converted here.
std::string TriplesToBrat(const Document& doc, const Extractor& extractor);

// A CAMEO/Phoenix-style event table: a header line, then one tab-separated row per triple
// (date, source actor, target actor, CAMEO code, PLOVER category, attribution, spans).
std::string TriplesToEventTsv(const Document& doc, const Extractor& extractor,
                              std::string_view doc_id);

// A self-contained HTML page that highlights mentions by type and draws each triple as an
// arc from subject to object over the text (no external resources).
std::string DocumentToHtml(const Document& doc, const Extractor& extractor, std::string_view title);

// The CAMEO-style actor code of an argument on `date`: its country's ISO 3166-1 alpha-3
// code and its sector ("IRQGOV", "TURCOP", "RUS"). A person's country is that of an office
// they hold on `date` (sector GOV unless the text gave one); a national organisation's its
// country (GOV, or REB for an armed group). Empty when the argument has no country.
std::string ActorCode(const Gazetteer& gazetteer, const Argument& argument, DateRange dates);
// The same on the document's date; a document's own person (Document::local_entities) has
// the country of the title it was named with ("Kenyan President John Mwangi": KENGOV).
std::string ActorCode(const Document& doc, const Gazetteer& gazetteer, const Argument& argument);

// Escapes `s` for use inside a JSON string (UTF-8 passes through; invalid bytes become
// U+FFFD so the output is always valid JSON).
std::string JsonEscape(std::string_view s);

}  // namespace attache

#endif  // ATTACHE_OUTPUT_HPP_
