// Mentions: title chains ("Iranian Foreign Minister Abbas Araghchi", "the President of the
// European Council, Charles Michel") and dated role descriptions ("the president", "his
// Belarusian counterpart") resolved to the office's holder.
#include <algorithm>

#include "internal/limits.h"
#include "internal/mention_matcher.h"
#include "internal/text.h"
#include "internal/token_shape.h"

namespace attache::internal {

bool SentenceMatcher::StartsTitle(std::uint32_t token, std::uint32_t limit) const {
  if (token >= limit || RootChild(token) == 0) return false;
  return static_cast<bool>(
      LongestOf(CandidatesAt(token, limit), AliasKind::kTitle, AliasKind::kTitle));
}

RoleId SentenceMatcher::LastPersonRole() const {
  if (last_person_ == kNoEntity) return kNoRole;
  for (const Role& r : g_.entity(last_person_).roles) {
    if (options_.date.Within(r.from, r.to)) return r.role;
  }
  return kNoRole;
}

EntityIndex SentenceMatcher::OfficeCountry(EntityIndex person, RoleId role) const {
  return internal::OfficeOf(g_, person, role, options_.date, /*countries_only=*/false);
}

EntityIndex SentenceMatcher::HolderFor(RoleId role, EntityIndex country) const {
  auto named = scratch_.offices.find(std::make_pair(role, country));
  if (named != scratch_.offices.end()) return named->second;
  return g_.RoleHolder(role, country, options_.date);
}

template <typename Keep>
EntityIndex SentenceMatcher::NamedOfficeCountry(RoleId role, Keep keep) const {
  EntityIndex found = kNoEntity;
  for (const auto& [office, person] : scratch_.offices) {
    if (office.first != role || !keep(office.second, person)) continue;
    if (found != kNoEntity && found != office.second) return kNoEntity;
    found = office.second;
  }
  return found;
}

EntityIndex SentenceMatcher::ContextCountryFor(RoleId role) const {
  if (role == kNoRole || !g_.RoleResolvable(role)) return kNoEntity;
  // Document first: the office named with its holder earlier for one of the paragraph's
  // countries ("Foreign Minister Jose Manuel Albares ... the foreign minister").
  const auto& paragraph = scratch_.paragraph_countries;
  const EntityIndex named = NamedOfficeCountry(role, [&](EntityIndex country, EntityIndex person) {
    return person != kNoEntity &&
           std::find(paragraph.begin(), paragraph.end(), country) != paragraph.end();
  });
  if (named != kNoEntity) return named;
  EntityIndex found = kNoEntity;
  for (EntityIndex country : paragraph) {
    if (HolderFor(role, country) == kNoEntity) continue;
    if (found != kNoEntity) return kNoEntity;
    found = country;
  }
  if (found != kNoEntity) return found;
  return NamedOfficeCountry(role, [](EntityIndex, EntityIndex) { return true; });
}

bool SentenceMatcher::SplitTitle(std::uint32_t start, std::uint32_t limit, EntityIndex* country,
                                 RoleId* role, std::uint32_t* end) {
  GazetteerNode first = RootChild(start);
  if (first == 0 || start + 1 >= limit || RootChild(start + 1) == 0) return false;
  const Candidate c = BestEntity(CandidatesAt(start + 1, limit));
  if (!c || c.entry->kind != AliasKind::kDemonym) return false;
  GazetteerNode node = first;
  for (std::uint32_t t = c.end_token; t < limit && node != 0; ++t) {
    node = Child(node, t);
    if (node == 0) break;
    for (const AliasEntry& e : trie_.EntriesOf(node)) {
      if (e.kind == AliasKind::kTitle && !e.plural) {
        *role = e.role;
        *end = t + 1;
        *country = c.entry->entity;
      }
    }
  }
  return *role != kNoRole;
}

bool SentenceMatcher::TitleChain(std::uint32_t start, std::uint32_t limit, Mention* m) {
  TitlePhrase p;
  if (!ReadTitlePhrase(start, limit, &p)) return false;
  if (PersonAfterTitles(start, limit, p, m)) return true;
  if (p.role != kNoRole && p.country == kNoEntity && !p.plural &&
      PersonHoldingOfficeOf(start, limit, &p, m)) {
    return true;
  }
  if (p.role != kNoRole && !p.plural && UnknownNameAt(p.end, limit)) {
    NoteUnknownHolder(p);
    // Otherwise the country before the title, if any, is still mentioned.
    return LocalPersonAt(start, p, limit, m);
  }
  // "Zambia's president, Hakainde Hichilema, said": the holder in apposition.
  if (p.role != kNoRole && !p.plural && p.end + 1 < limit &&
      IsWord(MentionWord::kApposition, p.end) && UnknownNameAt(p.end + 1, limit)) {
    TitlePhrase holder = p;
    holder.end = p.end + 1;
    if (LocalPersonAt(start, holder, limit, m)) {
      NoteUnknownHolder(p);
      return true;
    }
  }
  return RoleHolderMention(start, p, m);
}

bool SentenceMatcher::UnknownNameAt(std::uint32_t t, std::uint32_t limit) {
  auto capitalized_word = [&](std::uint32_t k) {
    return k < limit && tokens_[k].kind == TokenKind::kWord &&
           (tokens_[k].flags & kCapitalized) != 0;
  };
  if (!capitalized_word(t)) return false;
  if (RootChild(t) != 0 && BestEntity(CandidatesAt(t, limit))) return false;
  Mention known;
  if (MayBeKnownSurname(t) && KnownSurnameAt(t, &known)) return false;
  if (capitalized_word(t + 1) && RootChild(t + 1) != 0) {
    const Candidate next = BestEntity(CandidatesAt(t + 1, limit));
    if (next && g_.type(next.entry->entity) != EntityType::kPerson) return false;
  }
  return true;
}

bool SentenceMatcher::TitleCase(std::uint32_t limit) const {
  if (limit == cache_limit_) {  // the whole sentence: read once
    if (sentence_title_case_ < 0) sentence_title_case_ = ReadTitleCase(limit) ? 1 : 0;
    return sentence_title_case_ == 1;
  }
  return ReadTitleCase(limit);
}

bool SentenceMatcher::ReadTitleCase(std::uint32_t limit) const {
  if (limit > cache_first_) {  // prose ends in a full stop; a headline seldom does
    const Token& last = tokens_[limit - 1];
    if (last.end == last.begin + 1 && scratch_.text[last.begin] == '.') return false;
  }
  for (std::uint32_t t = cache_first_; t < limit; ++t) {
    const Token& tok = tokens_[t];
    if (tok.kind == TokenKind::kWord && (tok.flags & kCapitalized) == 0 &&
        tok.end - tok.begin >= kMinLowerWordInProse) {
      return false;
    }
  }
  return true;
}

bool SentenceMatcher::LocalPersonAt(std::uint32_t start, const TitlePhrase& p, std::uint32_t limit,
                                    Mention* m) {
  if (scratch_.locals == nullptr || TitleCase(limit)) return false;
  const std::uint32_t end = LocalNameEnd(p.end, limit);
  if (end == 0) return false;
  const EntityIndex e = LocalEntityFor(p.end, end, EntityType::kPerson, p.role, p.country);
  if (e == kNoEntity) return false;
  Fill(m, start, end, e, MatchKind::kTitle);
  m->role = p.role;
  m->role_of = p.country;
  return true;
}

void SentenceMatcher::NoteUnknownHolder(const TitlePhrase& p) {
  if (p.country != kNoEntity) {
    scratch_.offices.insert_or_assign(std::make_pair(p.role, p.country), kNoEntity);
  } else {
    scratch_.unnamed_holders.insert(p.role);
  }
}

bool SentenceMatcher::ReadTitlePhrase(std::uint32_t start, std::uint32_t limit, TitlePhrase* p) {
  p->end = start;
  p->last_honorific = limit;
  RoleId split_role = kNoRole;
  std::uint32_t split_end = 0;
  if (SplitTitle(start, limit, &p->country, &split_role, &split_end)) {
    p->end = split_end;  // the country is already known
    p->role = split_role;
    p->words = 1;
  } else if (const Candidate c = BestEntity(CandidatesAt(start, limit))) {
    const std::uint32_t end = c.end_token;
    EntityType type = g_.type(c.entry->entity);
    bool place = type == EntityType::kCountry || type == EntityType::kOrganization ||
                 type == EntityType::kArmedGroup;
    if (place && c.entry->kind == AliasKind::kDemonym) {
      p->country = c.entry->entity;
      p->end = end;
    } else if (place && IsPossessive(end, limit)) {
      p->country = c.entry->entity;
      p->end = end + 1;
    } else if (place && StartsTitle(end, limit)) {  // "UAE Foreign Minister ..."
      p->country = c.entry->entity;
      p->end = end;
    }
  }
  while (p->end < limit) {
    const Candidate t =
        LongestOf(CandidatesAt(p->end, limit), AliasKind::kTitle, AliasKind::kHonorific);
    if (!t) break;
    if (t.entry->kind == AliasKind::kTitle) {
      p->role = t.entry->role;
      p->plural = t.entry->plural;
      p->last_honorific = limit;
    } else {
      p->last_honorific = p->end;
    }
    p->end = t.end_token;
    ++p->words;
  }
  return p->words != 0;
}

bool SentenceMatcher::PersonAfterTitles(std::uint32_t start, std::uint32_t limit,
                                        const TitlePhrase& p, Mention* m) {
  for (std::uint32_t at : {p.end, p.last_honorific}) {
    if (at >= limit) continue;
    const Candidate person = BestEntity(CandidatesAt(at, limit));
    if (person && g_.type(person.entry->entity) == EntityType::kPerson) {
      Fill(m, start, person.end_token, person.entry->entity, MatchKind::kTitle);
      m->role = p.role;
      m->role_of = p.country;
      return true;
    }
  }
  return false;
}

bool SentenceMatcher::PersonHoldingOfficeOf(std::uint32_t start, std::uint32_t limit,
                                            TitlePhrase* p, Mention* m) {
  std::optional<std::uint32_t> end = OfficeOf(p->end, limit, &p->country);
  if (!end) return false;
  p->end = *end;
  // "Prime Minister of Pakistan Shehbaz Sharif": the person follows.
  const Candidate next = p->end < limit ? BestEntity(CandidatesAt(p->end, limit)) : Candidate{};
  if (next && g_.type(next.entry->entity) == EntityType::kPerson) {
    Fill(m, start, next.end_token, next.entry->entity, MatchKind::kTitle);
    m->role = p->role;
    m->role_of = p->country;
    return true;
  }
  // "the President of the European Council, Charles Michel": the person in apposition.
  const Candidate person = p->end + 1 < limit && IsWord(MentionWord::kApposition, p->end)
                               ? BestEntity(CandidatesAt(p->end + 1, limit))
                               : Candidate{};
  if (person && g_.type(person.entry->entity) == EntityType::kPerson) {
    Fill(m, start, p->end, person.entry->entity, MatchKind::kRole);
    m->role = p->role;
    m->role_of = p->country;
    return true;
  }
  return false;
}

bool SentenceMatcher::PostedAbroad(std::uint32_t end, EntityIndex country) const {
  if (end + 1 >= cache_limit_ || !IsWord(MentionWord::kPostingLink, end)) return false;
  const Candidate place = BestEntity(CandidatesAt(end + 1, cache_limit_));
  if (!place) return false;
  const AliasKind kind = place.entry->kind;
  const bool named_place = kind == AliasKind::kCapital || kind == AliasKind::kCity ||
                           g_.type(place.entry->entity) == EntityType::kCountry;
  return named_place && place.entry->entity != country;
}

EntityIndex SentenceMatcher::CountryAfterLink(std::uint32_t end) const {
  if (end + 1 >= cache_limit_ || !IsWord(MentionWord::kCounterpartLink, end)) return kNoEntity;
  // A country's name; a capital or city may be where they met ("his counterpart in Beijing").
  const Candidate c = BestEntity(CandidatesAt(end + 1, cache_limit_));
  if (!c || g_.type(c.entry->entity) != EntityType::kCountry) return kNoEntity;
  const AliasKind kind = c.entry->kind;
  return kind == AliasKind::kName || kind == AliasKind::kAlias ? c.entry->entity : kNoEntity;
}

bool SentenceMatcher::RoleHolderMention(std::uint32_t start, const TitlePhrase& p,
                                        Mention* m) const {
  RoleId role = p.role;
  EntityIndex country = p.country;
  // "the president", "the interim president", "the former premier", "the ex-premier".
  const std::uint32_t marker = PastMarkerBefore(start);
  std::uint32_t article = marker;
  if (marker == start && article > cache_first_ + 1 &&
      IsWord(MentionWord::kRoleModifier, article - 1)) {
    --article;
  }
  const bool definite = article > 0 && IsWord(MentionWord::kDefiniteArticle, article - 1);
  if (role != kNoRole && !p.plural && marker != start) {
    return PastHolderMention(start, p, definite, m);
  }
  if (role != kNoRole && !p.plural && !g_.RoleResolvable(role)) {
    return TitledPersonMention(start, p, definite, m);
  }
  const bool counterpart = role != kNoRole && GazetteerInternals::CounterpartRole(g_, role);
  if (counterpart && country == kNoEntity) country = CountryAfterLink(p.end);
  if (role != kNoRole && country == kNoEntity && !p.plural && definite) {
    if (scratch_.unnamed_holders.contains(role)) return false;
    country = ContextCountryFor(role);  // "the president" of the paragraph's country
  }
  if (role == kNoRole || country == kNoEntity || p.plural) return false;
  if (counterpart) role = LastPersonRole();
  if (role == kNoRole || !g_.RoleResolvable(role)) return false;
  // "Canada's top diplomat in New Delhi" is posted there; "his Ghanaian counterpart in
  // Abuja" is where they met.
  if (!counterpart && PostedAbroad(p.end, country)) return false;
  // "the President-elect", "Prime Minister-designate": not the office's holder.
  if (IsJoiningHyphen(tokens_, scratch_.text, p.end, cache_first_, cache_limit_)) return false;
  const EntityIndex holder = HolderFor(role, country);
  if (holder == kNoEntity) return false;
  FillRole(m, start, p.end, holder, role, country);
  return true;
}

bool SentenceMatcher::PastHolderMention(std::uint32_t start, const TitlePhrase& p, bool definite,
                                        Mention* m) const {
  // Not one named in apposition right after ("the former premier, Imran Khan,"), nor any
  // without "the" ("another former premier").
  if (!definite || AppositionAt(p.end)) return false;
  const auto& named =
      scratch_.past_titled.contains(p.role) ? scratch_.past_titled : scratch_.past_holders;
  EntityIndex of = kNoEntity;
  const EntityIndex holder = HolderNamed(named, p.role, p.country, &of);
  if (holder == kNoEntity) return false;
  FillRole(m, start, p.end, holder, p.role, of);
  m->past = true;
  return true;
}

bool SentenceMatcher::TitledPersonMention(std::uint32_t start, const TitlePhrase& p, bool definite,
                                          Mention* m) const {
  // An unnamed holder of another country ("Ukraine's envoy to the UN") leaves "the envoy"
  // unsure.
  auto named = scratch_.titled_persons.find(p.role);
  if (named != scratch_.titled_persons.end() && p.country != kNoEntity &&
      named->second.country != p.country) {
    named->second.person = kNoEntity;
  }
  EntityIndex of = kNoEntity;
  const EntityIndex holder =
      definite ? HolderNamed(scratch_.titled_persons, p.role, p.country, &of) : kNoEntity;
  if (holder == kNoEntity) return false;
  FillRole(m, start, p.end, holder, p.role, of);
  return true;
}

void SentenceMatcher::FillRole(Mention* m, std::uint32_t first, std::uint32_t end,
                               EntityIndex holder, RoleId role, EntityIndex of) const {
  Fill(m, first, end, holder, MatchKind::kRole);
  m->role = role;
  m->role_of = of;
}

EntityIndex SentenceMatcher::HolderNamed(const MentionScratch::Impl::NamedHolders& named,
                                         RoleId role, EntityIndex country, EntityIndex* of) const {
  auto it = named.find(role);
  if (it == named.end()) return kNoEntity;
  const MentionScratch::Impl::NamedHolder& h = it->second;
  if (h.person == kNoEntity || paragraph_ > h.paragraph + kMaxDescriptionParagraphs ||
      (country != kNoEntity && h.country != kNoEntity && h.country != country)) {
    return kNoEntity;
  }
  *of = h.country != kNoEntity ? h.country : country;
  return h.person;
}

void SentenceMatcher::NoteHolder(MentionScratch::Impl::NamedHolders* named, RoleId role,
                                 EntityIndex person, EntityIndex country) const {
  auto [it, added] = named->try_emplace(role, MentionScratch::Impl::NamedHolder{person, country});
  if (!added && it->second.person != person) it->second.person = kNoEntity;
  it->second.paragraph = paragraph_;
}

void SentenceMatcher::NotePastOffices(EntityIndex person) const {
  if (IsLocalEntity(person) || g_.type(person) != EntityType::kPerson ||
      g_.HoldsOfficeDuring(person, options_.date)) {
    return;
  }
  for (const Role& r : g_.entity(person).roles) {
    if (r.to < options_.date.from) NoteHolder(&scratch_.past_holders, r.role, person, r.of);
  }
}

std::uint32_t SentenceMatcher::PastMarkerBefore(std::uint32_t first) const {
  if (first <= cache_first_) return first;
  std::uint32_t p = first - 1;
  if (p > cache_first_ && tokens_[p].key == hyphen_key_) --p;  // "ex-premier"
  return IsWord(MentionWord::kPastMarker, p) ? p : first;
}

bool SentenceMatcher::AppositionAt(std::uint32_t t) const {
  return t + 1 < cache_limit_ && IsWord(MentionWord::kApposition, t) &&
         tokens_[t + 1].kind == TokenKind::kWord && (tokens_[t + 1].flags & kCapitalized) != 0;
}

std::optional<std::uint32_t> SentenceMatcher::OfficeOf(std::uint32_t pos, std::uint32_t limit,
                                                       EntityIndex* of) const {
  if (pos + 1 >= limit || !IsWord(MentionWord::kOfficeLink, pos)) return std::nullopt;
  std::uint32_t at = pos + 1;
  if (IsWord(MentionWord::kDefiniteArticle, at) && at + 1 < limit) ++at;
  const Candidate c = BestEntity(CandidatesAt(at, limit));
  if (!c || g_.type(c.entry->entity) == EntityType::kPerson ||
      c.entry->kind == AliasKind::kDemonym) {
    return std::nullopt;
  }
  *of = c.entry->entity;
  return c.end_token;
}

}  // namespace attache::internal
