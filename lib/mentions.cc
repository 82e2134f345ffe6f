// Mentions: leftmost-longest gazetteer matching, title chains and dated role descriptions.
#include "attache/mentions.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "internal/gazetteer_words.h"
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
  }
  return "unknown";
}

namespace {

// One dictionary entry matched at a token position; none when `entry` is null.
struct Candidate {
  std::uint32_t end_token = 0;  // one past the last consumed token
  const AliasEntry* entry = nullptr;
  explicit operator bool() const { return entry != nullptr; }
};

// A position's candidates: valid until the next SentenceMatcher::CandidatesAt() call.
using Candidates = std::span<const Candidate>;

constexpr std::size_t kMaxAliasTokens = 16;

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

// Candidates per start position of the current sentence, computed on first use; a slot's
// candidates are arena[begin .. begin + count).
struct CacheSlot {
  std::uint32_t begin = 0;
  std::uint32_t count = 0;
  bool computed = false;
};

}  // namespace

struct internal::MentionScratch::Impl {
  absl::flat_hash_set<EntityIndex> seen;  // entities mentioned so far
  std::vector<CacheSlot> cache;
  std::vector<Candidate> arena;
  std::vector<Candidate> uncached;  // CandidatesAt() outside the cached sentence
  absl::flat_hash_map<std::uint64_t, EntityIndex> surnames;     // kNoEntity: shared, no one
  absl::flat_hash_map<std::uint64_t, EntityIndex> short_forms;  // as surnames, from short=
  // Offices the document names with their holder ("Iranian President Ebrahim Raisi"):
  // (role, country) -> person. Descriptions resolve to these before any date lookup.
  absl::flat_hash_map<std::pair<RoleId, EntityIndex>, EntityIndex> offices;
  // Countries the current paragraph has named so far (each once).
  std::vector<EntityIndex> paragraph_countries;

  // Empties every table for a new document; buffers keep their capacity.
  void Clear() {
    offices.clear();
    short_forms.clear();
    paragraph_countries.clear();
    seen.clear();
    cache.clear();
    arena.clear();
    uncached.clear();
    surnames.clear();
  }
};

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

namespace {

class SentenceMatcher {
 public:
  // `words`: each token's gazetteer word number. `scratch` must be cleared.
  SentenceMatcher(const Gazetteer& g, const TokenizedText& t, std::span<const std::uint32_t> words,
                  const MentionOptions& options, internal::MentionScratch::Impl* scratch)
      : g_(g),
        trie_(internal::GazetteerInternals::Trie(g)),
        tokens_(t.tokens),
        words_(words),
        options_(options),
        scratch_(*scratch) {
    counterpart_role_ = g_.FindRole("counterpart");
  }

  // All dictionary entries starting at `start`, each with its end; valid until the next
  // call. Candidates at a position are looked up several times (title chains, blocks, plain
  // matches); within the sentence being matched they are computed once.
  Candidates CandidatesAt(std::uint32_t start, std::uint32_t limit) const {
    if (limit != cache_limit_ || start < cache_first_ ||
        start - cache_first_ >= scratch_.cache.size()) {
      scratch_.uncached.clear();
      ComputeCandidates(start, limit, &scratch_.uncached);
      return scratch_.uncached;
    }
    CacheSlot& slot = scratch_.cache[start - cache_first_];
    if (!slot.computed) {
      slot.begin = static_cast<std::uint32_t>(scratch_.arena.size());
      ComputeCandidates(start, limit, &scratch_.arena);
      slot.count = static_cast<std::uint32_t>(scratch_.arena.size()) - slot.begin;
      slot.computed = true;
    }
    return {scratch_.arena.data() + slot.begin, slot.count};
  }

  void StartSentence(const Sentence& s) const {
    cache_first_ = s.first_token;
    cache_limit_ = s.end_token;
    scratch_.cache.assign(s.end_token - s.first_token, CacheSlot{});
    scratch_.arena.clear();
  }

  // The trie child of the root for token t.
  Gazetteer::Node RootChild(std::uint32_t t) const { return Child(Gazetteer::Root(), t); }

  // The trie child of `node` along token t.
  Gazetteer::Node Child(Gazetteer::Node node, std::uint32_t t) const {
    return trie_.ChildOf(node, words_[t]);
  }

  // Appends the candidates at `start` to `out`.
  void ComputeCandidates(std::uint32_t start, std::uint32_t limit,
                         std::vector<Candidate>* out) const {
    Gazetteer::Node node = Gazetteer::Root();
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

  // A one-word alias of a person ("Castro", "Moi") names them only once the document has
  // named them, or while they hold an office: otherwise it is as likely someone else's
  // name ("Sonia Castro", "Moi Avenue").
  bool StaleShortForm(const AliasEntry& e) const {
    if (e.kind != AliasKind::kAlias || e.token_count != 1) return false;
    if (g_.type(e.entity) != EntityType::kPerson || scratch_.seen.contains(e.entity)) {
      return false;
    }
    return !g_.entity(e.entity).roles.empty() && !g_.HoldsOfficeDuring(e.entity, options_.date);
  }

  // The best entity candidate ending furthest, by the documented tie-break order, or none.
  Candidate BestEntity(Candidates candidates) const {
    const Candidate* best = nullptr;
    for (const Candidate& c : candidates) {
      if (c.entry->entity == kNoEntity || StaleShortForm(*c.entry)) continue;
      if (best == nullptr || c.end_token > best->end_token ||
          (c.end_token == best->end_token && Better(*c.entry, *best->entry))) {
        best = &c;
      }
    }
    return best != nullptr ? *best : Candidate{};
  }

  bool Better(const AliasEntry& a, const AliasEntry& b) const {
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

  // The longest candidate of kind `a` or `b` at a position, or none.
  static Candidate LongestOf(Candidates candidates, AliasKind a, AliasKind b) {
    Candidate best;
    for (const Candidate& c : candidates) {
      if ((c.entry->kind == a || c.entry->kind == b) && (!best || c.end_token > best.end_token)) {
        best = c;
      }
    }
    return best;
  }

  bool StartsTitle(std::uint32_t token, std::uint32_t limit) const {
    if (token >= limit || RootChild(token) == 0) return false;
    return static_cast<bool>(
        LongestOf(CandidatesAt(token, limit), AliasKind::kTitle, AliasKind::kTitle));
  }

  // The office the most recently mentioned person holds on the document date, for
  // "his Belarusian counterpart".
  RoleId LastPersonRole() const {
    if (last_person_ == kNoEntity) return kNoRole;
    for (const Role& r : g_.entity(last_person_).roles) {
      if (options_.date.Within(r.from, r.to)) return r.role;
    }
    return kNoRole;
  }

  void Count(const Mention& m) {
    if (m.type == EntityType::kCountry) NoteParagraphCountry(m.entity);
    if (m.role_of != kNoEntity) NoteParagraphCountry(m.role_of);
    if (m.type == EntityType::kPerson && m.role != kNoRole) {
      const EntityIndex served =
          m.role_of == kNoEntity ? OfficeCountry(m.entity, m.role) : m.role_of;
      if (served != kNoEntity) {
        // A holder named with the office defines it; a description resolved by date only
        // fills an office the document has not named.
        const auto office = std::make_pair(m.role, served);
        if (m.how == MatchKind::kTitle) {
          scratch_.offices.insert_or_assign(office, m.entity);
        } else {
          scratch_.offices.try_emplace(office, m.entity);
        }
        NoteParagraphCountry(served);
      }
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

  // After a person's full name: their short forms ("Kim" of Kim Jong Un) name them from now
  // on, unless another person named in the document has that word in their name, in which
  // case the word names no one (kNoEntity).
  void NoteShortForms(const Mention& m) {
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

  void NoteParagraphCountry(EntityIndex country) {
    auto& seen = scratch_.paragraph_countries;
    if (g_.type(country) != EntityType::kCountry) return;
    if (std::find(seen.begin(), seen.end(), country) == seen.end()) seen.push_back(country);
  }

  // The country whose `role` `person` holds during the document's days, else at any time;
  // kNoEntity when that is not one country.
  EntityIndex OfficeCountry(EntityIndex person, RoleId role) const {
    return internal::OfficeOf(g_, person, role, options_.date, /*countries_only=*/false);
  }

  // Who holds `role` of `country` for this document: the holder it named, else the
  // gazetteer's holder throughout the document's days.
  EntityIndex HolderFor(RoleId role, EntityIndex country) const {
    auto named = scratch_.offices.find(std::make_pair(role, country));
    if (named != scratch_.offices.end()) return named->second;
    return g_.RoleHolder(role, country, options_.date);
  }

  // The country a bare description ("the president") refers to: among the countries its
  // paragraph has named, the one whose `role` someone holds; if none of them has one, the
  // one country whose `role` the document has already named or resolved a holder for.
  // kNoEntity when the context does not single one out.
  EntityIndex ContextCountryFor(RoleId role) const {
    if (role == kNoRole || !g_.RoleResolvable(role)) return kNoEntity;
    EntityIndex found = kNoEntity;
    for (EntityIndex country : scratch_.paragraph_countries) {
      if (HolderFor(role, country) == kNoEntity) continue;
      if (found != kNoEntity) return kNoEntity;
      found = country;
    }
    if (found != kNoEntity) return found;
    for (const auto& [office, person] : scratch_.offices) {
      if (office.first != role) continue;
      if (found != kNoEntity && found != office.second) return kNoEntity;
      found = office.second;
    }
    return found;
  }

  bool IsPossessive(std::uint32_t token, std::uint32_t limit) const {
    return token < limit &&
           (tokens_[token].key == possessive_s_key_ || tokens_[token].key == apostrophe_key_);
  }

  // Tries a title chain at `start`: [country ('s)?] (title|honorific)+ [person].
  // Returns true and fills `m` when the chain names a person or a dated role.
  // A title with the country inside it: "top Saudi diplomat" is the title "top diplomat"
  // with "Saudi" between its words. Returns the title's role and the end of the phrase.
  bool SplitTitle(std::uint32_t start, std::uint32_t limit, EntityIndex* country, RoleId* role,
                  std::uint32_t* end) {
    Gazetteer::Node first = RootChild(start);
    if (first == 0 || start + 1 >= limit || RootChild(start + 1) == 0) return false;
    const Candidate c = BestEntity(CandidatesAt(start + 1, limit));
    if (!c || c.entry->kind != AliasKind::kDemonym) return false;
    Gazetteer::Node node = first;
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

  bool TitleChain(std::uint32_t start, std::uint32_t limit, Mention* m) {
    std::uint32_t pos = start;
    EntityIndex country = kNoEntity;
    RoleId split_role = kNoRole;
    std::uint32_t split_end = 0;
    if (SplitTitle(start, limit, &country, &split_role, &split_end)) pos = split_end;
    if (split_role != kNoRole) {
      // The country is already known.
    } else if (const Candidate c = BestEntity(CandidatesAt(pos, limit))) {
      const std::uint32_t end = c.end_token;
      EntityType type = g_.type(c.entry->entity);
      bool place = type == EntityType::kCountry || type == EntityType::kOrganization ||
                   type == EntityType::kArmedGroup;
      if (place && c.entry->kind == AliasKind::kDemonym) {
        country = c.entry->entity;
        pos = end;
      } else if (place && IsPossessive(end, limit)) {
        country = c.entry->entity;
        pos = end + 1;
      } else if (place && StartsTitle(end, limit)) {  // "UAE Foreign Minister ..."
        country = c.entry->entity;
        pos = end;
      }
    }
    RoleId role = split_role;
    bool plural = false;
    int words = split_role != kNoRole ? 1 : 0;
    std::uint32_t last_honorific = limit;
    while (pos < limit) {
      const Candidate t =
          LongestOf(CandidatesAt(pos, limit), AliasKind::kTitle, AliasKind::kHonorific);
      if (!t) break;
      if (t.entry->kind == AliasKind::kTitle) {
        role = t.entry->role;
        plural = t.entry->plural;
        last_honorific = limit;
      } else {
        last_honorific = pos;
      }
      pos = t.end_token;
      ++words;
    }
    if (words == 0) return false;
    // The person may follow the titles, or an alias may begin with the last honorific
    // ("Foreign Minister Prince Faisal").
    for (std::uint32_t at : {pos, last_honorific}) {
      if (at >= limit) continue;
      const Candidate person = BestEntity(CandidatesAt(at, limit));
      if (person && g_.type(person.entry->entity) == EntityType::kPerson) {
        Fill(m, start, person.end_token, person.entry->entity, MatchKind::kTitle);
        m->role = role;
        m->role_of = country;
        return true;
      }
    }
    if (role != kNoRole && country == kNoEntity && !plural) {
      // "the President of the European Council, Charles Michel": the office of what
      // follows "of", held by the person in apposition when one is named.
      if (std::optional<std::uint32_t> end = OfficeOf(pos, limit, &country)) {
        pos = *end;
        // "Prime Minister of Pakistan Shehbaz Sharif": the person follows.
        const Candidate next = pos < limit ? BestEntity(CandidatesAt(pos, limit)) : Candidate{};
        if (next && g_.type(next.entry->entity) == EntityType::kPerson) {
          Fill(m, start, next.end_token, next.entry->entity, MatchKind::kTitle);
          m->role = role;
          m->role_of = country;
          return true;
        }
        const Candidate person = pos + 1 < limit && tokens_[pos].key == comma_key_
                                     ? BestEntity(CandidatesAt(pos + 1, limit))
                                     : Candidate{};
        if (person && g_.type(person.entry->entity) == EntityType::kPerson) {
          Fill(m, start, pos, person.entry->entity, MatchKind::kRole);
          m->role = role;
          m->role_of = country;
          return true;
        }
      }
    }
    if (role != kNoRole && country == kNoEntity && !plural && start > 0 &&
        tokens_[start - 1].key == the_key_) {
      country = ContextCountryFor(role);  // "the president" of the paragraph's country
    }
    if (role == kNoRole || country == kNoEntity || plural) return false;
    if (role == counterpart_role_) role = LastPersonRole();
    if (role == kNoRole || !g_.RoleResolvable(role)) return false;
    EntityIndex holder = HolderFor(role, country);
    if (holder == kNoEntity) return false;
    Fill(m, start, pos, holder, MatchKind::kRole);
    m->role = role;
    m->role_of = country;
    return true;
  }

  // After a title: "of [the] X" naming a country or organisation. Sets `*of` and returns the
  // end of X.
  std::optional<std::uint32_t> OfficeOf(std::uint32_t pos, std::uint32_t limit,
                                        EntityIndex* of) const {
    if (pos + 1 >= limit || tokens_[pos].key != of_key_) return std::nullopt;
    std::uint32_t at = pos + 1;
    if (tokens_[at].key == the_key_ && at + 1 < limit) ++at;
    const Candidate c = BestEntity(CandidatesAt(at, limit));
    if (!c || g_.type(c.entry->entity) == EntityType::kPerson ||
        c.entry->kind == AliasKind::kDemonym) {
      return std::nullopt;
    }
    *of = c.entry->entity;
    return c.end_token;
  }

  void Fill(Mention* m, std::uint32_t first, std::uint32_t end, EntityIndex entity,
            MatchKind how) const {
    m->first_token = first;
    m->end_token = end;
    m->begin = tokens_[first].begin;
    m->end = tokens_[end - 1].end;
    m->entity = entity;
    m->type = g_.type(entity);
    m->how = how;
  }

  void Run(std::uint32_t sentence_index, const Sentence& s, std::vector<Mention>* out) {
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
    for (std::uint32_t i = s.first_token; i < s.end_token;) {
      // A token no alias, title or block begins with can only be a known surname.
      if (RootChild(i) == 0) {
        if (!MayBeKnownSurname(i) || !KnownSurnameAt(i, &(m = fresh))) {
          ++i;
          continue;
        }
        i = Emit(&m, s, out);
        continue;
      }
      const Candidates cands = CandidatesAt(i, s.end_token);
      // Nothing starts here ("the" before a lowercase word): only a title with a demonym
      // inside could, or a known surname.
      if (cands.empty() && !trie_.BeginsLongTitle(words_[i])) {
        // (Spelled out like the branch above: a shared helper or one merged condition
        // measured 2-6 % slower on the mention stage.)
        if (!MayBeKnownSurname(i) || !KnownSurnameAt(i, &(m = fresh))) {
          ++i;
          continue;
        }
        i = Emit(&m, s, out);
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
      if (!found && entity) {
        Fill(&m, i, entity_end, entity.entry->entity, ToMatchKind(entity.entry->kind));
        found = true;
      }
      if (!found && !KnownSurnameAt(i, &m)) {
        ++i;
        continue;
      }
      i = Emit(&m, s, out);
    }
  }

  // KnownSurnameAt()'s cheap part: false if token i cannot be a known surname.
  bool MayBeKnownSurname(std::uint32_t i) const {
    return (tokens_[i].flags & kCapitalized) != 0 && MaybeSurname(tokens_[i].key);
  }

  // A capitalized word that ended an earlier full name ("Putin" after "Vladimir Putin").
  bool KnownSurnameAt(std::uint32_t i, Mention* m) const {
    if (!MayBeKnownSurname(i)) return false;
    auto surname = scratch_.surnames.find(tokens_[i].key);
    if (surname == scratch_.surnames.end() || surname->second == kNoEntity) return false;
    Fill(m, i, i + 1, surname->second, MatchKind::kSurname);
    return true;
  }

  // Appends the mention `m` of sentence `s`; returns the token after it.
  std::uint32_t Emit(Mention* m, const Sentence& s, std::vector<Mention>* out) {
    m->possessive = IsPossessive(m->end_token, s.end_token);
    scratch_.seen.insert(m->entity);
    Count(*m);
    out->push_back(*m);
    return m->end_token;
  }

  void EmitAll(std::uint32_t sentence_index, std::uint32_t i, std::uint32_t limit,
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

 private:
  const Gazetteer& g_;
  const internal::GazetteerTrie& trie_;
  const std::vector<Token>& tokens_;
  std::span<const std::uint32_t> words_;
  const MentionOptions& options_;
  // The document's tables (seen entities, candidate cache, country tallies, surnames).
  internal::MentionScratch::Impl& scratch_;
  // Keys of the few words read here, computed once for the process.
  inline static const std::uint64_t possessive_s_key_ = NormalizedKey("'s");
  inline static const std::uint64_t apostrophe_key_ = NormalizedKey("'");
  inline static const std::uint64_t hyphen_key_ = NormalizedKey("-");
  inline static const std::uint64_t the_key_ = NormalizedKey("the");
  inline static const std::uint64_t of_key_ = NormalizedKey("of");
  inline static const std::uint64_t comma_key_ = NormalizedKey(",");
  RoleId counterpart_role_ = kNoRole;
  EntityIndex last_person_ = kNoEntity;
  std::uint32_t paragraph_ = 0;
  // The sentence whose candidates scratch_.cache holds: its first token and end.
  mutable std::uint32_t cache_first_ = 0;
  mutable std::uint32_t cache_limit_ = 0;
  // One bit per surname key (its low six bits): a clear bit means no such surname.
  std::uint64_t surname_filter_ = 0;
  static std::uint64_t SurnameBit(std::uint64_t key) { return std::uint64_t{1} << (key & 63); }
  bool MaybeSurname(std::uint64_t key) const { return (surname_filter_ & SurnameBit(key)) != 0; }
};

}  // namespace

void FindMentions(const Gazetteer& gazetteer, std::string_view text, const TokenizedText& tokens,
                  const MentionOptions& options, std::vector<Mention>* out) {
  const internal::GazetteerTrie& trie = internal::GazetteerInternals::Trie(gazetteer);
  std::vector<std::uint32_t> words(tokens.tokens.size());
  for (std::size_t t = 0; t < words.size(); ++t) words[t] = trie.WordOf(tokens.tokens[t].key);
  internal::MentionScratch scratch;
  internal::FindMentions(gazetteer, text, tokens, words, options, &scratch, out);
}

void internal::FindMentions(const Gazetteer& gazetteer, std::string_view text,
                            const TokenizedText& tokens, std::span<const std::uint32_t> words,
                            const MentionOptions& options, MentionScratch* scratch,
                            std::vector<Mention>* out) {
  (void)text;
  scratch->impl_->Clear();
  SentenceMatcher matcher(gazetteer, tokens, words, options, scratch->impl_.get());
  for (std::uint32_t s = 0; s < tokens.sentences.size(); ++s) {
    matcher.Run(s, tokens.sentences[s], out);
  }
}

}  // namespace attache

namespace attache {

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

namespace attache {

namespace {

using internal::Cue;
using internal::CueBit;
using internal::CueMask;

// ResolvePluralDescriptions() with the vocabulary as token tests: Vocabulary has
// Quantifier(t), PlaceNoun(t) and PersonNoun(t) for token index t.
template <typename Vocabulary>
void ResolvePlurals(const Gazetteer& gazetteer, const TokenizedText& tokens,
                    const Vocabulary& vocabulary, DateRange date, std::vector<Mention>* mentions) {
  struct Tally {
    int count = 0;
    std::uint32_t last = 0;       // token of the latest mention
    std::uint32_t paragraph = 0;  // paragraph of the latest mention
  };
  absl::flat_hash_map<EntityIndex, Tally> places, people;
  // Mentions [counted, next) are passed but not yet counted: the tallies are brought up to
  // date only where a quantifier needs them. A mention counts in its own sentence's paragraph.
  std::size_t counted = 0;
  std::size_t next = 0;
  auto count_passed = [&] {
    for (; counted < next; ++counted) {
      const Mention& m = (*mentions)[counted];
      const std::uint32_t paragraph =
          m.sentence < tokens.sentences.size() ? tokens.sentences[m.sentence].paragraph : 0;
      auto count = [&](absl::flat_hash_map<EntityIndex, Tally>& tallies, EntityIndex entity) {
        Tally& tally = tallies[entity];
        tally = {tally.count + 1, m.first_token, paragraph};
      };
      if (m.type != EntityType::kMedia)
        count(m.type == EntityType::kPerson ? people : places, m.entity);
      if (m.role_of != kNoEntity) count(places, m.role_of);
    }
  };
  std::vector<Mention> added;
  // Working memory of the ranking, kept across descriptions.
  std::vector<std::uint32_t> latest;
  std::vector<std::pair<EntityIndex, Tally>> top, ranked;
  for (std::uint32_t si = 0; si < tokens.sentences.size(); ++si) {
    const Sentence& s = tokens.sentences[si];
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (t + 1 >= s.end_token || !vocabulary.Quantifier(t)) continue;
      while (next < mentions->size() && (*mentions)[next].first_token <= t) ++next;
      if (next > 0 && (*mentions)[next - 1].end_token > t) continue;
      std::uint32_t noun = t + 1;
      bool place = vocabulary.PlaceNoun(noun);
      bool person = !place && vocabulary.PersonNoun(noun);
      if (!place && !person && noun + 1 < s.end_token && vocabulary.PersonNoun(noun + 1)) {
        person = true;
        ++noun;
      }
      if (!place && !person) continue;
      count_passed();
      // "the two presidents": only people holding that office on the date.
      RoleId role = kNoRole;
      Gazetteer::Node node = Gazetteer::Root();
      for (std::uint32_t k = t + 1; k <= noun && node != 0; ++k)
        node = gazetteer.Child(node, tokens.tokens[k].key);
      if (node != 0) {
        for (const AliasEntry& e : gazetteer.Entries(node)) {
          if (e.kind == AliasKind::kTitle && gazetteer.role_name(e.role) != "leader") role = e.role;
        }
      }
      // Candidates are the entities of the latest paragraphs that name at least two (so
      // "the two countries" refers to the pair just discussed); among them, the most
      // mentioned in the document, then the most recent.
      auto cutoff_of = [&latest](const absl::flat_hash_map<EntityIndex, Tally>& tallies) {
        latest.clear();
        for (const auto& [entity, tally] : tallies) latest.push_back(tally.paragraph);
        if (latest.size() < 2) return std::uint32_t{0};
        std::nth_element(latest.begin(), latest.begin() + 1, latest.end(), std::greater<>());
        return latest[1];
      };
      auto ranker = [](std::uint32_t cutoff) {
        return [cutoff](const auto& a, const auto& b) {
          bool near_a = a.second.paragraph >= cutoff, near_b = b.second.paragraph >= cutoff;
          if (near_a != near_b) return near_a;
          if (a.second.count != b.second.count) return a.second.count > b.second.count;
          if (a.second.last != b.second.last) return a.second.last > b.second.last;
          return a.first < b.first;
        };
      };
      auto place_rank = ranker(cutoff_of(places));
      auto by_rank = ranker(cutoff_of(place ? places : people));
      ranked.clear();
      if (person) {
        // "the two leaders": the most mentioned person of each of the two most mentioned
        // countries, when both have one.
        top.assign(places.begin(), places.end());
        std::sort(top.begin(), top.end(), place_rank);
        for (const auto& [country, unused] : top) {
          if (ranked.size() == 2) break;
          std::pair<EntityIndex, Tally> best{kNoEntity, {}};
          for (const auto& [entity, tally] : people) {
            bool office = false;
            for (const Role& r : gazetteer.entity(entity).roles) {
              office |= r.of == country && date.Within(r.from, r.to) &&
                        (role == kNoRole || r.role == role);
            }
            if (office &&
                (best.first == kNoEntity || ranker(0)(std::make_pair(entity, tally), best))) {
              best = {entity, tally};
            }
          }
          if (best.first != kNoEntity) ranked.push_back(best);
        }
        if (ranked.size() == 2) goto emit;
        ranked.clear();
      }
      for (const auto& [entity, tally] : place ? places : people) {
        if (role != kNoRole) {
          bool holds = false;
          for (const Role& r : gazetteer.entity(entity).roles) {
            holds |= r.role == role && date.Within(r.from, r.to);
          }
          if (!holds) continue;
        }
        ranked.push_back({entity, tally});
      }
      if (ranked.size() < 2) continue;
      std::partial_sort(ranked.begin(), ranked.begin() + 2, ranked.end(), by_rank);
    emit:
      for (int k = 0; k < 2; ++k) {
        Mention m;
        m.begin = tokens.tokens[t].begin;
        m.end = tokens.tokens[noun].end;
        m.first_token = t;
        m.end_token = noun + 1;
        m.sentence = si;
        m.entity = ranked[k].first;
        m.type = gazetteer.type(m.entity);
        m.how = MatchKind::kGroup;
        added.push_back(m);
      }
      t = noun;
    }
  }
  internal::MergeSortedMentions(added, mentions);
}

}  // namespace

void ResolvePluralDescriptions(const Gazetteer& gazetteer, const TokenizedText& tokens,
                               const PluralVocabulary& vocabulary, DateRange date,
                               std::vector<Mention>* mentions) {
  struct ByKey {
    const TokenizedText& tokens;
    const PluralVocabulary& words;
    bool Quantifier(std::uint32_t t) const { return words.quantifier(tokens.tokens[t].key); }
    bool PlaceNoun(std::uint32_t t) const { return words.place_noun(tokens.tokens[t].key); }
    bool PersonNoun(std::uint32_t t) const { return words.person_noun(tokens.tokens[t].key); }
  };
  ResolvePlurals(gazetteer, tokens, ByKey{tokens, vocabulary}, date, mentions);
}

void internal::ResolvePluralDescriptions(const Gazetteer& gazetteer, const TokenizedText& tokens,
                                         std::span<const CueMask> token_cues, DateRange date,
                                         std::vector<Mention>* mentions) {
  struct ByCue {
    std::span<const CueMask> cues;
    bool Quantifier(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPluralQuantifier); }
    bool PlaceNoun(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPluralPlace); }
    bool PersonNoun(std::uint32_t t) const { return cues[t] & CueBit(Cue::kPluralPerson); }
  };
  ResolvePlurals(gazetteer, tokens, ByCue{token_cues}, date, mentions);
}

}  // namespace attache
