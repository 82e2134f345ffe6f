// Mentions: the dictionary candidates starting at a token, cached per sentence, and their
// ranking (longest first, then the documented tie-break order).
#include <algorithm>
#include <array>

#include "internal/mention_matcher.h"
#include "internal/text.h"

namespace attache::internal {

namespace {

// Whether the tokens `consumed` (the first `count` of an alias) have the capitalisation
// `entry` requires of them.
bool CaseMatches(const AliasEntry& entry, const std::vector<Token>& tokens,
                 const std::array<std::uint32_t, kMaxAliasTokens>& consumed, int count) {
  for (int k = 0; k < count && k < static_cast<int>(kMaxAliasTokens); ++k) {
    std::uint32_t requirement = (entry.case_mask >> (2 * k)) & 3u;
    std::uint8_t flags = tokens[consumed[k]].flags;
    if (requirement == 1 && !(flags & kCapitalized)) return false;
    if (requirement == 2 && !(flags & kAllUpper)) return false;
  }
  return true;
}

int KindRank(AliasKind kind) {
  switch (kind) {
    case AliasKind::kName:
    case AliasKind::kAlias:
      return 0;
    case AliasKind::kCapital:
    case AliasKind::kCity:
      return 1;
    case AliasKind::kDemonym:
      return 2;
    default:
      return 3;
  }
}

int TypeRank(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 0;
    case EntityType::kOrganization:
      return 1;
    case EntityType::kArmedGroup:
      return 2;
    case EntityType::kCountry:
      return 3;
    case EntityType::kMedia:
      return 4;
  }
  return 5;
}

}  // namespace

MatchKind ToMatchKind(AliasKind kind) {
  switch (kind) {
    case AliasKind::kName:
      return MatchKind::kName;
    case AliasKind::kDemonym:
      return MatchKind::kDemonym;
    case AliasKind::kCapital:
      return MatchKind::kCapital;
    case AliasKind::kCity:
      return MatchKind::kPlace;
    default:
      return MatchKind::kAlias;
  }
}

void SentenceMatcher::StartSentence(const Sentence& s) const {
  cache_first_ = s.first_token;
  cache_limit_ = s.end_token;
  sentence_title_case_ = -1;
  scratch_.cache.assign(s.end_token - s.first_token, MentionCacheSlot{});
  scratch_.arena.clear();
}

void SentenceMatcher::ComputeCandidates(std::uint32_t start, std::uint32_t limit,
                                        std::vector<Candidate>* out) const {
  GazetteerNode node = kGazetteerRoot;
  std::array<std::uint32_t, kMaxAliasTokens> consumed{};
  int count = 0;
  for (std::uint32_t i = start; i < limit; ++i) {
    if (i > start && tokens_[i].key == hyphen_key_) continue;
    node = i == start ? RootChild(i) : Child(node, i);
    if (node == 0) break;
    if (count < static_cast<int>(kMaxAliasTokens)) consumed[count] = i;
    ++count;
    for (const AliasEntry& e : trie_.EntriesOf(node)) {
      if (CaseMatches(e, tokens_, consumed, count)) out->push_back({i + 1, &e});
    }
  }
}

bool SentenceMatcher::StaleShortForm(const AliasEntry& e, std::uint32_t end) const {
  if (e.kind != AliasKind::kAlias || e.token_count != 1) return false;
  if (g_.type(e.entity) != EntityType::kPerson) return false;
  if (AfterOtherGivenName(e.entity, end - 1)) return true;
  if (scratch_.seen.contains(e.entity)) return false;
  return !g_.entity(e.entity).roles.empty() && !g_.HoldsOfficeDuring(e.entity, options_.date);
}

bool SentenceMatcher::AfterOtherGivenName(EntityIndex person, std::uint32_t alias) const {
  if (alias <= cache_first_ + 1) return false;  // a sentence's first word may be any word
  const std::uint32_t p = alias - 1;
  const Token& before = tokens_[p];
  if (before.kind != TokenKind::kWord || (before.flags & kCapitalized) == 0 ||
      (before.flags & kAllUpper) != 0 || IsWord(MentionWord::kNameEnd, p) ||
      TitleCase(cache_limit_)) {  // "Erdogan Meets Putin": a headline's verb
    return false;
  }
  // A title, a demonym or a name of anything but a person before it is no given name.
  // (Computed apart: the sentence's candidate cache may be the caller's.)
  std::vector<Candidate> at;
  ComputeCandidates(p, cache_limit_, &at);
  for (const Candidate& c : at) {
    if (c.entry->entity == kNoEntity || g_.type(c.entry->entity) != EntityType::kPerson) {
      return false;
    }
  }
  // One of the person's given names, or a spelling of one ("Vladimir" of Volodymyr,
  // "Sergei" of Sergey): a word with the initial of a word of their name before its last.
  const std::string_view name = g_.entity(person).name;
  const char initial = AsciiLower(scratch_.text[before.begin]);
  for (std::size_t start = 0; start < name.size();) {
    const std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) break;  // the last word, the one the alias repeats
    if (end > start && AsciiLower(name[start]) == initial) return false;
    start = end + 1;
  }
  return true;
}

SentenceMatcher::Candidate SentenceMatcher::BestEntity(Candidates candidates) const {
  const Candidate* best = nullptr;
  for (const Candidate& c : candidates) {
    if (c.entry->entity == kNoEntity || StaleShortForm(*c.entry, c.end_token)) continue;
    if (best == nullptr || c.end_token > best->end_token ||
        (c.end_token == best->end_token && Better(*c.entry, *best->entry))) {
      best = &c;
    }
  }
  return best != nullptr ? *best : Candidate{};
}

bool SentenceMatcher::Better(const AliasEntry& a, const AliasEntry& b) const {
  bool seen_a = scratch_.seen.contains(a.entity), seen_b = scratch_.seen.contains(b.entity);
  if (seen_a != seen_b) return seen_a;
  const Entity& ea = g_.entity(a.entity);
  const Entity& eb = g_.entity(b.entity);
  if (ea.type == EntityType::kPerson && eb.type == EntityType::kPerson) {
    bool office_a = g_.HoldsOfficeDuring(a.entity, options_.date);
    bool office_b = g_.HoldsOfficeDuring(b.entity, options_.date);
    if (office_a != office_b) return office_a;
  }
  if (KindRank(a.kind) != KindRank(b.kind)) return KindRank(a.kind) < KindRank(b.kind);
  if (TypeRank(ea.type) != TypeRank(eb.type)) return TypeRank(ea.type) < TypeRank(eb.type);
  return a.entity < b.entity;
}

SentenceMatcher::Candidate SentenceMatcher::LongestOf(Candidates candidates, AliasKind a,
                                                      AliasKind b) {
  Candidate best;
  for (const Candidate& c : candidates) {
    if ((c.entry->kind == a || c.entry->kind == b) && (!best || c.end_token > best.end_token)) {
      best = c;
    }
  }
  return best;
}

}  // namespace attache::internal
