// Internal: the gazetteer's trie, and its word numbers, so that a document's tokens are
// looked up once and the trie is then walked by number. Use attache/gazetteer.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_GAZETTEER_WORDS_H_
#define ATTACHE_LIB_INTERNAL_GAZETTEER_WORDS_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "attache/gazetteer.hpp"

namespace attache::internal {

// A node of the gazetteer's trie: 0 stands for "no node", kGazetteerRoot is the root.
using GazetteerNode = std::uint32_t;
inline constexpr GazetteerNode kGazetteerRoot = 1;

// One dictionary entry reachable at a trie node: an alias, title or honorific ending there.
struct AliasEntry {
  EntityIndex entity = kNoEntity;  // kNoEntity for titles and honorifics
  RoleId role = kNoRole;           // titles only
  AliasKind kind = AliasKind::kAlias;
  std::uint8_t token_count = 0;
  // Per-token case requirement, 2 bits each (first 16 tokens): 0 any, 1 capitalized,
  // 2 all uppercase (acronyms such as "US", so that "us" never matches).
  std::uint32_t case_mask = 0;
  bool plural = false;  // a title in the plural ("Presidents"), a plural demonym ("Kenyans")
};

// The words the mention stage reads around titles, given by WORDS lines (titles.tsv): the
// possessive after a country ("Iran's president", "Belarus' President"), the article before
// a bare description ("the president"), the word linking a title to its office ("President
// of Pakistan") and the mark before a holder in apposition ("the President of the European
// Council, Charles Michel"); and the words that tell a name the gazetteer lacks: capitalised
// words that end it, nouns for people before or in apposition after it ("activist Ana
// Ruiz", "Ana Ruiz, a lawyer,"), relative pronouns for people ("Ana Ruiz, who"), the words
// an apposition describing someone may open with ("a", "the"), lower-case
// particles inside it ("von", "bin"), lower-case words inside an organisation's name ("of":
// "Government of National Accord"), the nouns that end one ("Agency", "Committee") and the
// words that show a name before initials is one's ("Government", "Forces"), the words
// before the foreign place a description's holder is posted to ("Canada's top diplomat in
// New Delhi" is an envoy, not the foreign minister), the nouns of documents named after a
// place ("the Vienna Convention" is no mention of Austria), the words that may stand between
// "the" and a title in a description of its holder ("the interim president") and those
// that make the holder a past one ("former"), the words before the country of a counterpart
// ("his counterpart in Armenia"), and the indefinite articles, which introduce an unnamed
// referent ("a court"). A
// gazetteer without one goes without what it does.
enum class MentionWord : std::uint8_t {
  kPossessive,
  kDefiniteArticle,
  kOfficeLink,
  kApposition,
  kNameEnd,
  kPersonNoun,
  kPersonRelative,
  kAppositionStart,
  kNameParticle,
  kOrganizationLink,
  kOrganizationHead,
  kOrganizationWord,
  kPostingLink,
  kPlaceDocument,
  kCurrencySign,
  kRoleModifier,
  kPastMarker,
  kCounterpartLink,
  kIndefiniteArticle
};
inline constexpr std::size_t kMentionWordCount = 19;
// The WORDS line id of each, in MentionWord order.
inline constexpr std::array<std::string_view, kMentionWordCount> kMentionWordIds = {
    "possessive",    "definite-article",  "office-link",       "apposition",
    "name-end",      "person-noun",       "person-relative",   "apposition-start",
    "name-particle", "organization-link", "organization-head", "organization-word",
    "posting-link",  "place-document",    "currency-sign",     "role-modifier",
    "past-marker",   "counterpart-link",  "indefinite-article"};

// Trie edges below the root, keyed by (parent node, token number): open addressing with
// linear probing in two parallel arrays (12 bytes a slot, ~80 % full), and a bit per node
// saying whether any edge leaves it, so that a walk past the end of an alias costs no
// probe. Immutable once built.
class EdgeTable {
 public:
  static std::uint64_t Pack(GazetteerNode parent, std::uint32_t token) {
    return (std::uint64_t{parent} << 32) | token;  // parent >= 2, so never 0 (empty)
  }

  void Build(const absl::flat_hash_map<std::uint64_t, GazetteerNode>& edges) {
    const std::size_t capacity = edges.size() + edges.size() / 4 + 8;
    keys_.assign(capacity, 0);
    children_.assign(capacity, 0);
    parents_.clear();
    for (const auto& [key, child] : edges) {
      std::size_t slot = Slot(key);
      while (keys_[slot] != 0) slot = slot + 1 == capacity ? 0 : slot + 1;
      keys_[slot] = key;
      children_[slot] = child;
      const std::size_t parent = key >> 32;
      if (parent / 64 >= parents_.size()) parents_.resize(parent / 64 + 1, 0);
      parents_[parent / 64] |= std::uint64_t{1} << (parent % 64);
    }
  }

  GazetteerNode Find(std::uint64_t key) const {
    const std::size_t parent = key >> 32;
    if (parent / 64 >= parents_.size() || (parents_[parent / 64] >> (parent % 64) & 1) == 0) {
      return 0;  // a leaf (or no table)
    }
    for (std::size_t slot = Slot(key);; slot = slot + 1 == keys_.size() ? 0 : slot + 1) {
      if (keys_[slot] == key) return children_[slot];
      if (keys_[slot] == 0) return 0;
    }
  }

  std::size_t memory_bytes() const {
    return keys_.capacity() * sizeof(std::uint64_t) + children_.capacity() * sizeof(GazetteerNode) +
           parents_.capacity() * sizeof(std::uint64_t);
  }

 private:
  std::size_t Slot(std::uint64_t key) const {
    std::uint64_t h = key * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    return static_cast<std::size_t>(((h >> 32) * keys_.size()) >> 32);  // size < 2^32
  }

  std::vector<std::uint64_t> keys_;
  std::vector<GazetteerNode> children_;
  std::vector<std::uint64_t> parents_;  // bit per node: an edge leaves it
};

// DESCRIPTION lines: nouns that stand for the one organisation of their kind a document
// has named ("the bloc" after "ECOWAS", "the agency" after "the Border Inspection
// Service"). Each description is one bit of a mask.
inline constexpr std::size_t kMaxDescriptions = 32;
struct OrganizationDescriptions {
  absl::flat_hash_map<std::uint64_t, std::uint8_t> nouns;   // noun key -> its description
  absl::flat_hash_map<std::uint64_t, std::uint32_t> heads;  // name head word key -> mask
  // Words that may stand before a description's noun ("regional bloc") -> mask.
  absl::flat_hash_map<std::uint64_t, std::uint32_t> modifiers;
  // Gazetteer entities listed by id or named with a head word (any name or alias) -> mask.
  absl::flat_hash_map<EntityIndex, std::uint32_t> entities;
  std::array<std::uint32_t, kEntityTypeCount> types{};  // every entity of the type -> mask
};

// Whether entities of `type` may be described so: organisations, armed groups, media.
inline bool Describable(EntityType type) {
  return type == EntityType::kOrganization || type == EntityType::kArmedGroup ||
         type == EntityType::kMedia;
}

// The trie. Words (normalized token keys) are numbered (`tokens`); the root's children are
// indexed by word number, deeper edges live in `edges`. Entries of node n are
// entries[entries_begin[n] .. entries_begin[n + 1]).
struct GazetteerTrie {
  static constexpr std::uint32_t kNoWord = 0xffffffffu;

  absl::flat_hash_map<std::uint64_t, std::uint32_t> tokens;  // word key -> word number
  std::vector<GazetteerNode> root_children;                  // per word number
  EdgeTable edges;
  std::vector<std::uint32_t> entries_begin;
  std::vector<AliasEntry> entries;
  // The first words of titles of two or more words ("top" of "top diplomat"), sorted: only
  // they can open a title with a demonym inside ("top Saudi diplomat").
  std::vector<std::uint32_t> title_first_words;
  std::uint64_t title_first_filter = 0;  // bit (word & 63) set for each of them
  // PERSON short= forms: entity -> normalized keys of its document-local short forms.
  absl::flat_hash_map<EntityIndex, std::vector<std::uint64_t>> short_forms;
  // WORDS lines: per word number, bit w set when the word is one of MentionWord w's (their
  // words are numbered like alias words, so a token's word number answers with one load).
  std::vector<std::uint32_t> mention_word_bits;
  OrganizationDescriptions descriptions;
  static_assert(kMentionWordCount <= 32, "mention_word_bits holds one bit per MentionWord");

  // Whether word number `word` (kNoWord: none) is one of the words given for `w`.
  bool IsMentionWordNumber(MentionWord w, std::uint32_t word) const {
    return word < mention_word_bits.size() &&
           (mention_word_bits[word] >> static_cast<unsigned>(w) & 1u) != 0;
  }

  // Whether normalized `key` is one of the words given for `w`.
  bool IsMentionWord(MentionWord w, std::uint64_t key) const {
    return IsMentionWordNumber(w, WordOf(key));
  }

  bool BeginsLongTitle(std::uint32_t word) const {
    return (title_first_filter >> (word & 63) & 1) != 0 &&
           std::binary_search(title_first_words.begin(), title_first_words.end(), word);
  }

  // The number of the word with normalized `key`, or kNoWord.
  std::uint32_t WordOf(std::uint64_t key) const {
    auto word = tokens.find(key);
    return word == tokens.end() ? kNoWord : word->second;
  }

  // The aliases ending at `node`, in the order they were defined.
  std::span<const AliasEntry> EntriesOf(GazetteerNode node) const {
    if (node + 1 >= entries_begin.size()) return {};
    return {entries.data() + entries_begin[node], entries.data() + entries_begin[node + 1]};
  }

  // The child of `node` along the word with normalized `key`, or 0.
  GazetteerNode Child(GazetteerNode node, std::uint64_t key) const {
    return ChildOf(node, WordOf(key));
  }

  // Child() by word number (kNoWord: 0).
  GazetteerNode ChildOf(GazetteerNode node, std::uint32_t word) const {
    if (word == kNoWord) return 0;
    if (node == kGazetteerRoot) return root_children[word];
    return edges.Find(EdgeTable::Pack(node, word));
  }
};

// The library's own access to a Gazetteer's trie.
struct GazetteerInternals {
  static const GazetteerTrie& Trie(const Gazetteer& g);
  // Numbers `key` if it has no number yet (no alias begins with a word added here, so
  // GazetteerTrie::Child() still answers 0 for it); returns its number. Only while `g` is being set
  // up.
  static std::uint32_t AddWord(Gazetteer* g, std::uint64_t key);
  // Whether `role` is a counterpart title (TITLE resolve=counterpart): it names the office
  // of the person last named, in the country the description names.
  static bool CounterpartRole(const Gazetteer& g, RoleId role);
  // Whether `role` is a generic title (TITLE with means=, "leader"): any of several offices.
  static bool GenericRole(const Gazetteer& g, RoleId role);
};

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_GAZETTEER_WORDS_H_
