// Mentions: the stage's entry points (FindMentions), its working memory, and the helpers
// the other mention files share (OfficeOf, MergeSortedMentions). The matching itself is in
// lib/mention_names.cc, lib/mention_candidates.cc and lib/mention_titles.cc; plural
// descriptions in lib/mention_plurals.cc; pronouns in lib/pronouns.cc.
#include "attache/mentions.hpp"

#include <algorithm>
#include <memory>

#include "internal/gazetteer_words.h"
#include "internal/mention_matcher.h"
#include "internal/mentions.h"

namespace attache {

std::string_view MatchKindName(MatchKind kind) {
  switch (kind) {
    case MatchKind::kName:
      return "name";
    case MatchKind::kAlias:
      return "alias";
    case MatchKind::kDemonym:
      return "demonym";
    case MatchKind::kCapital:
      return "capital";
    case MatchKind::kPlace:
      return "place";
    case MatchKind::kTitle:
      return "title";
    case MatchKind::kRole:
      return "role";
    case MatchKind::kPronoun:
      return "pronoun";
    case MatchKind::kGroup:
      return "group";
    case MatchKind::kSurname:
      return "surname";
    case MatchKind::kAgent:
      return "agent";
  }
  return "unknown";
}

internal::MentionScratch::MentionScratch() : impl_(std::make_unique<Impl>()) {}
internal::MentionScratch::MentionScratch(MentionScratch&&) noexcept = default;
internal::MentionScratch& internal::MentionScratch::operator=(MentionScratch&&) noexcept = default;
internal::MentionScratch::~MentionScratch() = default;

void internal::MentionScratch::ReleaseIfLarge() {
  constexpr std::size_t kKeep = 4096;  // slots, candidates or entities: a long sentence's worth
  const Impl& s = *impl_;
  if (s.cache.capacity() > kKeep || s.arena.capacity() > kKeep || s.uncached.capacity() > kKeep ||
      s.seen.capacity() > kKeep || s.offices.capacity() > kKeep || s.surnames.capacity() > kKeep) {
    impl_ = std::make_unique<Impl>();
  }
}

void FindMentions(const Gazetteer& gazetteer, std::string_view text, const TokenizedText& tokens,
                  const MentionOptions& options, std::vector<Mention>* out,
                  std::vector<LocalEntity>* locals) {
  const internal::GazetteerTrie& trie = internal::GazetteerInternals::Trie(gazetteer);
  std::vector<std::uint32_t> words(tokens.tokens.size());
  for (std::size_t t = 0; t < words.size(); ++t) words[t] = trie.WordOf(tokens.tokens[t].key);
  internal::MentionScratch scratch;
  internal::FindMentions(gazetteer, text, tokens, words, options, &scratch, out, locals);
}

void internal::FindMentions(const Gazetteer& gazetteer, std::string_view text,
                            const TokenizedText& tokens, std::span<const std::uint32_t> words,
                            const MentionOptions& options, MentionScratch* scratch,
                            std::vector<Mention>* out, std::vector<LocalEntity>* locals) {
  scratch->impl_->Clear();
  scratch->impl_->text = text;
  scratch->impl_->locals = locals;
  internal::SentenceMatcher matcher(gazetteer, tokens, words, options, scratch->impl_.get());
  for (std::uint32_t s = 0; s < tokens.sentences.size(); ++s) {
    matcher.Run(s, tokens.sentences[s], out);
  }
  scratch->impl_->text = {};  // the scratch outlives the document
  scratch->impl_->locals = nullptr;
}

EntityIndex internal::OfficeOf(const Gazetteer& g, EntityIndex person, RoleId role, DateRange dates,
                               bool countries_only) {
  EntityIndex during = kNoEntity, ever = kNoEntity;
  bool during_unique = true, ever_unique = true;
  for (const Role& r : g.entity(person).roles) {
    if (r.of == kNoEntity || (role != kNoRole && r.role != role)) continue;
    if (countries_only && g.type(r.of) != EntityType::kCountry) continue;
    ever_unique &= ever == kNoEntity || ever == r.of;
    ever = r.of;
    if (!dates.Overlaps(r.from, r.to)) continue;
    during_unique &= during == kNoEntity || during == r.of;
    during = r.of;
  }
  if (during != kNoEntity) return during_unique ? during : kNoEntity;
  return ever_unique ? ever : kNoEntity;
}

void internal::MergeSortedMentions(const std::vector<Mention>& added,
                                   std::vector<Mention>* mentions) {
  auto by_first_token = [](const Mention& a, const Mention& b) {
    return a.first_token < b.first_token;
  };
  const auto middle = static_cast<std::ptrdiff_t>(mentions->size());
  mentions->insert(mentions->end(), added.begin(), added.end());
  if (std::is_sorted(mentions->begin(), mentions->begin() + middle, by_first_token)) {
    std::inplace_merge(mentions->begin(), mentions->begin() + middle, mentions->end(),
                       by_first_token);
  } else {  // a caller's own, unsorted list
    std::stable_sort(mentions->begin(), mentions->end(), by_first_token);
  }
}

}  // namespace attache
