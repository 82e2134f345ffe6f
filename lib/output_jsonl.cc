// JSON Lines output. Schema: docs/output.md. Field order is fixed and part of the schema.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>

#include "attache/output.hpp"
#include "internal/text.h"

namespace attache {

namespace {

// Whether any of the eight bytes at s[i] may need attention: a control character, '"',
// '\\' or a byte of a multi-byte character. (May say yes for a plain byte after one that
// does; never says no wrongly.)
bool MayNeedEscape(std::string_view s, std::size_t i) {
  using internal::AsciiRange;
  std::uint64_t bytes;
  std::memcpy(&bytes, s.data() + i, sizeof bytes);
  return ((bytes & internal::kHighBits) | AsciiRange(bytes, 0, 0x1f) | AsciiRange(bytes, '"', '"') |
          AsciiRange(bytes, '\\', '\\')) != 0;
}

// The most bytes WriteEscaped() writes for `n` input bytes ("\u001f", "\ufffd").
constexpr std::size_t EscapedBound(std::size_t n) { return 6 * n; }

// Writes `s` at `p` as the contents of a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD; returns the end. Runs of plain
// characters are copied at once. `p` must have room for EscapedBound(s.size()) bytes.
char* WriteEscaped(std::string_view s, char* p) {
  std::size_t plain = 0;  // start of the pending run of characters copied as they are
  auto flush = [&](std::size_t upto) {
    std::memcpy(p, s.data() + plain, upto - plain);
    p += upto - plain;
  };
  auto put = [&](std::string_view escape) {
    std::memcpy(p, escape.data(), escape.size());
    p += escape.size();
  };
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size() && !MayNeedEscape(s, i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t start = i;
      if (internal::DecodeUtf8(s, &i) >= 0) continue;  // valid: stays in the run
      flush(start);
      put("\\ufffd");
      plain = i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"':
        put("\\\"");
        break;
      case '\\':
        put("\\\\");
        break;
      case '\n':
        put("\\n");
        break;
      case '\r':
        put("\\r");
        break;
      case '\t':
        put("\\t");
        break;
      default: {
        constexpr char kHex[] = "0123456789abcdef";
        const char code[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        put({code, sizeof code});
      }
    }
    plain = ++i;
  }
  flush(s.size());
  return p;
}

// Appends JSON to one string through a cursor: each call makes room for its worst case at
// once, then writes with plain stores. Finish() trims the string to what was written.
class JsonWriter {
 public:
  // `expected`: the bytes the caller expects to write, made room for at once.
  explicit JsonWriter(std::string* out, std::size_t expected = 0) : out_(*out), used_(out->size()) {
    out_.resize(used_ + expected);
  }
  // Inlined, so that for a literal the length is known when compiled and the copy is a
  // few stores.
  [[gnu::always_inline]] JsonWriter& Raw(std::string_view s) {
    std::memcpy(Room(s.size()), s.data(), s.size());
    used_ += s.size();
    return *this;
  }
  JsonWriter& Str(std::string_view s) {
    char* begin = Room(EscapedBound(s.size()) + 2);
    char* p = begin;
    *p++ = '"';
    p = WriteEscaped(s, p);
    *p++ = '"';
    used_ += static_cast<std::size_t>(p - begin);
    return *this;
  }
  JsonWriter& StrOrNull(std::string_view s) { return s.empty() ? Raw("null") : Str(s); }
  JsonWriter& Int(std::uint64_t n) {
    constexpr std::size_t kDigits = 20;  // of the largest 64-bit number
    char* begin = Room(kDigits);
    used_ += static_cast<std::size_t>(std::to_chars(begin, begin + kDigits, n).ptr - begin);
    return *this;
  }
  JsonWriter& Span(ByteSpan s) {
    return Raw("{\"start\":").Int(s.begin).Raw(",\"end\":").Int(s.end).Raw("}");
  }
  void Finish() { out_.resize(used_); }

 private:
  // Where the next `n` bytes go; the string grows (geometrically) if they do not fit.
  [[gnu::always_inline]] char* Room(std::size_t n) {
    if (out_.size() - used_ < n) [[unlikely]]
      Grow(n);
    return out_.data() + used_;
  }
  void Grow(std::size_t n) { out_.resize(std::max(out_.size() * 2, used_ + n)); }

  std::string& out_;
  std::size_t used_;  // bytes of out_ written; the rest is room
};

void WriteArg(const Document& doc, const Gazetteer& g, const Argument& a, JsonWriter& w) {
  const Entity e = doc.entity(g, a.entity);
  w.Raw("{\"id\":").Str(e.id).Raw(",\"name\":").Str(e.name).Raw(",\"type\":");
  w.Str(EntityTypeName(e.type)).Raw(",\"text\":");
  w.Str(std::string_view(doc.text).substr(a.span.begin, a.span.end - a.span.begin));
  w.Raw(",\"start\":").Int(a.span.begin).Raw(",\"end\":").Int(a.span.end);
  w.Raw(",\"sector\":").StrOrNull(SectorName(a.sector)).Raw(",\"code\":");
  w.StrOrNull(ActorCode(doc, g, a)).Raw("}");
}

void WriteEvidence(const RuleSet& rules, const Evidence& e, JsonWriter& w) {
  w.Raw("{\"sentence\":").Span(e.sentence).Raw(",\"trigger\":").Span(e.trigger);
  w.Raw(",\"rule\":").Str(rules.rule(e.rule).location).Raw(",\"section\":");
  w.Str(SectionName(e.section)).Raw("}");
}

}  // namespace

std::string JsonEscape(std::string_view s) {
  std::string out(EscapedBound(s.size()), '\0');
  out.resize(static_cast<std::size_t>(WriteEscaped(s, out.data()) - out.data()));
  return out;
}

std::string TriplesToJsonLines(const Document& doc, const Extractor& extractor,
                               std::string_view doc_id) {
  const Gazetteer& g = extractor.gazetteer();
  const RuleSet& rules = extractor.rules();
  std::string out;
  JsonWriter w(&out, doc.triples.size() * 768);  // a typical line: most documents grow once
  const std::string date = doc.date_range.single_day() ? doc.date.ToString() : "";
  for (const Triple& t : doc.triples) {
    const Evidence& first = t.evidence.front();
    const RuleInfo& rule = rules.rule(first.rule);
    w.Raw("{\"doc\":").StrOrNull(doc_id).Raw(",\"subject\":");
    WriteArg(doc, g, t.subject, w);
    w.Raw(",\"predicate\":").Str(t.predicate).Raw(",\"object\":");
    if (t.object) {
      WriteArg(doc, g, *t.object, w);
    } else {
      w.Raw("null");
    }
    w.Raw(",\"item\":").StrOrNull(t.item).Raw(",\"cameo\":").StrOrNull(t.cameo);
    w.Raw(",\"plover\":").StrOrNull(t.plover).Raw(",\"polarity\":").Str(PolarityName(t.polarity));
    w.Raw(",\"modality\":").Str(ModalityName(t.modality)).Raw(",\"attributed_to\":");
    if (t.attributed_to) {
      WriteArg(doc, g, *t.attributed_to, w);
    } else {
      w.Raw("null");
    }
    w.Raw(",\"denied_by\":[");
    for (std::size_t i = 0; i < t.denied_by.size(); ++i) {
      if (i > 0) w.Raw(",");
      WriteArg(doc, g, t.denied_by[i], w);
    }
    w.Raw("],\"sentence\":").Span(first.sentence).Raw(",\"trigger\":").Span(first.trigger);
    w.Raw(",\"rule\":").Str(rule.location).Raw(",\"rule_name\":").Str(rule.name);
    w.Raw(",\"section\":").Str(SectionName(first.section)).Raw(",\"date\":").StrOrNull(date);
    w.Raw(",\"date_source\":").Str(DateSourceName(doc.date_source)).Raw(",\"evidence\":[");
    for (std::size_t i = 0; i < t.evidence.size(); ++i) {
      if (i > 0) w.Raw(",");
      WriteEvidence(rules, t.evidence[i], w);
    }
    w.Raw("]}\n");
  }
  w.Finish();
  return out;
}

std::string MentionsToJsonLines(const Document& doc, const Extractor& extractor,
                                std::string_view doc_id) {
  const Gazetteer& g = extractor.gazetteer();
  std::string out;
  JsonWriter w(&out);
  for (const Mention& m : doc.mentions) {
    const Entity e = doc.entity(g, m.entity);
    w.Raw("{\"doc\":").StrOrNull(doc_id).Raw(",\"id\":").Str(e.id).Raw(",\"name\":").Str(e.name);
    w.Raw(",\"type\":").Str(EntityTypeName(m.type)).Raw(",\"text\":");
    w.Str(std::string_view(doc.text).substr(m.begin, m.end - m.begin));
    w.Raw(",\"start\":").Int(m.begin).Raw(",\"end\":").Int(m.end);
    w.Raw(",\"how\":").Str(MatchKindName(m.how)).Raw(",\"role\":");
    if (m.role == kNoRole) {
      w.Raw("null");
    } else {
      w.Str(g.role_name(m.role));
    }
    w.Raw(",\"role_of\":");
    if (m.role_of == kNoEntity) {
      w.Raw("null");
    } else {
      w.Str(doc.entity(g, m.role_of).id);
    }
    w.Raw(",\"sentence\":").Int(m.sentence).Raw(",\"sector\":");
    if (m.sector == Sector::kNone) {
      w.Raw("null");
    } else {
      w.Str(SectorName(m.sector));
    }
    w.Raw(",\"past\":").Raw(m.past ? "true" : "false");
    w.Raw("}\n");
  }
  w.Finish();
  return out;
}

}  // namespace attache
