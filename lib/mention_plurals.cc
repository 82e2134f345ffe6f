// Mentions: plural descriptions ("the two countries", "the two leaders") resolved to the
// pair of entities the text has just been discussing.
#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "attache/mentions.hpp"
#include "internal/gazetteer_words.h"
#include "internal/lexicon.h"
#include "internal/mentions.h"

namespace attache {

namespace {

using internal::Cue;
using internal::CueBit;
using internal::CueMask;

// How often and where the document has mentioned an entity so far.
struct Tally {
  int count = 0;
  std::uint32_t last = 0;       // token of the latest mention
  std::uint32_t paragraph = 0;  // paragraph of the latest mention
  std::uint32_t first = 0;      // token of the first mention
};

using Tallies = absl::flat_hash_map<EntityIndex, Tally>;
using Ranked = std::pair<EntityIndex, Tally>;

// Orders entities for a plural description: those of the paragraphs at or after `cutoff`
// first, then the most mentioned, then the most recently mentioned, then by number.
struct ByRank {
  std::uint32_t cutoff;
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    bool near_a = a.second.paragraph >= cutoff, near_b = b.second.paragraph >= cutoff;
    if (near_a != near_b) return near_a;
    if (a.second.count != b.second.count) return a.second.count > b.second.count;
    if (a.second.last != b.second.last) return a.second.last > b.second.last;
    return a.first < b.first;
  }
};

// ResolvePluralDescriptions() with the vocabulary as token tests: Vocabulary has
// Quantifier(t), PlaceNoun(t) and PersonNoun(t) for token index t. One per call.
template <typename Vocabulary>
class PluralResolver {
 public:
  PluralResolver(const Gazetteer& gazetteer, const TokenizedText& tokens,
                 const Vocabulary& vocabulary, DateRange date, std::vector<Mention>* mentions)
      : gazetteer_(gazetteer),
        tokens_(tokens),
        vocabulary_(vocabulary),
        date_(date),
        mentions_(*mentions) {}

  // Adds a group mention of each of the two entities a description refers to, over the
  // description's tokens, keeping `mentions` sorted by first token.
  void Run() {
    for (std::uint32_t si = 0; si < tokens_.sentences.size(); ++si) {
      const Sentence& s = tokens_.sentences[si];
      for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (t + 1 >= s.end_token || !vocabulary_.Quantifier(t)) continue;
        while (next_ < mentions_.size() && mentions_[next_].first_token <= t) ++next_;
        if (next_ > 0 && mentions_[next_ - 1].end_token > t) continue;
        std::uint32_t noun = t + 1;
        bool place = vocabulary_.PlaceNoun(noun);
        bool person = !place && vocabulary_.PersonNoun(noun);
        if (!place && !person && noun + 1 < s.end_token && vocabulary_.PersonNoun(noun + 1)) {
          person = true;
          ++noun;
        }
        if (!place && !person) continue;
        CountPassed();
        const RoleId role = TitleRole(t, noun);
        if (!RankPair(place, person, role)) continue;
        EmitPair(si, t, noun);
        t = noun;
      }
    }
    internal::MergeSortedMentions(added_, &mentions_);
  }

 private:
  // Brings the tallies up to date with the mentions [counted_, next_): they are counted
  // only where a quantifier needs them. A mention counts in its own sentence's paragraph.
  void CountPassed() {
    for (; counted_ < next_; ++counted_) {
      const Mention& m = mentions_[counted_];
      const std::uint32_t paragraph =
          m.sentence < tokens_.sentences.size() ? tokens_.sentences[m.sentence].paragraph : 0;
      auto count = [&](Tallies& tallies, EntityIndex entity) {
        Tally& tally = tallies[entity];
        tally = {tally.count + 1, m.first_token, paragraph,
                 tally.count == 0 ? m.first_token : tally.first};
      };
      // A document's own organisation ("the India-Kenya Joint Commission") is no side of a
      // pair of places; its own people are people.
      if (m.type == EntityType::kPerson) {
        count(people_, m.entity);
      } else if (m.type != EntityType::kMedia && !IsLocalEntity(m.entity)) {
        count(places_, m.entity);
      }
      if (m.role_of != kNoEntity) count(places_, m.role_of);
    }
  }

  // The role of the title that tokens [t + 1, noun] spell ("the two presidents": only
  // people holding that office on the date), unless it is generic ("the two leaders": any
  // office); kNoRole when none.
  RoleId TitleRole(std::uint32_t t, std::uint32_t noun) const {
    RoleId role = kNoRole;
    const internal::GazetteerTrie& trie = internal::GazetteerInternals::Trie(gazetteer_);
    internal::GazetteerNode node = internal::kGazetteerRoot;
    for (std::uint32_t k = t + 1; k <= noun && node != 0; ++k)
      node = trie.Child(node, tokens_.tokens[k].key);
    if (node != 0) {
      for (const internal::AliasEntry& e : trie.EntriesOf(node)) {
        if (e.kind == AliasKind::kTitle &&
            !internal::GazetteerInternals::GenericRole(gazetteer_, e.role))
          role = e.role;
      }
    }
    return role;
  }

  // The paragraph from which on the latest two paragraphs naming an entity of `tallies`
  // lie (so "the two countries" refers to the pair just discussed); 0 with fewer than two.
  std::uint32_t CutoffOf(const Tallies& tallies) {
    latest_.clear();
    for (const auto& [entity, tally] : tallies) latest_.push_back(tally.paragraph);
    if (latest_.size() < 2) return std::uint32_t{0};
    std::nth_element(latest_.begin(), latest_.begin() + 1, latest_.end(), std::greater<>());
    return latest_[1];
  }

  // Leaves in ranked_ the two entities a description of places (`place`) or people
  // (`person`), of `role` when not kNoRole, refers to; false when there are not two.
  bool RankPair(bool place, bool person, RoleId role) {
    const ByRank place_rank{CutoffOf(places_)};
    const ByRank by_rank{CutoffOf(place ? places_ : people_)};
    ranked_.clear();
    if (person && LeadersOfTopCountries(role, place_rank)) return true;
    ranked_.clear();
    for (const auto& [entity, tally] : place ? places_ : people_) {
      if (role != kNoRole && !HoldsDuring(entity, role)) continue;
      ranked_.push_back({entity, tally});
    }
    if (ranked_.size() < 2) return false;
    const std::size_t looked_at = std::min<std::size_t>(3, ranked_.size());
    std::partial_sort(ranked_.begin(), ranked_.begin() + looked_at, ranked_.end(), by_rank);
    // A third as near and as often named as the second: only recency would choose, and
    // "both countries" may mean either pair. Unresolved.
    if (looked_at == 3 && SameStanding(ranked_[1], ranked_[2], by_rank.cutoff)) return false;
    return true;
  }

  static bool SameStanding(const Ranked& a, const Ranked& b, std::uint32_t cutoff) {
    return (a.second.paragraph >= cutoff) == (b.second.paragraph >= cutoff) &&
           a.second.count == b.second.count;
  }

  // "the two leaders": leaves in ranked_ the most mentioned person holding an office (of
  // `role` when not kNoRole) of each of the two top countries by `place_rank`; false when
  // both do not have one.
  bool LeadersOfTopCountries(RoleId role, const ByRank& place_rank) {
    top_.assign(places_.begin(), places_.end());
    std::sort(top_.begin(), top_.end(), place_rank);
    for (const auto& [country, unused] : top_) {
      if (ranked_.size() == 2) break;
      Ranked best{kNoEntity, {}};
      for (const auto& [entity, tally] : people_) {
        bool office = false;
        for (const Role& r : gazetteer_.entity(entity).roles) {
          office |=
              r.of == country && date_.Within(r.from, r.to) && (role == kNoRole || r.role == role);
        }
        if (office && (best.first == kNoEntity || ByRank{0}(std::make_pair(entity, tally), best))) {
          best = {entity, tally};
        }
      }
      if (best.first != kNoEntity) ranked_.push_back(best);
    }
    return ranked_.size() == 2;
  }

  // Whether `entity` holds `role` (of anything) on the date.
  bool HoldsDuring(EntityIndex entity, RoleId role) const {
    bool holds = false;
    for (const Role& r : gazetteer_.entity(entity).roles) {
      holds |= r.role == role && date_.Within(r.from, r.to);
    }
    return holds;
  }

  // Adds group mentions of the first two of ranked_ over tokens [t, noun] of sentence `si`,
  // in the order the document first named them ("Peru and Chile ... the two countries").
  void EmitPair(std::uint32_t si, std::uint32_t t, std::uint32_t noun) {
    if (ranked_[1].second.first < ranked_[0].second.first) std::swap(ranked_[0], ranked_[1]);
    for (int k = 0; k < 2; ++k) {
      Mention m;
      m.begin = tokens_.tokens[t].begin;
      m.end = tokens_.tokens[noun].end;
      m.first_token = t;
      m.end_token = noun + 1;
      m.sentence = si;
      m.entity = ranked_[k].first;
      m.type = gazetteer_.type(m.entity);
      m.how = MatchKind::kGroup;
      added_.push_back(m);
    }
  }

  const Gazetteer& gazetteer_;
  const TokenizedText& tokens_;
  const Vocabulary& vocabulary_;
  const DateRange date_;
  std::vector<Mention>& mentions_;
  Tallies places_, people_;
  // Mentions [counted_, next_) are passed but not yet counted.
  std::size_t counted_ = 0;
  std::size_t next_ = 0;
  std::vector<Mention> added_;
  // Working memory of the ranking, kept across descriptions.
  std::vector<std::uint32_t> latest_;
  std::vector<Ranked> top_, ranked_;
};

}  // namespace

void internal::ResolvePluralDescriptions(const Gazetteer& gazetteer, const TokenizedText& tokens,
                                         std::span<const CueMask> token_cues, DateRange date,
                                         std::vector<Mention>* mentions) {
  struct ByCue {
    std::span<const CueMask> cues;
    bool Quantifier(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPluralQuantifier); }
    bool PlaceNoun(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPluralPlace); }
    bool PersonNoun(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPluralPerson); }
  };
  const ByCue by_cue{token_cues};
  PluralResolver<ByCue>(gazetteer, tokens, by_cue, date, mentions).Run();
}

void ResolvePluralDescriptions(const Gazetteer& gazetteer, const RuleSet& rules,
                               const TokenizedText& tokens, DateRange date,
                               std::vector<Mention>* mentions) {
  internal::ResolvePluralDescriptions(gazetteer, tokens, internal::TokenCues(rules, tokens), date,
                                      mentions);
}

}  // namespace attache
