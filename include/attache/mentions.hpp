// attache/mentions.hpp — stage 3: gazetteer matches resolved into entity mentions.
//
// Matching is leftmost-longest over the token stream. A title chain — an optional country
// (name, demonym or possessive), titles and honorifics, then a person — becomes one mention
// of the person ("Belarusian President Alexander Lukashenko"). A title chain with a country
// but no name is a role description and resolves to the office holder on the document date
// ("the Iranian president" is Ebrahim Raisi in 2023 and Masoud Pezeshkian in 2025), unless
// the document named the office's holder ("Iranian President X ... the president"). A title
// several people hold (TITLE resolve=no: "the envoy") names the one person the document
// named with it, else no one.
//
// Overlap policy: the longest match starting at the leftmost token wins. When one span names
// several entities, the tie is broken by, in order: (1) an entity already mentioned earlier
// in the document, (2) for people, one holding office on the document date, (3) names and
// aliases over capitals over demonyms, (4) type order PERSON, ORGANIZATION, ARMED_GROUP,
// COUNTRY, MEDIA, (5) gazetteer order. With MentionOptions::keep_overlaps every candidate
// span is returned instead (sorted by begin, then longer first).
#ifndef ATTACHE_MENTIONS_HPP_
#define ATTACHE_MENTIONS_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "attache/gazetteer.hpp"
#include "attache/tokenize.hpp"

namespace attache {

class RuleSet;  // attache/grammar.hpp

enum class MatchKind : std::uint8_t {
  kName,     // canonical name
  kAlias,    // alias or abbreviation
  kDemonym,  // "Iranian"
  kCapital,  // "Tehran" for Iran
  kTitle,    // title chain ending in a name: "President Ebrahim Raisi"
  kRole,     // role description resolved by date: "the Belarusian leader"
  kPronoun,  // "he", "it", "its": the sentence's subject or the latest compatible mention
  kGroup,    // one member of "the two countries", "both leaders"
  kSurname,  // a later mention of a person by the last word of a name seen earlier
  kPlace,    // a city, or a capital named as a place ("in Nairobi", a dateline): the country
             // as a location, not its government speaking
  kAgent,    // an agent noun standing for a country's part: "police", "the ministry" (found
             // by the structure stage: Extractor::Extract adds them, FindMentions does not)
};
std::string_view MatchKindName(MatchKind kind);

struct Mention {
  std::uint32_t begin = 0;  // byte span in the original text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  std::uint32_t sentence = 0;
  EntityIndex entity = kNoEntity;
  EntityType type = EntityType::kCountry;
  MatchKind how = MatchKind::kName;
  RoleId role = kNoRole;            // the title in a title chain or role description
  EntityIndex role_of = kNoEntity;  // the country named in that chain, if any
  bool possessive = false;          // followed by "'s" or "'"
  bool plural = false;              // a plural demonym, naming people: "Kenyans protested"
  bool past = false;                // a past holder: "former President X", "the ex-premier"
  Sector sector = Sector::kNone;    // an agent's (how: agent): "police" is COP
};

// A person or organisation the document names but the gazetteer does not list, where the
// text shows what it is: a person after a title ("Kenyan President John Mwangi"), after a
// noun for a person ("activist Marta Quenum") or before an apposition describing one ("Irma
// Valdivieso, the ombudsman of Peru,"); an organisation before its parenthesised initials
// ("Movement for Democratic Renewal (MDR)") or ending in an organisation noun ("Northern
// Farmers Association"). The word lists are WORDS lines of titles.tsv (docs/gazetteers.md).
// Mentions and triples refer to it by kFirstLocalEntity + its position in
// Document::local_entities; later mentions of a person's last name ("Mwangi") or an
// organisation's initials ("MDR") are its too.
struct LocalEntity {
  std::string id;    // the name as a lowercase ASCII slug: "jose-nunez-pena"
  std::string name;  // as written first (an organisation: its longest name so far)
  EntityType type = EntityType::kPerson;
  RoleId role = kNoRole;            // the title it was named with
  EntityIndex country = kNoEntity;  // the country of that title or noun, if named ("Kenyan")
};

struct MentionOptions {
  // The days the document may have been written on (one day when its date is known):
  // resolves role descriptions and ambiguous names.
  DateRange date = Date(2025, 1, 1);
  bool keep_overlaps = false;
};

// The word lists the stages below read are word classes of `rules` (docs/rules.md): the
// ones an Extractor uses are its rules(). A class the rules lack lists no word.

// Adds a mention (how: role) for a description of an organisation the document has named:
// "the regional bloc" ("the", up to four of the description's modifiers, numbers or
// hyphenated compounds, then a noun of a gazetteer DESCRIPTION line) stands for the one
// organisation of that description named before it, if its latest mention is at most six
// paragraphs back. None when two such organisations were named, after an unnamed one ("a
// court"), or when the noun is followed by "of", a capitalised word or another noun for a
// person or organisation ("the party leader"). Run before ResolvePronouns(), whose
// antecedents it adds to. `mentions` stays sorted by position.
void ResolveOrganizationDescriptions(const Gazetteer& gazetteer, const RuleSet& rules,
                                     std::string_view text, const TokenizedText& tokens,
                                     std::vector<Mention>* mentions);

// Adds mentions for pronouns (person pronouns to people, thing pronouns to countries and
// organisations), with the word classes person_pronoun, thing_pronoun, possessive_pronoun,
// clause_opener, complement_opener, report_verb, agent_marker, country_noun, preposition,
// determiner and definite_determiner. One opening a clause takes the first compatible mention of
// its sentence (its subject), except after a noun's "that" ("on charges that it"), where it takes
// the nearest; a possessive ("because its president") and others take the latest compatible
// mention earlier in the paragraph (a city named as a place is none). A person pronoun that is
// a subject ("He said", "“...,” she said") and finds none in its paragraph outside quotations
// takes the one person named, not as a possessor, in the latest sentence of the paragraph just
// before that names one (none when it names two), or the one person a pronoun of that
// paragraph was resolved to when it names no one. "his country" is
// one mention of the country the person serves during `dates`. "the country", "this nation" (up to
// three words between, the noun in lower case) is a mention (how: role) of the one country its
// paragraph has named so far, or, if it has named none, the paragraph before; none when there are
// several. `mentions` stays sorted by position.
void ResolvePronouns(const Gazetteer& gazetteer, const RuleSet& rules, const TokenizedText& tokens,
                     DateRange dates, std::vector<Mention>* mentions);

// After a person's mention followed by a word of the class government_noun ("Ortega's
// government", "the Ortega government"), adds a mention (how: role) of the country the
// person serves during `dates` over that word; the person's mention stays. `mentions`
// stays sorted.
void ResolveLeaderGovernments(const Gazetteer& gazetteer, const RuleSet& rules,
                              const TokenizedText& tokens, DateRange dates,
                              std::vector<Mention>* mentions);

// Adds mentions (how: pronoun) for "we" and "our" (word class speaker_pronoun) inside a
// quotation whose speaker is found ("“...,” X said", "“...,” said X", "X said: “...”"): the
// speaking country or organisation itself, or the country a speaking person serves (their
// title's, else the one country of their offices during `dates`). Run after
// ResolvePronouns(), whose "he said" it reads. `mentions` stays sorted by position.
void ResolveSpeakerPronouns(const Gazetteer& gazetteer, const RuleSet& rules, std::string_view text,
                            const TokenizedText& tokens, DateRange dates,
                            std::vector<Mention>* mentions);

// Adds mentions for plural descriptions — "the two countries", "both leaders", "the two
// presidents" (word classes plural_quantifier, plural_place, plural_person) — as two kGroup
// mentions with the same span: among the entities of the right kind named in the latest
// paragraphs that name at least two, the two mentioned most often so far (ties: most
// recently). A plural title narrows people to its holders on `date` ("the two
// presidents"). `mentions` stays sorted.
void ResolvePluralDescriptions(const Gazetteer& gazetteer, const RuleSet& rules,
                               const TokenizedText& tokens, DateRange date,
                               std::vector<Mention>* mentions);

// Marks capitals named as places (MatchKind::kPlace): after a place preposition ("talks in
// Nairobi", "in central Tbilisi"), opening a dateline ("TBILISI, Georgia -"), followed by
// their country ("Tbilisi, Georgia"), or in apposition to a place noun ("the Afghan
// capital, Kabul"). They stay mentions of the country, as a location. Word classes
// place_preposition, place_noun and place_modifier.
void ApplyMentionContext(std::string_view text, const RuleSet& rules, const TokenizedText& tokens,
                         std::vector<Mention>* mentions);

// Appends the mentions of `text` (tokenized into `tokens`) to `out`, in text order. With
// `locals`, a name the gazetteer does not list that the text shows to be a person or an
// organisation (LocalEntity: "Defence Minister José Núñez Peña") becomes a LocalEntity
// appended there, and its mentions refer to it (index kFirstLocalEntity + its position);
// without, such names give no mention. A title after a past marker (titles.tsv
// `past-marker`: "former President X") names a past holder (Mention::past) and defines no
// office for the document; "the former president" names the one person the document named
// so, else the one person it has named who held that office before options.date and not
// during it, else no one.
void FindMentions(const Gazetteer& gazetteer, std::string_view text, const TokenizedText& tokens,
                  const MentionOptions& options, std::vector<Mention>* out,
                  std::vector<LocalEntity>* locals = nullptr);

}  // namespace attache

#endif  // ATTACHE_MENTIONS_HPP_
