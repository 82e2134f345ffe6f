// attache/attribution.hpp — stage 5: who says it, who denies it, is it negated or planned.
//
// Turns rule matches into Triples and fills polarity, modality, attributed_to and denied_by
// from the words around each match. The vocabularies are word classes in the rule files
// (negation, report_verb, accuse_verb, deny_verb, planned, hypothetical; see
// docs/rules.md), so they are data a user can edit.
//
//   "Washington accused Tehran of providing Moscow with drones, which Tehran denies."
//   -> (iran, supplied-drones-to, russia), modality alleged, attributed_to united-states,
//      denied_by [iran]
#ifndef ATTACHE_ATTRIBUTION_HPP_
#define ATTACHE_ATTRIBUTION_HPP_

#include <string_view>
#include <vector>

#include "attache/grammar.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "attache/triple.hpp"

namespace attache {

// Converts `matches` (all from one document) into triples appended to `out`, one per match,
// with attribution fields set. Merging of identical triples is done by the Extractor.
void AttributeMatches(const RuleSet& rules, std::string_view text, const TokenizedText& tokens,
                      const std::vector<Mention>& mentions, const std::vector<RuleMatch>& matches,
                      std::vector<Triple>* out);

}  // namespace attache

#endif  // ATTACHE_ATTRIBUTION_HPP_
