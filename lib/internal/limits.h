// Internal: the fixed windows the stages search within, in one place. Each bounds how far
// from a token, match or mention a stage looks for a related word or mention; together they
// keep every stage linear in the sentence length. Counts are tokens unless a name or
// comment says items (the rule matcher's stream), mentions or bytes. Changing one changes
// extraction: measure with scripts/evaluate.py.
#ifndef ATTACHE_LIB_INTERNAL_LIMITS_H_
#define ATTACHE_LIB_INTERNAL_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace attache::internal {

// ---- Document date (lib/extractor.cc) ----

// Bytes at the start of a document searched for a dateline's date ("KYIV, June 4 (Reuters)").
inline constexpr std::size_t kDatelineBytes = 600;

// ---- Mentions (lib/mention_titles.cc) ----

// The most capitalised words of a name after a title that the gazetteer does not list and
// that becomes a document's own entity ("Defence Minister José Núñez Peña Ruiz").
inline constexpr std::uint32_t kMaxLocalNameWords = 4;

// The words read of an apposition after a name for a noun saying it is a person ("Levan
// Ioseliani, the Public Defender of Georgia,").
inline constexpr std::uint32_t kMaxAppositionWords = 8;

// The letters of parenthesised initials read as an organisation's ("(GNA)").
inline constexpr std::size_t kMaxInitials = 8;

// The most capitalised words of an organisation's name ending in its head noun ("Defense
// Security Cooperation Agency").
inline constexpr std::uint32_t kMaxOrganizationWords = 6;

// Bytes of a lower-case word that shows a sentence is prose, not a title-case headline
// (whose function words "of", "to", "and" may stay lower case).
inline constexpr std::uint32_t kMinLowerWordInProse = 4;

// ---- Pronouns (lib/pronouns.cc) ----

// Mentions a pronoun looks through for its antecedent: from the sentence's first mention
// on when it opens a clause, else back from the pronoun.
inline constexpr std::size_t kAntecedentWindow = 64;


// Words between "the" and a country noun in a description of a country ("the landlocked
// South American country").
inline constexpr std::uint32_t kMaxCountryModifiers = 3;

// ---- Organisation descriptions (lib/mention_descriptions.cc) ----

// Words between "the" and the noun of an organisation's description ("the 15-nation
// regional bloc").
inline constexpr std::uint32_t kMaxDescriptionModifiers = 4;

// Paragraphs after the latest mention of an organisation or an office's holder in which a
// description may still stand for it ("the bloc", "the envoy", "the former premier").
inline constexpr std::uint32_t kMaxDescriptionParagraphs = 6;

// ---- Rule matching (lib/rules_stream.cc, lib/rules_triples.cc) ----

// Items after a list member in which a report verb makes the comma before the member open a
// reporting clause instead ("..., the Israeli military said").
inline constexpr std::size_t kReportAfterListMemberItems = 3;

// Items before a rule's trigger in which a form of "be" marks a passive that an active rule
// misreads ("Ukraine was attacked by Russia").
inline constexpr std::int32_t kBeBeforeTriggerItems = 2;

// ---- Attribution (lib/attribution.cc) ----

// Tokens before a match's first token and after its end in which speaker and denial cues
// are looked for.
inline constexpr std::uint32_t kAttributionCueWindow = 48;

// Tokens after "according to" in which its source is looked for.
inline constexpr std::uint32_t kSourceAfterAccordingTo = 2;

// Tokens after a quote verb ("quoted", "cited") in which the speaker is looked for.
inline constexpr std::uint32_t kSpeakerAfterQuoteVerb = 2;

// Tokens before a report verb in which its speaker is looked for ("Raisi said").
inline constexpr std::uint32_t kSpeakerBeforeReportVerb = 3;

// Tokens after a report verb that follows a comma or quote in which its speaker is looked
// for ("..., said Kallas").
inline constexpr std::uint32_t kSpeakerAfterReportVerb = 2;

// Tokens before a match in which an accusation word ("accused", "allegations") is looked
// for.
inline constexpr std::uint32_t kAccusationBeforeMatch = 4;

// Tokens before an accusing verb in which the accuser is looked for ("Washington accused").
inline constexpr std::uint32_t kAccuserBeforeAccusingVerb = 4;

// Tokens before an allegation noun in which the accuser is looked for ("US allegations").
inline constexpr std::uint32_t kAccuserBeforeAllegationNoun = 1;

// Tokens after the agent marker of an allegation noun in which the accuser is looked for
// ("allegations by Amnesty").
inline constexpr std::uint32_t kAccuserAfterAgentMarker = 3;

// Tokens before a denial after the claim in which a word pointing back to the claim is
// looked for ("which Tehran denies").
inline constexpr std::uint32_t kDenialBackrefBefore = 6;

// Tokens after a denial in which an allegation noun makes it deny the claim ("rejected the
// allegations").
inline constexpr std::uint32_t kDenialAllegationAfter = 3;

// Tokens before a denying verb in which the denier is looked for ("Minsk rejected").
inline constexpr std::uint32_t kDenierBeforeDenial = 4;

// Tokens at the start of the next sentence in which its denial of the claim is looked for
// ("Tehran denied it.").
inline constexpr std::uint32_t kDenialAtNextSentenceStart = 8;

// Tokens after a closing quotation mark in which a report verb is looked for ("..." Raisi
// said), and tokens before and after that verb in which its speaker is.
inline constexpr std::uint32_t kReportAfterQuote = 4;
inline constexpr std::uint32_t kSpeakerAroundReportAfterQuote = 3;

// Tokens before an opening quotation mark in which a report verb is looked for ("Raisi
// said: "..."), and tokens before that verb in which its speaker is.
inline constexpr std::uint32_t kReportBeforeQuote = 4;
inline constexpr std::uint32_t kSpeakerBeforeReportBeforeQuote = 4;

// Tokens before a trigger in which a negation negates the match ("did not meet"), whatever
// stands between subject and trigger; a planned or hypothetical cue sets the match's
// modality from one token further ("plans to visit", "could supply").
inline constexpr std::uint32_t kNegationBeforeTrigger = 3;

// ---- Sections (lib/extractor.cc) ----

// Words a one-sentence line has at least and at most to be a headline.
inline constexpr int kHeadlineMinWords = 3;
inline constexpr int kHeadlineMaxWords = 25;

// ---- Structure (lib/structure.cc) ----

// Tokens an apposition or parenthetical between a subject and its verb may span.
inline constexpr int kMaxAside = 24;

// Asides a subject may stand before ("Tamim (R), the ruler of Qatar, meets").
inline constexpr int kMaxAsidesBeforeVerb = 2;

// Tokens left of a finite verb group searched for the word that opens its clause.
inline constexpr int kClauseOpenerReach = 12;

// ---- Frames: arguments by role (lib/frames_match.cc) ----

// Words between a determiner and its noun.
inline constexpr int kMaxModifiers = 3;

// Words between a frame's head and its next word.
inline constexpr int kMaxPhraseGap = 3;
// Tokens between a direct object and the evaluation of a complement= frame ("called
// Milei's remarks “unacceptable”": the quote and the word).
inline constexpr std::uint32_t kMaxEvaluationGap = 6;

// Tokens from a frame to its preposition.
inline constexpr int kMaxPrepSearch = 14;

// Words between an event noun and its preposition.
inline constexpr int kMaxNounPrepGap = 2;

// Tokens a parenthetical or apposition scanned over may span.
inline constexpr int kMaxParenthetical = 40;

// Modifiers between an event noun and the actor before it ("US economic sanctions").
inline constexpr int kMaxNounSubjectModifiers = 2;
// Modifiers between a location word and the country it places: "in tightly controlled Cuba".
inline constexpr std::size_t kMaxPlaceModifiers = 3;

// Words of a time expression before a verb ("earlier this month").
inline constexpr int kMaxTimeExpressionWords = 3;

// Words after an actor searched for the agent noun giving its sector ("opposition leaders").
inline constexpr int kMaxSectorNounWords = 3;

// Tokens before a passive verb group in which the words of a phrase frame may stand
// ("sanctions on Iran were lifted").
inline constexpr std::uint32_t kPassiveReach = 12;

// Tokens between a governing verb and its infinitive ("urged the Kenyan government to"):
// within them a request leaves the infinitive unasserted and a negation negates it.
inline constexpr std::uint32_t kGovernorReach = 8;

// ---- Agent nouns in the document (lib/agent_context.cc, lib/mention_context.cc) ----

// Modifiers between an agent noun and its owner ("India's new foreign ministry").
inline constexpr int kMaxOwnerModifiers = 3;

// Paragraphs back in which a bare agent noun finds the owner of the same noun.
inline constexpr std::uint32_t kMaxAgentAnaphoraParagraphs = 4;

// Times a country must be named as a place to be where the document is set.
inline constexpr int kMinSettingPlaces = 2;

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_LIMITS_H_
