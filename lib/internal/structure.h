// Internal: one sentence as the structure stage and the frame matcher see it, and the
// analysis that finds its verb groups (attache/structure.hpp).
#ifndef ATTACHE_LIB_INTERNAL_STRUCTURE_H_
#define ATTACHE_LIB_INTERNAL_STRUCTURE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "attache/mentions.hpp"
#include "attache/structure.hpp"
#include "attache/tokenize.hpp"
#include "internal/agent_context.h"
#include "internal/frames.h"

namespace attache::internal {

// Buffers of the structure stage and the frame matcher that keep their capacity from one
// sentence to the next (one per thread, inside internal::RuleScratch).
struct FrameScratch {
  std::vector<const WordInfo*> info;
  std::vector<int> mention_at;
  std::vector<Mention> implied;
  std::vector<Sector> implied_sector;
  SentenceStructure structure;
  std::vector<int> group_at;
  std::vector<const Frame*> matched;
  std::vector<std::uint32_t> candidates;  // frames to try at one trigger
  // Agent phrases of the sentences matched so far, as mentions (how: agent), in text order:
  // the caller takes them for the document's mentions.
  std::vector<Mention> agent_mentions;
  // Testing only: find candidates by scanning every frame of the trigger's lemma instead
  // of the word index (ExtractOptions::reference_frames); the results must not differ.
  bool reference_candidates = false;
  // The document's setting and owned agent nouns, for agent nouns without a country.
  AgentContext document;
};

// Token-level facts of one sentence, indexed by absolute token number.
class SentenceTokens {
 public:
  SentenceTokens(const FrameTable& table, std::string_view text, const TokenizedText& tokens,
                 std::uint32_t sentence, const std::vector<Mention>& mentions,
                 std::span<const std::uint32_t> class_nodes, FrameScratch* scratch);

  std::uint32_t first() const { return first_; }
  std::uint32_t end() const { return end_; }
  bool In(std::int64_t t) const { return t >= first_ && t < end_; }

  const WordInfo& Info(std::uint32_t t) const { return *info_[t - first_]; }
  StructureFlags Flags(std::uint32_t t) const { return Info(t).flags; }
  bool Has(std::uint32_t t, StructureFlags f) const { return In(t) && (Flags(t) & f) != 0; }
  std::uint64_t Key(std::uint32_t t) const { return tokens_.tokens[t].key; }
  bool IsWord(std::uint32_t t) const { return tokens_.tokens[t].kind == TokenKind::kWord; }
  bool IsLower(std::uint32_t t) const;  // a word starting with a lower-case letter
  // A punctuation token that is exactly `c`.
  bool IsPunct(std::uint32_t t, char c) const;
  // A demonym used as a plural noun, a people: "Kenyans", "Israelis" (the gazetteer's
  // "Kenyan(s)" plurals; "Swiss" is none).
  bool IsPluralDemonym(int m) const;
  // A hyphen inside a compound, touching the tokens on both sides ("Taliban-led",
  // "re-imposed"), not a dash between spaces ("Kenya - Police").
  bool IsJoiningHyphen(std::uint32_t t) const;
  // Whether token t is a plain lower-case word (IsPlainLowerWord()).
  bool IsPlainWord(std::uint32_t t) const {
    return In(t) && IsPlainLowerWord(tokens_.tokens[t], Info(t));
  }
  bool IsPossessive(std::uint32_t t) const { return Has(t, kPossessiveMarker); }
  // The prepositions "of" and "for", told apart by the classes they share: "of" links both an
  // agent noun's country and a claim (agent_link and claim_link), "for" only a claim.
  bool IsOf(std::uint32_t t) const { return Has(t, kAgentLink) && Has(t, kClaimLink); }
  bool IsFor(std::uint32_t t) const { return Has(t, kClaimLink) && !Has(t, kAgentLink); }

  // The mention covering token t (index into the sentence's mentions), or -1.
  int MentionAt(std::uint32_t t) const { return In(t) ? mention_at_[t - first_] : -1; }
  // Mentions by index: the sentence's, then the implied agents made by ImpliedAgent().
  const Mention& mention(int m) const {
    const auto i = static_cast<std::size_t>(m);
    return i < mentions_.size() ? mentions_[i] : implied_[i - mentions_.size()];
  }
  std::size_t mention_count() const { return mentions_.size() + implied_.size(); }

  // An actor the sentence implies for the agent noun at `noun` ("police", "the ministry"):
  // the owner of the same noun a few paragraphs before ("India's foreign ministry"), else
  // the one country where the sentence is set — a capital in it, or a country after a
  // location word ("in Kenya") — else, for a domestic agent noun ("police", "protesters")
  // in a sentence that names no place, the country where the document is set. Its index
  // (after the real mentions), or -1 when none of these is known. With `place` (a mention
  // index), that place's country: "the force from the Islamabad High Court".
  int ImpliedAgent(std::uint32_t noun, int place = -1) const;
  // Whether an earlier agent phrase with the noun at `noun` named its country ("India's
  // foreign ministry ... the ministry"), which ImpliedAgent() then takes.
  bool HasEarlierOwner(std::uint32_t noun) const;
  // Whether the document has a setting (AgentContext::setting) and the sentence names no
  // place of its own.
  bool SetInStoryOnly() const;
  // The civilians (CVL) of the country where the sentence is set, else (a sentence naming
  // no place and no other country) of the story's, acting at the crowd noun `noun`
  // ("protests in Havana"); -1 when neither is known.
  int ImpliedPeople(std::uint32_t noun) const;
  // The government (GOV) of the country mention `actor`, implied at `token`: the target of
  // a people's domestic act with none named. -1 unless `actor` is a country.
  int ImpliedGovernment(std::uint32_t token, int actor) const;
  // The `sector` (police, courts) of the country where the sentence is set, else (a
  // sentence naming no place and no other country than its `patients`') of the story's,
  // implied at `token` (the agent of a passive that names none); -1 when neither is known.
  // ImpliedPeople() is this for the civilians, with no patients.
  int ImpliedAuthority(std::uint32_t token, std::span<const int> patients, Sector sector) const;
  bool IsImplied(int m) const { return static_cast<std::size_t>(m) >= mentions_.size(); }
  Sector ImpliedSector(int m) const { return implied_sector_[m - mentions_.size()]; }
  // Media are sources, not actors; a place is an actor only as a preposition's object
  // ("arrived in Beijing", "police in Karachi"), not in a dateline ("TBILISI, Georgia -").
  bool IsActor(int m) const {
    if (m < 0 || mention(m).type == EntityType::kMedia) return false;
    const Mention& x = mention(m);
    return x.how != MatchKind::kPlace || Has(x.first_token - 1, kPreposition);
  }

  const FrameTable& table() const { return table_; }
  const TokenizedText& tokens() const { return tokens_; }
  std::string_view text() const { return text_; }

 private:
  const FrameTable& table_;
  std::string_view text_;
  const TokenizedText& tokens_;
  const std::vector<Mention>& mentions_;
  std::uint32_t first_ = 0, end_ = 0;
  std::vector<const WordInfo*>& info_;
  std::vector<int>& mention_at_;
  // Adds an implied actor: `where`'s entity, at `token`, acting as `sector`. Room for two
  // per token is reserved at the first, so that references to mentions stay valid while
  // more are made; -1 when it is full.
  int AddImplied(const Mention& where, std::uint32_t token, Sector sector) const;

  std::vector<Mention>& implied_;
  std::vector<Sector>& implied_sector_;
  const AgentContext& document_;
  std::uint32_t paragraph_ = 0;
  static constexpr int kSettingUnknown = -2, kNoSetting = -1, kAmbiguousSetting = -3;
  // The sentence's setting: a mention index, or one of the constants above.
  int SentenceSetting() const;
  // Whether a location word stands before token `first`, past at most kMaxPlaceModifiers
  // modifiers: "in Kenya", "in tightly controlled Cuba", "across war-torn Sudan".
  bool AfterLocationMarker(std::uint32_t first) const;
  // Whether the sentence names a country other than `country` (mentions `except` aside; a
  // namesake city, PlaceMaySet() false, names none).
  bool NamesOtherCountry(EntityIndex country, std::span<const int> except) const;
  mutable int setting_ = kSettingUnknown;
};

// Finds the verb groups of the sentence, in order.
void AnalyzeStructure(const SentenceTokens& s, SentenceStructure* out);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_STRUCTURE_H_
