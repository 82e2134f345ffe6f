// Internal: the attribution stage's vocabulary, resolved once per RuleSet.
#ifndef ATTACHE_LIB_INTERNAL_ATTRIBUTION_H_
#define ATTACHE_LIB_INTERNAL_ATTRIBUTION_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "attache/grammar.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "attache/triple.hpp"

namespace attache::internal {

// Word classes the attribution stage reads (defined in gazetteers/rules/attribution.rules),
// as ids of one RuleSet, and the few words it compares directly. Holds no reference to the
// RuleSet; valid for any copy or move of it.
struct AttributionLexicon {
  std::uint32_t negation, report, quote, accuse, allegation, deny, planned, hypothetical,
      denial_backref, denial_object;
  std::uint64_t according, to, by;

  explicit AttributionLexicon(const RuleSet& rules);

  // The ten classes above, in that order (for RuleSet::ClassMask).
  std::array<std::uint32_t, 10> classes() const {
    return {negation, report,  quote,        accuse,         allegation,
            deny,     planned, hypothetical, denial_backref, denial_object};
  }
};

// AttributeMatches() with the vocabulary already resolved.
void AttributeMatches(const AttributionLexicon& lex, const RuleSet& rules, std::string_view text,
                      const TokenizedText& tokens, const std::vector<Mention>& mentions,
                      const std::vector<RuleMatch>& matches, std::vector<Triple>* out);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_ATTRIBUTION_H_
