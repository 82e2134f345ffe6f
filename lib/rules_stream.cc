// Rule matching: a sentence becomes a stream of items (words, entity mentions, coordinated
// groups of mentions), and the class phrases starting at each word item are listed.
#include "internal/rules_stream.h"

#include <algorithm>

#include "internal/limits.h"

namespace attache::internal::rulematch {

namespace {

// Whether mentions of types `a` and `b` may be coordinated: both people or neither, and
// no media.
bool Compatible(EntityType a, EntityType b) {
  bool person_a = a == EntityType::kPerson, person_b = b == EntityType::kPerson;
  return person_a == person_b && a != EntityType::kMedia && b != EntityType::kMedia;
}

// The items of sentence `s` in `out->items`, one per mention (kGroup mentions sharing a span
// make one) and one per other token. Returns whether a coordination is possible: two
// entities, and a comma or coordinator right after one.
bool MakeItems(const TokenizedText& tokens, const Sentence& s, const std::vector<Mention>& mentions,
               std::span<const std::uint32_t> class_nodes, const MatcherClasses& known,
               Stream* out) {
  static const std::uint64_t kComma = NormalizedKey(",");
  std::size_t entities = 0;
  bool joined = false;
  bool after_entity = false;
  std::size_t m = 0;
  for (std::uint32_t t = s.first_token; t < s.end_token;) {
    while (m < mentions.size() && mentions[m].first_token < t) ++m;
    if (m < mentions.size() && mentions[m].first_token == t) {
      const Mention& mention = mentions[m];
      Item& item = out->items.emplace_back();  // filled in place: no copy through the stack
      item.first_token = t;
      item.end_token = mention.end_token;
      item.members_begin = static_cast<std::uint32_t>(out->members.size());
      // "the two countries": its kGroup mentions share one span and form one group item.
      do {
        out->members.push_back(static_cast<std::uint32_t>(m));
        item.type_mask |= static_cast<std::uint16_t>(1u << static_cast<int>(mentions[m].type));
        ++m;
      } while (mention.how == MatchKind::kGroup && m < mentions.size() &&
               mentions[m].first_token == t && mentions[m].how == MatchKind::kGroup);
      item.members_end = static_cast<std::uint32_t>(out->members.size());
      item.soft = mention.how == MatchKind::kPronoun && mention.possessive;
      item.key = tokens.tokens[t].key;
      t = mention.end_token;
      ++entities;
      after_entity = true;
      continue;
    }
    Item& item = out->items.emplace_back();
    item.first_token = t;
    item.end_token = t + 1;
    item.key = tokens.tokens[t].key;
    // One trie probe per word serves the determiner test here and FindClassHits later.
    item.class_node = class_nodes[t - s.first_token];
    item.word_flags = known.FlagsOf(item.class_node);
    joined |= after_entity && (item.key == kComma || item.Has(MatcherClasses::kCoordinator));
    after_entity = false;
    ++t;
  }
  return entities >= 2 && joined;
}

// Whether a report verb ("said") follows item k closely: "the Israeli military said" after
// a comma opens a reporting clause.
bool ReportFollows(const std::vector<Item>& items, std::size_t k) {
  bool reporting = false;
  for (std::size_t r = k + 1; r < std::min(items.size(), k + 1 + kReportAfterListMemberItems);
       ++r) {
    reporting |= items[r].Has(MatcherClasses::kReport);
  }
  return reporting;
}

// The last entity item of the coordination E (, E)* (,)? C E that begins at entity item i,
// where C is a word of the "coordinator" class; i when none follows.
std::size_t LastCoordinated(const std::vector<Item>& items, std::size_t i,
                            const std::vector<Mention>& mentions,
                            const std::vector<std::uint32_t>& members) {
  static const std::uint64_t kComma = NormalizedKey(",");
  const EntityType type = mentions[members[items[i].members_begin]].type;
  std::size_t j = i + 1;
  std::size_t last_member = i;
  bool closed = false;  // a conjunction was seen: only an apposition may follow
  while (j < items.size()) {
    std::size_t k = j;
    bool comma = !items[k].is_entity() && items[k].key == kComma;
    if (comma) ++k;
    bool conj = !closed && k < items.size() && !items[k].is_entity() &&
                items[k].Has(MatcherClasses::kCoordinator);
    if (conj) ++k;
    const bool determiner = (comma || conj) && k < items.size() && items[k].determiner();
    if (determiner) ++k;
    if ((!comma && !conj) || k >= items.size() || !items[k].is_entity()) break;
    const Mention& next = mentions[members[items[k].members_begin]];
    const Mention& last = mentions[members[items[last_member].members_end - 1]];
    // After "and", only "X and Y, <Y again>" (an apposition naming Y) continues.
    if (closed && (!comma || next.entity != last.entity)) break;
    // A bare comma before "the Israeli military said" or "South Korean intelligence said"
    // opens a reporting clause, not another list item.
    if (comma && !conj && !closed && (determiner || next.how == MatchKind::kDemonym) &&
        ReportFollows(items, k)) {
      break;
    }
    if (!Compatible(type, next.type)) break;
    last_member = k;
    j = k + 1;
    closed |= conj;
  }
  return last_member;
}

// The group item of the coordination items[i .. last_member], its members re-listed
// contiguously at the end of out->members.
Item GroupItem(const std::vector<Item>& items, std::size_t i, std::size_t last_member,
               const std::vector<Mention>& mentions, Stream* out) {
  Item group = items[i];
  // Re-list members contiguously; a group naming one entity twice ("Hungary's prime
  // minister, Viktor Orbán") keeps one member.
  // "The two leaders, Erdogan and Putin, ...": names in apposition replace the guess.
  const bool plural_first = mentions[out->members[items[i].members_begin]].how == MatchKind::kGroup;
  const auto begin = static_cast<std::uint32_t>(out->members.size());
  absl::flat_hash_set<EntityIndex>& seen = out->group_entities;
  seen.clear();
  group.type_mask = 0;
  for (std::size_t k = plural_first ? i + 1 : i; k <= last_member; ++k) {
    if (!items[k].is_entity()) continue;
    for (std::uint32_t m = items[k].members_begin; m < items[k].members_end; ++m) {
      const std::uint32_t mention = out->members[m];
      if (seen.insert(mentions[mention].entity).second) out->members.push_back(mention);
    }
    group.type_mask |= items[k].type_mask;
  }
  group.members_begin = begin;
  group.members_end = static_cast<std::uint32_t>(out->members.size());
  group.end_token = items[last_member].end_token;
  return group;
}

// Replaces each coordination of entity items in out->items by one group item.
void GroupCoordinations(const std::vector<Mention>& mentions, Stream* out) {
  std::swap(out->items, out->ungrouped);
  std::vector<Item>& grouped = out->items;
  grouped.clear();
  const auto& items = out->ungrouped;
  for (std::size_t i = 0; i < items.size();) {
    if (!items[i].is_entity()) {
      grouped.push_back(items[i++]);
      continue;
    }
    const std::size_t last_member = LastCoordinated(items, i, mentions, out->members);
    if (last_member == i) {
      grouped.push_back(items[i++]);
      continue;
    }
    grouped.push_back(GroupItem(items, i, last_member, mentions, out));
    i = last_member + 1;
  }
}

}  // namespace

void BuildStream(const TokenizedText& tokens, const Sentence& s,
                 const std::vector<Mention>& mentions, std::span<const std::uint32_t> class_nodes,
                 const MatcherClasses& known, Stream* out) {
  out->Clear();
  if (MakeItems(tokens, s, mentions, class_nodes, known, out)) {
    GroupCoordinations(mentions, out);
  }
}

void LookUpClassNodes(const ClassTable& classes, const TokenizedText& tokens, const Sentence& s,
                      std::vector<std::uint32_t>* out) {
  out->resize(s.end_token - s.first_token);
  for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
    (*out)[t - s.first_token] = classes.Child(ClassTable::kRoot, tokens.tokens[t].key);
  }
}

void FindClassHits(const ClassTable& classes, Stream* s) {
  s->hit_begin.resize(s->items.size() + 1);  // every entry is written below
  s->entities_before.resize(s->items.size() + 1);
  s->entities_before[0] = 0;
  for (std::size_t i = 0; i < s->items.size(); ++i) {
    s->hit_begin[i] = static_cast<std::uint32_t>(s->hits.size());
    s->entities_before[i + 1] = s->entities_before[i] + (s->items[i].is_entity() ? 1 : 0);
    std::uint32_t node = ClassTable::kRoot;
    for (std::size_t j = i; j < s->items.size() && !s->items[j].is_entity(); ++j) {
      // The first word's node was found by BuildStream.
      node = j == i ? s->items[j].class_node : classes.Child(node, s->items[j].key);
      if (node == 0) break;
      for (const ClassEntry& e : classes.entries[node]) {
        s->hits.push_back({e.word_class, static_cast<std::uint32_t>(j - i + 1),
                           static_cast<std::uint32_t>(i), &e.value});
      }
    }
  }
  s->hit_begin[s->items.size()] = static_cast<std::uint32_t>(s->hits.size());
}

}  // namespace attache::internal::rulematch
