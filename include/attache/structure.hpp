// attache/structure.hpp — stage 4a: the shallow structure of a sentence, between mentions
// and rules.
//
// One left-to-right pass over a sentence's tokens finds its verb groups (auxiliaries,
// negation, modals and adverbs around a main verb: "has not yet expelled", "was summoned",
// "to visit"), with lemma, voice, tense form, negation and modality, and the kind of clause
// each opens: main, relative ("which supplied"), complement ("that it supplied"),
// subordinate ("after it expelled"), infinitive ("to visit"), participle (", accusing").
// The event lexicon (gazetteers/lexicon/*.lex) finds each frame's arguments from these
// groups by role — the subject of the group's clause, its direct object, the object of a
// named preposition, the agent of a passive, the controller of an infinitive — instead of
// by word distance. `attache extract --explain` prints the groups of every sentence.
//
// All word lists (auxiliaries, prepositions, subordinators, agent nouns, ...) are word
// classes in gazetteers/rules/structure.rules; verb forms are generated from the lexicon's
// lemmas and its table of irregular verbs. The pass is linear in the sentence's length.
#ifndef ATTACHE_STRUCTURE_HPP_
#define ATTACHE_STRUCTURE_HPP_

#include <cstdint>
#include <vector>

namespace attache {

// Structural word classes of a token, one bit each (gazetteers/rules/structure.rules).
using StructureFlags = std::uint64_t;
enum StructureFlag : StructureFlags {
  kAuxBe = 1u << 0,              // is, was, been
  kAuxHave = 1u << 1,            // has, had
  kAuxDo = 1u << 2,              // did, does
  kModal = 1u << 3,              // will, would, could
  kNegationWord = 1u << 4,       // not, never
  kAdverb = 1u << 5,             // also, formally, reportedly
  kDeterminer = 1u << 6,         // the, a, its
  kPreposition = 1u << 7,        // on, with, against
  kSubordinator = 1u << 8,       // after, because, while
  kRelativeWord = 1u << 9,       // who, which, that
  kCoordinatorWord = 1u << 10,   // and, but, or
  kInfinitiveMarker = 1u << 11,  // to
  kAgentMarkerWord = 1u << 12,   // by
  kRaisingWord = 1u << 13,       // expected, set, due ("is expected to visit")
  kAgentNoun = 1u << 14,         // government, police, officials, troops
  kReportVerbWord = 1u << 15,    // said, told
  kNumberWord = 1u << 16,        // two, dozens
  kAgentLink = 1u << 17,         // of, in, from: "the government of Rwanda", "police in Lima"
  kPossessiveMarker = 1u << 18,  // 's, '
  kClaimLink = 1u << 19,         // of, for: "accused Iran of supplying"
  kRefusalVerb = 1u << 20,       // refused, failed: their infinitive is not done
  kTimeWord = 1u << 21,          // Monday, week, earlier
  kLocationMarker = 1u << 22,    // in, across: "police in Nairobi"
  kDomesticAgent = 1u << 23,     // police, protesters: agents of wherever the story is set
  kLightVerb = 1u << 24,         // renewed, issued: "renewed calls on Iran" (its subject's act)
  kOpeningEventPreposition = 1u << 25,  // after, during: "After talks with X, Y said" (Y's talks)
  kQuantityPart = 1u << 26,             // $, of, in: "$5 million in aid", "27 tonnes of supplies"
  kNegativeEvaluation = 1u << 27,       // unacceptable, corrupt: "called X's remarks corrupt"
  kPositiveEvaluation = 1u << 28,       // constructive, historic: "called the talks historic"
  kPairPreposition = 1u << 29,          // between, among: "talks between X and Y" (the pair)
  kMeasureNoun = 1u << 30,              // batch, shipment: "a batch of rescue teams"
  kExpulsionStatus = 1u << 31,          // persona: "declared the envoy persona non grata"
  kPremisesNoun = std::uint64_t{1} << 32,  // embassy, office: "the embassy in Quito" (anyone's)
  kObjectControlVerb = std::uint64_t{1} << 33,  // allowed, ordered: "allowed X to strike" (X)
  kCrowdEventNoun = std::uint64_t{1} << 34,     // protests, riots: a domestic frame's people act
  kCrowdEventVerb = std::uint64_t{1} << 35,     // sparked, joined: "sparked protests" (happening)
  kActNoun = std::uint64_t{1} << 36,           // remarks, decision: "praised the decision of X" (X)
  kPatientNoun = std::uint64_t{1} << 37,       // arrest, release: "X's arrest" is done to X
  kReciprocalFirst = std::uint64_t{1} << 38,   // each, one: "each other", "one another"
  kReciprocalSecond = std::uint64_t{1} << 39,  // other, another
  kPlaceNoun = std::uint64_t{1} << 40,         // city, capital: "in the Kenyan town of" (a setting)
  kOfficeAgent = std::uint64_t{1} << 41,       // minister, leader: a title before a person's name
  kProposalVerb = std::uint64_t{1} << 42,      // urged, proposed: "urged talks with X" (not held)
  kProposalForVerb = std::uint64_t{1} << 43,   // called, pushed: "called for talks" (not held)
  kIntentNoun = std::uint64_t{1} << 44,        // decision, plan: "X's decision to sign" (X)
  kBlockingVerb = std::uint64_t{1} << 45,      // blocked, vetoed: "blocked an aid package" (none)
};

// Which forms of its lemma a verb token can be.
using VerbFormMask = std::uint8_t;
enum VerbForm : VerbFormMask {
  kFormBase = 1u << 0,        // expel
  kFormThird = 1u << 1,       // expels
  kFormPast = 1u << 2,        // expelled
  kFormParticiple = 1u << 3,  // expelled (past participle)
  kFormGerund = 1u << 4,      // expelling
};

inline constexpr std::uint32_t kNoLemma = 0xffffffffu;

enum class Voice : std::uint8_t { kActive, kPassive };

// The clause a verb group heads, as its left context shows.
enum class ClauseKind : std::uint8_t {
  kMain,         // "Somalia expelled ..."
  kRelative,     // "Rwanda, which supports ..."
  kComplement,   // "... said that Rwanda supports ..."
  kSubordinate,  // "... after Somalia expelled ..."
  kInfinitive,   // "... to expel ..."
  kParticiple,   // "..., accusing Rwanda of ..." / "after meeting ..."
};

struct VerbGroup {
  std::uint32_t first_token = 0;  // the group's first token (an auxiliary, "to", ...)
  std::uint32_t end_token = 0;    // one past the main verb
  std::uint32_t head = 0;         // the main verb's token
  std::uint32_t lemma = kNoLemma;
  VerbFormMask form = 0;  // the forms the head can be
  Voice voice = Voice::kActive;
  bool negated = false;  // "did not", "never"
  bool modal = false;    // "will", "could"
  bool finite = false;   // has a tense: not an infinitive, bare participle or gerund
  ClauseKind clause = ClauseKind::kMain;
  // A verb coordinated with an earlier one shares its subject ("visited Russia and hosted
  // Putin"): the earlier group's index, or -1.
  int shares_subject_with = -1;
};

// The structure of one sentence: its verb groups in order.
struct SentenceStructure {
  std::vector<VerbGroup> verbs;
};

}  // namespace attache

#endif  // ATTACHE_STRUCTURE_HPP_
