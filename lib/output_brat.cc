// BRAT standoff output.
#include <map>

#include "attache/output.hpp"
#include "fmt/format.h"
#include "internal/text.h"

namespace attache {
namespace {

// Character (code point) offset of every byte offset that starts a character or ends the
// text: BRAT measures spans in characters.
std::vector<std::uint32_t> CharOffsets(std::string_view text) {
  std::vector<std::uint32_t> out(text.size() + 1, 0);
  std::uint32_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out[i] = chars;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  }
  out[text.size()] = chars;
  return out;
}

}  // namespace

std::string TriplesToBrat(const Document& doc, const Extractor& extractor) {
  const Gazetteer& g = extractor.gazetteer();
  const std::vector<std::uint32_t> chars = CharOffsets(doc.text);
  std::string out;
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> ids;  // byte span -> T number
  auto entity = [&](EntityIndex e, ByteSpan span) {
    auto [it, inserted] = ids.try_emplace({span.begin, span.end}, static_cast<int>(ids.size()) + 1);
    if (inserted) {
      out += fmt::format("T{}\t{} {} {}\t{}\n", it->second, EntityTypeName(doc.entity(g, e).type),
                         chars[span.begin], chars[span.end],
                         internal::SingleLine(
                             std::string_view(doc.text).substr(span.begin, span.end - span.begin)));
      out += fmt::format("#T{}\tAnnotatorNotes T{}\t{}\n", it->second, it->second,
                         doc.entity(g, e).id);
    }
    return it->second;
  };
  for (const Mention& m : doc.mentions) entity(m.entity, {m.begin, m.end});
  int relation = 0, note = 0;
  for (const Triple& t : doc.triples) {
    int subject = entity(t.subject.entity, t.subject.span);
    std::string attribution =
        fmt::format("{} cameo={} plover={} polarity={} modality={}", t.predicate, t.cameo, t.plover,
                    PolarityName(t.polarity), ModalityName(t.modality));
    if (t.attributed_to) {
      attribution += fmt::format(" attributed_to={}", doc.entity(g, t.attributed_to->entity).id);
    }
    for (const Argument& d : t.denied_by) {
      attribution += fmt::format(" denied_by={}", doc.entity(g, d.entity).id);
    }
    if (t.object) {
      int object = entity(t.object->entity, t.object->span);
      out += fmt::format("R{}\t{} Arg1:T{} Arg2:T{}\n", ++relation, t.predicate, subject, object);
      out += fmt::format("#R{}\tAnnotatorNotes R{}\t{}\n", ++note, relation, attribution);
    } else {
      out += fmt::format("#N{}\tAnnotatorNotes T{}\t{}\n", ++note, subject, attribution);
    }
  }
  return out;
}

}  // namespace attache
