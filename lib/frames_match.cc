// The event lexicon's matcher: for each verb group and event noun of a sentence whose lemma
// has frames, the arguments by grammatical role — the subject of the group's clause
// (through appositions, relative clauses, coordination and infinitive control), its direct
// object, the object of a named preposition, the agent of a passive, a noun's possessor.
// When a role cannot be found, the frame gives nothing: a missing triple is better than a
// wrong one.
#include <algorithm>
#include <optional>
#include <string>

#include "internal/frames.h"
#include "internal/limits.h"
#include "internal/rules.h"
#include "internal/structure.h"

namespace attache::internal {
namespace {

using Actors = std::vector<int>;  // indexes into the sentence's mentions, in text order

// Whether verb group g is the bare verb of a clause a proposal verb asks for: "urged that
// Uganda withdraw its troops", "that Uganda should withdraw", "that Uganda not attack",
// "proposed Mali and Niger hold talks" — no event yet. Between the two groups stand only an
// optional "that" and the clause's subject: names, with determiners before them,
// coordinators between them and agent nouns after them ("that Ugandan troops withdraw").
bool MandativeClause(const SentenceTokens& s, const SentenceStructure& st, std::size_t g) {
  const VerbGroup& v = st.verbs[g];
  if (g == 0 || v.voice != Voice::kActive || v.clause == ClauseKind::kInfinitive ||
      (v.form & kFormBase) == 0 || (v.form & (kFormThird | kFormPast)) != 0) {
    return false;
  }
  const VerbGroup& governor = st.verbs[g - 1];
  if (!s.Has(governor.head, kProposalVerb)) return false;
  std::uint32_t u = governor.end_token;
  if (u < v.first_token && s.Has(u, kRelativeWord)) ++u;
  bool after_name = false, named = false;
  for (; u < v.first_token; ++u) {
    if (const int m = s.MentionAt(u); m >= 0) {
      after_name = named = true;
      u = s.mention(m).end_token - 1;
    } else if (s.Has(u, kDeterminer) && !after_name) {
      continue;
    } else if (after_name && s.Has(u, kCoordinatorWord)) {
      after_name = false;
    } else if (!(after_name && s.Has(u, kAgentNoun))) {
      return false;
    }
  }
  return named && after_name;
}

class Roles {
 public:
  Roles(const SentenceTokens& s, const SentenceStructure& st, std::vector<int>* group_at)
      : s_(s), st_(st), subjects_(st.verbs.size()), group_at_(*group_at) {
    group_at_.assign(s.end() - s.first(), -1);
    for (std::size_t g = 0; g < st.verbs.size(); ++g) {
      group_at_[st.verbs[g].head - s.first()] = static_cast<int>(g);
    }
  }

  // Whether the group after group gi is a clause it asks for ("urged that Uganda withdraw").
  bool MandativeClauseAfter(int gi) const {
    const auto next = static_cast<std::size_t>(gi) + 1;
    return next < st_.verbs.size() && MandativeClause(s_, st_, next);
  }

  // Whether the event noun at t is the object of a verb or of a preposition that neither
  // brings it about nor sets a time or place: "declared the demonstrations illegal", "the
  // handling of the protests" tell protests already told; "sparked protests", "joined protests"
  // (crowd_event_verb), "held protests" (light_verb), "after protests", "took part in protests" do
  // not.
  bool TellsKnownEvent(std::uint32_t t) const {
    std::int64_t p = static_cast<std::int64_t>(t) - 1;
    for (int k = 0;
         k < kMaxNounSubjectModifiers && s_.In(p) && GroupAt(static_cast<std::uint32_t>(p)) < 0 &&
         IsModifier(static_cast<std::uint32_t>(p));
         ++k) {
      --p;
    }
    if (!s_.In(p)) return false;
    const auto q = static_cast<std::uint32_t>(p);
    if (GroupAt(q) >= 0) return !s_.Has(q, kLightVerb | kCrowdEventVerb);
    return s_.Has(q, kPreposition) &&
           !s_.Has(q, kOpeningEventPreposition | kLocationMarker | kSubordinator);
  }

  int GroupAt(std::uint32_t t) const { return s_.In(t) ? group_at_[t - s_.first()] : -1; }

  // The subjects of verb group g (an agent, not the grammatical subject, for a passive's
  // is given by Agent()).
  const Actors& Subjects(int g) {
    std::optional<Actors>& memo = subjects_[static_cast<std::size_t>(g)];
    if (!memo) {
      memo = Actors{};  // guards against cycles while computing
      memo = FindSubjects(g);
    }
    return *memo;
  }

  // "by X" right after a passive group.
  Actors Agent(const VerbGroup& g) {
    if (!s_.Has(g.end_token, kAgentMarkerWord)) return {};
    std::uint32_t end = 0;
    return ReadNounPhrase(g.end_token + 1, &end);
  }

  // The passive of a frame with words and a prepositional slot: "Sanctions were imposed on
  // Syria by the Arab League", "Sanctions on Iran were lifted by the EU". The frame's words
  // end right before the group (after an optional slot phrase); the slot's object follows
  // the group unless it came first; the agent is the "by" phrase after either. False when
  // any of them is missing.
  bool PassivePhrase(const VerbGroup& g, const Frame& f, Actors* objects, Actors* agents) {
    std::int64_t p = static_cast<std::int64_t>(g.first_token) - 1;
    Actors before;
    if (s_.In(p) && s_.IsActor(s_.MentionAt(static_cast<std::uint32_t>(p)))) {
      const int m = s_.MentionAt(static_cast<std::uint32_t>(p));
      std::int64_t q = static_cast<std::int64_t>(s_.mention(m).first_token) - 1;
      while (s_.In(q) && s_.MentionAt(static_cast<std::uint32_t>(q)) < 0 &&
             s_.Has(static_cast<std::uint32_t>(q), kDeterminer)) {
        --q;
      }
      if (!s_.In(q) || std::find(f.preps.begin(), f.preps.end(),
                                 s_.Key(static_cast<std::uint32_t>(q))) == f.preps.end()) {
        return false;
      }
      before = CoordinatedLeft(m);
      p = q - 1;
    }
    for (auto w = f.words.rbegin(); w != f.words.rend(); ++w) {
      for (int gap = 0; s_.In(p) && s_.Key(static_cast<std::uint32_t>(p)) != *w; --p) {
        if (++gap > kMaxPhraseGap || !IsModifier(static_cast<std::uint32_t>(p))) return false;
      }
      if (!s_.In(p)) return false;
      --p;
    }
    std::uint32_t end = g.end_token;
    *objects = before.empty() ? PrepObject(g.end_token, f.preps, kMaxPrepSearch, &end) : before;
    // A symmetric event's parties may all be agents: "The treaty was signed by Armenia and
    // Azerbaijan", "by ministers from the two countries".
    if (objects->empty() && !f.symmetric) return false;
    for (std::uint32_t t : {g.end_token, end}) {
      if (!s_.Has(t, kAgentMarkerWord)) continue;
      std::uint32_t unused = 0;
      *agents = ReadNounPhrase(t + 1, &unused);
      if (!agents->empty()) return !objects->empty() || agents->size() > 1;
    }
    if (objects->empty()) return false;
    // No "by": the owner of the phrase's words acts ("Turkish troops were deployed to
    // Libya", "US sanctions were imposed on Syria").
    if (before.empty() && s_.In(p + 1))
      *agents = NounPhraseOwner(static_cast<std::uint32_t>(p + 1), true);
    return !agents->empty();
  }

  // The relative clause without a relative pronoun's gap, or with "that"/"which", whose
  // subject starts at `from`: "the sanctions [it had imposed] on Togo", "the aid [that Japan
  // sent] to Peru". Its group's index, or -1.
  int ObjectRelativeAt(std::uint32_t from) const {
    std::uint32_t t = from;
    if (s_.Has(t, kRelativeWord) && s_.MentionAt(t) < 0) ++t;
    while (s_.Has(t, kDeterminer) && s_.MentionAt(t) < 0) ++t;
    const int m = s_.MentionAt(t);
    if (!s_.IsActor(m) || s_.mention(m).possessive) return -1;
    const std::uint32_t e = s_.mention(m).end_token;
    for (std::size_t g = 0; g < st_.verbs.size(); ++g) {
      const VerbGroup& v = st_.verbs[g];
      if (v.first_token != e) continue;
      // The gap is the verb's object: no noun phrase follows it ("despite sanctions Iran
      // imposed tariffs" is no relative clause).
      const std::uint32_t n = v.end_token;
      const bool object_follows = s_.MentionAt(n) >= 0 || s_.IsPlainWord(n) ||
                                  s_.Has(n, kDeterminer | kNumberWord | kAgentNoun) ||
                                  (s_.IsWord(n) && !s_.IsLower(n));
      return v.finite && v.voice == Voice::kActive && !object_follows ? static_cast<int>(g) : -1;
    }
    return -1;
  }

  // Past the verb of the object relative clause starting at t, if one does; else t.
  std::uint32_t PastObjectRelative(std::uint32_t t) const {
    const int g = ObjectRelativeAt(t);
    return g < 0 ? t : st_.verbs[static_cast<std::size_t>(g)].end_token;
  }

  // Whether a phrase frame's words stand right before the relative clause that group g
  // heads, as the noun the clause's verb takes as object: "the sanctions (that) the EU
  // imposed on Iran" matches "impose sanctions on O" at "imposed".
  bool WordsBeforeRelative(int gi, const Frame& f) const {
    if (f.words.empty() || !f.before.empty()) return false;
    const VerbGroup& g = st_.verbs[static_cast<std::size_t>(gi)];
    const int m = s_.MentionAt(g.first_token - 1);
    if (!s_.In(static_cast<std::int64_t>(g.first_token) - 1) || m < 0) return false;
    std::int64_t p = static_cast<std::int64_t>(s_.mention(m).first_token) - 1;
    while (s_.In(p) && s_.MentionAt(static_cast<std::uint32_t>(p)) < 0 &&
           s_.Has(static_cast<std::uint32_t>(p), kDeterminer | kRelativeWord)) {
      --p;
    }
    if (!s_.In(p) || ObjectRelativeAt(static_cast<std::uint32_t>(p) + 1) != gi) return false;
    for (auto w = f.words.rbegin(); w != f.words.rend(); ++w) {
      for (int gap = 0; s_.In(p) && s_.Key(static_cast<std::uint32_t>(p)) != *w; --p) {
        // The antecedent noun is the frame's last word, right before the clause.
        if (w == f.words.rbegin() || ++gap > kMaxPhraseGap ||
            !IsModifier(static_cast<std::uint32_t>(p))) {
          return false;
        }
      }
      if (!s_.In(p)) return false;
      --p;
    }
    return true;
  }

  // The mention after m joined to it by a hyphen ("Cambodia-Thailand"), or -1.
  int HyphenJoined(int m) const {
    const std::uint32_t e = s_.mention(m).end_token;
    if (!s_.IsJoiningHyphen(e)) return -1;
    const int next = s_.MentionAt(e + 1);
    return s_.IsActor(next) && s_.mention(next).first_token == e + 1 ? next : -1;
  }

  // Whether name mention m, with any actors hyphen-joined to it, stands right before an
  // event noun: "ASEAN support", "the US-China talks". A word that can also be a finite verb after
  // it ("Iran visits", "the US sanctions") is not taken as one. A possessor is no modifier:
  // "condemned Russia's invasion" condemns Russia.
  bool ModifiesEventNoun(int m) const {
    // A demonym is the noun's owner: "Iranian assets", "Israeli hostages".
    if (s_.mention(m).type == EntityType::kPerson || s_.mention(m).how == MatchKind::kDemonym) {
      return false;
    }
    for (int k = HyphenJoined(m); k >= 0; k = HyphenJoined(k)) m = k;
    std::uint32_t t = s_.mention(m).end_token;
    // Plain nouns between: "the US-China trade talks", "border clashes".
    for (int k = 0; k < kMaxModifiers && s_.In(t + 1) && s_.Info(t).noun == kNoLemma &&
                    s_.MentionAt(t) < 0 && s_.IsPlainWord(t) && s_.IsLower(t);
         ++k) {
      ++t;
    }
    if (!s_.In(t) || s_.MentionAt(t) >= 0 || s_.Info(t).noun == kNoLemma) return false;
    // An agent noun there heads an agent phrase of the actor's: "Belarus military officers".
    if (s_.Has(t, kAgentNoun)) return false;
    const WordInfo& w = s_.Info(t);
    return w.verb == kNoLemma || (w.forms & (kFormThird | kFormPast | kFormParticiple)) == 0;
  }

  // The city or capital named as a place heading the phrase at `from` ("shelled the
  // northern city of Kharkiv", "struck Odesa"), standing for its country; none otherwise.
  Actors PlaceObject(std::uint32_t from, std::uint32_t* end) const {
    std::uint32_t t = from;
    for (int k = 0; k <= kMaxModifiers && s_.In(t) && s_.MentionAt(t) < 0 && IsModifier(t); ++k) {
      if (s_.Has(t, kPlaceNoun) && s_.IsOf(t + 1)) {
        t += 2;  // "the city of Kharkiv"
        break;
      }
      ++t;
    }
    const int m = s_.MentionAt(t);
    if (m < 0 || s_.mention(m).how != MatchKind::kPlace || s_.mention(m).first_token != t)
      return {};
    *end = s_.mention(m).end_token;
    return {m};
  }

  // The parties named before the event noun of the phrase at `from`: "an Israel-Hamas
  // truce", "the Cambodia-Thailand ceasefire" (Israel, Hamas); none when no name there
  // modifies an event noun.
  Actors EventParties(std::uint32_t from) const {
    std::uint32_t t = from;
    for (int k = 0; k <= kMaxModifiers && s_.In(t) && s_.MentionAt(t) < 0 && IsModifier(t); ++k) {
      ++t;
    }
    const int m = s_.MentionAt(t);
    if (m < 0 || !s_.IsActor(m) || !ModifiesEventNoun(m)) return {};
    Actors out;
    for (int k = m; k >= 0; k = HyphenJoined(k)) AddWithGroup(k, &out);
    return out;
  }

  // The actors heading the noun phrase that starts at `from` (after determiners, numbers
  // and modifiers), with those coordinated with it; `end` is set past the phrase.
  Actors ReadNounPhrase(std::uint32_t from, std::uint32_t* end) const {
    std::uint32_t t = from;
    // A hyphenated modifier ("high-ranking") counts as one word.
    for (int skipped = 0; s_.In(t) && skipped <= kMaxModifiers;
         skipped += s_.IsJoiningHyphen(t - 1) || s_.IsJoiningHyphen(t) ? 0 : 1) {
      const int m = s_.MentionAt(t);
      if (m >= 0 && IsCompoundModifier(m)) {
        t = s_.mention(m).end_token + 1;  // the word after the hyphen, a modifier
        continue;
      }
      if (m >= 0 && !IsPossessivePronoun(t)) {
        if (const int g = LeaderGovernmentAfter(m); g >= 0) {
          Actors out = {g};  // "Ortega's government": Nicaragua
          *end = s_.mention(g).end_token;
          return out;
        }
        if (!s_.IsActor(m)) return {};
        // "arrested French researcher Ana Ruiz": the person, not France.
        if (const int person = PersonAfterDemonym(m); person >= 0) {
          *end = s_.mention(person).end_token;
          return {person};
        }
        // "condemned Khan's arrest": an act done to Khan, by someone unnamed.
        if (PossessedPatientNoun(s_.mention(m).end_token) >= 0) return {};
        // "with ASEAN support", "the Cambodia-Thailand ceasefire": the actors modify an
        // event noun, the phrase's head, which is no actor.
        if (ModifiesEventNoun(m)) return {};
        Actors out;
        AddWithGroup(m, &out);
        *end = Coordinated(s_.mention(m).end_token, &out);
        return out;
      }
      if (s_.Has(t, kAgentNoun)) {
        std::uint32_t head = t;  // the last of a run: "the Rangers paramilitary force"
        while (s_.Has(head + 1, kAgentNoun) && s_.MentionAt(head + 1) < 0) ++head;
        // A noun used as a title before a person's name: "President-elect William Ruto",
        // "arrested journalist Ana Ruiz", "the opposition leader Raila Odinga" (the name's
        // own title follows); not "the forces Assad deployed".
        std::uint32_t after = head + 1;
        while (s_.IsJoiningHyphen(after) && s_.In(after + 1)) after += 2;
        if (const int named = s_.MentionAt(after);
            s_.IsActor(named) && s_.mention(named).first_token == after &&
            s_.mention(named).type == EntityType::kPerson && !OpensReducedRelative(named) &&
            (!s_.IsLower(head) || s_.IsLower(after) || !DeterminerIn(from, head))) {
          Actors out;
          AddWithGroup(named, &out);
          *end = Coordinated(s_.mention(named).end_token, &out);
          return out;
        }
        if (s_.Has(head + 1, kAgentLink)) {
          // "police in Lima", "the government in Nairobi", "the force from the Islamabad High
          // Court": the place's country; not for premises ("the embassy in Quito" may be
          // anyone's).
          if (const int place = PlaceAfterLink(head); place >= 0) {
            for (std::uint32_t u = t; u <= head; ++u) {
              if (s_.Has(u, kPremisesNoun)) return {};
            }
            const int agent = s_.ImpliedAgent(t, place);
            if (agent < 0) return {};
            *end = s_.mention(place).end_token;
            return {agent};
          }
          return ReadNounPhrase(head + 2, end);  // "the government of Rwanda"
        }
        // "former premier and opposition leader X": titles
        // without a determiner, coordinated before one person's name, are that person's.
        if (const int named = TitledPersonAfter(from, head); named >= 0) {
          Actors out = {named};
          *end = s_.mention(named).end_token;
          return out;
        }
        *end = head + 1;  // "arrested protesters": the sector of the first agent noun
        return Implied(t, false);
      }
      if ((s_.Has(t, kNumberWord) || s_.tokens().tokens[t].kind == TokenKind::kNumber) &&
          s_.Has(t + 1, kClaimLink)) {
        ++t;  // "dozens of protesters"
      } else if (!IsModifier(t)) {
        return {};
      }
      ++t;
    }
    return {};
  }

  // The person named right after demonym mention m and the words it qualifies: "French
  // researcher Ana Ruiz", "Nigerian-American journalist X", "Tunisian opposition leader X";
  // else -1.
  int PersonAfterDemonym(int m) const {
    if (s_.mention(m).how != MatchKind::kDemonym) return -1;
    std::uint32_t t = s_.mention(m).end_token;
    // Another demonym joined by a hyphen: "Nigerian-American".
    if (s_.IsJoiningHyphen(t) && s_.MentionAt(t + 1) >= 0 &&
        s_.mention(s_.MentionAt(t + 1)).how == MatchKind::kDemonym) {
      t = s_.mention(s_.MentionAt(t + 1)).end_token;
    }
    for (int k = 0; k <= kMaxModifiers && s_.In(t) && s_.MentionAt(t) < 0; ++k, ++t) {
      if (!s_.Has(t, kAgentNoun) && (!IsModifier(t) || s_.Has(t, kDeterminer))) return -1;
    }
    const int person = s_.MentionAt(t);
    return person >= 0 && s_.mention(person).first_token == t &&
                   s_.mention(person).type == EntityType::kPerson && !OpensReducedRelative(person)
               ? person
               : -1;
  }

  // Whether person mention m may be the subject of a relative clause without "that" about
  // the noun before it: a finite verb, or any word but one that ends a noun phrase
  // (punctuation, a preposition, a coordinator, an adverb...), follows it ("militants
  // Nasrallah commanded", "troops Putin had sent").
  bool OpensReducedRelative(int m) const {
    const std::uint32_t t = s_.mention(m).end_token;
    if (!s_.In(t) || s_.tokens().tokens[t].kind == TokenKind::kPunct || s_.IsPossessive(t)) {
      return false;
    }
    constexpr StructureFlags kPhraseEnd = kPreposition | kCoordinatorWord | kSubordinator |
                                          kRelativeWord | kAdverb | kTimeWord | kAgentMarkerWord |
                                          kInfinitiveMarker;
    return StartsClause(t) || !s_.Has(t, kPhraseEnd);
  }

  // Whether a determiner stands in tokens [from, to].
  bool DeterminerIn(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t u = from; u <= to; ++u) {
      if (s_.Has(u, kDeterminer)) return true;
    }
    return false;
  }

  // A person named by a title chain after the agent phrase from..head, a coordinator and
  // the modifiers or agent nouns of the next title ("former prime minister and current
  // party leader Y"), when no determiner opens the phrase; else -1.
  int TitledPersonAfter(std::uint32_t from, std::uint32_t head) const {
    if (DeterminerIn(from, head)) return -1;
    // Offices, not crowds or forces: "protesters and opposition leader X" are two actors.
    if (!s_.Has(head, kOfficeAgent) || !s_.Has(head + 1, kCoordinatorWord)) return -1;
    std::uint32_t t = head + 2;
    for (int k = 0; k <= kMaxModifiers && s_.In(t) && s_.MentionAt(t) < 0 &&
                    !s_.Has(t, kDeterminer) && (IsModifier(t) || s_.Has(t, kAgentNoun));
         ++k) {
      ++t;
    }
    const int m = s_.MentionAt(t);
    if (m < 0 || s_.mention(m).first_token != t || s_.mention(m).type != EntityType::kPerson ||
        s_.mention(m).how != MatchKind::kTitle) {
      return -1;
    }
    return m;
  }

  // The actor of an act named by an event noun at the head of the phrase at `from`, after
  // "by", or after "of" when the noun's frames do not take "of" for their target:
  // "welcomed the visit of the Nigerian foreign minister" (the minister), "condemned the
  // attack by Kenya"; not "condemned the invasion of Ukraine" (invasion of:O, the target).
  Actors ActOfActor(std::uint32_t from, std::uint32_t* end) const {
    std::uint32_t t = from;
    auto act = [&](std::uint32_t u) { return s_.Info(u).noun != kNoLemma || s_.Has(u, kActNoun); };
    for (int k = 0;
         k <= kMaxModifiers && s_.In(t) && s_.MentionAt(t) < 0 && !act(t) && IsModifier(t); ++k) {
      ++t;
    }
    if (!s_.In(t + 1) || s_.MentionAt(t) >= 0 || !act(t)) return {};
    const bool by = s_.Has(t + 1, kAgentMarkerWord);
    const bool of = s_.IsOf(t + 1);
    if (!by && !(of && !NounTakesTarget(t, s_.Key(t + 1)))) return {};
    return ReadNounPhrase(t + 2, end);
  }

  // Whether the phrase at t is "each other" or "one another".
  bool IsReciprocal(std::uint32_t t) const {
    return s_.Has(t, kReciprocalFirst) && s_.Has(t + 1, kReciprocalSecond) && s_.MentionAt(t) < 0 &&
           !s_.IsPlainWord(t + 2) && !s_.Has(t + 2, kAgentNoun);
  }

  // Whether frame f's object after `from` is reciprocal: the direct object, or the object
  // of the first of its prepositions within the clause ("fired at each other").
  bool ReciprocalObject(std::uint32_t from, const Frame& f) const {
    if (f.slot == SlotKind::kDirect) return IsReciprocal(from);
    if (f.slot != SlotKind::kPrep) return false;
    for (std::uint32_t t = from; s_.In(t) && t < from + kMaxPrepSearch && !EndsClause(t); ++t) {
      if (std::find(f.preps.begin(), f.preps.end(), s_.Key(t)) != f.preps.end()) {
        return IsReciprocal(t + 1);
      }
    }
    return false;
  }

  // The patient noun possessed by the phrase ending at `end` (its possessive marker there),
  // with no "of" phrase after it — "Khan's arrest", "the envoy's sudden expulsion" — or -1.
  std::int64_t PossessedPatientNoun(std::uint32_t end) const {
    if (!s_.IsPossessive(end)) return -1;
    std::uint32_t t = end + 1;
    for (int k = 0; k < kMaxModifiers && s_.In(t) && !s_.Has(t, kPatientNoun) &&
                    s_.MentionAt(t) < 0 && IsModifier(t);
         ++k) {
      ++t;
    }
    if (!s_.Has(t, kPatientNoun) || s_.IsOf(t + 1)) return -1;
    return t;
  }

  // Whether a frame of the event noun at t takes its target after the preposition `prep`.
  bool NounTakesTarget(std::uint32_t t, std::uint64_t prep) const {
    const auto& by_lemma = s_.table().noun_target_preps;
    const std::uint32_t lemma = s_.Info(t).noun;
    return lemma < by_lemma.size() &&
           std::binary_search(by_lemma[lemma].begin(), by_lemma[lemma].end(), prep);
  }

  // Whether the noun phrase ending at `end` is the subject of a clause that follows it
  // without "that" — "warned Iran would retaliate", "warned Argentina's economy could
  // shrink" — and so no object of the verb before it. The clause starts with a modal, an
  // auxiliary or a finite verb group, after the phrase's head noun if the actor is a
  // possessor or a demonym.
  bool SubjectOfBareClause(std::uint32_t end) const {
    std::uint32_t t = end + (s_.IsPossessive(end) ? 1 : 0);
    // The phrase's head after a possessor or a demonym: "India's army", "Bolivian officials".
    for (int words = 0;
         words <= kMaxModifiers && !StartsClause(t) && (s_.IsPlainWord(t) || s_.Has(t, kAgentNoun));
         ++words) {
      ++t;
    }
    return StartsClause(t);
  }

  bool FiniteVerbBefore(std::uint32_t t) const {
    return std::any_of(st_.verbs.begin(), st_.verbs.end(),
                       [&](const VerbGroup& g) { return g.finite && g.head < t; });
  }

  bool StartsClause(std::uint32_t t) const {
    if (s_.MentionAt(t) >= 0) return false;
    if (s_.Has(t, kModal | kAuxBe | kAuxHave | kAuxDo)) return true;
    for (const VerbGroup& g : st_.verbs) {
      if (g.first_token == t) return g.finite && g.clause != ClauseKind::kInfinitive;
    }
    return false;
  }

  // After a preposition of `preps` found within `limit` tokens of `from` (not crossing a
  // clause or another verb): its noun phrase's actors.
  Actors PrepObject(std::uint32_t from, const std::vector<std::uint64_t>& preps, int limit,
                    std::uint32_t* end = nullptr, std::uint32_t* prep = nullptr) {
    std::uint32_t unused = 0, unused_prep = 0;
    if (end == nullptr) end = &unused;
    if (prep == nullptr) prep = &unused_prep;
    for (std::uint32_t t = from; s_.In(t) && t < from + static_cast<std::uint32_t>(limit); ++t) {
      if (EndsClause(t) || GroupAt(t) >= 0) return {};
      const int m = s_.MentionAt(t);
      if (m >= 0) {
        t = s_.mention(m).end_token - 1;
        continue;
      }
      if (std::find(preps.begin(), preps.end(), s_.Key(t)) != preps.end()) {
        *prep = t;
        return ReadNounPhrase(t + 1, end);
      }
    }
    return {};
  }

  // "the arrest of Ugandan activists by Kenya": a noun's by-phrase after its object.
  Actors ByPhrase(std::uint32_t t) const {
    while (s_.In(t) && s_.MentionAt(t) < 0 && s_.Has(t, kAgentNoun) &&
           !s_.Has(t, kAgentMarkerWord)) {
      ++t;  // the rest of the object's phrase: "Ugandan activists"
    }
    if (!s_.Has(t, kAgentMarkerWord)) return {};
    std::uint32_t end = 0;
    return ReadNounPhrase(t + 1, &end);
  }

  // "After talks with Greece, Turkey said": an event noun in a phrase that opens the
  // sentence with an opening_event_preposition, its object ending (after an optional time
  // expression) at the phrase's comma, is done by the subject of the first finite active
  // verb of the main clause after it.
  Actors OpeningPhraseSubjects(std::uint32_t noun, std::uint32_t object_end) {
    const std::uint32_t first = s_.first();
    if (!s_.Has(first, kOpeningEventPreposition)) return {};
    for (std::uint32_t u = first + 1; u < noun; ++u) {
      if (s_.MentionAt(u) >= 0 || !(s_.Has(u, kDeterminer) || IsModifier(u))) return {};
    }
    std::uint32_t comma = object_end;
    for (int k = 0; s_.In(comma) && k < kMaxTimeExpressionWords &&
                    s_.Has(comma, kPreposition | kTimeWord | kNumberWord | kDeterminer);
         ++k) {
      ++comma;
    }
    if (!s_.In(comma) || !s_.IsPunct(comma, ',')) return {};
    for (std::size_t g = 0; g < st_.verbs.size(); ++g) {
      const VerbGroup& v = st_.verbs[g];
      if (v.first_token <= comma || !v.finite) continue;
      if (v.clause != ClauseKind::kMain || v.voice != Voice::kActive) return {};
      return Subjects(static_cast<int>(g));
    }
    return {};
  }

  // Whether the direct object whose actor phrase ends at `end` is followed, within its
  // clause, by an evaluation word with `flag` ("called Milei's remarks 'unacceptable'",
  // "described Kenya as a reliable partner"). The possessor of an event noun is not
  // evaluated ("called Khan's arrest a kidnapping": who arrested is unsaid).
  bool EvaluatedObject(const Actors& objects, std::uint32_t end, StructureFlags flag) const {
    std::uint32_t t = end;
    const bool possessor = !objects.empty() && s_.mention(objects.back()).possessive;
    if (possessor || s_.IsPossessive(t)) {
      if (s_.IsPossessive(t)) ++t;
      for (int k = 0; s_.In(t) && k <= kMaxModifiers && s_.MentionAt(t) < 0 && GroupAt(t) < 0;
           ++k, ++t) {
        if (s_.Info(t).noun != kNoLemma) return false;
        if (!IsModifier(t) && !s_.Has(t, kAgentNoun)) break;
      }
    }
    return EvaluationAfter(t, flag);
  }

  // An evaluation word with `flag` from t on, within the clause ("as" may come first).
  bool EvaluationAfter(std::uint32_t t, StructureFlags flag) const {
    for (std::uint32_t u = t; s_.In(u) && u < t + kMaxEvaluationGap; ++u) {
      if (s_.Has(u, flag)) return true;
      if (s_.MentionAt(u) >= 0 || GroupAt(u) >= 0) return false;
      if (EndsClause(u) && !(u == t && s_.Has(u, kSubordinator))) return false;  // "as"
    }
    return false;
  }

  // The position after the frame's words, each found within a short gap, or nullopt. A
  // word marked in `joined` (Frame::joined: a later part of a hyphenated word) must be the
  // next token.
  std::optional<std::uint32_t> MatchWords(std::uint32_t from,
                                          const std::vector<std::uint64_t>& words,
                                          std::uint64_t joined = 0) const {
    std::uint32_t t = from;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::uint64_t w = words[i];
      if (i < 64 && (joined >> i & 1u) != 0) {
        if (!s_.In(t) || s_.Key(t) != w) return std::nullopt;
        ++t;
        continue;
      }
      int gap = 0;
      while (s_.In(t) && s_.Key(t) != w) {
        // A time expression between the words is not counted: "agreed on Monday to".
        if (const std::uint32_t e = TimeExpressionEnd(t); e > t) {
          t = e;
          continue;
        }
        // A demonym may modify a phrase word: "recalled the Spanish ambassador".
        const int m = s_.MentionAt(t);
        const bool demonym = m >= 0 && s_.mention(m).how == MatchKind::kDemonym;
        // A hyphen joins words into one modifier ("water-sharing"): it is not counted.
        // Nor is a quantity's number or link ("sent 27 tonnes of supplies"), nor a list's
        // comma or "and" between plain words ("sent engineers, doctors and aid workers").
        const bool list = ListJoint(t);
        const bool quantity = IsQuantityToken(t) || CurrencyPrefix(t);  // "US$40,000 in aid"
        if (!s_.IsPunct(t, '-') && !quantity && !list && ++gap > kMaxPhraseGap) {
          return std::nullopt;
        }
        const bool hyphenated = s_.IsPunct(t - 1, '-');  // "water-sharing agreement"
        // So may an agent noun or a verb form outside any verb group, as a noun modifier
        // right before the phrase's next word, a noun: "signed a military agreement",
        // "scrapped its trade pact" (not "called the strikes on", a noun phrase's head).
        const bool noun_modifier =
            m < 0 && s_.IsLower(t) && GroupAt(t) < 0 &&
            (s_.Has(t, kAgentNoun) || (s_.Flags(t) & ~kPlainWordClasses) == 0) && s_.In(t + 1) &&
            s_.Key(t + 1) == w && !s_.Has(t + 1, kPreposition);
        if (!(IsModifier(t) || demonym || hyphenated || list || noun_modifier || quantity)) {
          return std::nullopt;
        }
        ++t;
      }
      if (!s_.In(t)) return std::nullopt;
      ++t;
    }
    return t;
  }

  // "Kenya renewed calls on Uganda", "ordered Khan's arrest": the object of a light verb at
  // q is its subject's act — unless the verb is negated or an infinitive, whose act may not
  // have happened. No light verb there: none.
  Actors LightVerbSubjects(std::int64_t q, bool* light_verb) {
    if (!s_.In(q) || !s_.Has(static_cast<std::uint32_t>(q), kLightVerb)) return {};
    const int h = GroupAt(static_cast<std::uint32_t>(q));
    if (h < 0) return {};
    const VerbGroup& g = st_.verbs[static_cast<std::size_t>(h)];
    if (g.voice != Voice::kActive || g.negated || g.clause == ClauseKind::kInfinitive) return {};
    *light_verb = true;
    return Subjects(h);
  }

  // The first position at or left of p that is no modifier word (no mention, at most
  // kMaxModifiers back): "the Kenyan [capital]", "Khan's [sudden] arrest".
  std::int64_t BeforeModifiers(std::int64_t p) const {
    for (int k = 0;
         k < kMaxModifiers && s_.In(p) && s_.MentionAt(static_cast<std::uint32_t>(p)) < 0 &&
         IsModifier(static_cast<std::uint32_t>(p));
         ++k) {
      --p;
    }
    return p;
  }

  // The one an event noun at t is done to when its possessor is ("Khan's arrest", "ordered
  // Imran Khan's arrest": Khan), or none: a patient noun with no "of" phrase after it.
  Actors PatientPossessor(std::uint32_t t) const {
    const std::int64_t p = BeforeModifiers(static_cast<std::int64_t>(t) - 1);
    if (!s_.In(p) || PossessedPatientNoun(static_cast<std::uint32_t>(p)) != t) return {};
    const int m = s_.MentionAt(static_cast<std::uint32_t>(p) - 1);
    return s_.IsActor(m) ? Actors{m} : Actors{};
  }

  // The agent phrases of sentence `sentence` whose country only this stage finds — "police"
  // where the story is set, "police in Lima" — as mentions (how: agent) from the phrase's
  // determiner to its head. A phrase whose country a mention in it names ("Turkish police",
  // "Rwanda's government", "the government of Rwanda") is that mention's already; one with
  // no country known is none.
  void AgentMentions(std::uint32_t sentence, std::vector<Mention>* out) {
    auto bare = [&](std::int64_t t) {
      return s_.In(t) && s_.Has(static_cast<std::uint32_t>(t), kAgentNoun) &&
             s_.MentionAt(static_cast<std::uint32_t>(t)) < 0;
    };
    const bool story_only = s_.SetInStoryOnly();
    for (std::uint32_t t = s_.first(); t < s_.end(); ++t) {
      if (!bare(t) || bare(static_cast<std::int64_t>(t) - 1)) continue;
      std::uint32_t head = t;
      while (bare(head + 1)) ++head;
      // Only where the country is sure enough for a mention: a place after a link ("police
      // in Lima"), or the story's country in a sentence that names no place. An earlier
      // owner ("India's ministry ... the ministry") or a sentence's own place lends agents
      // their country for events, but as mentions these were right little more than half
      // of the time on the dev split.
      const bool linked = PlaceAfterLink(head) >= 0;
      if ((!linked && !story_only) || !HeadsPhrase(t, head) || OwnedByMention(t)) continue;
      if (!linked && s_.HasEarlierOwner(t)) continue;
      std::uint32_t end = 0;
      const Actors actors = ReadNounPhrase(t, &end);
      if (actors.size() != 1 || !s_.IsImplied(actors[0])) continue;
      std::uint32_t first = t;  // back over its modifiers: "the 30 individuals", "law enforcement"
      for (int k = 0; k < kMaxModifiers && s_.In(first - 1) && s_.MentionAt(first - 1) < 0 &&
                      IsModifier(first - 1) && !s_.Has(first - 1, kRelativeWord | kSubordinator);
           ++k) {
        if (s_.Has(--first, kDeterminer)) break;  // the phrase starts there
      }
      Mention m = s_.mention(actors[0]);
      m.first_token = first;
      m.end_token = head + 1;
      m.begin = s_.tokens().tokens[first].begin;
      m.end = s_.tokens().tokens[head].end;
      m.sentence = sentence;
      m.how = MatchKind::kAgent;
      m.sector = s_.ImpliedSector(actors[0]);
      m.role = kNoRole;
      m.role_of = kNoEntity;
      m.possessive = false;
      m.plural = false;
      out->push_back(m);
    }
  }

  // The subjects of an event noun at t: "Iran's visit", "US sanctions", "a visit by X".
  // `light_verb` is set when they are a light verb's subjects.
  Actors NounSubjects(std::uint32_t t, std::uint32_t* after, bool* light_verb) {
    *after = t + 1;
    *light_verb = false;
    if (s_.Has(t + 1, kAgentMarkerWord)) {
      std::uint32_t end = 0;
      Actors by = ReadNounPhrase(t + 2, &end);
      if (!by.empty()) {
        *after = end;
        return by;
      }
    }
    std::int64_t p = static_cast<std::int64_t>(t) - 1;
    // A quantity's numbers and links are not counted: "announced $5 million in aid".
    for (int k = 0; k < kMaxNounSubjectModifiers && s_.In(p) &&
                    s_.MentionAt(static_cast<std::uint32_t>(p)) < 0 &&
                    IsModifier(static_cast<std::uint32_t>(p)) &&
                    !s_.IsPossessive(static_cast<std::uint32_t>(p));
         k += IsQuantityToken(static_cast<std::uint32_t>(p)) ? 0 : 1) {
      --p;
    }
    if (!s_.In(p)) return {};
    auto q = static_cast<std::uint32_t>(p);
    const bool possessor = s_.IsPossessive(q);
    if (possessor && PossessedPatientNoun(q) == t) {
      // "ordered Khan's arrest": Khan undergoes it (PatientPossessor), the orderer does it.
      const int m = s_.MentionAt(q - 1);
      if (m < 0) return {};
      return LightVerbSubjects(static_cast<std::int64_t>(s_.mention(m).first_token) - 1,
                               light_verb);
    }
    if (possessor) {
      --q;
      if (s_.In(q) && s_.MentionAt(q) < 0 && s_.Has(q, kAgentNoun)) {
        return NounPhraseOwner(q);  // "Kenyan police's arrest of"
      }
    }
    if (!possessor && s_.Has(q, kLightVerb) && GroupAt(q) >= 0) {
      return LightVerbSubjects(q, light_verb);
    }
    const int m = s_.MentionAt(q);
    if (!s_.IsActor(m) || s_.mention(m).end_token != q + 1) return {};
    if (IsCompoundModifier(m)) return {};  // "Iran-backed attacks": the backer acts not
    // "the Cambodia-Thailand ceasefire": both.
    const std::uint32_t b = s_.mention(m).first_token;
    if (s_.IsJoiningHyphen(b - 1)) {
      const int left = s_.MentionAt(b - 2);
      if (s_.IsActor(left) && s_.mention(left).end_token == b - 1 && !InPrepPhrase(left)) {
        return {left, m};
      }
    }
    // A possessor is the noun's actor inside a prepositional phrase too: "a staging ground
    // for Russia's invasion of Ukraine"; so is a demonym or an abbreviation after a word
    // that also opens clauses ("after EU sanctions on Iran"). A full name there may be the
    // target ("after Iran sanctions were lifted"), as after a topic's preposition ("talks
    // on Iran sanctions").
    const MatchKind how = s_.mention(m).how;
    const bool actor_modifier = how == MatchKind::kDemonym || how == MatchKind::kAlias;
    if (!possessor && InPrepPhrase(m) && !(actor_modifier && s_.Has(b - 1, kSubordinator))) {
      return {};
    }
    return {m};
  }

  // The patient of a passive, which may be any noun with an actor modifier: "A British
  // tanker was seized by Iran" (the UK's).
  Actors PassivePatients(int gi) {
    const VerbGroup& g = st_.verbs[static_cast<std::size_t>(gi)];
    const std::int64_t p = static_cast<std::int64_t>(g.first_token) - 1;
    if (s_.In(p)) {
      const auto t = static_cast<std::uint32_t>(p);
      if (s_.MentionAt(t) < 0 && IsModifier(t) && s_.IsLower(t)) {
        return NounPhraseOwner(t, /*any_head=*/true);
      }
    }
    return Subjects(gi);
  }

 private:
  // A word that may stand inside a noun phrase before its head: a determiner, a number, an
  // adverb, a possessive pronoun ("its ambassador"), a hyphen ("two-day") or an unknown
  // lower-case word (an adjective).
  bool IsNumber(std::int64_t t) const {
    if (!s_.In(t)) return false;
    const auto u = static_cast<std::uint32_t>(t);
    return s_.MentionAt(u) < 0 &&
           (s_.Has(u, kNumberWord) || s_.tokens().tokens[u].kind == TokenKind::kNumber);
  }

  // A part of a quantity before the noun it measures: "$" before a number, "of"/"in" after a
  // number or its unit ("27 tonnes of supplies", "$5 million in aid", "dozens of").
  bool IsQuantityPart(std::uint32_t t) const {
    if (!s_.Has(t, kQuantityPart)) return false;
    if (s_.tokens().tokens[t].kind != TokenKind::kWord) return IsNumber(t + 1);
    const std::int64_t p = static_cast<std::int64_t>(t) - 1;
    if (s_.In(p) && s_.Has(static_cast<std::uint32_t>(p), kMeasureNoun))
      return true;  // "a batch of"
    return IsNumber(p) ||
           (s_.In(p) && s_.IsPlainWord(static_cast<std::uint32_t>(p)) && IsNumber(p - 1));
  }

  // A word joined to the currency sign after it, before a number: "US$40,000", "HK$5".
  bool CurrencyPrefix(std::uint32_t t) const {
    const auto& tokens = s_.tokens().tokens;
    return s_.In(t) && s_.In(t + 2) && tokens[t].kind == TokenKind::kWord &&
           tokens[t + 1].kind != TokenKind::kWord && tokens[t + 1].begin == tokens[t].end &&
           s_.Has(t + 1, kQuantityPart) && IsNumber(t + 2);
  }

  // The country mention of a leader's government right after person mention m ("Ortega's
  // government", ResolveLeaderGovernments()), or -1.
  int LeaderGovernmentAfter(int m) const {
    const Mention& x = s_.mention(m);
    if (x.type != EntityType::kPerson) return -1;
    const std::uint32_t noun = x.end_token + (x.possessive || s_.IsPossessive(x.end_token) ? 1 : 0);
    const int g = s_.MentionAt(noun);
    if (g < 0 || g == m) return -1;
    const Mention& y = s_.mention(g);
    return y.first_token == noun && y.how == MatchKind::kRole && y.type == EntityType::kCountry &&
                   s_.Has(noun, kAgentNoun)
               ? g
               : -1;
  }

  // A comma or coordinator between two plain words of a list of nouns.
  bool ListJoint(std::uint32_t t) const {
    if (!s_.IsPunct(t, ',') && !s_.Has(t, kCoordinatorWord)) return false;
    return s_.IsPlainWord(t - 1) && (s_.IsPlainWord(t + 1) || s_.Has(t + 1, kCoordinatorWord));
  }

  bool IsQuantityToken(std::uint32_t t) const { return IsNumber(t) || IsQuantityPart(t); }

  bool IsModifier(std::uint32_t t) const {
    if (s_.Has(t, kDeterminer | kNumberWord | kAdverb)) return true;
    if (IsQuantityPart(t) || s_.Has(t, kMeasureNoun)) return true;
    if (IsPossessivePronoun(t) || s_.IsJoiningHyphen(t)) return true;
    // The last part of a hyphenated modifier, which may be a verb form ("well-known").
    if (s_.IsJoiningHyphen(t - 1) && s_.MentionAt(t) < 0 && GroupAt(t) < 0 && s_.IsLower(t)) {
      return true;
    }
    if (s_.MentionAt(t) < 0 && s_.tokens().tokens[t].kind == TokenKind::kNumber) return true;
    return s_.MentionAt(t) < 0 && s_.IsPlainWord(t);
  }

  // A name joined by a hyphen to the lower-case word after it: "a Kremlin-backed party",
  // "a rebel-held Syrian town", "US-made drones" — a modifier, not the phrase's head.
  bool IsCompoundModifier(int m) const {
    const std::uint32_t e = s_.mention(m).end_token;
    return s_.IsJoiningHyphen(e) && s_.MentionAt(e + 1) < 0 && s_.IsLower(e + 1);
  }

  bool IsPossessivePronoun(std::uint32_t t) const {
    const int m = s_.MentionAt(t);
    return m >= 0 && s_.mention(m).how == MatchKind::kPronoun && s_.mention(m).possessive &&
           s_.mention(m).end_token == t + 1;
  }

  bool EndsClause(std::uint32_t t) const {
    return s_.IsPunct(t, ',') || s_.IsPunct(t, ';') || s_.IsPunct(t, ':') ||
           s_.Has(t, kSubordinator | kRelativeWord);
  }

  // Whether the mention is the object of a preposition ("to" before a name is one).
  bool InPrepPhrase(int m) const {
    const std::uint32_t b = s_.mention(m).first_token;
    return s_.In(static_cast<std::int64_t>(b) - 1) && s_.Has(b - 1, kPreposition);
  }

  // "the two countries": every mention sharing m's span (a plural description's members).
  void AddWithGroup(int m, Actors* out) const {
    const Mention& x = s_.mention(m);
    int first = m;
    while (first > 0 && s_.mention(first - 1).begin == x.begin &&
           s_.mention(first - 1).end == x.end) {
      --first;
    }
    for (int k = first; k < static_cast<int>(s_.mention_count()) &&
                        s_.mention(k).begin == x.begin && s_.mention(k).end == x.end;
         ++k) {
      if (s_.IsActor(k)) out->push_back(k);
    }
  }

  // Adds the actors joined to a phrase ending at `t` by commas and "and"; returns the end.
  // A list ends in a coordinator ("B, C and D"): actors joined only by commas are kept if
  // a coordinator joins the last one ("Nepal, Indian officials said" is no list).
  std::uint32_t Coordinated(std::uint32_t t, Actors* out) const {
    const std::size_t head = out->size();
    std::size_t before_comma_run = out->size();
    std::uint32_t end_before = t;
    bool last_by_coordinator = true;
    while (s_.In(t) && (s_.IsPunct(t, ',') || s_.Has(t, kCoordinatorWord))) {
      std::uint32_t u = t + 1;
      const bool coordinator =
          s_.Has(t, kCoordinatorWord) || (s_.IsPunct(t, ',') && s_.Has(u, kCoordinatorWord));
      if (s_.IsPunct(t, ',') && s_.Has(u, kCoordinatorWord)) ++u;
      while (s_.Has(u, kDeterminer) && s_.MentionAt(u) < 0) ++u;
      const int m = s_.MentionAt(u);
      if (!s_.IsActor(m) || s_.mention(m).first_token != u) break;
      // "signed a deal with the EU and Kosovo refused ...": the subject of a new clause,
      // when the list already has its clause's verb ("Talks between A and B resumed").
      if (coordinator && StartsClause(s_.mention(m).end_token) && FiniteVerbBefore(u)) break;
      if (last_by_coordinator && !coordinator) {
        before_comma_run = out->size();
        end_before = t;
      }
      last_by_coordinator = coordinator;
      AddWithGroup(m, out);
      t = s_.mention(m).end_token;
    }
    if (!last_by_coordinator && out->size() > head) {
      out->resize(before_comma_run);
      return end_before;
    }
    return t;
  }

  // The actor m and those coordinated before it ("Iran, Russia and China").
  // A list ends in its coordinator ("A, B and C"): walking left from C, a comma first and
  // a coordinator later means the comma closed an earlier clause ("A met B and C, D met"),
  // and only m is returned.
  Actors CoordinatedLeft(int m) const {
    Actors out;
    AddWithGroup(m, &out);
    const Actors alone = out;
    bool comma_first = false, first = true, coordinated = false;
    std::int64_t p = static_cast<std::int64_t>(s_.mention(m).first_token) - 1;
    while (s_.In(p)) {
      if (s_.Has(static_cast<std::uint32_t>(p), kDeterminer) &&
          s_.MentionAt(static_cast<std::uint32_t>(p)) < 0) {
        --p;  // "the United States and the European Union"
        continue;
      }
      auto q = static_cast<std::uint32_t>(p);
      if (!s_.IsPunct(q, ',') && !s_.Has(q, kCoordinatorWord)) break;
      if (s_.Has(q, kCoordinatorWord) && !first && comma_first) return alone;
      if (first) comma_first = s_.IsPunct(q, ',');
      first = false;
      coordinated |= s_.Has(q, kCoordinatorWord);
      if (s_.Has(q, kCoordinatorWord) && s_.IsPunct(q - 1, ',')) --q;
      const int left = s_.MentionAt(q - 1);
      if (!s_.IsActor(left) || s_.mention(left).end_token != q) break;
      // "After talks with Greece, Turkey said"; but "the leaders of Iran, Iraq and Oman".
      const std::uint32_t lb = s_.mention(left).first_token;
      if (InPrepPhrase(left) && !(s_.Has(lb - 1, kAgentLink) && s_.Has(lb - 2, kAgentNoun))) break;
      Actors before;
      AddWithGroup(left, &before);
      out.insert(out.begin(), before.begin(), before.end());
      p = static_cast<std::int64_t>(s_.mention(left).first_token) - 1;
    }
    // A list of commas alone is a headline's ("India, Pakistan send help"), which opens the
    // sentence; "In a statement by his adviser, Femi Adesina, the president said" is none.
    if (comma_first && !coordinated && out.size() > alone.size() && s_.In(p)) return alone;
    return out;
  }

  Actors FindSubjects(int gi) {
    const VerbGroup& g = st_.verbs[static_cast<std::size_t>(gi)];
    if (g.shares_subject_with >= 0) return Subjects(g.shares_subject_with);
    if (g.clause == ClauseKind::kInfinitive) return Controller(gi);
    const std::int64_t p = static_cast<std::int64_t>(g.first_token) - 1;
    if (g.clause == ClauseKind::kParticiple && g.voice == Voice::kActive) {
      return ParticipleSubject(gi, p);
    }
    return ScanLeft(p);
  }

  // "..., accusing Y of": the main clause's subject; "accused X of supplying": X.
  Actors ParticipleSubject(int gi, std::int64_t p) {
    const auto t = static_cast<std::uint32_t>(p);
    if (s_.In(p) && s_.Has(t, kClaimLink)) {
      const int m = s_.MentionAt(t - 1);
      if (s_.IsActor(m) && s_.mention(m).end_token == t) return CoordinatedLeft(m);
      return {};
    }
    // "by sending", "after meeting": the main clause's subject; "against attacking",
    // "from sending": not asserted.
    const bool means = s_.Has(t, kSubordinator | kAgentMarkerWord);
    if (s_.In(p) && s_.Has(t, kPreposition) && !means) return {};
    if (s_.In(p) && !s_.IsPunct(t, ',') && !means) return ScanLeft(p);
    for (int k = gi - 1; k >= 0; --k) {
      if (st_.verbs[static_cast<std::size_t>(k)].finite) return Subjects(k);
    }
    // "Speaking in Paris, Macron said": a clause that opens the sentence belongs to the
    // subject of the verb after it; so does one after a time measure ("A day after meeting
    // Putin, Kim said", "Shortly before visiting").
    std::int64_t before = p;
    while (s_.In(before) && s_.Has(static_cast<std::uint32_t>(before), kSubordinator)) --before;
    while (s_.In(before) && s_.Has(static_cast<std::uint32_t>(before), kAdverb)) --before;
    if (s_.In(before) && s_.Has(static_cast<std::uint32_t>(before), kTimeWord)) {
      before =
          static_cast<std::int64_t>(SkipTimeExpression(static_cast<std::uint32_t>(before))) - 1;
    }
    if (s_.In(before)) return {};
    for (std::size_t k = static_cast<std::size_t>(gi) + 1; k < st_.verbs.size(); ++k) {
      if (st_.verbs[k].finite) return Subjects(static_cast<int>(k));
    }
    return {};
  }

  // Who does the infinitive: "X urged Y to sign" (Y), "X agreed to sign" (X), "X is
  // expected to visit" (X), "Iran to host talks" (Iran, a headline's future), "X met Y in
  // Madrid on Monday to urge" (X: an infinitive of purpose).
  Actors Controller(int gi) {
    const VerbGroup& g = st_.verbs[static_cast<std::size_t>(gi)];
    std::int64_t p = static_cast<std::int64_t>(g.first_token) - 1;
    while (s_.In(p) && s_.Has(static_cast<std::uint32_t>(p), kAdverb)) --p;
    if (!s_.In(p)) return {};
    const auto t = static_cast<std::uint32_t>(p);
    const int m = s_.MentionAt(t);
    if (m >= 0) {
      if (!s_.IsActor(m)) return {};
      if (IntentOwnerAfterOf(m)) return CoordinatedLeft(m);  // "the plan of Ghana to send"
      if (InPrepPhrase(m)) return PurposeController(gi);     // "travelled to Beijing to discuss"
      // "entered Somalia to fight": the object of a verb that gives its object no infinitive
      // is no controller; the infinitive is one of purpose.
      if (gi > 0 && IsPurposeAfterObject(st_.verbs[static_cast<std::size_t>(gi) - 1], m)) {
        return PurposeController(gi);
      }
      return CoordinatedLeft(m);
    }
    // "met the ambassador on Monday to urge", "sent a team to Kabul, to coordinate"
    if (s_.Has(t, kTimeWord) || s_.IsPunct(t, ',')) return PurposeController(gi);
    if (const int h = GroupAt(t); h >= 0) return Subjects(h);
    // "Kenya's decision to sign": the intent's owner; none named, no one.
    if (s_.Has(t, kIntentNoun)) return IntentOwner(t);
    if (s_.Has(t, kRaisingWord)) {
      std::int64_t q = p - 1;
      while (s_.In(q) && s_.Has(static_cast<std::uint32_t>(q), kAuxBe | kAdverb)) --q;
      return ScanLeft(q);
    }
    // "urged Kenyan police to": a request's object; "joined other leaders to congratulate":
    // after any other verb, an infinitive of purpose.
    if (s_.Has(t, kAgentNoun)) {
      const int k = GovernorOf(gi);
      const VerbGroup* governor = k >= 0 ? &st_.verbs[static_cast<std::size_t>(k)] : nullptr;
      if (governor != nullptr && !ControlsByObject(governor->lemma) &&
          !s_.Has(governor->head, kObjectControlVerb)) {
        return PurposeController(gi);
      }
      return ScanLeft(p);
    }
    return {};
  }

  // The possessor of the intent noun at t ("Kenya's surprise decision"), else none.
  Actors IntentOwner(std::uint32_t t) const {
    std::int64_t q = static_cast<std::int64_t>(t) - 1;
    for (int k = 0; k <= kMaxModifiers && s_.In(q); ++k, --q) {
      const auto u = static_cast<std::uint32_t>(q);
      if (const int m = s_.MentionAt(u); m >= 0) {
        return s_.IsActor(m) && s_.mention(m).possessive ? CoordinatedLeft(m) : Actors{};
      }
      if (s_.IsPossessive(u)) continue;
      if (!IsModifier(u) || s_.Has(u, kDeterminer)) break;
    }
    return {};
  }

  // Whether mention m follows "of" or "by" after an intent noun: "the plan of Ghana".
  bool IntentOwnerAfterOf(int m) const {
    std::int64_t p = static_cast<std::int64_t>(s_.mention(m).first_token) - 1;
    while (s_.In(p) && s_.MentionAt(static_cast<std::uint32_t>(p)) < 0 &&
           s_.Has(static_cast<std::uint32_t>(p), kDeterminer)) {
      --p;
    }
    if (!s_.In(p - 1)) return false;
    const auto link = static_cast<std::uint32_t>(p);
    return (s_.IsOf(link) || s_.Has(link, kAgentMarkerWord)) && s_.Has(link - 1, kIntentNoun);
  }

  // Whether mention m, right before an infinitive, is the direct object of group `before`
  // (nothing but determiners and modifiers between), a verb that gives its object no
  // infinitive: "entered Somalia to fight" (purpose), not "appointed Muhoozi to lead"
  // (object control) nor "says France to recognise" (a report's headline clause).
  bool IsPurposeAfterObject(const VerbGroup& before, int m) const {
    const std::uint32_t first = s_.mention(m).first_token;
    if (before.end_token > first || ControlsByObject(before.lemma) ||
        s_.Has(before.head, kObjectControlVerb | kReportVerbWord)) {
      return false;
    }
    for (std::uint32_t u = before.end_token; u < first; ++u) {
      if (s_.MentionAt(u) >= 0 || !IsModifier(u)) return false;
    }
    return true;
  }

  // The finite group before infinitive group gi, or -1.
  int GovernorOf(int gi) const {
    for (int k = gi - 1; k >= 0; --k) {
      if (st_.verbs[static_cast<std::size_t>(k)].finite) return k;
    }
    return -1;
  }

  // Whether some frame of the verb `lemma` gives its infinitive to its object ("urge").
  bool ControlsByObject(std::uint32_t lemma) const {
    const std::vector<bool>& object_control = s_.table().object_control;
    return lemma < object_control.size() && object_control[lemma];
  }

  // An infinitive of purpose is done by the subject of the finite verb before it; after
  // another infinitive, by that infinitive's doer ("allowed Ugandan troops to enter Somalia
  // to fight": the troops).
  Actors PurposeController(int gi) {
    if (gi > 0 && st_.verbs[static_cast<std::size_t>(gi) - 1].clause == ClauseKind::kInfinitive) {
      return Subjects(gi - 1);
    }
    for (int k = gi - 1; k >= 0; --k) {
      if (st_.verbs[static_cast<std::size_t>(k)].finite) return Subjects(k);
    }
    return {};
  }

  // The subject ending at p, scanning left over appositions and parentheses.
  Actors ScanLeft(std::int64_t p) {
    for (int steps = 0; steps < kMaxParenthetical && s_.In(p); ++steps) {
      const auto t = static_cast<std::uint32_t>(p);
      const int m = s_.MentionAt(t);
      if (m >= 0) return SubjectMention(m);
      if (s_.IsPunct(t, ',') || s_.IsPunct(t, ')')) {
        const std::optional<std::uint32_t> open = OpeningOf(t);
        if (!open) return {};
        p = static_cast<std::int64_t>(*open) - 1;
        continue;
      }
      if (s_.Has(t, kRelativeWord)) return Antecedent(t);
      if (s_.Has(t, kAdverb | kNegationWord | kAuxBe | kAuxHave | kAuxDo | kModal)) {
        --p;
        continue;
      }
      // "Kenya on Monday expelled", "Iran last week accused", "Mali on August 20 closed"
      if (s_.Has(t, kTimeWord) || (IsNumber(t) && s_.Has(t - 1, kTimeWord))) {
        p = static_cast<std::int64_t>(SkipTimeExpression(t)) - 1;
        continue;
      }
      // "Riot police in the Kenyan capital detained": a place noun's phrase, whose demonym
      // names where the agent before it is.
      if (s_.Has(t, kPlaceNoun) && s_.IsLower(t)) {
        const std::int64_t q = BeforeModifiers(p - 1);
        const int pm = s_.In(q) ? s_.MentionAt(static_cast<std::uint32_t>(q)) : -1;
        if (pm >= 0 && s_.mention(pm).end_token == q + 1) {
          if (Actors a = SubjectMention(pm); !a.empty()) return a;
        }
      }
      if (s_.Has(t, kAgentNoun) || (IsModifier(t) && s_.IsLower(t))) return NounPhraseOwner(t);
      return {};
    }
    return {};
  }

  // The end (exclusive) of the time expression starting at t ("on Monday", "last week",
  // "earlier this month", "on March 3", "on 3 March"), or t when none starts there:
  // prepositions, determiners, adverbs and numbers around at least one time word, the last
  // a time word or a number after one.
  std::uint32_t TimeExpressionEnd(std::uint32_t t) const {
    std::uint32_t end = t;
    bool timed = false;
    for (std::uint32_t u = t; u < t + kMaxTimeExpressionWords + 1 && InTimeExpression(u); ++u) {
      if (s_.Has(u, kTimeWord) || (timed && IsNumber(u))) {
        timed = true;
        end = u + 1;
      }
    }
    return timed ? end : t;
  }

  // Whether the token at t may be part of a time expression: a time word, or a preposition,
  // determiner, adverb or number around one.
  bool InTimeExpression(std::uint32_t t) const {
    return s_.In(t) && s_.MentionAt(t) < 0 &&
           (s_.Has(t, kPreposition | kDeterminer | kAdverb | kTimeWord | kNumberWord) ||
            IsNumber(t));
  }

  // The first token of the time expression ending at t ("on Saturday", "last week",
  // "earlier this month").
  std::uint32_t SkipTimeExpression(std::uint32_t t) const {
    std::uint32_t first = t;
    for (int k = 0; k < kMaxTimeExpressionWords && s_.In(static_cast<std::int64_t>(first) - 1);
         ++k) {
      if (!InTimeExpression(first - 1)) break;
      --first;
    }
    return first;
  }

  Actors SubjectMention(int m) const {
    if (!s_.IsActor(m)) return {};
    const std::uint32_t b = s_.mention(m).first_token;
    // "Thousands of Kenyans marched" (not "Three aides of Khan met").
    if (IsQuantityPart(b - 1) &&
        (IsNumber(static_cast<std::int64_t>(b) - 2) || s_.Has(b - 2, kMeasureNoun))) {
      return CoordinatedLeft(m);
    }
    // "after Somalia expelled": a word that can open a clause opens one before a subject.
    if (InPrepPhrase(m) && !s_.Has(b - 1, kSubordinator)) {
      // "the government of Rwanda", "police in Lima": the agent noun's country.
      if (s_.Has(b - 1, kAgentLink) && s_.Has(b - 2, kAgentNoun)) return {m};
      // "police in the (Russian) city of Kazan": past a place noun's phrase.
      if (s_.Has(b - 1, kAgentLink) && s_.Has(b - 2, kPlaceNoun)) {
        std::int64_t q = static_cast<std::int64_t>(b) - 3;
        for (int k = 0; k <= kMaxModifiers && s_.In(q) &&
                        (s_.Has(static_cast<std::uint32_t>(q), kDeterminer) ||
                         s_.MentionAt(static_cast<std::uint32_t>(q)) >= 0 ||
                         IsModifier(static_cast<std::uint32_t>(q)));
             ++k) {
          --q;
        }
        if (s_.Has(q, kAgentLink) && s_.Has(q - 1, kAgentNoun)) return {m};
      }
      return {};
    }
    return CoordinatedLeft(m);
  }

  // The comma or parenthesis that opens the parenthetical closed at t.
  std::optional<std::uint32_t> OpeningOf(std::uint32_t t) const {
    const bool paren = s_.IsPunct(t, ')');
    for (std::int64_t q = static_cast<std::int64_t>(t) - 1, k = 0;
         s_.In(q) && k < kMaxParenthetical; --q, ++k) {
      const auto u = static_cast<std::uint32_t>(q);
      if (paren ? s_.IsPunct(u, '(') : s_.IsPunct(u, ',')) return u;
      if (!paren && (s_.Has(u, kSubordinator) || s_.IsPunct(u, ';'))) return std::nullopt;
    }
    return std::nullopt;
  }

  // "Rwanda, which supports": the actor before the relative word.
  Actors Antecedent(std::uint32_t rel) const {
    std::int64_t q = static_cast<std::int64_t>(rel) - 1;
    if (s_.In(q) && s_.IsPunct(static_cast<std::uint32_t>(q), ',')) --q;
    if (!s_.In(q)) return {};
    const int m = s_.MentionAt(static_cast<std::uint32_t>(q));
    return s_.IsActor(m) ? Actors{m} : Actors{};
  }

  // A noun phrase ending at t whose head is no actor: its actor modifier if the head is an
  // agent noun ("Turkish security forces", "Rwanda's government"), else none.
  Actors NounPhraseOwner(std::uint32_t t, bool any_head = false) const {
    bool agent = any_head || s_.Has(t, kAgentNoun);
    std::int64_t q = static_cast<std::int64_t>(t) - 1;
    for (int k = 0; k < kMaxModifiers && s_.In(q); ++k, --q) {
      const auto u = static_cast<std::uint32_t>(q);
      const int m = s_.MentionAt(u);
      if (m >= 0) return agent && s_.IsActor(m) && !InPrepPhrase(m) ? CoordinatedLeft(m) : Actors{};
      if (s_.IsPossessive(u)) continue;
      if (s_.Has(u, kAgentNoun)) {
        agent = true;
      } else if (!IsModifier(u) || s_.Has(u, kDeterminer)) {
        break;
      }
    }
    return Implied(t, any_head);
  }

  // Whether the agent nouns t..head head a noun phrase of their own: not a modifier of the
  // noun after them ("a military coup", "government offices"), not part of a hyphenated
  // word ("anti-government") or, capitalised, of a name or title ("Prime Minister", "the
  // High Court") — "the Ministry" or "Police" opening a sentence alone is one.
  bool HeadsPhrase(std::uint32_t t, std::uint32_t head) const {
    if (s_.IsJoiningHyphen(t - 1) || s_.IsJoiningHyphen(head + 1)) return false;
    const std::uint32_t next = head + 1;
    if (s_.In(next) && s_.IsLower(next) && s_.MentionAt(next) < 0 && GroupAt(next) < 0 &&
        s_.Info(next).verb == kNoLemma &&
        (s_.Flags(next) & ~(kPlainWordClasses | kPremisesNoun | kMeasureNoun)) == 0) {
      return false;  // a noun after it: "government offices"
    }
    if (s_.IsLower(t)) return true;
    const bool name_before = s_.In(t - 1) && s_.IsWord(t - 1) && !s_.IsLower(t - 1);
    const bool name_after =
        s_.IsPossessive(next) || (s_.In(next) && s_.IsWord(next) && !s_.IsLower(next));
    return !name_before && !name_after;
  }

  // The place mention after a link after the agent noun at `head` — "police in Lima", "the
  // government in Niamey" (not "officials of the ministry", another agent) — or -1.
  int PlaceAfterLink(std::uint32_t head) const {
    if (!s_.Has(head + 1, kAgentLink)) return -1;
    std::uint32_t at = head + 2;
    while (s_.Has(at, kDeterminer) && s_.MentionAt(at) < 0) ++at;
    const int place = s_.MentionAt(at);
    return place >= 0 && s_.mention(place).how == MatchKind::kPlace ? place : -1;
  }

  // Whether an actor mention before the agent noun at t, across its modifiers and a
  // possessive marker, owns it: "Turkish security forces", "Rwanda's new government".
  bool OwnedByMention(std::uint32_t t) const {
    std::int64_t q = static_cast<std::int64_t>(t) - 1;
    for (int k = 0; k <= kMaxModifiers && s_.In(q); ++k, --q) {
      const auto u = static_cast<std::uint32_t>(q);
      const int m = s_.MentionAt(u);
      if (m >= 0) return s_.IsActor(m) || s_.mention(m).how == MatchKind::kPronoun;
      // A capitalised word is part of a name: "the Kenyan Interior Ministry".
      const bool capitalised = s_.IsWord(u) && !s_.IsLower(u) && GroupAt(u) < 0;
      if (!s_.IsPossessive(u) && !IsModifier(u) && !capitalised) return false;
    }
    return false;
  }

  // "police", "the protesters": an agent noun with no country of its own acts for the
  // country where the sentence is set.
  Actors Implied(std::uint32_t noun, bool any_head) const {
    if (any_head || !s_.Has(noun, kAgentNoun)) return {};
    const int m = s_.ImpliedAgent(noun);
    return m >= 0 ? Actors{m} : Actors{};
  }

  const SentenceTokens& s_;
  const SentenceStructure& st_;
  std::vector<std::optional<Actors>> subjects_;
  std::vector<int>& group_at_;
};

Argument ArgumentOf(const SentenceTokens& s, int m) {
  const Mention& x = s.mention(m);
  return {x.entity, {x.begin, x.end}};
}

class Emitter {
 public:
  Emitter(const SentenceTokens& s, const TokenizedText& tokens, std::uint32_t sentence,
          std::vector<RuleMatch>* out)
      : s_(s), tokens_(tokens), sentence_(sentence), out_(out), first_(out->size()) {}

  // Whether token t lies in the trigger of a match emitted for this sentence: "relief" in
  // "sent relief supplies to" is no event noun of its own.
  bool Covers(std::uint32_t t) const {
    const std::uint32_t at = tokens_.tokens[t].begin;
    for (std::size_t i = first_; i < out_->size(); ++i) {
      const ByteSpan trigger = (*out_)[i].trigger;
      if (trigger.begin <= at && at < trigger.end) return true;
    }
    return false;
  }

  // The negation of the verb group the next matches come from (unset: not a verb group).
  void SetNegated(std::optional<bool> negated) { negated_ = negated; }

  // One match per subject and object (pairs among the subjects for a symmetric frame
  // without object); true if any.
  // Each subject acting on each other one: a reciprocal object ("accused each other").
  bool EmitReciprocal(const Frame& f, const Actors& subjects, std::uint32_t head,
                      std::uint32_t last) {
    bool any = false;
    for (int a : subjects) {
      for (int b : subjects) {
        if (a != b && s_.mention(a).entity != s_.mention(b).entity) {
          any |= Add(f, a, b, head, last);
        }
      }
    }
    return any;
  }

  bool Emit(const Frame& f, const Actors& subjects, const Actors& objects, std::uint32_t head,
            std::uint32_t last) {
    bool any = false;
    if (f.pair && objects.empty() && subjects.size() < 2) return false;
    if (f.reverse) {  // "Morocco accepted aid from Spain": Spain acts
      for (int b : objects) {
        for (int a : subjects) any |= Add(f, b, a, head, last);
      }
      return any;
    }
    if (f.slot == SlotKind::kNone && !(f.symmetric && subjects.size() > 1)) {
      // A domestic act's target, none named: the government of the actor's country.
      for (int a : subjects) {
        if (!f.domestic) {
          any |= Add(f, a, -1, head, last);
        } else if (const int government = s_.ImpliedGovernment(head, a); government >= 0) {
          any |= Add(f, a, government, head, last);
        }
      }
      return any;
    }
    if (objects.empty() && f.symmetric && subjects.size() > 1) {
      for (std::size_t i = 0; i < subjects.size(); ++i) {
        for (std::size_t j = i + 1; j < subjects.size(); ++j) {
          any |= Add(f, subjects[i], subjects[j], head, last);
        }
      }
      return any;
    }
    for (int a : subjects) {
      for (int b : objects) any |= Add(f, a, b, head, last);
    }
    return any;
  }

 private:
  // The sector of the agent noun heading the actor's noun phrase: "Turkish police" (COP),
  // "Rwanda's government" (GOV), "the army of Mali" (MIL); kNone for a bare name.
  Sector SectorOf(int m) const {
    if (s_.IsImplied(m)) return s_.ImpliedSector(m);
    const Mention& x = s_.mention(m);
    if (x.type == EntityType::kPerson) return Sector::kNone;
    if (s_.IsPluralDemonym(m)) return Sector::kCvl;  // "Kenyans protested"
    // "Ortega's government": a country mention ending in its agent noun.
    if (x.how == MatchKind::kRole && s_.Has(x.end_token - 1, kAgentNoun)) {
      return s_.Info(x.end_token - 1).sector;
    }
    const std::uint32_t b = x.first_token;
    if (s_.Has(b - 1, kAgentLink) && s_.Has(b - 2, kAgentNoun)) return s_.Info(b - 2).sector;
    Sector found = Sector::kNone;
    std::uint32_t t = x.end_token;
    if (s_.IsPossessive(t)) ++t;
    for (int k = 0; k < kMaxSectorNounWords && s_.In(t) && s_.MentionAt(t) < 0; ++k, ++t) {
      if (s_.Has(t, kAgentNoun)) {
        if (found == Sector::kNone) found = s_.Info(t).sector;  // "opposition leaders": OPP
      } else if (!s_.IsPlainWord(t)) {
        break;
      }
    }
    return found;
  }

  // Whether mention m is the object of an "of" after a noun ("the visit of Ruto").
  bool InOfPhrase(int m) const {
    std::int64_t p = static_cast<std::int64_t>(s_.mention(m).first_token) - 1;
    for (int k = 0;
         k < kMaxModifiers && s_.In(p) && s_.MentionAt(static_cast<std::uint32_t>(p)) < 0 &&
         s_.Has(static_cast<std::uint32_t>(p), kDeterminer);
         ++k) {
      --p;
    }
    return s_.In(p) && s_.IsOf(static_cast<std::uint32_t>(p));
  }

  // A country acting on itself is an event only between two of its sectors ("the army
  // arrested opposition leaders").
  bool Add(const Frame& f, int a, int b, std::uint32_t head, std::uint32_t last) {
    auto allowed = [&](std::uint8_t types, int m) {
      return (types >> static_cast<unsigned>(s_.mention(m).type) & 1u) != 0;
    };
    // A typed object must head its phrase: the possessor in "attacked Ruto's convoy" is no
    // person attacked, nor is the one in "welcomed the visit of Ruto" welcomed.
    const bool typed_possessor =
        b >= 0 && f.object_types != 0xff && (s_.mention(b).possessive || InOfPhrase(b));
    if (!allowed(f.subject_types, a) || (b >= 0 && !allowed(f.object_types, b)) ||
        typed_possessor) {
      return false;
    }
    if (b >= 0 && s_.mention(a).entity == s_.mention(b).entity &&
        (SectorOf(a) == SectorOf(b) || SectorOf(a) == Sector::kNone ||
         SectorOf(b) == Sector::kNone)) {
      return false;
    }
    RuleMatch m;
    m.rule = f.rule;
    m.sentence = sentence_;
    m.subject = ArgumentOf(s_, a);
    m.subject.sector = SectorOf(a);
    if (b >= 0) {
      m.object = ArgumentOf(s_, b);
      m.object->sector = SectorOf(b);
    }
    m.predicate = f.predicate;
    m.trigger = {tokens_.tokens[head].begin, tokens_.tokens[last].end};
    m.negated = negated_;
    std::uint32_t begin = std::min(m.subject.span.begin, m.trigger.begin);
    std::uint32_t end = std::max(m.subject.span.end, m.trigger.end);
    if (m.object) {
      begin = std::min(begin, m.object->span.begin);
      end = std::max(end, m.object->span.end);
    }
    m.span = {begin, end};
    out_->push_back(std::move(m));
    return true;
  }

  const SentenceTokens& s_;
  const TokenizedText& tokens_;
  std::uint32_t sentence_;
  std::vector<RuleMatch>* out_;
  std::size_t first_;  // this sentence's first match in *out_
  std::optional<bool> negated_;
};

// The frames of a lemma that can match after `from`: those without words, and those whose
// first word is one of the next few tokens; longer phrases first, then in lexicon order.
void Candidates(const FrameTable& table, const SentenceTokens& s, bool noun, std::uint32_t lemma,
                std::uint32_t from, std::vector<std::uint32_t>* out,
                std::uint32_t words_before = 0) {
  out->clear();
  const auto& bare = noun ? table.bare_noun_frames : table.bare_verb_frames;
  out->insert(out->end(), bare[lemma].begin(), bare[lemma].end());
  // Hyphens inside the gap are not counted (MatchWords), so the window is wider. A
  // passive's phrase words stand before it ("sanctions were imposed"): `words_before`
  // tokens before `from`'s group are looked at too.
  const std::uint32_t lo = from > words_before + s.first() ? from - words_before : s.first();
  // The words of every frame that can match here lie after `lo`: a frame needing a word
  // absent from there is passed over without a look at its phrase.
  KeyBits present;
  for (std::uint32_t t = lo; s.In(t); ++t) present.Add(s.Key(t));
  auto take = [&](const std::vector<FrameTable::Listed>& list) {
    for (const FrameTable::Listed& f : list) {
      if (present.Has(f.second) && present.Has(f.last)) out->push_back(f.frame);
    }
  };
  const KeyBits& firsts = (noun ? table.noun_first_words : table.verb_first_words)[lemma];
  for (std::uint32_t t = lo; s.In(t) && t <= from + 2 * kMaxPhraseGap + 1; ++t) {
    if (!s.Info(t).first_word || !firsts.Has(KeyByte(s.Key(t)))) continue;
    const std::uint64_t key = FrameTable::FirstWordKey(noun, lemma, s.Key(t));
    if (!table.MayBeFirstWordKey(key)) continue;
    auto it = table.by_first_word.find(key);
    if (it == table.by_first_word.end()) continue;
    if (!it->second.empty()) {  // only a long list's is left empty
      take(it->second);
      continue;
    }
    // A long list: probed by each later word that is some frame's last word.
    const FrameTable::LongList& long_list = table.long_lists.at(key);
    const std::uint32_t reach = t + long_list.max_words * (2 * kMaxPhraseGap + 2);
    for (std::uint32_t u = t; s.In(u) && u <= reach; ++u) {
      if (!long_list.last_words.Has(KeyByte(s.Key(u)))) continue;
      auto last = table.by_first_and_last.find(FrameTable::LongKey(key, s.Key(u)));
      if (last != table.by_first_and_last.end()) take(last->second);
    }
  }
  std::sort(out->begin(), out->end(), [&](std::uint32_t a, std::uint32_t b) {
    const std::uint32_t la = table.word_counts[a], lb = table.word_counts[b];
    return la != lb ? la > lb : a < b;
  });
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

// The reference for Candidates(): every frame of the lemma, by a scan of the whole list,
// in the same order (longer phrases first, then lexicon order). Whatever the index passes
// over must be a frame that cannot match.
void ReferenceCandidates(const FrameTable& table, bool noun, std::uint32_t lemma,
                         std::vector<std::uint32_t>* out) {
  const auto& all = noun ? table.noun_frames : table.verb_frames;
  out->assign(all[lemma].begin(), all[lemma].end());
  std::sort(out->begin(), out->end(), [&](std::uint32_t a, std::uint32_t b) {
    const Frame& fa = table.frames[a];
    const Frame& fb = table.frames[b];
    const std::size_t la = fa.words.size() + fa.before.size();
    const std::size_t lb = fb.words.size() + fb.before.size();
    return la != lb ? la > lb : a < b;
  });
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

void FindCandidates(const FrameTable& table, const SentenceTokens& s, bool noun,
                    std::uint32_t lemma, std::uint32_t from, bool reference,
                    std::vector<std::uint32_t>* out, std::uint32_t words_before = 0) {
  if (reference) {
    ReferenceCandidates(table, noun, lemma, out);
  } else {
    Candidates(table, s, noun, lemma, from, out, words_before);
  }
}

// Whether a hyphenated verb's parts before its head (Frame::before) stand directly before
// the head token: "re - imposed".
bool PartsBefore(const SentenceTokens& s, std::uint32_t head,
                 const std::vector<std::uint64_t>& before) {
  if (head < s.first() + before.size()) return false;
  const std::uint32_t first = head - static_cast<std::uint32_t>(before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (s.Key(first + static_cast<std::uint32_t>(i)) != before[i]) return false;
  }
  return true;
}

// Returns the frame that matched, or nullptr.
const Frame* MatchVerbGroup(const FrameTable& table, Roles& roles, const SentenceTokens& s,
                            const VerbGroup& g, int gi, Emitter& emit, bool reference,
                            std::vector<std::uint32_t>* candidates) {
  // A passive's phrase words stand before it ("sanctions were imposed"), and so may an
  // object relative clause's ("the sanctions it imposed"), before its subject.
  std::uint32_t words_before = 0;
  if (g.voice == Voice::kPassive) {
    words_before = g.end_token - g.first_token + kPassiveReach;
  } else if (const int m = s.MentionAt(g.first_token - 1); m >= 0 && g.finite) {
    words_before = g.end_token - s.mention(m).first_token + kPassiveReach;
  }
  FindCandidates(table, s, false, g.lemma, g.end_token, reference, candidates, words_before);
  for (std::uint32_t fi : *candidates) {
    const Frame& f = table.frames[fi];
    if (!f.before.empty() && !PartsBefore(s, g.head, f.before)) continue;
    const std::uint32_t first = g.head - static_cast<std::uint32_t>(f.before.size());
    Actors subjects, objects;
    if (g.voice == Voice::kPassive && !f.words.empty()) {
      if (f.slot != SlotKind::kPrep || !roles.PassivePhrase(g, f, &objects, &subjects)) continue;
      if (emit.Emit(f, subjects, objects, first, g.head)) return &f;
      continue;
    }
    std::optional<std::uint32_t> after = roles.MatchWords(g.end_token, f.words, f.joined);
    if (!after && g.voice == Voice::kActive && f.slot != SlotKind::kDirect &&
        roles.WordsBeforeRelative(gi, f)) {
      after = g.end_token;  // "the sanctions it had imposed on Togo"
    }
    if (!after) continue;
    const std::uint32_t last = *after - 1;
    if (g.voice == Voice::kPassive) {
      if (f.slot != SlotKind::kDirect) continue;
      // "was described as corrupt by X": no "by" right after the group, so no agent.
      if (f.complement != 0 && !roles.EvaluationAfter(g.end_token, f.complement)) continue;
      subjects = roles.Agent(g);
      objects = roles.PassivePatients(gi);
      // "Two journalists were arrested in Harare": the police of where it happens.
      if (subjects.empty() && f.agentless != Sector::kNone && !objects.empty()) {
        if (const int who = s.ImpliedAuthority(g.head, objects, f.agentless); who >= 0) {
          subjects = {who};
        }
      }
    } else {
      subjects = roles.Subjects(gi);
      std::uint32_t end = 0;
      if (f.slot == SlotKind::kDirect) {
        objects = roles.ReadNounPhrase(*after, &end);
        if (objects.empty()) objects = roles.ActOfActor(*after, &end);
        if (objects.empty() && f.parties) objects = roles.EventParties(*after);
        if (objects.empty() && f.places) objects = roles.PlaceObject(*after, &end);
        // "urged that Uganda withdraw": the clause's subject is the one urged.
        if (!objects.empty() && roles.SubjectOfBareClause(end) &&
            !(f.control == Control::kObject && roles.MandativeClauseAfter(gi))) {
          objects.clear();
        }
        if (f.complement != 0 && !roles.EvaluatedObject(objects, end, f.complement)) {
          objects.clear();
        }
      }
      if (f.slot == SlotKind::kPrep) {
        // "lifted the sanctions it had imposed on Togo": the slot after the relative clause.
        const std::uint32_t from = f.words.empty() ? *after : roles.PastObjectRelative(*after);
        objects = roles.PrepObject(from, f.preps, kMaxPrepSearch);
      }
    }
    if (subjects.empty()) continue;
    // "Peru and Ecuador accused each other": each subject acts on the others.
    if (objects.empty() && !f.symmetric && f.complement == 0 && subjects.size() > 1 &&
        g.voice == Voice::kActive && roles.ReciprocalObject(*after, f)) {
      if (emit.EmitReciprocal(f, subjects, first, last)) return &f;
      continue;
    }
    if (f.slot != SlotKind::kNone && objects.empty() && !(f.symmetric && subjects.size() > 1)) {
      continue;
    }
    if (emit.Emit(f, subjects, objects, first, last)) return &f;
  }
  return nullptr;
}

// Whether an infinitive group states no event: its governing verb (the group just before
// it, or before its controller) is a refusal ("refused to meet") or matched a request,
// threat or refusal frame ("urged Iran to stop").
// The group that governs infinitive group g: the one just before it, if it ends within
// kGovernorReach tokens of g ("urged the Kenyan government to"); -1 when none.
int Governor(const SentenceStructure& st, std::size_t g) {
  if (g == 0 || st.verbs[g - 1].end_token + kGovernorReach < st.verbs[g].first_token) return -1;
  return static_cast<int>(g - 1);
}

// Whether infinitive group g follows the object of a request, threat or refusal noun's
// preposition: "its call on Serbia to recognise", "an appeal to Iran to release" — a
// frame of the noun's lemma without words, with that preposition, leaves it unasserted.
bool AfterRequestNoun(const FrameTable& table, const SentenceTokens& s, const VerbGroup& g) {
  const int m = s.MentionAt(g.first_token - 1);
  if (m < 0 || !s.In(static_cast<std::int64_t>(s.mention(m).first_token) - 2)) return false;
  const std::uint32_t prep = s.mention(m).first_token - 1, noun = prep - 1;
  const std::uint32_t lemma = s.Info(noun).noun;
  if (!s.Has(prep, kPreposition) || lemma == kNoLemma || lemma >= table.noun_frames.size()) {
    return false;
  }
  for (std::uint32_t fi : table.noun_frames[lemma]) {
    const Frame& f = table.frames[fi];
    if (f.leaves_infinitive_unasserted && f.words.empty() &&
        std::find(f.preps.begin(), f.preps.end(), s.Key(prep)) != f.preps.end()) {
      return true;
    }
  }
  return false;
}

bool Unasserted(const FrameTable& table, const SentenceTokens& s, const SentenceStructure& st,
                std::size_t g, const std::vector<const Frame*>& matched) {
  if (AfterRequestNoun(table, s, st.verbs[g])) return true;
  const int k = Governor(st, g);
  if (k < 0) return false;
  if (s.Has(st.verbs[static_cast<std::size_t>(k)].head, kRefusalVerb)) return true;
  const Frame* f = matched[static_cast<std::size_t>(k)];
  return f != nullptr && f->leaves_infinitive_unasserted;
}

// Whether verb group g is negated: itself ("has not expelled"), or as an infinitive under
// a negated governor ("did not agree to meet").
bool Negated(const SentenceStructure& st, std::size_t g) {
  const VerbGroup& v = st.verbs[g];
  if (v.negated) return true;
  if (v.clause != ClauseKind::kInfinitive) return false;
  const int k = Governor(st, g);
  return k >= 0 && st.verbs[static_cast<std::size_t>(k)].negated;
}

// Whether the event noun at t is proposed or blocked, not done: the direct object of a
// proposal verb ("urged talks between Egypt and Ethiopia") or a blocking verb ("blocked an
// EU aid package for Ukraine"), or the object of "for" after a proposal-for verb ("called
// for dialogue between"), with only determiners, modifiers and names owning or modifying it
// between.
bool UnassertedNounEvent(const SentenceTokens& s, const SentenceStructure& st, std::uint32_t t) {
  // The last group ending at or before t (groups are in text order).
  const auto after = std::partition_point(st.verbs.begin(), st.verbs.end(),
                                          [&](const VerbGroup& g) { return g.end_token <= t; });
  if (after == st.verbs.begin()) return false;
  const VerbGroup* governor = &*(after - 1);
  if (governor->voice != Voice::kActive) return false;
  std::uint32_t u = governor->end_token;
  if (s.Has(governor->head, kProposalForVerb)) {
    if (!s.IsFor(u)) return false;
    ++u;
  } else if (!s.Has(governor->head, kProposalVerb | kBlockingVerb)) {
    return false;
  }
  for (int k = 0; u < t && k <= kMaxModifiers; ++k, ++u) {
    if (const int m = s.MentionAt(u); m >= 0) {  // "the EU's sanctions", "EU aid"
      u = s.mention(m).end_token - 1;
      continue;
    }
    if (s.IsPossessive(u)) continue;
    if (!(s.Has(u, kDeterminer | kAdverb) || s.IsPlainWord(u) || s.IsJoiningHyphen(u))) {
      return false;
    }
  }
  return u == t;
}

void MatchNoun(const FrameTable& table, Roles& roles, const SentenceTokens& s, std::uint32_t t,
               Emitter& emit, bool reference, std::vector<std::uint32_t>* candidates) {
  const std::uint32_t lemma = s.Info(t).noun;
  std::uint32_t after = 0;
  bool light_verb = false;
  const Actors subjects = roles.NounSubjects(t, &after, &light_verb);
  const Actors patients = roles.PatientPossessor(t);
  FindCandidates(table, s, true, lemma, after, reference, candidates);
  for (std::uint32_t fi : *candidates) {
    const Frame& f = table.frames[fi];
    const std::optional<std::uint32_t> end = roles.MatchWords(after, f.words, f.joined);
    if (!end) continue;
    Actors objects;
    Actors by_subjects = subjects;
    if (!patients.empty()) {
      // "ordered Khan's arrest": the possessor is the target of the noun's frame without
      // words ("arrest of:O"), in place of its prepositional object.
      if (f.slot != SlotKind::kPrep || !f.words.empty()) continue;
      objects = patients;
    } else if (f.slot == SlotKind::kPrep) {
      std::uint32_t object_end = 0, prep = 0;
      objects = roles.PrepObject(*end, f.preps, kMaxNounPrepGap + 1, &object_end, &prep);
      // "talks between X and Y", after a light verb too ("Qatar hosted talks between X and
      // Y"); "talks with X and Y" are someone else's with both.
      if ((subjects.empty() || light_verb) && f.symmetric && objects.size() > 1 &&
          s.Has(prep, kPairPreposition)) {
        if (emit.Emit(f, objects, {}, t, *end - 1)) return;
        continue;
      }
      if (subjects.empty() && !objects.empty()) {
        by_subjects = roles.ByPhrase(object_end);
        // "After talks with X, Y said": a symmetric event only ("After the attack on Israel,
        // Iran said" is no Iranian attack).
        if (by_subjects.empty() && f.symmetric) {
          by_subjects = roles.OpeningPhraseSubjects(t, object_end);
        }
      }
    }
    // "protests in Havana": a crowd's domestic act, by the people of where it happens.
    if (by_subjects.empty() && f.domestic && s.Has(t, kCrowdEventNoun) &&
        !roles.TellsKnownEvent(t)) {
      if (const int people = s.ImpliedPeople(t); people >= 0) by_subjects = {people};
    }
    if (by_subjects.empty() || (f.slot != SlotKind::kNone && objects.empty() &&
                                !(f.symmetric && by_subjects.size() > 1))) {
      continue;
    }
    if (emit.Emit(f, by_subjects, objects, t, *end - 1)) return;
  }
}

// The events of a sentence with a trigger: its verb groups', then its event nouns'.
void MatchEvents(const FrameTable& table, const SentenceTokens& s,
                 const SentenceStructure& structure, Roles& roles, std::uint32_t sentence,
                 FrameScratch* scratch, std::vector<RuleMatch>* out) {
  Emitter emit(s, s.tokens(), sentence, out);
  std::vector<const Frame*>& matched = scratch->matched;
  matched.assign(structure.verbs.size(), nullptr);
  for (std::size_t g = 0; g < structure.verbs.size(); ++g) {
    const VerbGroup& group = structure.verbs[g];
    if (group.lemma >= table.verb_frames.size() || table.verb_frames[group.lemma].empty()) {
      continue;
    }
    if (group.clause == ClauseKind::kInfinitive && Unasserted(table, s, structure, g, matched)) {
      continue;
    }
    if (MandativeClause(s, structure, g)) continue;
    emit.SetNegated(Negated(structure, g));
    matched[g] = MatchVerbGroup(table, roles, s, group, static_cast<int>(g), emit,
                                scratch->reference_candidates, &scratch->candidates);
  }
  for (std::uint32_t t = s.first(); t < s.end(); ++t) {
    if (s.Info(t).noun == kNoLemma || s.MentionAt(t) >= 0 || roles.GroupAt(t) >= 0 ||
        emit.Covers(t) || UnassertedNounEvent(s, structure, t)) {
      continue;
    }
    emit.SetNegated(std::nullopt);
    MatchNoun(table, roles, s, t, emit, scratch->reference_candidates, &scratch->candidates);
  }
}

}  // namespace

void MatchFrames(const FrameTable& table, std::string_view text, const TokenizedText& tokens,
                 std::uint32_t sentence, const std::vector<Mention>& mentions,
                 std::span<const std::uint32_t> class_nodes, FrameScratch* scratch,
                 std::vector<RuleMatch>* out) {
  // Most sentences hold no trigger and no agent noun: they cost a look or two at each
  // token's word info.
  const bool any_trigger = std::any_of(class_nodes.begin(), class_nodes.end(),
                                       [&](auto node) { return table.IsTrigger(node); });
  // Roles::AgentMentions() finds some only after an agent noun with a link after it ("police
  // in Lima") or in a sentence set in the story's country alone: the structure of a
  // sentence without a trigger is analysed only then.
  bool any_agent = false, linked_agent = false;
  for (std::size_t i = 0; i < class_nodes.size() && !linked_agent; ++i) {
    if (!table.IsAgentNoun(class_nodes[i])) continue;
    any_agent = true;
    linked_agent =
        i + 1 < class_nodes.size() && (table.Info(class_nodes[i + 1]).flags & kAgentLink) != 0;
  }
  if (!any_trigger && !linked_agent && !(any_agent && scratch->document.setting)) return;
  const SentenceTokens s(table, text, tokens, sentence, mentions, class_nodes, scratch);
  const bool agent_mentions = linked_agent || (any_agent && s.SetInStoryOnly());
  if (!any_trigger && !agent_mentions) return;
  SentenceStructure& structure = scratch->structure;
  AnalyzeStructure(s, &structure);
  Roles roles(s, structure, &scratch->group_at);
  if (any_trigger) MatchEvents(table, s, structure, roles, sentence, scratch, out);
  // After the events, so that the implied agents they need come first.
  if (agent_mentions) roles.AgentMentions(sentence, &scratch->agent_mentions);
}

std::string ExplainStructure(const FrameTable& table, const ClassTable& classes,
                             std::string_view text, const TokenizedText& tokens,
                             std::uint32_t sentence, const std::vector<Mention>& mentions,
                             const AgentContext& document, const Gazetteer& gazetteer,
                             const std::vector<LocalEntity>& locals) {
  if (table.empty()) return "";
  const Sentence& sent = tokens.sentences[sentence];
  std::vector<std::uint32_t> nodes;
  for (std::uint32_t t = sent.first_token; t < sent.end_token; ++t) {
    nodes.push_back(classes.Child(ClassTable::kRoot, tokens.tokens[t].key));
  }
  FrameScratch scratch;
  scratch.document = document;
  const SentenceTokens s(table, text, tokens, sentence, mentions, nodes, &scratch);
  SentenceStructure& structure = scratch.structure;
  AnalyzeStructure(s, &structure);
  Roles roles(s, structure, &scratch.group_at);
  auto words = [&](std::uint32_t from, std::uint32_t to) {
    return text.substr(tokens.tokens[from].begin,
                       tokens.tokens[to - 1].end - tokens.tokens[from].begin);
  };
  constexpr std::string_view kClauseNames[] = {"main",        "relative",   "complement",
                                               "subordinate", "infinitive", "participle"};
  std::string out;
  for (std::size_t g = 0; g < structure.verbs.size(); ++g) {
    const VerbGroup& v = structure.verbs[g];
    out += "  verb group '" + std::string(words(v.first_token, v.end_token)) + "' (" +
           table.verb_lemmas[v.lemma] + ", " + (v.voice == Voice::kPassive ? "passive" : "active") +
           (v.negated ? ", negated" : "") + (v.modal ? ", modal" : "") +
           (v.finite ? ", finite" : "") + ", " +
           std::string(kClauseNames[static_cast<int>(v.clause)]) + " clause";
    if (v.shares_subject_with >= 0) {
      const VerbGroup& w = structure.verbs[static_cast<std::size_t>(v.shares_subject_with)];
      out += ", shares the subject of '" + std::string(words(w.first_token, w.end_token)) + "'";
    }
    out += ") subject:";
    const Actors& subjects = roles.Subjects(static_cast<int>(g));
    if (subjects.empty()) out += " -";
    for (int m : subjects) {
      const EntityIndex e = s.mention(m).entity;
      const std::size_t local = e - kFirstLocalEntity;
      out +=
          " " + (IsLocalEntity(e) && local < locals.size() ? locals[local].id
                                                           : std::string(gazetteer.entity(e).id));
    }
    out += "\n";
  }
  return out;
}

void DropRuleMatchesFramesCover(const std::vector<RuleInfo>& infos, std::size_t first_rule,
                                std::size_t first_frame, std::vector<RuleMatch>* out) {
  if (first_frame == out->size()) return;
  auto object_of = [](const RuleMatch& m) { return m.object ? m.object->entity : kNoEntity; };
  auto same_event = [&](const RuleMatch& a, const RuleMatch& b) {
    if (infos[a.rule].plover != infos[b.rule].plover) return false;
    return (a.subject.entity == b.subject.entity && object_of(a) == object_of(b)) ||
           (a.subject.entity == object_of(b) && object_of(a) == b.subject.entity);
  };
  // A rule match that names an item ("supplied-drones-to") says more than a frame's match
  // of the same event and is kept instead of it; otherwise the frame's is kept.
  std::vector<bool> drop(out->size(), false);
  // Two frames of neighbouring words stating one event ("the ceasefire agreement between
  // Ethiopia and the TPLF": ceasefire and agreement) are one match, the first. One frame's
  // matches at one trigger are all kept ("accused each other": both directions).
  for (std::size_t a = first_frame; a < out->size(); ++a) {
    for (std::size_t b = a + 1; b < out->size(); ++b) {
      const RuleMatch& x = (*out)[a];
      const RuleMatch& y = (*out)[b];
      if (x.rule == y.rule && x.trigger.begin == y.trigger.begin) continue;
      const bool neighbours =
          y.trigger.begin <= x.trigger.end + 1 && x.trigger.begin <= y.trigger.end + 1;
      if (neighbours && x.sentence == y.sentence && same_event(x, y)) drop[b] = true;
    }
  }
  for (std::size_t r = first_rule; r < first_frame; ++r) {
    for (std::size_t f = first_frame; f < out->size(); ++f) {
      if (!same_event((*out)[r], (*out)[f])) continue;
      if ((*out)[r].item.empty()) {
        drop[r] = true;
      } else {
        drop[f] = true;
      }
    }
  }
  std::size_t kept = first_rule;
  for (std::size_t i = first_rule; i < out->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*out)[kept] = std::move((*out)[i]);
    ++kept;
  }
  out->resize(kept);
}

}  // namespace attache::internal
