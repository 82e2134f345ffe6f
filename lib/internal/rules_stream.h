// Internal: the rule matcher's view of a sentence, a stream of items (words, entity
// mentions, coordinated groups of mentions) with the class phrases starting at each; built
// by lib/rules_stream.cc. Use attache/grammar.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_RULES_STREAM_H_
#define ATTACHE_LIB_INTERNAL_RULES_STREAM_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "attache/grammar.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "internal/rules.h"
#include "internal/structure.h"

namespace attache::internal::rulematch {

constexpr std::uint32_t kNoMention = 0xffffffffu;

struct Item {
  std::uint64_t key = 0;  // words only
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  std::uint32_t members_begin = 0;  // entity items: range in Stream::members
  std::uint32_t members_end = 0;
  std::uint32_t class_node = 0;  // words: the class trie's child of the root for `key`, or 0
  std::uint16_t type_mask = 0;   // union of member types (0 for words)
  bool soft = false;             // a possessive pronoun ("its"): an entity that gaps may also skip
  std::uint8_t word_flags = 0;   // words: MatcherClasses flags ("the", "and", "by", "said")
  bool is_entity() const { return members_end > members_begin; }
  bool Has(std::uint8_t flag) const { return (word_flags & flag) != 0; }
  bool determiner() const { return Has(MatcherClasses::kArticle); }
};
static_assert(sizeof(Item) == 32, "items are read in bulk: keep them to half a cache line");
static_assert(kEntityTypeCount <= 16, "Item::type_mask has a bit per entity type");

// A class phrase starting at an item; an item's hits are Stream::hits[hit_begin[item] ..
// hit_begin[item + 1]). `position` repeats that item: RequirementIndex::Positions() scans
// the hits of one class for every candidate rule, and reading it off the offsets instead
// measured 4 % slower on the extract stage.
struct ClassHit {
  std::uint32_t word_class;
  std::uint32_t length;    // items
  std::uint32_t position;  // the item it starts at
  const std::string* value;
};

struct Stream {
  std::vector<Item> items;
  std::vector<std::uint32_t> members;    // indices into the sentence's mentions
  std::vector<std::uint32_t> hit_begin;  // per item, into hits (size items+1)
  std::vector<ClassHit> hits;
  std::vector<std::uint32_t> entities_before;  // per position (size items+1): entity items before
  std::vector<Item> ungrouped;                 // BuildStream's working copy
  absl::flat_hash_set<EntityIndex> group_entities;  // BuildStream: entities of one group

  void Clear() {
    items.clear();
    members.clear();
    hit_begin.clear();
    hits.clear();
  }
};

// Builds the item stream of sentence `s` into `out`: mentions collapse into single items,
// and mentions joined by commas and a word of the "coordinator" class ("and", "&", "nor")
// into one coordinated group item. Report verbs ("said") matter here: a comma followed by
// "the Israeli military said" opens a reporting clause, not another list item. Articles
// ("the", "his") may precede a member. `class_nodes`: each token's child of the class trie's
// root, from the sentence's first token.
void BuildStream(const TokenizedText& tokens, const Sentence& s,
                 const std::vector<Mention>& mentions, std::span<const std::uint32_t> class_nodes,
                 const MatcherClasses& known, Stream* out);

// Each token's child of the class trie's root, for the tokens of `s`.
void LookUpClassNodes(const ClassTable& classes, const TokenizedText& tokens, const Sentence& s,
                      std::vector<std::uint32_t>* out);

// Lists the class phrases starting at each word item, and counts the entity items before
// each position.
void FindClassHits(const ClassTable& classes, Stream* s);

// Capture slots hold item positions; sentences the matcher accepts have fewer than
// kMaxItems items, so 16 bits suffice.
using Caps = std::array<std::int16_t, 16>;
constexpr std::size_t kMaxItems = 32000;

}  // namespace attache::internal::rulematch

#endif  // ATTACHE_LIB_INTERNAL_RULES_STREAM_H_
