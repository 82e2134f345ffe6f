// Internal: the attribution stage's vocabulary, resolved once per RuleSet.
#ifndef ATTACHE_LIB_INTERNAL_ATTRIBUTION_H_
#define ATTACHE_LIB_INTERNAL_ATTRIBUTION_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "attache/grammar.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "attache/triple.hpp"
#include "internal/lexicon.h"

namespace attache::internal {

// The attribution cues' word classes (Cue::kNegation .. Cue::kAgentMarker, defined in
// gazetteers/rules/attribution.rules, words.rules and structure.rules) as ids of one
// RuleSet. Holds no reference to the RuleSet; valid for any copy or move of it.
struct AttributionLexicon {
  static constexpr std::size_t kClassCount = static_cast<std::size_t>(Cue::kAgentMarker) + 1;
  std::array<std::uint32_t, kClassCount> classes;  // in Cue order, for RuleSetInternals::ClassMask

  explicit AttributionLexicon(const RuleSet& rules);
};

// AttributeMatches() with the vocabulary already resolved. `token_cues`: each token's cues
// (TokenLookups::cues), or empty to look them up here.
void AttributeMatches(const AttributionLexicon& lex, const RuleSet& rules,
                      std::span<const CueMask> token_cues, std::string_view text,
                      const TokenizedText& tokens, const std::vector<Mention>& mentions,
                      const std::vector<RuleMatch>& matches, std::vector<Triple>* out);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_ATTRIBUTION_H_
