// Internal: word-class facts about each token, looked up once per document and shared by
// the stages after it — the matcher reads each token's node in the class trie, plural
// descriptions and attribution read cue bits (is this token "said", "denied", "two"?).
#ifndef ATTACHE_LIB_INTERNAL_TOKEN_CUES_H_
#define ATTACHE_LIB_INTERNAL_TOKEN_CUES_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "attache/grammar.hpp"
#include "attache/tokenize.hpp"

namespace attache::internal {

struct ClassTable;

// Word classes (gazetteers/rules/attribution.rules) that stages test token by token.
enum class Cue : std::uint8_t {
  kNegation,
  kReport,
  kQuote,
  kAccuse,
  kAllegation,
  kDeny,
  kPlanned,
  kHypothetical,
  kDenialBackref,
  kDenialObject,
  kPluralQuantifier,
  kPluralPlace,
  kPluralPerson,
};
inline constexpr std::size_t kCueCount = 13;

// The class behind each cue, in Cue order.
inline constexpr std::array<std::string_view, kCueCount> kCueClassNames = {
    "negation",          "report_verb",  "quote_verb",   "accuse_verb",    "allegation_noun",
    "deny_verb",         "planned",      "hypothetical", "denial_backref", "denial_object",
    "plural_quantifier", "plural_place", "plural_person"};

// Bit c is set when the token is a one-word entry of cue c's class.
using CueMask = std::uint16_t;
static_assert(kCueCount <= 16, "CueMask holds one bit per cue");

constexpr CueMask CueBit(Cue c) { return static_cast<CueMask>(1u << static_cast<unsigned>(c)); }

// Per token of a document, in token order.
struct TokenClasses {
  std::vector<std::uint32_t> nodes;  // the class trie's child of the root, 0 if none
  std::vector<CueMask> cues;
};

// The cue classes of one RuleSet, resolved once. Reads the RuleSet's class table, which
// stays at its address when the RuleSet moves; the RuleSet must outlive the CueTable.
class CueTable {
 public:
  explicit CueTable(const RuleSet& rules);

  // Fills `out` for every token: one probe of the class trie per token.
  void Annotate(const TokenizedText& tokens, TokenClasses* out) const;

 private:
  const ClassTable* classes_;
  std::vector<CueMask> by_node_;  // per trie node: the cues of its one-word entries
};

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_TOKEN_CUES_H_
