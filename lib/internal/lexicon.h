// Internal: what the stages after tokenization need to know about each token, looked up
// once per document with one hash probe per token: its word number in the gazetteer trie
// (mentions), its node in the word-class trie (the matcher) and its cue bits (plural
// descriptions and attribution: is this token "said", "denied", "two"?).
#ifndef ATTACHE_LIB_INTERNAL_LEXICON_H_
#define ATTACHE_LIB_INTERNAL_LEXICON_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "attache/gazetteer.hpp"
#include "attache/grammar.hpp"
#include "attache/tokenize.hpp"

namespace attache::internal {

// Word classes (gazetteers/rules/attribution.rules, words.rules) that stages test token by
// token.
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
  kSourceMarker,      // "according": "according to X" names X as the speaker
  kSourceLink,        // "to" after a source marker
  kInfinitiveMarker,  // "to" before a trigger: "plans to visit" is planned (structure.rules)
  kAgentMarker,       // "by": "allegations by Amnesty" (words.rules, shared with the matcher)
  kPluralQuantifier,
  kPluralPlace,
  kPluralPerson,
  kPlacePreposition,  // "in", "from": a capital after one is named as a place
  kPlaceNoun,         // "capital", "city": "the Afghan capital, Kabul" names a place
  kPlaceModifier,     // "central", "northern": "in central Tbilisi"
  kPersonPronoun,     // he, she, his, her
  kThingPronoun,      // it, its
  kPossessivePronoun,
  kClauseOpener,      // a pronoun after one opens a clause as its subject
  kComplementOpener,  // "that" after a noun: "charges that it supplies"
  kCountryNoun,       // "his country"
  kPreposition,       // "over claims that it": the report verb is a noun
  kDeterminer,
  kDefiniteDeterminer,   // "the country", "this nation": the one country the text is about
  kSpeakerPronoun,       // we, our: in a quotation, the speaker's side
  kGovernmentNoun,       // government, regime: "Ortega's government" is Nicaragua's
  kBe,                   // is, was: "it was agreed", "it is Spain that"
  kImpersonalPredicate,  // agreed, unclear, time: "it was agreed to" refers to no one
  kPlaceLink,            // "of": "the streets of Nairobi" names a place
  kOwnGovernmentNoun,    // "his government": the country of the person "his" refers to
};
inline constexpr std::size_t kCueCount = 35;

// The class behind each cue, in Cue order.
inline constexpr std::array<std::string_view, kCueCount> kCueClassNames = {"negation",
                                                                           "report_verb",
                                                                           "quote_verb",
                                                                           "accuse_verb",
                                                                           "allegation_noun",
                                                                           "deny_verb",
                                                                           "planned",
                                                                           "hypothetical",
                                                                           "denial_backref",
                                                                           "denial_object",
                                                                           "source_marker",
                                                                           "source_link",
                                                                           "infinitive_marker",
                                                                           "agent_marker",
                                                                           "plural_quantifier",
                                                                           "plural_place",
                                                                           "plural_person",
                                                                           "place_preposition",
                                                                           "place_noun",
                                                                           "place_modifier",
                                                                           "person_pronoun",
                                                                           "thing_pronoun",
                                                                           "possessive_pronoun",
                                                                           "clause_opener",
                                                                           "complement_opener",
                                                                           "country_noun",
                                                                           "preposition",
                                                                           "determiner",
                                                                           "definite_determiner",
                                                                           "speaker_pronoun",
                                                                           "government_noun",
                                                                           "be",
                                                                           "impersonal_predicate",
                                                                           "place_link",
                                                                           "own_government_noun"};

// Bit c is set when the token is a one-word entry of cue c's class.
using CueMask = std::uint64_t;
static_assert(kCueCount <= 64, "CueMask holds one bit per cue");

constexpr CueMask CueBit(Cue c) { return CueMask{1} << static_cast<unsigned>(c); }

// Each token's cues, read from `rules`' word classes (one probe of the class trie per token):
// what the public stage functions use, where Extract() shares a Lexicon's lookups instead.
std::vector<CueMask> TokenCues(const RuleSet& rules, const TokenizedText& tokens);

// Per token of a document, in token order.
struct TokenLookups {
  std::vector<std::uint32_t> words;        // gazetteer word number (GazetteerTrie)
  std::vector<std::uint32_t> class_nodes;  // the class trie's child of the root, 0 if none
  std::vector<CueMask> cues;
};

// One Extractor's gazetteer and rules seen from the tokens: every word of the class trie's
// root is numbered in the gazetteer too, so that one probe of the gazetteer's word table
// answers for both. Holds tables indexed by that gazetteer's word numbers and by the rule
// set's class-trie nodes, no references.
class Lexicon {
 public:
  // Numbers the class words in `gazetteer` (which must not be in use elsewhere yet).
  Lexicon(Gazetteer* gazetteer, const RuleSet& rules);

  // Fills `out` for every token of `tokens`; `gazetteer` is the one given above.
  void LookUp(const Gazetteer& gazetteer, const TokenizedText& tokens, TokenLookups* out) const;

 private:
  // Per gazetteer word number, its class-trie node and that node's cues side by side: one
  // cache line per token where two tables would cost two (the tables grow with imported
  // dictionaries, past what the cache holds).
  struct OfWord {
    std::uint32_t class_node = 0;
    CueMask cues = 0;
  };
  std::vector<OfWord> of_word_;
  OfWord none_;  // a token that is no word of either
};

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_LEXICON_H_
