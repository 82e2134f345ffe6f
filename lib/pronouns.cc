// Pronouns: "he", "she", "his", "her", "it", "its" resolved to an earlier mention of the
// right kind, "his country" to the country of the person "his" refers to, and "the
// country" to the one country the text is about.
#include <algorithm>
#include <optional>

#include "attache/mentions.hpp"
#include "internal/gazetteer_words.h"
#include "internal/lexicon.h"
#include "internal/limits.h"
#include "internal/mentions.h"

namespace attache {

namespace {

// Resolves pronouns and descriptions of a country ("the country") with the words of
// `words`, which has Person(t), Thing(t), Possessive(t), ClauseOpener(t),
// ComplementOpener(t), Report(t), AgentMarker(t), CountryNoun(t), OwnGovernmentNoun(t),
// Preposition(t), Determiner(t), DefiniteDeterminer(t), Be(t), Negation(t) and
// ImpersonalPredicate(t) for token t.
template <typename Vocabulary>
class PronounResolver {
 public:
  PronounResolver(const Gazetteer& g, const TokenizedText& tokens, const Vocabulary& words,
                  DateRange dates, const std::vector<Mention>& mentions)
      : g_(g), tokens_(tokens), words_(words), dates_(dates), mentions_(mentions) {
    // Double quotation marks before each token ("“" and "”" share the key of '"').
    static const std::uint64_t kDoubleQuote = NormalizedKey("\"");
    quotes_before_.resize(tokens.tokens.size() + 1);
    for (std::size_t t = 0; t < tokens.tokens.size(); ++t) {
      quotes_before_[t + 1] = quotes_before_[t] + (tokens.tokens[t].key == kDoubleQuote);
    }
    paragraph_start_.resize(tokens.sentences.size());
    for (std::uint32_t si = 0; si < tokens.sentences.size(); ++si) {
      const bool continues =
          si > 0 && tokens.sentences[si - 1].paragraph == tokens.sentences[si].paragraph;
      paragraph_start_[si] = continues ? paragraph_start_[si - 1] : si;
    }
  }

  std::vector<Mention> Run() {
    std::vector<Mention> added;
    for (std::uint32_t si = 0; si < tokens_.sentences.size(); ++si) {
      const Sentence& s = tokens_.sentences[si];
      while (first_ < mentions_.size() && mentions_[first_].sentence < si) ++first_;
      sentence_ = si;
      for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
        const bool description = words_.DefiniteDeterminer(t);
        if (!words_.Person(t) && !words_.Thing(t) && !description) continue;
        while (next_ < mentions_.size() && mentions_[next_].first_token < t) ++next_;
        if (next_ > 0 && mentions_[next_ - 1].end_token > t) continue;  // inside a mention
        if (next_ < mentions_.size() && mentions_[next_].first_token == t) continue;
        Mention m;
        if (description ? DescribedCountry(si, s, t, &m) : Resolve(si, s, t, &m)) {
          added.push_back(m);
          if (m.type == EntityType::kPerson && !Quoted(m)) last_person_pronoun_ = m;
          t = m.end_token - 1;
        }
      }
    }
    return added;
  }

 private:
  bool Compatible(const Mention& m, bool person) const {
    // A city or capital named as a place is where something happens, no antecedent.
    if (m.how == MatchKind::kPronoun || m.how == MatchKind::kPlace ||
        m.type == EntityType::kMedia) {
      return false;
    }
    return person == (m.type == EntityType::kPerson);
  }

  // Whether token t of sentence `si` is inside a quotation: an odd number of double
  // quotation marks since its paragraph began.
  bool Quoted(std::uint32_t t, std::uint32_t si) const {
    const std::uint32_t start = tokens_.sentences[paragraph_start_[si]].first_token;
    return (quotes_before_[t] - quotes_before_[start]) % 2 == 1;
  }
  bool Quoted(const Mention& m) const { return Quoted(m.first_token, m.sentence); }

  // An antecedent for a pronoun outside quotations is not quoted itself: in "“Milei's
  // remarks have no precedent,” he said", "he" is the speaker, not Milei.
  bool Usable(const Mention& m, bool pronoun_quoted, bool person) const {
    return Compatible(m, person) && (pronoun_quoted || !Quoted(m));
  }

  // "his counterpart" (a mention of the counterpart): a possessive before a mention is part
  // of it, not an argument; before no word either. "its ambassador", "its foreign ministry"
  // name the owner.
  bool Determiner(const Sentence& s, std::uint32_t t) const {
    if (!words_.Possessive(t) || t + 1 >= s.end_token) return false;
    return (next_ < mentions_.size() && mentions_[next_].first_token == t + 1) ||
           !(tokens_.tokens[t + 1].flags & kHasLetter);
  }

  // "sanctions against Iran on charges that it": the nearest compatible mention of the
  // sentence before `noun`, passing over the claimant modifying it ("Ukrainian
  // allegations", "Kyiv's claims", "charges by Kyiv").
  const Mention* NearestNotClaimant(const Sentence& s, std::uint32_t noun, bool person) const {
    for (std::size_t k = next_; k-- > first_;) {
      const Mention& m = mentions_[k];
      if (m.first_token < s.first_token) break;
      const bool claimant =
          m.end_token == noun || (m.possessive && m.end_token + 1 == noun) ||
          (m.first_token > 0 && words_.AgentMarker(m.first_token - 1) && m.first_token >= noun);
      if (!claimant && m.end_token <= noun && Compatible(m, person)) return &m;
    }
    return nullptr;
  }

  // Whether the word at `w` is a noun here: not a report verb, or one after a preposition
  // or determiner ("over claims that") or a possessive ("Kyiv's claims that").
  bool UsedAsNoun(const Sentence& s, std::uint32_t w) const {
    if (!words_.Report(w)) return true;
    if (w == s.first_token) return false;
    if (words_.Preposition(w - 1) || words_.Determiner(w - 1)) return true;
    return next_ > 0 && mentions_[next_ - 1].end_token + 1 == w && mentions_[next_ - 1].possessive;
  }

  const Mention* Antecedent(const Sentence& s, std::uint32_t t, bool person) const {
    const bool quoted = Quoted(t, sentence_);
    // A possessive after a clause opener takes the nearest mention ("criticised Egypt
    // because its president ..."), not the sentence's subject.
    const bool opens_clause =
        t == s.first_token || (words_.ClauseOpener(t - 1) && !words_.Possessive(t));
    // "on charges that it supplies": after a noun's "that", the nearest mention; after a
    // report verb's ("said that it") or any other clause opener, the sentence's subject.
    const bool noun_complement =
        t >= s.first_token + 2 && words_.ClauseOpener(t - 1) && words_.ComplementOpener(t - 1) &&
        tokens_.tokens[t - 2].kind == TokenKind::kWord && UsedAsNoun(s, t - 2);
    if (noun_complement) {
      if (const Mention* m = NearestNotClaimant(s, t - 2, person)) return m;
    }
    if (opens_clause) {
      for (std::size_t k = first_; k < std::min(next_, first_ + internal::kAntecedentWindow); ++k) {
        if (Usable(mentions_[k], quoted, person)) return &mentions_[k];
      }
    }
    // One after a verb or preposition ("accusing it of") takes the latest compatible
    // mention that is not an agent ("allegations by Amnesty accusing it").
    const bool object_pronoun = !opens_clause && !words_.Possessive(t);
    const std::size_t stop =
        next_ > internal::kAntecedentWindow ? next_ - internal::kAntecedentWindow : 0;
    for (std::size_t k = next_; k-- > stop;) {
      const Mention& m = mentions_[k];
      if (tokens_.sentences[m.sentence].paragraph != s.paragraph) break;
      const bool agent = m.first_token > 0 && words_.AgentMarker(m.first_token - 1);
      if (Usable(m, quoted, person) && !(agent && object_pronoun)) return &m;
    }
    // "He said" opening a paragraph, "“...,” she said", "His visit ...": a subject or a
    // sentence's first word, whose paragraph names no one outside its quotation.
    const bool subject = opens_clause || (t + 1 < s.end_token && words_.Report(t + 1));
    return person && subject && !quoted ? EarlierSubject(s) : nullptr;
  }

  // The one person named outside quotations, not as a possessor ("Ruto's visit to X
  // came after ..."), in the latest sentence of the paragraph just before that names one;
  // nullptr if none, or if that sentence names two ("Wong met Wang Yi": no gender tells).
  // A paragraph that names no one but refers to one person ("“...,” he said") refers to
  // that person.
  const Mention* EarlierSubject(const Sentence& s) const {
    const Mention* named = EarlierNamedSubject(s);
    if (named != nullptr) return named;
    if (!last_person_pronoun_ || s.paragraph == 0) return nullptr;
    const std::uint32_t p = tokens_.sentences[last_person_pronoun_->sentence].paragraph;
    return p + 1 == s.paragraph && !NamesPersonIn(p) ? &*last_person_pronoun_ : nullptr;
  }

  // Whether a mention before the current token names a person in paragraph p.
  bool NamesPersonIn(std::uint32_t p) const {
    const std::size_t stop =
        next_ > internal::kAntecedentWindow ? next_ - internal::kAntecedentWindow : 0;
    for (std::size_t k = next_; k-- > stop;) {
      const std::uint32_t q = tokens_.sentences[mentions_[k].sentence].paragraph;
      if (q < p) break;
      if (q == p && mentions_[k].type == EntityType::kPerson) return true;
    }
    return false;
  }

  const Mention* EarlierNamedSubject(const Sentence& s) const {
    const std::size_t stop =
        next_ > internal::kAntecedentWindow ? next_ - internal::kAntecedentWindow : 0;
    const Mention* found = nullptr;
    for (std::size_t k = next_; k-- > stop;) {
      const Mention& m = mentions_[k];
      const std::uint32_t p = tokens_.sentences[m.sentence].paragraph;
      if (p == s.paragraph) continue;
      if (p + 1 < s.paragraph || (found != nullptr && m.sentence != found->sentence)) break;
      if (!Compatible(m, true) || m.possessive || Quoted(m)) continue;
      if (found != nullptr && found->entity != m.entity) return nullptr;
      found = &m;
    }
    return found;
  }

  // The country a person serves throughout the document's days, else the only country of
  // their offices; kNoEntity when not one.
  EntityIndex CountryOf(const Mention& person) const {
    if (person.role_of != kNoEntity && g_.type(person.role_of) == EntityType::kCountry) {
      return person.role_of;
    }
    return internal::OfficeOf(g_, person.entity, kNoRole, dates_, /*countries_only=*/true);
  }

  // "it was agreed to", "it is unclear whether", "it was Kenya that asked": an "it" before
  // a form of "be" and an impersonal predicate, or a cleft's noun phrase and "that", refers
  // to no one.
  bool Expletive(const Sentence& s, std::uint32_t t) const {
    if (!words_.Thing(t) || words_.Possessive(t) || t + 2 >= s.end_token || !words_.Be(t + 1)) {
      return false;
    }
    std::uint32_t p = t + 2;
    if (words_.Negation(p) && p + 1 < s.end_token) ++p;
    if (words_.ImpersonalPredicate(p)) return true;
    if (next_ >= mentions_.size() || mentions_[next_].first_token != p) return false;
    const std::uint32_t after = mentions_[next_].end_token;
    return after < s.end_token && words_.ComplementOpener(after);
  }

  bool Resolve(std::uint32_t si, const Sentence& s, std::uint32_t t, Mention* m) const {
    if (Expletive(s, t)) return false;
    const bool person = words_.Person(t);
    // "his country", "her government": the country of the person "his" refers to.
    const bool country_noun = words_.Possessive(t) && person && t + 1 < s.end_token &&
                              (words_.CountryNoun(t + 1) || words_.OwnGovernmentNoun(t + 1));
    if (!country_noun && Determiner(s, t)) return false;
    const Mention* antecedent = Antecedent(s, t, person);
    if (antecedent == nullptr) return false;
    if (!country_noun) {
      Fill(m, si, t, t + 1, antecedent->entity, antecedent->type, MatchKind::kPronoun);
      m->possessive = words_.Possessive(t);
      return true;
    }
    const EntityIndex country = CountryOf(*antecedent);
    if (country == kNoEntity) return false;
    Fill(m, si, t, t + 2, country, EntityType::kCountry, MatchKind::kPronoun);
    return true;
  }

  // Sets `m` to tokens [first, end) of sentence `si`, naming `entity`; not possessive.
  void Fill(Mention* m, std::uint32_t si, std::uint32_t first, std::uint32_t end,
            EntityIndex entity, EntityType type, MatchKind how) const {
    m->begin = tokens_.tokens[first].begin;
    m->end = tokens_.tokens[end - 1].end;
    m->first_token = first;
    m->end_token = end;
    m->sentence = si;
    m->entity = entity;
    m->type = type;
    m->how = how;
    m->possessive = false;
  }

  // "the country", "this nation", "the landlocked South American country": the one country
  // its paragraph has named so far, else (none named yet) the one the paragraph before named.
  bool DescribedCountry(std::uint32_t si, const Sentence& s, std::uint32_t t, Mention* m) const {
    std::uint32_t noun = t + 1;
    while (noun < s.end_token && noun <= t + internal::kMaxCountryModifiers + 1 &&
           !words_.CountryNoun(noun)) {
      if (tokens_.tokens[noun].kind != TokenKind::kWord) return false;
      if (next_ < mentions_.size() && mentions_[next_].first_token <= noun) return false;
      ++noun;
    }
    // A capitalised noun is part of a name ("the Nation Centre").
    if (noun >= s.end_token || !words_.CountryNoun(noun) ||
        (tokens_.tokens[noun].flags & kCapitalized) != 0) {
      return false;
    }
    const EntityIndex country = OnlyCountryBefore(s.paragraph);
    if (country == kNoEntity) return false;
    Fill(m, si, t, noun + 1, country, EntityType::kCountry, MatchKind::kRole);
    m->possessive = noun + 1 < s.end_token &&
                    internal::GazetteerInternals::Trie(g_).IsMentionWord(
                        internal::MentionWord::kPossessive, tokens_.tokens[noun + 1].key);
    return true;
  }

  // The one country named by the mentions before next_ in `paragraph`, or, if it names none,
  // in the paragraph before; kNoEntity when there are several or none.
  EntityIndex OnlyCountryBefore(std::uint32_t paragraph) const {
    EntityIndex found = kNoEntity;
    std::uint32_t in = paragraph;
    const std::size_t stop =
        next_ > internal::kAntecedentWindow ? next_ - internal::kAntecedentWindow : 0;
    for (std::size_t k = next_; k-- > stop;) {
      const Mention& m = mentions_[k];
      const std::uint32_t p = tokens_.sentences[m.sentence].paragraph;
      if (p != in) {
        if (found != kNoEntity || in != paragraph || p + 1 != paragraph) break;
        in = p;  // nothing in this paragraph: the one before
      }
      if (m.type != EntityType::kCountry) continue;
      if (found != kNoEntity && found != m.entity) return kNoEntity;
      found = m.entity;
    }
    return found;
  }

  const Gazetteer& g_;
  const TokenizedText& tokens_;
  const Vocabulary& words_;
  DateRange dates_;
  const std::vector<Mention>& mentions_;
  std::vector<std::uint32_t> quotes_before_;    // per token, double quotation marks before it
  std::vector<std::uint32_t> paragraph_start_;  // per sentence, its paragraph's first sentence
  std::uint32_t sentence_ = 0;                  // the current sentence
  std::optional<Mention> last_person_pronoun_;  // the latest resolved, outside quotations
  std::size_t next_ = 0;                        // first mention at or after the current token
  std::size_t first_ = 0;                       // first mention of the current sentence
};

template <typename Vocabulary>
void Resolve(const Gazetteer& g, const TokenizedText& tokens, const Vocabulary& words,
             DateRange dates, std::vector<Mention>* mentions) {
  std::vector<Mention> added = PronounResolver(g, tokens, words, dates, *mentions).Run();
  internal::MergeSortedMentions(added, mentions);
}

}  // namespace

void ResolvePronouns(const Gazetteer& gazetteer, const RuleSet& rules, const TokenizedText& tokens,
                     DateRange dates, std::vector<Mention>* mentions) {
  internal::ResolvePronouns(gazetteer, tokens, internal::TokenCues(rules, tokens), dates, mentions);
}

void internal::ResolvePronouns(const Gazetteer& gazetteer, const TokenizedText& tokens,
                               std::span<const CueMask> token_cues, DateRange dates,
                               std::vector<Mention>* mentions) {
  struct ByCue {
    std::span<const CueMask> cues;
    bool Has(std::uint32_t t, Cue c) const { return cues[t] & CueBit(c); }
    bool Person(std::uint32_t t) const { return Has(t, Cue::kPersonPronoun); }
    bool Thing(std::uint32_t t) const { return Has(t, Cue::kThingPronoun); }
    bool Possessive(std::uint32_t t) const { return Has(t, Cue::kPossessivePronoun); }
    bool ClauseOpener(std::uint32_t t) const { return Has(t, Cue::kClauseOpener); }
    bool ComplementOpener(std::uint32_t t) const { return Has(t, Cue::kComplementOpener); }
    bool Report(std::uint32_t t) const { return Has(t, Cue::kReport); }
    bool AgentMarker(std::uint32_t t) const { return Has(t, Cue::kAgentMarker); }
    bool CountryNoun(std::uint32_t t) const { return Has(t, Cue::kCountryNoun); }
    bool OwnGovernmentNoun(std::uint32_t t) const { return Has(t, Cue::kOwnGovernmentNoun); }
    bool Preposition(std::uint32_t t) const { return Has(t, Cue::kPreposition); }
    bool Determiner(std::uint32_t t) const { return Has(t, Cue::kDeterminer); }
    bool DefiniteDeterminer(std::uint32_t t) const { return Has(t, Cue::kDefiniteDeterminer); }
    bool Be(std::uint32_t t) const { return Has(t, Cue::kBe); }
    bool Negation(std::uint32_t t) const { return Has(t, Cue::kNegation); }
    bool ImpersonalPredicate(std::uint32_t t) const { return Has(t, Cue::kImpersonalPredicate); }
  };
  Resolve(gazetteer, tokens, ByCue{token_cues}, dates, mentions);
}

}  // namespace attache
