// Mentions: the left-to-right scan of a sentence (leftmost-longest gazetteer matching,
// blocks, title chains first), known surnames and short forms, and what each mention
// records for the ones after it.
#include <algorithm>

#include "internal/mention_matcher.h"

namespace attache::internal {

SentenceMatcher::SentenceMatcher(const Gazetteer& g, const TokenizedText& t,
                                 std::span<const std::uint32_t> words,
                                 const MentionOptions& options, MentionScratch::Impl* scratch)
    : g_(g),
      trie_(GazetteerInternals::Trie(g)),
      tokens_(t.tokens),
      words_(words),
      options_(options),
      scratch_(*scratch) {}

void SentenceMatcher::Run(std::uint32_t sentence_index, const Sentence& s,
                          std::vector<Mention>* out) {
  StartSentence(s);
  if (s.paragraph != paragraph_) scratch_.paragraph_countries.clear();
  paragraph_ = s.paragraph;
  if (options_.keep_overlaps) {
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      EmitAll(sentence_index, i, s.end_token, out);
    }
    return;
  }
  Mention fresh;
  fresh.sentence = sentence_index;
  Mention m;
  FindLocalOrganizations(s);
  const auto& spans = scratch_.local_spans;
  std::size_t next_span = 0;
  for (std::uint32_t i = s.first_token; i < s.end_token;) {
    // An organisation the gazetteer lacks, found whole before the scan.
    while (next_span < spans.size() && spans[next_span].first < i) ++next_span;
    if (next_span < spans.size() && spans[next_span].first == i) {
      Fill(&(m = fresh), i, spans[next_span].end, spans[next_span].entity, MatchKind::kName);
      i = Emit(&m, s, out);
      continue;
    }
    // Initials the document defined ("(PTI)" after "Pakistan Tehreek-e-Insaf") name its
    // organisation, whatever else the gazetteer calls them.
    if ((tokens_[i].flags & kAllUpper) != 0 && !scratch_.local_initials.empty()) {
      auto local = scratch_.local_initials.find(tokens_[i].key);
      if (local != scratch_.local_initials.end()) {
        Fill(&(m = fresh), i, i + 1, local->second, MatchKind::kAlias);
        i = Emit(&m, s, out);
        continue;
      }
    }
    // A token no alias, title or block begins with can only be a known surname, or a name
    // the gazetteer lacks.
    if (RootChild(i) == 0) {
      if (MayBeKnownSurname(i) && KnownSurnameAt(i, &(m = fresh))) {
        i = Emit(&m, s, out);
        continue;
      }
      if (MayBeLocalName(i) && LocalPersonByContext(i, s.end_token, *out, &(m = fresh))) {
        i = Emit(&m, s, out);
        continue;
      }
      ++i;
      continue;
    }
    const Candidates cands = CandidatesAt(i, s.end_token);
    // Nothing starts here ("the" before a lowercase word): only a title with a demonym
    // inside could, or a known surname.
    if (cands.empty() && !trie_.BeginsLongTitle(words_[i])) {
      // (Spelled out like the branch above: a shared helper or one merged condition
      // measured 2-6 % slower on the mention stage.)
      if (MayBeKnownSurname(i) && KnownSurnameAt(i, &(m = fresh))) {
        i = Emit(&m, s, out);
        continue;
      }
      if (MayBeLocalName(i) && LocalPersonByContext(i, s.end_token, *out, &(m = fresh))) {
        i = Emit(&m, s, out);
        continue;
      }
      ++i;
      continue;
    }
    const Candidate block = LongestOf(cands, AliasKind::kBlock, AliasKind::kBlock);
    // TitleChain() below does not change what ranks the candidates (copied: `cands`
    // lasts only until the next lookup).
    const Candidate entity = BestEntity(cands);
    const std::uint32_t entity_end = entity ? entity.end_token : 0;
    if (block && block.end_token >= entity_end) {
      i = block.end_token;  // "South China Sea": no mention of China
      continue;
    }
    m = fresh;
    bool found = TitleChain(i, s.end_token, &m);
    const PlaceName in_name =
        entity && !found ? PlaceInName(entity, s.end_token) : PlaceName::kNone;
    if (in_name == PlaceName::kDocument) {
      i = entity_end;  // "the Vienna Convention", "the Paris Agreement": no place
      continue;
    }
    if (!found && entity &&
        ((entity.entry->kind == AliasKind::kDemonym && DemonymInName(entity, s, *out)) ||
         CurrencyPrefix(entity_end, s.end_token))) {
      i = entity_end;
      continue;
    }
    if (!found && entity) {
      Fill(&m, i, entity_end, entity.entry->entity, ToMatchKind(entity.entry->kind));
      // "the Islamabad High Court": where the story is, never the government speaking.
      if (in_name == PlaceName::kInstitution) m.how = MatchKind::kPlace;
      m.plural = entity.entry->plural;
      found = true;
    }
    if (!found && !KnownSurnameAt(i, &m) &&
        !(MayBeLocalName(i) && LocalPersonByContext(i, s.end_token, *out, &(m = fresh)))) {
      ++i;
      continue;
    }
    i = Emit(&m, s, out);
  }
}

SentenceMatcher::PlaceName SentenceMatcher::PlaceInName(const Candidate& place,
                                                        std::uint32_t limit) {
  const AliasKind kind = place.entry->kind;
  if (kind != AliasKind::kCapital && kind != AliasKind::kCity) return PlaceName::kNone;
  const std::uint32_t next = place.end_token;
  if (next >= limit || tokens_[next].kind != TokenKind::kWord ||
      (tokens_[next].flags & kCapitalized) == 0 || IsWord(MentionWord::kNameEnd, next)) {
    return PlaceName::kNone;
  }
  if (RootChild(next) != 0 && BestEntity(CandidatesAt(next, limit))) return PlaceName::kNone;
  if (TitleCase(limit)) return PlaceName::kNone;
  return IsWord(MentionWord::kPlaceDocument, next) ? PlaceName::kDocument : PlaceName::kInstitution;
}

bool SentenceMatcher::DemonymInName(const Candidate& demonym, const Sentence& s,
                                    const std::vector<Mention>& out) {
  const std::uint32_t first = demonym.end_token - demonym.entry->token_count;
  const std::uint32_t next = demonym.end_token;
  if (first <= s.first_token + 1 || next >= s.end_token) return false;
  const Token& before = tokens_[first - 1];
  const Token& after = tokens_[next];
  if (before.kind != TokenKind::kWord || (before.flags & kCapitalized) == 0 ||
      after.kind != TokenKind::kWord || (after.flags & kCapitalized) == 0 ||
      (!out.empty() && out.back().end_token == first) || IsWord(MentionWord::kNameEnd, next)) {
    return false;
  }
  if (RootChild(next) != 0 && BestEntity(CandidatesAt(next, s.end_token))) return false;
  return !TitleCase(s.end_token);
}

bool SentenceMatcher::CurrencyPrefix(std::uint32_t end, std::uint32_t limit) const {
  return end < limit && tokens_[end].begin == tokens_[end - 1].end &&
         IsWord(MentionWord::kCurrencySign, end);
}

void SentenceMatcher::Fill(Mention* m, std::uint32_t first, std::uint32_t end, EntityIndex entity,
                           MatchKind how) const {
  m->first_token = first;
  m->end_token = end;
  m->begin = tokens_[first].begin;
  m->end = tokens_[end - 1].end;
  m->entity = entity;
  m->type = g_.type(entity);
  if (IsLocalEntity(entity) && scratch_.locals != nullptr &&
      entity - kFirstLocalEntity < scratch_.locals->size()) {
    m->type = (*scratch_.locals)[entity - kFirstLocalEntity].type;
  }
  m->how = how;
}

void SentenceMatcher::Count(const Mention& m) {
  if (m.type == EntityType::kCountry) NoteParagraphCountry(m.entity);
  if (m.role_of != kNoEntity) NoteParagraphCountry(m.role_of);
  if (m.type == EntityType::kPerson && m.role != kNoRole) {
    const EntityIndex served = m.role_of == kNoEntity ? OfficeCountry(m.entity, m.role) : m.role_of;
    if (m.how == MatchKind::kTitle && (m.past || !g_.RoleResolvable(m.role))) {
      // "former President X" defines no office for the document, only a past holder of it;
      // "US envoy X" no office either, only who "the envoy" is.
      NoteHolder(m.past ? &scratch_.past_titled : &scratch_.titled_persons, m.role, m.entity,
                 served);
    } else if (served != kNoEntity && !m.past) {
      // A holder named with the office defines it; a description resolved by date only
      // fills an office the document has not named.
      const auto office = std::make_pair(m.role, served);
      if (m.how == MatchKind::kTitle) {
        scratch_.offices.insert_or_assign(office, m.entity);
      } else {
        scratch_.offices.try_emplace(office, m.entity);
      }
    }
    if (served != kNoEntity) NoteParagraphCountry(served);
  }
  if (m.type == EntityType::kPerson) {
    last_person_ = m.entity;
    // Remember the last word of a full name, so that a later bare surname resolves.
    std::uint32_t last = m.end_token - 1;
    if (m.end_token - m.first_token >= 2 && (tokens_[last].flags & kCapitalized)) {
      scratch_.surnames.try_emplace(tokens_[last].key, m.entity);
      surname_filter_ |= SurnameBit(tokens_[last].key);
      NoteShortForms(m);
    }
  }
}

void SentenceMatcher::NoteShortForms(const Mention& m) {
  for (std::uint32_t t = m.first_token; t < m.end_token; ++t) {
    auto taken = scratch_.short_forms.find(tokens_[t].key);
    if (taken != scratch_.short_forms.end() && taken->second != m.entity) {
      taken->second = kNoEntity;
      scratch_.surnames.insert_or_assign(tokens_[t].key, kNoEntity);
    }
  }
  auto forms = trie_.short_forms.find(m.entity);
  if (forms == trie_.short_forms.end()) return;
  for (std::uint64_t key : forms->second) {
    auto [it, added] = scratch_.short_forms.try_emplace(key, m.entity);
    if (!added && it->second != m.entity) it->second = kNoEntity;
    if (it->second == m.entity) {
      scratch_.surnames.try_emplace(key, m.entity);
      surname_filter_ |= SurnameBit(key);
    }
  }
}

void SentenceMatcher::NoteParagraphCountry(EntityIndex country) {
  auto& seen = scratch_.paragraph_countries;
  if (g_.type(country) != EntityType::kCountry) return;
  if (std::find(seen.begin(), seen.end(), country) == seen.end()) seen.push_back(country);
}

bool SentenceMatcher::KnownSurnameAt(std::uint32_t i, Mention* m) const {
  if (!MayBeKnownSurname(i)) return false;
  auto surname = scratch_.surnames.find(tokens_[i].key);
  if (surname == scratch_.surnames.end() || surname->second == kNoEntity) return false;
  Fill(m, i, i + 1, surname->second, MatchKind::kSurname);
  if (m->type != EntityType::kPerson) m->how = MatchKind::kAlias;  // "GNA" after its name
  return true;
}

std::uint32_t SentenceMatcher::Emit(Mention* m, const Sentence& s, std::vector<Mention>* out) {
  m->possessive = IsPossessive(m->end_token, s.end_token);
  if (m->how == MatchKind::kTitle && m->type == EntityType::kPerson) {
    m->past = PastMarkerBefore(m->first_token) != m->first_token;  // "former President X"
  }
  if (scratch_.seen.insert(m->entity).second) NotePastOffices(m->entity);
  Count(*m);
  out->push_back(*m);
  return m->end_token;
}

void SentenceMatcher::EmitAll(std::uint32_t sentence_index, std::uint32_t i, std::uint32_t limit,
                              std::vector<Mention>* out) {
  const Candidates at = CandidatesAt(i, limit);
  std::vector<Candidate> cands(at.begin(), at.end());
  std::sort(cands.begin(), cands.end(),
            [](const Candidate& a, const Candidate& b) { return a.end_token > b.end_token; });
  for (const Candidate& c : cands) {
    if (c.entry->entity == kNoEntity) continue;
    Mention m;
    m.sentence = sentence_index;
    Fill(&m, i, c.end_token, c.entry->entity, ToMatchKind(c.entry->kind));
    m.possessive = IsPossessive(m.end_token, limit);
    out->push_back(m);
  }
}

}  // namespace attache::internal
