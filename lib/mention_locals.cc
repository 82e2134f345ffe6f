// Mentions: names the gazetteer lacks that the text itself shows to be a person ("activist
// Hanifa Adan", "Levan Ioseliani, the Public Defender of Georgia,") or an organisation
// ("Government of National Accord (GNA)", "Border Inspection Service"). Each becomes a
// document-local entity (Document::local_entities); the word lists are WORDS lines of
// gazetteers/titles.tsv.
#include "internal/limits.h"
#include "internal/mention_matcher.h"
#include "internal/text.h"
#include "internal/token_shape.h"

namespace attache::internal {

namespace {

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kWord; }

bool IsCapitalized(const Token& t) {
  return t.kind == TokenKind::kWord && (t.flags & kCapitalized) != 0;
}

}  // namespace

std::uint32_t SentenceMatcher::LocalNameEnd(std::uint32_t t, std::uint32_t limit) const {
  const std::string_view text = scratch_.text;
  auto capitalized = [&](std::uint32_t k) {
    return k < limit && IsCapitalized(tokens_[k]) &&
           ((tokens_[k].flags & kAllUpper) == 0 || tokens_[k].end - tokens_[k].begin == 1);
  };
  std::uint32_t end = t, words = 0;
  while (end < limit) {
    if (capitalized(end)) {
      if (words == kMaxLocalNameWords || IsWord(MentionWord::kNameEnd, end) ||
          IsWord(MentionWord::kPersonNoun, end) || IsWord(MentionWord::kOrganizationHead, end) ||
          (end != t && RootChild(end) != 0 && BestEntity(CandidatesAt(end, limit)))) {
        break;
      }
      ++words;
      ++end;
      continue;
    }
    // Inside the name: a hyphen joining two of its parts, or a particle ("von der", "al-").
    const bool more =
        end + 1 < limit &&
        (capitalized(end + 1) || IsJoiningHyphen(tokens_, text, end + 1, cache_first_, limit) ||
         IsWord(MentionWord::kNameParticle, end + 1));
    if (words > 0 && more &&
        (IsJoiningHyphen(tokens_, text, end, cache_first_, limit) ||
         (IsWordToken(tokens_[end]) && IsWord(MentionWord::kNameParticle, end)))) {
      ++end;
      continue;
    }
    break;
  }
  while (end > t && !capitalized(end - 1)) --end;  // a particle does not end a name
  // One word, or a name longer than we read: no one we can name.
  if (words < 2 || (capitalized(end) && !IsWord(MentionWord::kNameEnd, end))) return 0;
  return end;
}

EntityIndex SentenceMatcher::LocalEntityFor(std::uint32_t first, std::uint32_t end, EntityType type,
                                            RoleId role, EntityIndex country) {
  const std::string_view name =
      scratch_.text.substr(tokens_[first].begin, tokens_[end - 1].end - tokens_[first].begin);
  std::string id = AsciiSlug(name);
  // An id the gazetteer has belongs to its entity (one its aliases could not single out).
  if (id.empty() || g_.IndexOf(id) != kNoEntity) return kNoEntity;
  // An organisation's name and a longer one ending in it ("the High-Level Core Group", "the
  // India-Maldives High-Level Core Group") name one organisation, by the longer name.
  if (type != EntityType::kPerson && !scratch_.local_by_id.contains(id)) {
    auto ends_with = [](std::string_view longer, std::string_view shorter) {
      return longer.size() > shorter.size() && longer.ends_with(shorter) &&
             longer[longer.size() - shorter.size() - 1] == '-';
    };
    for (std::size_t k = 0; k < scratch_.locals->size(); ++k) {
      LocalEntity& earlier = (*scratch_.locals)[k];
      if (earlier.type != type) continue;
      const EntityIndex index = kFirstLocalEntity + static_cast<EntityIndex>(k);
      if (ends_with(earlier.id, id)) return index;
      if (ends_with(id, earlier.id)) {
        earlier.name = std::string(name);
        earlier.id = id;
        scratch_.local_by_id.try_emplace(std::move(id), index);
        return index;
      }
    }
  }
  auto [it, added] = scratch_.local_by_id.try_emplace(
      id, kFirstLocalEntity + static_cast<EntityIndex>(scratch_.locals->size()));
  if (added) scratch_.locals->push_back({std::move(id), std::string(name), type, role, country});
  return it->second;
}

bool SentenceMatcher::PersonAppositionAt(std::uint32_t t, std::uint32_t limit) const {
  if (t >= limit) return false;
  if (IsWord(MentionWord::kPersonRelative, t)) return true;
  // "the Public Defender of Georgia", "a senior Kenyan diplomat", "Georgia's ombudsman".
  if (!IsWord(MentionWord::kAppositionStart, t) && !IsCapitalized(tokens_[t]) &&
      !IsWord(MentionWord::kPersonNoun, t)) {
    return false;
  }
  for (std::uint32_t k = t; k < limit && k < t + kMaxAppositionWords; ++k) {
    const Token& tok = tokens_[k];
    if (tok.kind == TokenKind::kPunct && !IsPossessive(k, limit) &&
        !IsJoiningHyphen(tokens_, scratch_.text, k, cache_first_, limit)) {
      return false;  // the apposition ended
    }
    if (IsWord(MentionWord::kPersonNoun, k) || StartsTitle(k, limit)) return true;
  }
  return false;
}

bool SentenceMatcher::LocalPersonByContext(std::uint32_t i, std::uint32_t limit,
                                           const std::vector<Mention>& out, Mention* m) {
  if (IsWord(MentionWord::kPersonNoun, i)) return false;  // the noun, not the name
  // "activist Marta Quenum", "Gen. Juan Zuniga" (an abbreviated rank, its period apart).
  const bool after_noun =
      (i > cache_first_ && IsWord(MentionWord::kPersonNoun, i - 1)) ||
      (i > cache_first_ + 1 && IsPunctMark(tokens_[i - 1], scratch_.text, '.') &&
       IsWord(MentionWord::kPersonNoun, i - 2));
  // A name does not start inside another capitalised phrase.
  if (!after_noun && i > cache_first_ && IsCapitalized(tokens_[i - 1])) return false;
  // "Mr Femi Adesina": the honorific is no part of the name.
  std::uint32_t name = i;
  if (RootChild(i) != 0) {
    if (const Candidate h =
            LongestOf(CandidatesAt(i, limit), AliasKind::kHonorific, AliasKind::kHonorific)) {
      name = h.end_token;
    }
  }
  if (name >= limit) return false;
  const std::uint32_t end = LocalNameEnd(name, limit);
  if (end == 0) return false;
  if (!after_noun && !(end + 1 < limit && IsWord(MentionWord::kApposition, end) &&
                       PersonAppositionAt(end + 1, limit))) {
    return false;
  }
  if (TitleCase(limit)) return false;
  // "Indian High Commissioner Munu Mahawar": a country's demonym or possessive shortly before.
  EntityIndex country = kNoEntity;
  if (after_noun && !out.empty()) {
    const Mention& before = out.back();
    const std::uint32_t after = before.end_token + (before.possessive ? 1 : 0);
    bool words_between = before.first_token >= cache_first_ && after < i &&
                         i - after <= static_cast<std::uint32_t>(kMaxOwnerModifiers) &&
                         before.type == EntityType::kCountry &&
                         (before.how == MatchKind::kDemonym || before.possessive);
    for (std::uint32_t k = after; words_between && k < i; ++k) {
      words_between = IsWordToken(tokens_[k]);
    }
    if (words_between) country = before.entity;
  }
  const EntityIndex e = LocalEntityFor(name, end, EntityType::kPerson, kNoRole, country);
  if (e == kNoEntity) return false;
  Fill(m, i, end, e, MatchKind::kName);
  m->role_of = country;
  return true;
}

std::optional<std::uint32_t> SentenceMatcher::NameBeforeInitials(const Sentence& s,
                                                                 std::uint32_t abbr) const {
  const std::string_view text = scratch_.text;
  const Token& a = tokens_[abbr];
  const std::string_view initials = text.substr(a.begin, a.end - a.begin);
  if (initials.size() < 2 || initials.size() > kMaxInitials) return std::nullopt;
  for (char c : initials) {
    if (c < 'A' || c > 'Z') return std::nullopt;
  }
  const std::uint32_t open = abbr - 1;
  std::uint32_t first = open, found = 0;
  for (std::uint32_t k = open; k > s.first_token && found < initials.size();) {
    --k;
    if (IsCapitalized(tokens_[k])) {
      first = k;
      ++found;
    } else if (!IsJoiningHyphen(tokens_, text, k, s.first_token, s.end_token) &&
               !(IsWordToken(tokens_[k]) && k > s.first_token &&
                 (IsWord(MentionWord::kOrganizationLink, k) ||
                  IsJoiningHyphen(tokens_, text, k - 1, s.first_token, s.end_token)))) {
      break;  // "of", "for" inside the name; "e" in "Tehreek-e-Insaf"
    }
  }
  if (found != initials.size()) return std::nullopt;
  std::size_t next = 0;
  for (std::uint32_t k = first; k < open; ++k) {
    if (!IsCapitalized(tokens_[k])) continue;
    const char c = text[tokens_[k].begin];
    if (c != initials[next] && c != initials[next] + ('a' - 'A')) return std::nullopt;
    ++next;
  }
  return first;
}

std::optional<std::uint32_t> SentenceMatcher::NameBeforeHead(const Sentence& s,
                                                             std::uint32_t head) const {
  const std::string_view text = scratch_.text;
  std::uint32_t first = head, words = 1;
  for (std::uint32_t k = head; k > s.first_token && words <= kMaxOrganizationWords;) {
    const std::uint32_t u = k - 1;
    if (IsCapitalized(tokens_[u]) && !IsWord(MentionWord::kNameEnd, u) &&
        !IsPossessive(u, s.end_token)) {
      first = u;
      ++words;
    } else if (!(u > s.first_token && IsCapitalized(tokens_[u - 1]) &&
                 (IsJoiningHyphen(tokens_, text, u, s.first_token, s.end_token) ||
                  (IsWordToken(tokens_[u]) && IsWord(MentionWord::kOrganizationLink, u))))) {
      break;
    }
    k = u;
  }
  if (IsWord(MentionWord::kDefiniteArticle, first)) {  // a sentence's first "The"
    ++first;
    --words;
  }
  if (words < 2 || words > kMaxOrganizationWords) return std::nullopt;
  return first;
}

bool SentenceMatcher::HasOrganizationWord(std::uint32_t first, std::uint32_t end) const {
  for (std::uint32_t k = first; k < end; ++k) {
    if (IsWord(MentionWord::kOrganizationHead, k) || IsWord(MentionWord::kOrganizationWord, k)) {
      return true;
    }
  }
  return false;
}

void SentenceMatcher::FindLocalOrganizations(const Sentence& s) {
  scratch_.local_spans.clear();
  if (scratch_.locals == nullptr) return;
  const std::string_view text = scratch_.text;
  int title_case = -1;  // computed on first need
  for (std::uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
    const Token& tok = tokens_[t];
    if (!IsCapitalized(tok)) continue;
    std::optional<std::uint32_t> first;
    std::uint32_t end = t + 1;
    const bool initials = (tok.flags & kAllUpper) != 0 && t + 1 < s.end_token &&
                          IsPunctMark(tokens_[t - 1], text, '(') &&
                          IsPunctMark(tokens_[t + 1], text, ')');
    if (initials) {
      first = NameBeforeInitials(s, t);
      end = t - 1;  // the name ends at "("
    } else if (IsWord(MentionWord::kOrganizationHead, t) && IsCapitalized(tokens_[t - 1])) {
      if (title_case < 0) title_case = TitleCase(s.end_token) ? 1 : 0;
      if (title_case == 0) first = NameBeforeHead(s, t);
    }
    if (!first) continue;
    // A name the gazetteer has as a whole is its entity, and so are its initials here.
    if (RootChild(*first) != 0) {
      const Candidate known = BestEntity(CandidatesAt(*first, s.end_token));
      if (known && known.end_token >= end) {
        if (initials && known.end_token == end) {
          scratch_.local_initials.insert_or_assign(tok.key, known.entry->entity);
        }
        continue;
      }
    }
    // Initials also follow names of things ("Grand Ethiopian Renaissance Dam (GERD)"): an
    // organisation's name holds a word for one.
    if (initials && !HasOrganizationWord(*first, end)) continue;
    auto& spans = scratch_.local_spans;
    EntityIndex entity = kNoEntity;
    if (!spans.empty() && spans.back().first == *first) {
      entity = spans.back().entity;  // "National Accountability Bureau (NAB)": found twice
    } else if (spans.empty() || spans.back().end <= *first) {
      entity = LocalEntityFor(*first, end, EntityType::kOrganization, kNoRole, kNoEntity);
      if (entity == kNoEntity) continue;
      spans.push_back({*first, end, entity});
    }
    if (initials && entity != kNoEntity) {  // the initials name it from here on
      scratch_.local_initials.insert_or_assign(tok.key, entity);
    }
  }
}

}  // namespace attache::internal
