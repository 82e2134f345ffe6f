// Gazetteer: DESCRIPTION lines compiled into the nouns, head words, entities and types
// that tell which organisations "the bloc" or "the agency" may stand for.
#include <bit>

#include "attache/tokenize.hpp"
#include "fmt/format.h"
#include "internal/gazetteer_records.h"
#include "internal/gazetteer_words.h"
#include "internal/text.h"

namespace attache::internal {
namespace {

// The head word of an organisation's name: the word before its first lower-case word
// ("Government of National Accord": Government), else its last ("Border Inspection
// Service": Service). lib/mention_descriptions.cc reads a name as written in a document
// (tokens) by the same rule.
std::string_view NameHead(std::string_view name) {
  std::string_view previous;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    if (!word.empty()) {
      if (word[0] >= 'a' && word[0] <= 'z' && !previous.empty()) return previous;
      previous = word;
    }
    start = end + 1;
  }
  return previous;
}

// The descriptions whose heads end `name`.
std::uint32_t HeadMask(const OrganizationDescriptions& d, std::string_view name) {
  const std::string_view head = NameHead(name);
  if (head.empty()) return 0;
  auto it = d.heads.find(NormalizedKey(head));
  return it == d.heads.end() ? 0 : it->second;
}

}  // namespace

void CompileDescriptions(
    const std::vector<GazetteerRecord>& records,
    absl::FunctionRef<EntityIndex(const GazetteerRecord&, const Located&)> entity_of,
    absl::FunctionRef<EntityIndex(std::string_view)> find_id,
    absl::FunctionRef<void(const GazetteerRecord&, int, std::string, std::string_view)> report,
    OrganizationDescriptions* out) {
  std::size_t count = 0;
  for (const GazetteerRecord& r : records) {
    if (r.kind != RecordKind::kDescription) continue;
    if (count == kMaxDescriptions) {
      report(r, r.id.column, fmt::format("more than {} DESCRIPTION lines", kMaxDescriptions),
             r.id.text);
      continue;
    }
    const std::uint32_t bit = 1u << count;
    for (const Located& w : r.words) {
      if (!out->nouns.try_emplace(NormalizedKey(w.text), static_cast<std::uint8_t>(count)).second) {
        report(r, w.column, "noun already given by another DESCRIPTION", w.text);
      }
    }
    for (const Located& h : r.heads) out->heads[NormalizedKey(h.text)] |= bit;
    for (const Located& w : r.modifiers) out->modifiers[NormalizedKey(w.text)] |= bit;
    for (const Located& e : r.entities) {
      const EntityIndex entity = entity_of(r, e);
      if (entity != kNoEntity) out->entities[entity] |= bit;
    }
    for (const Located& t : r.types) {
      if (std::optional<EntityType> type = ParseEntityType(t.text)) {
        out->types[static_cast<std::size_t>(*type)] |= bit;
      }
    }
    ++count;
  }
  if (out->heads.empty()) return;
  for (const GazetteerRecord& r : records) {
    const bool entity = r.kind == RecordKind::kEntity && Describable(r.type);
    if (!entity && r.kind != RecordKind::kAlias) continue;
    std::uint32_t mask = entity ? HeadMask(*out, r.name) : 0;
    for (const Located& a : r.aliases) mask |= HeadMask(*out, a.text);
    if (mask == 0) continue;
    const EntityIndex e = find_id(r.id.text);
    if (e != kNoEntity) out->entities[e] |= mask;
  }
}

}  // namespace attache::internal
