// "We" and "our" in quoted speech: the speaker's side (internal/mentions.h).
#include <algorithm>

#include "internal/lexicon.h"
#include "internal/limits.h"
#include "internal/mentions.h"
#include "internal/quotes.h"

namespace attache::internal {

namespace {

class SpeakerSides {
 public:
  SpeakerSides(const Gazetteer& g, const TokenizedText& tokens, std::span<const CueMask> cues,
               DateRange dates, const std::vector<Mention>& mentions)
      : tokens_(tokens),
        cues_(cues),
        served_(g, mentions, dates),
        mention_at_(tokens.tokens.size(), -1) {
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      for (std::uint32_t t = mentions[m].first_token; t < mentions[m].end_token; ++t) {
        if (mention_at_[t] < 0) mention_at_[t] = static_cast<int>(m);
      }
    }
  }

  bool Is(std::uint32_t t, Cue c) const { return (cues_[t] & CueBit(c)) != 0; }
  int MentionAt(std::uint32_t t) const { return mention_at_[t]; }

  // The side of the speaker of `quote` ([first, closing mark)); kNoEntity when unknown.
  EntityIndex SideOf(const std::vector<Mention>& mentions,
                     std::pair<std::uint32_t, std::uint32_t> quote, EntityType* type) const {
    const Mention* speaker = Speaker(mentions, quote);
    if (speaker == nullptr) return kNoEntity;
    if (speaker->type != EntityType::kPerson) {
      *type = speaker->type;
      return speaker->entity;
    }
    *type = EntityType::kCountry;
    return served_.Of(speaker->entity);
  }

 private:
  const Mention* Speaker(const std::vector<Mention>& mentions,
                         std::pair<std::uint32_t, std::uint32_t> quote) const {
    return QuoteSpeaker(
        quote, static_cast<std::uint32_t>(tokens_.tokens.size()),
        [&](std::uint32_t t) { return Is(t, Cue::kReport); },
        [&](std::uint32_t t) { return Is(t, Cue::kDeterminer); },
        [&](std::uint32_t t) -> const Mention* {
          if (mention_at_[t] < 0) return nullptr;
          const Mention& x = mentions[static_cast<std::size_t>(mention_at_[t])];
          return x.how != MatchKind::kPlace && x.type != EntityType::kMedia ? &x : nullptr;
        });
  }

  const TokenizedText& tokens_;
  std::span<const CueMask> cues_;
  CountriesServed served_;
  std::vector<int> mention_at_;
};

bool AnySpeakerPronoun(std::span<const CueMask> cues) {
  return std::any_of(cues.begin(), cues.end(),
                     [](CueMask c) { return (c & CueBit(Cue::kSpeakerPronoun)) != 0; });
}

}  // namespace

void ResolveSpeakerPronouns(const Gazetteer& gazetteer, std::string_view text,
                            const TokenizedText& tokens, std::span<const CueMask> token_cues,
                            DateRange dates, std::vector<Mention>* mentions) {
  if (token_cues.size() < tokens.tokens.size() || !AnySpeakerPronoun(token_cues)) return;
  const SpeakerSides sides(gazetteer, tokens, token_cues, dates, *mentions);
  ParagraphQuotes quotes(text, tokens);
  std::vector<Mention> added;
  for (std::uint32_t si = 0; si < tokens.sentences.size(); ++si) {
    const Sentence& s = tokens.sentences[si];
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!sides.Is(t, Cue::kSpeakerPronoun) || sides.MentionAt(t) >= 0) continue;
      for (const auto& quote : quotes.Of(si)) {
        if (t < quote.first || t >= quote.second) continue;
        EntityType type = EntityType::kCountry;
        const EntityIndex side = sides.SideOf(*mentions, quote, &type);
        if (side == kNoEntity) break;
        Mention m;
        m.begin = tokens.tokens[t].begin;
        m.end = tokens.tokens[t].end;
        m.first_token = t;
        m.end_token = t + 1;
        m.sentence = si;
        m.entity = side;
        m.type = type;
        m.how = MatchKind::kPronoun;
        m.possessive = sides.Is(t, Cue::kPossessivePronoun);
        added.push_back(m);
        break;
      }
    }
  }
  MergeSortedMentions(added, mentions);
}

}  // namespace attache::internal

namespace attache {

void ResolveSpeakerPronouns(const Gazetteer& gazetteer, const RuleSet& rules, std::string_view text,
                            const TokenizedText& tokens, DateRange dates,
                            std::vector<Mention>* mentions) {
  internal::ResolveSpeakerPronouns(gazetteer, text, tokens, internal::TokenCues(rules, tokens),
                                   dates, mentions);
}

}  // namespace attache
