// Mentions read in their context: capitals named as places ("protests in Nairobi",
// "TBILISI, Georgia -", "the Afghan capital, Kabul"; the mention stays the country's, its
// kind says it is a location). (Past holders' descriptions, "the former president", are
// the mention stage's: titles.tsv past-marker.)
#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "attache/mentions.hpp"
#include "internal/lexicon.h"
#include "internal/limits.h"
#include "internal/mentions.h"

namespace attache::internal {

namespace {

bool IsPunct(std::string_view text, const Token& t, std::string_view what) {
  return text.substr(t.begin, t.end - t.begin) == what;
}

// A dateline opens its paragraph: the place, then a comma, a dash or a parenthesis.
bool OpensDateline(std::string_view text, const TokenizedText& tokens, const Mention& m) {
  const Sentence& s = tokens.sentences[m.sentence];
  const bool opens_paragraph =
      m.sentence == 0 || tokens.sentences[m.sentence - 1].paragraph != s.paragraph;
  if (!opens_paragraph || m.first_token != s.first_token || m.end_token >= s.end_token) {
    return false;
  }
  const Token& next = tokens.tokens[m.end_token];
  for (std::string_view mark : {",", "-", "\u2014", "\u2013", "("}) {
    if (IsPunct(text, next, mark)) return true;
  }
  return false;
}

// "Tbilisi, Georgia": the capital, a comma, then its own country.
bool FollowedByItsCountry(std::string_view text, const TokenizedText& tokens, const Mention& m,
                          std::span<const Mention> mentions) {
  const std::uint32_t comma = m.end_token;
  if (comma >= tokens.sentences[m.sentence].end_token ||
      !IsPunct(text, tokens.tokens[comma], ",")) {
    return false;
  }
  const auto next =
      std::lower_bound(mentions.begin(), mentions.end(), comma + 1,
                       [](const Mention& x, std::uint32_t token) { return x.first_token < token; });
  return next != mentions.end() && next->first_token == comma + 1 && next->entity == m.entity;
}

// Whether the mention just before `m` is a place ending right before the token before `m`.
bool FollowsPlace(std::span<const Mention> mentions, const Mention& m) {
  const auto at =
      std::lower_bound(mentions.begin(), mentions.end(), m.first_token,
                       [](const Mention& x, std::uint32_t token) { return x.first_token < token; });
  if (at == mentions.begin()) return false;
  const Mention& previous = *(at - 1);
  return previous.how == MatchKind::kPlace && previous.end_token + 1 == m.first_token;
}

template <typename Vocabulary>
bool NamedAsPlace(std::string_view text, const TokenizedText& tokens, const Vocabulary& words,
                  const Mention& m, std::span<const Mention> mentions) {
  const std::uint32_t first = tokens.sentences[m.sentence].first_token;
  if (OpensDateline(text, tokens, m) || FollowedByItsCountry(text, tokens, m, mentions)) {
    return true;
  }
  if (m.first_token == first) return false;
  const std::uint32_t before = m.first_token - 1;
  if (words.Preposition(before)) return true;
  // "the streets of Nairobi", "the city of Santiago"
  if (before > first && words.Link(before) && words.Noun(before - 1)) return true;
  // "Istanbul/Athens, 7 December": after a slash, named as the place before the slash is
  if (IsPunct(text, tokens.tokens[before], "/") && FollowsPlace(mentions, m)) return true;
  if (words.Modifier(before) && before > first && words.Preposition(before - 1)) return true;
  // "the Afghan capital, Kabul"
  return before > first && IsPunct(text, tokens.tokens[before], ",") && words.Noun(before - 1);
}

template <typename Vocabulary>
void Apply(std::string_view text, const TokenizedText& tokens, const Vocabulary& words,
           std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) {
    if (m.how == MatchKind::kCapital && NamedAsPlace(text, tokens, words, m, *mentions)) {
      m.how = MatchKind::kPlace;
    }
  }
}

}  // namespace

void ApplyMentionContext(std::string_view text, const TokenizedText& tokens,
                         std::span<const CueMask> token_cues, std::vector<Mention>* mentions) {
  struct ByCue {
    std::span<const CueMask> cues;
    bool Preposition(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPlacePreposition); }
    bool Noun(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPlaceNoun); }
    bool Link(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPlaceLink); }
    bool Modifier(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPlaceModifier); }
  };
  Apply(text, tokens, ByCue{token_cues}, mentions);
}

}  // namespace attache::internal

namespace attache {

void ApplyMentionContext(std::string_view text, const RuleSet& rules, const TokenizedText& tokens,
                         std::vector<Mention>* mentions) {
  internal::ApplyMentionContext(text, tokens, internal::TokenCues(rules, tokens), mentions);
}

}  // namespace attache

namespace attache::internal {

std::optional<Mention> DocumentSetting(const std::vector<Mention>& mentions) {
  absl::flat_hash_map<EntityIndex, int> places;
  for (const Mention& m : mentions) {
    if (m.how == MatchKind::kPlace || m.how == MatchKind::kCapital) ++places[m.entity];
  }
  EntityIndex best = kNoEntity;
  int first = 0, second = 0;
  for (const auto& [entity, count] : places) {
    if (count > first || (count == first && entity < best)) {
      second = std::max(second, first);
      first = count;
      best = entity;
    } else {
      second = std::max(second, count);
    }
  }
  if (best == kNoEntity || first < kMinSettingPlaces || first < 2 * second) return std::nullopt;
  for (const Mention& m : mentions) {
    if (m.entity == best && (m.how == MatchKind::kPlace || m.how == MatchKind::kCapital)) return m;
  }
  return std::nullopt;
}

}  // namespace attache::internal
