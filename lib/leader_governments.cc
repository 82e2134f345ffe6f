// "Ortega's government", "the Biden administration": the country a leader's government is
// (internal/mentions.h).
#include <optional>

#include "internal/lexicon.h"
#include "internal/mentions.h"

namespace attache::internal {

CountriesServed::CountriesServed(const Gazetteer& g, const std::vector<Mention>& mentions,
                                 DateRange dates)
    : g_(g), dates_(dates) {
  for (const Mention& m : mentions) {
    if (m.type == EntityType::kPerson && m.role != kNoRole && m.role_of != kNoEntity &&
        m.role_of < kFirstLocalEntity && g.type(m.role_of) == EntityType::kCountry) {
      titled_.try_emplace(m.entity, m.role_of);
    }
  }
}

EntityIndex CountriesServed::Of(EntityIndex person) const {
  if (auto it = titled_.find(person); it != titled_.end()) return it->second;
  if (person >= kFirstLocalEntity) return kNoEntity;
  return OfficeOf(g_, person, kNoRole, dates_, /*countries_only=*/true);
}

void ResolveLeaderGovernments(const Gazetteer& gazetteer, const TokenizedText& tokens,
                              std::span<const CueMask> token_cues, DateRange dates,
                              std::vector<Mention>* mentions) {
  if (token_cues.size() < tokens.tokens.size()) return;
  const auto government = [&](std::uint32_t t) {
    return t < tokens.tokens.size() && (token_cues[t] & CueBit(Cue::kGovernmentNoun)) != 0;
  };
  std::vector<Mention> added;
  std::optional<CountriesServed> served;  // built on the first government noun
  for (std::size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (m.type != EntityType::kPerson || m.how == MatchKind::kPronoun) continue;
    const std::uint32_t noun = m.end_token + (m.possessive ? 1 : 0);
    const Sentence& s = tokens.sentences[m.sentence];
    if (noun >= s.end_token || !government(noun)) continue;
    if (i + 1 < mentions->size() && (*mentions)[i + 1].first_token <= noun) continue;
    if (!served) served.emplace(gazetteer, *mentions, dates);
    const EntityIndex country = served->Of(m.entity);
    if (country == kNoEntity) continue;
    Mention g = m;
    g.entity = country;
    g.type = EntityType::kCountry;
    g.how = MatchKind::kRole;
    g.role = kNoRole;
    g.role_of = country;
    g.first_token = noun;
    g.end_token = noun + 1;
    g.begin = tokens.tokens[noun].begin;
    g.end = tokens.tokens[noun].end;
    g.possessive = false;
    added.push_back(g);
  }
  MergeSortedMentions(added, mentions);
}

}  // namespace attache::internal

namespace attache {

void ResolveLeaderGovernments(const Gazetteer& gazetteer, const RuleSet& rules,
                              const TokenizedText& tokens, DateRange dates,
                              std::vector<Mention>* mentions) {
  internal::ResolveLeaderGovernments(gazetteer, tokens, internal::TokenCues(rules, tokens), dates,
                                     mentions);
}

}  // namespace attache
