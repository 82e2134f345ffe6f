// CAMEO/Phoenix-style event table.
#include "attache/output.hpp"
#include "fmt/format.h"
#include "internal/text.h"

namespace attache {
std::string TriplesToEventTsv(const Document& doc, const Extractor& extractor,
                              std::string_view doc_id) {
  const Gazetteer& g = extractor.gazetteer();
  std::string out =
      "doc_id\tdate\tsource_id\tsource_name\tsource_type\ttarget_id\ttarget_name\ttarget_type\t"
      "cameo\tplover\tpredicate\titem\tpolarity\tmodality\tattributed_to\tdenied_by\t"
      "sentence_start\tsentence_end\tevidence\tsource_sector\tsource_code\ttarget_sector\t"
      "target_code\n";
  for (const Triple& t : doc.triples) {
    const Entity s = doc.entity(g, t.subject.entity);
    const bool has_object = t.object.has_value();
    const Entity o = has_object ? doc.entity(g, t.object->entity) : Entity{};
    std::string denied;
    for (const Argument& d : t.denied_by) {
      if (!denied.empty()) denied += ',';
      denied += doc.entity(g, d.entity).id;
    }
    out += fmt::format(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}"
        "\t{}\n",
        internal::SingleLine(doc_id), doc.date_range.single_day() ? doc.date.ToString() : "", s.id,
        internal::SingleLine(s.name), EntityTypeName(s.type), o.id,
        has_object ? internal::SingleLine(o.name) : "", has_object ? EntityTypeName(o.type) : "",
        t.cameo, t.plover, t.predicate, t.item, PolarityName(t.polarity), ModalityName(t.modality),
        t.attributed_to ? doc.entity(g, t.attributed_to->entity).id : std::string_view(), denied,
        t.evidence[0].sentence.begin, t.evidence[0].sentence.end, t.evidence.size(),
        SectorName(t.subject.sector), ActorCode(doc, g, t.subject),
        has_object ? SectorName(t.object->sector) : "",
        has_object ? ActorCode(doc, g, *t.object) : "");
  }
  return out;
}

}  // namespace attache
