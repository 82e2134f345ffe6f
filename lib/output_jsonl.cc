// JSON Lines output. Schema: docs/output.md. Field order is fixed and part of the schema.
#include <string>

#include "attache/output.hpp"
#include "fmt/format.h"
#include "internal/text.h"

namespace attache {

std::string JsonEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t start = i;
      if (internal::DecodeUtf8(s, &i) < 0) {
        out += "\\ufffd";
      } else {
        out.append(s.substr(start, i - start));
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

namespace {

std::string Str(std::string_view s) { return "\"" + JsonEscape(s) + "\""; }
std::string StrOrNull(std::string_view s) { return s.empty() ? "null" : Str(s); }
std::string SpanJson(ByteSpan s) {
  return fmt::format("{{\"start\":{},\"end\":{}}}", s.begin, s.end);
}

std::string ArgJson(const Document& doc, const Gazetteer& g, const Argument& a) {
  const Entity& e = g.entity(a.entity);
  return fmt::format(
      "{{\"id\":{},\"name\":{},\"type\":{},\"text\":{},\"start\":{},\"end\":{}}}", Str(e.id),
      Str(e.name), Str(EntityTypeName(e.type)),
      Str(std::string_view(doc.text).substr(a.span.begin, a.span.end - a.span.begin)), a.span.begin,
      a.span.end);
}

std::string EvidenceJson(const RuleSet& rules, const Evidence& e) {
  const RuleInfo& r = rules.rule(e.rule);
  return fmt::format("{{\"sentence\":{},\"trigger\":{},\"rule\":{},\"section\":{}}}",
                     SpanJson(e.sentence), SpanJson(e.trigger), Str(r.location),
                     Str(SectionName(e.section)));
}

}  // namespace

std::string TriplesToJsonLines(const Document& doc, const Extractor& extractor,
                               std::string_view doc_id) {
  const Gazetteer& g = extractor.gazetteer();
  const RuleSet& rules = extractor.rules();
  std::string out;
  for (const Triple& t : doc.triples) {
    const Evidence& first = t.evidence.front();
    std::string denied = "[";
    for (std::size_t i = 0; i < t.denied_by.size(); ++i) {
      if (i > 0) denied += ',';
      denied += ArgJson(doc, g, t.denied_by[i]);
    }
    denied += ']';
    std::string evidence = "[";
    for (std::size_t i = 0; i < t.evidence.size(); ++i) {
      if (i > 0) evidence += ',';
      evidence += EvidenceJson(rules, t.evidence[i]);
    }
    evidence += ']';
    out += fmt::format(
        "{{\"doc\":{},\"subject\":{},\"predicate\":{},\"object\":{},\"item\":{},\"cameo\":{},"
        "\"plover\":{},\"polarity\":{},\"modality\":{},\"attributed_to\":{},\"denied_by\":{},"
        "\"sentence\":{},\"trigger\":{},\"rule\":{},\"rule_name\":{},\"section\":{},"
        "\"date\":{},\"date_source\":{},\"evidence\":{}}}\n",
        StrOrNull(doc_id), ArgJson(doc, g, t.subject), Str(t.predicate),
        t.object ? ArgJson(doc, g, *t.object) : "null", StrOrNull(t.item), StrOrNull(t.cameo),
        StrOrNull(t.plover), Str(PolarityName(t.polarity)), Str(ModalityName(t.modality)),
        t.attributed_to ? ArgJson(doc, g, *t.attributed_to) : "null", denied,
        SpanJson(first.sentence), SpanJson(first.trigger), Str(rules.rule(first.rule).location),
        Str(rules.rule(first.rule).name), Str(SectionName(first.section)), Str(doc.date.ToString()),
        Str(DateSourceName(doc.date_source)), evidence);
  }
  return out;
}

std::string MentionsToJsonLines(const Document& doc, const Extractor& extractor,
                                std::string_view doc_id) {
  const Gazetteer& g = extractor.gazetteer();
  std::string out;
  for (const Mention& m : doc.mentions) {
    const Entity& e = g.entity(m.entity);
    out += fmt::format(
        "{{\"doc\":{},\"id\":{},\"name\":{},\"type\":{},\"text\":{},\"start\":{},\"end\":{},"
        "\"how\":{},\"role\":{},\"role_of\":{},\"sentence\":{}}}\n",
        StrOrNull(doc_id), Str(e.id), Str(e.name), Str(EntityTypeName(m.type)),
        Str(std::string_view(doc.text).substr(m.begin, m.end - m.begin)), m.begin, m.end,
        Str(MatchKindName(m.how)), m.role == kNoRole ? "null" : Str(g.role_name(m.role)),
        m.role_of == kNoEntity ? "null" : Str(g.entity(m.role_of).id), m.sentence);
  }
  return out;
}

}  // namespace attache
