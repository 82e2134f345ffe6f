// Internal: the mention stage's per-sentence matcher, shared by the files that implement it:
// lib/mention_candidates.cc (dictionary candidates at a token and their ranking),
// lib/mention_names.cc (the left-to-right scan, surnames and short forms) and
// lib/mention_titles.cc (title chains and dated role descriptions).
// Use attache/mentions.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_MENTION_MATCHER_H_
#define ATTACHE_LIB_INTERNAL_MENTION_MATCHER_H_

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "attache/gazetteer.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "internal/gazetteer_words.h"
#include "internal/mentions.h"

namespace attache::internal {

// One dictionary entry matched at a token position; none when `entry` is null.
struct MentionCandidate {
  std::uint32_t end_token = 0;  // one past the last consumed token
  const AliasEntry* entry = nullptr;
  explicit operator bool() const { return entry != nullptr; }
};

// A position's candidates: valid until the next SentenceMatcher::CandidatesAt() call.
using MentionCandidates = std::span<const MentionCandidate>;

// The most tokens of an alias whose capitalisation is checked (two bits each in
// AliasEntry::case_mask).
inline constexpr std::size_t kMaxAliasTokens = 16;

// Candidates per start position of the current sentence, computed on first use; a slot's
// candidates are arena[begin .. begin + count).
struct MentionCacheSlot {
  std::uint32_t begin = 0;
  std::uint32_t count = 0;
  bool computed = false;
};

struct MentionScratch::Impl {
  absl::flat_hash_set<EntityIndex> seen;  // entities mentioned so far
  std::vector<MentionCacheSlot> cache;
  std::vector<MentionCandidate> arena;
  std::vector<MentionCandidate> uncached;  // CandidatesAt() outside the cached sentence
  absl::flat_hash_map<std::uint64_t, EntityIndex> surnames;     // kNoEntity: shared, no one
  absl::flat_hash_map<std::uint64_t, EntityIndex> short_forms;  // as surnames, from short=
  // Offices the document names with their holder ("Iranian President Ebrahim Raisi"):
  // (role, country) -> person. Descriptions resolve to these before any date lookup.
  absl::flat_hash_map<std::pair<RoleId, EntityIndex>, EntityIndex> offices;
  // A person the document named as a holder of an office: the person (kNoEntity when two
  // were), the office's country (kNoEntity: not known) and the paragraph last named in.
  struct NamedHolder {
    EntityIndex person = kNoEntity;
    EntityIndex country = kNoEntity;
    std::uint32_t paragraph = 0;
  };
  using NamedHolders = absl::flat_hash_map<RoleId, NamedHolder>;
  // Past holders named with their title ("former President X"): "the former president"
  // names the one named so first.
  NamedHolders past_titled;
  // Persons named who held an office before the document's days and not during them, by
  // role: "the former president" names the one of these next.
  NamedHolders past_holders;
  // Holders of titles several people hold at once (TITLE resolve=no: "envoy", "ambassador")
  // named with the title ("US envoy X"): "the envoy" names that one person.
  NamedHolders titled_persons;
  // Countries the current paragraph has named so far (each once).
  std::vector<EntityIndex> paragraph_countries;
  // Roles a title gave to a name the gazetteer does not know, with no country
  // ("Prime Minister Okonjo"): a later bare "the prime minister" may be that person.
  absl::flat_hash_set<RoleId> unnamed_holders;
  // The document, and where names after titles that the gazetteer lacks go (null: they
  // give no mention), with their indexes by slug.
  std::string_view text;
  std::vector<LocalEntity>* locals = nullptr;
  absl::flat_hash_map<std::string, EntityIndex> local_by_id;
  // The current sentence's local organisations, by first token (FindLocalOrganizations()).
  struct LocalSpan {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
    EntityIndex entity = kNoEntity;
  };
  std::vector<LocalSpan> local_spans;
  // Initials the document gave an organisation it names ("(GNA)"), by token key.
  absl::flat_hash_map<std::uint64_t, EntityIndex> local_initials;

  // Empties every table for a new document; buffers keep their capacity.
  void Clear() {
    offices.clear();
    past_titled.clear();
    past_holders.clear();
    titled_persons.clear();
    short_forms.clear();
    paragraph_countries.clear();
    unnamed_holders.clear();
    seen.clear();
    cache.clear();
    arena.clear();
    uncached.clear();
    surnames.clear();
    local_by_id.clear();
    local_spans.clear();
    local_initials.clear();
    text = {};
    locals = nullptr;
  }
};

// The MatchKind a mention found through an alias of `kind` reports.
MatchKind ToMatchKind(AliasKind kind);

// Finds the mentions of a document one sentence at a time, in order (Run()), keeping what
// earlier sentences named: entities seen, surnames and short forms, offices and their
// holders, the current paragraph's countries. Not thread-safe; one per document.
class SentenceMatcher {
 public:
  using Candidate = MentionCandidate;
  using Candidates = MentionCandidates;

  // `words`: each token's gazetteer word number. `scratch` must be cleared; `g`, `t`,
  // `words`, `options` and `scratch` must outlive the matcher.
  SentenceMatcher(const Gazetteer& g, const TokenizedText& t, std::span<const std::uint32_t> words,
                  const MentionOptions& options, MentionScratch::Impl* scratch);

  // Appends the mentions of sentence `s` (number `sentence_index`) to `out`. Sentences must
  // come in document order.
  void Run(std::uint32_t sentence_index, const Sentence& s, std::vector<Mention>* out);

 private:
  // ---- Candidates and their ranking (lib/mention_candidates.cc) ----

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
    MentionCacheSlot& slot = scratch_.cache[start - cache_first_];
    if (!slot.computed) {
      slot.begin = static_cast<std::uint32_t>(scratch_.arena.size());
      ComputeCandidates(start, limit, &scratch_.arena);
      slot.count = static_cast<std::uint32_t>(scratch_.arena.size()) - slot.begin;
      slot.computed = true;
    }
    return {scratch_.arena.data() + slot.begin, slot.count};
  }

  // Makes `s` the sentence whose candidates are cached; forgets the previous one's.
  void StartSentence(const Sentence& s) const;

  // The trie child of the root for token t.
  GazetteerNode RootChild(std::uint32_t t) const { return Child(kGazetteerRoot, t); }

  // The trie child of `node` along token t.
  GazetteerNode Child(GazetteerNode node, std::uint32_t t) const {
    return trie_.ChildOf(node, words_[t]);
  }

  // Appends the candidates at `start` (ending by `limit`) to `out`.
  void ComputeCandidates(std::uint32_t start, std::uint32_t limit,
                         std::vector<Candidate>* out) const;

  // A one-word alias of a person ("Castro", "Moi") ending at `end` names them only once the
  // document has named them, or while they hold an office: otherwise it is as likely someone
  // else's name ("Sonia Castro", "Moi Avenue"). After a capitalised word inside the sentence
  // that is none of the person's names, no title and no name-end word, it is someone else's
  // ("Rached Ghannouchi" is not Mohamed Ghannouchi), outside title-case headlines.
  bool StaleShortForm(const AliasEntry& e, std::uint32_t end) const;
  bool AfterOtherGivenName(EntityIndex person, std::uint32_t alias) const;

  // The best entity candidate ending furthest, by the documented tie-break order, or none.
  Candidate BestEntity(Candidates candidates) const;

  // Whether `a` ranks before `b` among candidates ending at the same token: seen in the
  // document, then (people) holding an office on the date, then alias kind, entity type
  // and entity number.
  bool Better(const AliasEntry& a, const AliasEntry& b) const;

  // The longest candidate of kind `a` or `b` at a position, or none.
  static Candidate LongestOf(Candidates candidates, AliasKind a, AliasKind b);

  // ---- Title chains and role descriptions (lib/mention_titles.cc) ----

  // What a title chain has read so far: its country, its last title's role, and where it
  // ends.
  struct TitlePhrase {
    std::uint32_t end = 0;             // one past the last token read
    EntityIndex country = kNoEntity;   // the country or organisation named, if any
    RoleId role = kNoRole;             // the last title's role
    bool plural = false;               // the last title is plural ("ministers")
    int words = 0;                     // titles and honorifics read
    std::uint32_t last_honorific = 0;  // the last honorific after the last title, or limit
  };

  // Whether a title begins at `token`.
  bool StartsTitle(std::uint32_t token, std::uint32_t limit) const;

  // Whether a name the gazetteer does not know begins at `t` ("President John Mwangi"): a
  // capitalized word that begins no entity, no known surname or short form, and is not
  // followed by a capitalized word that begins a country or organisation ("Kenyan
  // President Hosts Somali Leader").
  bool UnknownNameAt(std::uint32_t t, std::uint32_t limit);

  // A title chain followed by a name we do not know: the office's holder for this
  // document is someone we cannot name, so later descriptions of it (of its country, or
  // bare ones when the chain named no country) stay unresolved.
  void NoteUnknownHolder(const TitlePhrase& p);

  // The title chain from `start` with the unknown name at p.end as one mention of a local
  // entity (made on its first mention), if the name has 2 to kMaxLocalNameWords
  // capitalised words and the document collects local entities.
  bool LocalPersonAt(std::uint32_t start, const TitlePhrase& p, std::uint32_t limit, Mention* m);

  // Whether the sentence being matched, up to `limit`, is written in title case (a
  // headline: no final full stop, no lower-case word of kMinLowerWordInProse bytes), where
  // a capitalised word after a title is as likely a verb ("Foreign Minister Says Talks Will
  // Resume").
  bool TitleCase(std::uint32_t limit) const;
  bool ReadTitleCase(std::uint32_t limit) const;  // TitleCase() without the sentence's cache
  // A capital or city that begins a longer proper name (a capitalised word after it that
  // starts no entity; not in a headline): a document named after the place ("the Vienna
  // Convention", "the Paris Agreement": a place-document word next) or an institution in
  // it ("the Islamabad High Court").
  enum class PlaceName : std::uint8_t { kNone, kDocument, kInstitution };
  PlaceName PlaceInName(const Candidate& place, std::uint32_t limit);
  // Whether a demonym is inside a longer proper name that names no entity: capitalised
  // words on both sides, the one before not opening the sentence, none after starting an
  // entity, not in a headline ("the Grand Ethiopian Renaissance Dam"; "The Somali
  // Government", "Bosnian Serbs" are not).
  bool DemonymInName(const Candidate& demonym, const Sentence& s, const std::vector<Mention>& out);
  // Whether the name ending before token `end` is joined to a dollar sign after it, a
  // currency's prefix ("US$40,000", "HK$5 million"): no mention.
  bool CurrencyPrefix(std::uint32_t end, std::uint32_t limit) const;
  // Whether a description ending at `end` goes on to a place of another country than
  // `country` ("Canada's top diplomat in New Delhi": an envoy, no office-holder).
  bool PostedAbroad(std::uint32_t end, EntityIndex country) const;

  // The office the most recently mentioned person holds on the document date, for
  // "his Belarusian counterpart"; kNoRole when none.
  RoleId LastPersonRole() const;

  // The country whose `role` `person` holds during the document's days, else at any time;
  // kNoEntity when that is not one country.
  EntityIndex OfficeCountry(EntityIndex person, RoleId role) const;

  // Who holds `role` of `country` for this document: the holder it named, else the
  // gazetteer's holder throughout the document's days.
  EntityIndex HolderFor(RoleId role, EntityIndex country) const;

  // The country a bare description ("the president") refers to: among the countries its
  // paragraph has named, the one whose `role` someone holds; if none of them has one, the
  // one country whose `role` the document has already named or resolved a holder for.
  // kNoEntity when the context does not single one out. Before all these, the one country
  // of the paragraph whose `role` the document named with its holder.
  EntityIndex ContextCountryFor(RoleId role) const;
  // The one country whose `role` the document has named or resolved a holder for, among the
  // offices (country, holder) that `keep` accepts; kNoEntity for none or several.
  template <typename Keep>
  EntityIndex NamedOfficeCountry(RoleId role, Keep keep) const;

  // Whether token `token` (before `limit`) is a possessive ("'s", "'").
  bool IsPossessive(std::uint32_t token, std::uint32_t limit) const {
    return token < limit && IsWord(MentionWord::kPossessive, token);
  }

  // Whether token t is one of the gazetteer's WORDS for `word`.
  bool IsWord(MentionWord word, std::uint32_t t) const {
    return trie_.IsMentionWordNumber(word, words_[t]);
  }

  // A title with the country inside it: "top Saudi diplomat" is the title "top diplomat"
  // with "Saudi" between its words. Returns true and sets the country, the title's role and
  // the end of the phrase when one starts at `start`.
  bool SplitTitle(std::uint32_t start, std::uint32_t limit, EntityIndex* country, RoleId* role,
                  std::uint32_t* end);

  // Tries a title chain at `start`: [country ('s)?] (title|honorific)+ [person].
  // Returns true and fills `m` when the chain names a person or a dated role.
  bool TitleChain(std::uint32_t start, std::uint32_t limit, Mention* m);

  // TitleChain()'s first part: the country before or inside the titles, then the titles and
  // honorifics. Returns false when no title or honorific starts at `start` (after a country).
  bool ReadTitlePhrase(std::uint32_t start, std::uint32_t limit, TitlePhrase* p);

  // Fills `m` with the person named right after the titles of `p`, or from its last
  // honorific on ("Foreign Minister Prince Faisal"); false when none is.
  bool PersonAfterTitles(std::uint32_t start, std::uint32_t limit, const TitlePhrase& p,
                         Mention* m);

  // For a title without a country: "the President of the European Council, Charles
  // Michel" or "Prime Minister of Pakistan Shehbaz Sharif". When "of X" follows, sets the
  // country of `p` to X and its end past X; then fills `m` and returns true when a person
  // follows X, directly or after a comma.
  bool PersonHoldingOfficeOf(std::uint32_t start, std::uint32_t limit, TitlePhrase* p, Mention* m);

  // Fills `m` with the holder of the role of `p` during the document's days ("the
  // president", "his Belarusian counterpart"); false when there is not exactly one.
  bool RoleHolderMention(std::uint32_t start, const TitlePhrase& p, Mention* m) const;

  // RoleHolderMention() for a past holder ("the former premier": HolderNamed() among those
  // named with a past marker, else among those named who held the office before the date)
  // and for a title several people hold ("the envoy": among those named with it). `definite`:
  // "the" stands before the title (and its modifier).
  bool PastHolderMention(std::uint32_t start, const TitlePhrase& p, bool definite,
                         Mention* m) const;
  bool TitledPersonMention(std::uint32_t start, const TitlePhrase& p, bool definite,
                           Mention* m) const;

  // Fill() for a role description of `holder`, who holds `role` of `of`.
  void FillRole(Mention* m, std::uint32_t first, std::uint32_t end, EntityIndex holder, RoleId role,
                EntityIndex of) const;

  // Notes a holder of `role` for `country` in `named`: "person" when the first, no one once
  // another is noted.
  void NoteHolder(MentionScratch::Impl::NamedHolders* named, RoleId role, EntityIndex person,
                  EntityIndex country) const;

  // Notes the offices a person just named for the first time held before the document's
  // days and not during them (MentionScratch::Impl::past_holders).
  void NotePastOffices(EntityIndex person) const;

  // The one holder of `role` in `named` (of `country` unless kNoEntity) named within
  // kMaxDescriptionParagraphs, else kNoEntity; sets `*of` to the office's country.
  EntityIndex HolderNamed(const MentionScratch::Impl::NamedHolders& named, RoleId role,
                          EntityIndex country, EntityIndex* of) const;

  // "his counterpart in Armenia", "from Armenia": the country named (by its name, not a
  // capital or city) after a counterpart-link word at `end`, else kNoEntity.
  EntityIndex CountryAfterLink(std::uint32_t end) const;

  // The past marker right before token `first` ("former President X"), or before the
  // hyphen there ("ex-Prime Minister"); `first` when there is none.
  std::uint32_t PastMarkerBefore(std::uint32_t first) const;

  // Whether an apposition opens at t with a capitalised word: "the former premier, Imran".
  bool AppositionAt(std::uint32_t t) const;

  // After a title: "of [the] X" naming a country or organisation. Sets `*of` and returns the
  // end of X.
  std::optional<std::uint32_t> OfficeOf(std::uint32_t pos, std::uint32_t limit,
                                        EntityIndex* of) const;

  // ---- Names the gazetteer lacks (lib/mention_locals.cc) ----

  // The end of a person's name of 2 to kMaxLocalNameWords capitalised words starting at
  // `t` ("Hanifa Adan", "Agnes von der Muhll", "Ahmed al-Sharaa"), none of them a
  // `name-end` or `person-noun` word or the start of a known entity (`t` excepted), and not
  // followed by another capitalised word; 0 when there is none.
  std::uint32_t LocalNameEnd(std::uint32_t t, std::uint32_t limit) const;

  // The local entity named by tokens [first, end) (made on its first mention: id its ASCII
  // slug, which must not be a gazetteer id), or kNoEntity.
  EntityIndex LocalEntityFor(std::uint32_t first, std::uint32_t end, EntityType type, RoleId role,
                             EntityIndex country);

  // Whether token i may begin a name the gazetteer lacks: a capitalised word, not all upper
  // case, in a document that collects local entities.
  bool MayBeLocalName(std::uint32_t i) const {
    return scratch_.locals != nullptr &&
           (tokens_[i].flags & (kCapitalized | kAllUpper)) == kCapitalized;
  }

  // A person the gazetteer lacks, named at token i after a `person-noun` ("activist Hanifa
  // Adan", "Chairman Bob Menendez") or before an apposition that describes a person ("Levan
  // Ioseliani, the Public Defender of Georgia,", "Hanifa Adan, who"). Not in a title-case
  // headline. `out`: the sentence's mentions so far (a demonym before the noun is the
  // person's country: "Indian High Commissioner Munu Mahawar").
  bool LocalPersonByContext(std::uint32_t i, std::uint32_t limit, const std::vector<Mention>& out,
                            Mention* m);

  // Whether an apposition starting at `t` (after its comma) describes a person: a
  // `person-relative` ("who") first, or a `person-noun` or title before its end.
  bool PersonAppositionAt(std::uint32_t t, std::uint32_t limit) const;

  // Fills scratch_.local_spans with the organisations sentence `s` names that the gazetteer
  // lacks: capitalised words before their parenthesised initials ("Government of National
  // Accord (GNA)": the initials then name it too) or ending in an `organization-head`
  // outside a title-case headline ("Border Inspection Service").
  void FindLocalOrganizations(const Sentence& s);

  // FindLocalOrganizations()'s parts: the first token of the organisation's name whose
  // initials are the all-capital word at `abbr` (after "(", the name ending before it), or
  // whose head word is at `head` (the name ending with it); nullopt when there is none.
  std::optional<std::uint32_t> NameBeforeInitials(const Sentence& s, std::uint32_t abbr) const;
  std::optional<std::uint32_t> NameBeforeHead(const Sentence& s, std::uint32_t head) const;

  // Whether one of tokens [first, end) is an `organization-head` or `organization-word`.
  bool HasOrganizationWord(std::uint32_t first, std::uint32_t end) const;

  // ---- The scan, surnames and bookkeeping (lib/mention_names.cc) ----

  // Sets the span, entity, type and kind of `m` to tokens [first, end) naming `entity`.
  void Fill(Mention* m, std::uint32_t first, std::uint32_t end, EntityIndex entity,
            MatchKind how) const;

  // Records what mention `m` tells later ones: its entity seen, its paragraph's countries,
  // the office it names, the last person, and a person's surname and short forms.
  void Count(const Mention& m);

  // After a person's full name: their short forms ("Kim" of Kim Jong Un) name them from now
  // on, unless another person named in the document has that word in their name, in which
  // case the word names no one (kNoEntity).
  void NoteShortForms(const Mention& m);

  // Adds `country` to the current paragraph's countries if it is a country not there yet.
  void NoteParagraphCountry(EntityIndex country);

  // KnownSurnameAt()'s cheap part: false if token i cannot be a known surname.
  bool MayBeKnownSurname(std::uint32_t i) const {
    return (tokens_[i].flags & kCapitalized) != 0 && MaybeSurname(tokens_[i].key);
  }

  // A capitalized word that ended an earlier full name ("Putin" after "Vladimir Putin").
  bool KnownSurnameAt(std::uint32_t i, Mention* m) const;

  // Appends the mention `m` of sentence `s`; returns the token after it.
  std::uint32_t Emit(Mention* m, const Sentence& s, std::vector<Mention>* out);

  // MentionOptions::keep_overlaps: appends every entity candidate at token i, longest first.
  void EmitAll(std::uint32_t sentence_index, std::uint32_t i, std::uint32_t limit,
               std::vector<Mention>* out);

  const Gazetteer& g_;
  const GazetteerTrie& trie_;
  const std::vector<Token>& tokens_;
  std::span<const std::uint32_t> words_;
  const MentionOptions& options_;
  // The document's tables (seen entities, candidate cache, country tallies, surnames).
  MentionScratch::Impl& scratch_;
  // A hyphen inside an alias ("Saudi-led") is skipped when matching; computed once.
  inline static const std::uint64_t hyphen_key_ = NormalizedKey("-");
  EntityIndex last_person_ = kNoEntity;
  std::uint32_t paragraph_ = 0;
  // The sentence whose candidates scratch_.cache holds: its first token and end.
  mutable std::uint32_t cache_first_ = 0;
  mutable std::uint32_t cache_limit_ = 0;
  mutable int sentence_title_case_ = -1;  // TitleCase(cache_limit_): -1 not read yet
  // One bit per surname key (its low six bits): a clear bit means no such surname.
  std::uint64_t surname_filter_ = 0;
  static std::uint64_t SurnameBit(std::uint64_t key) { return std::uint64_t{1} << (key & 63); }
  bool MaybeSurname(std::uint64_t key) const { return (surname_filter_ & SurnameBit(key)) != 0; }
};

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_MENTION_MATCHER_H_
