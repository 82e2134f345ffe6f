// The structure stage and the frame matcher: arguments by role, not by distance. These
// tests load a small lexicon of their own (and none of the default rules or frames), so
// they check the mechanism whatever the default data says. Every sentence is this project's
// own; each test asserts the exact set of triples.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "attache/output.hpp"
#include "test_util.h"

namespace attache {
namespace {

constexpr std::string_view kTestLexicon = R"(
verb expel O -> expelled cameo=166
verb meet O -> met cameo=040 symmetric
verb meet with:O -> met cameo=040 symmetric
verb visit O -> visited cameo=042
verb host O -> hosted cameo=043
verb urge O -> urged cameo=020 control=object
verb invite O -> invited cameo=036 control=object
verb accuse O -> accused cameo=112
verb supply O -> supplied cameo=072
verb sign agreement with:O -> signed-agreement-with cameo=057 symmetric
verb impose sanctions on|against:O -> sanctioned cameo=163
verb criticize O -> criticized cameo=111
verb call on O -> called-on cameo=020 control=object
verb travel to:O -> visited cameo=042
verb arrest O -> arrested cameo=173
verb attack O -> attacked cameo=190
verb mediate O -> mediated cameo=045
noun ceasefire with|between:O -> agreed-ceasefire-with cameo=0871 symmetric
noun support for:O -> supported cameo=051
verb withdraw troops from:O -> withdrew-troops-from cameo=087
verb lift sanctions on|against:O -> lifted-sanctions-on cameo=085
noun visit to:O -> visited cameo=042
noun sanction on|against:O -> sanctioned cameo=163
noun talk with:O -> held-talks-with cameo=046 symmetric
noun talk between:O -> held-talks-with cameo=046 symmetric
verb re-impose sanctions on|against:O -> reimposed-sanctions-on cameo=163
verb co-host O -> co-hosted cameo=043
verb warn O -> warned cameo=130
verb send aid to:O -> sent-aid-to cameo=071
noun call on:O -> called-on cameo=020
noun appeal to:O -> appealed-to cameo=020
verb recognise O -> recognised cameo=057
)";

const Extractor& FrameExtractor() {
  static const Extractor* const kExtractor = [] {
    ExtractorConfig config;
    config.include_defaults = false;
    for (DataSource& s : DefaultDataSources()) {
      if ((s.name.ends_with(".lex") && s.name.find("/lexicon/") != std::string::npos &&
           !s.name.ends_with("irregular.lex") && !s.name.ends_with("plover.lex") &&
           !s.name.ends_with("verbs.lex")) ||
          s.name.ends_with("relations.rules")) {
        continue;
      }
      config.sources.push_back(std::move(s));
    }
    config.sources.push_back({"test.lex", std::string(kTestLexicon)});
    absl::StatusOr<Extractor> e = Extractor::Create(config);
    if (!e.ok()) {
      FAIL(e.status().ToString());
    }
    return new Extractor(*std::move(e));
  }();
  return *kExtractor;
}

std::string Id(EntityIndex e) {
  return e == kNoEntity ? "-" : std::string(FrameExtractor().gazetteer().entity(e).id);
}

// "subject predicate object" of every triple of `text`.
std::set<std::string> Triples(std::string_view text) {
  Document doc = testing::ExtractWith(FrameExtractor(), text, Date(2024, 3, 1));
  std::set<std::string> out;
  for (const Triple& t : doc.triples) {
    out.insert(Id(t.subject.entity) + " " + t.predicate + " " +
               (t.object ? Id(t.object->entity) : "-"));
  }
  return out;
}

using Set = std::set<std::string>;

TEST_CASE("a verb's subject and direct object", "[frames]") {
  CHECK(Triples("Somalia expelled the Ethiopian ambassador.") == Set{"somalia expelled ethiopia"});
  CHECK(Triples("Kenya's government expelled two Ugandan diplomats on Monday.") ==
        Set{"kenya expelled uganda"});
  CHECK(Triples("Turkish police expelled three Greek journalists.") ==
        Set{"turkey expelled greece"});
  CHECK(Triples("France expelled diplomats from Russia.") == Set{"france expelled russia"});
  // A direct object that is no actor gives nothing.
  CHECK(Triples("Iran supplied drones.").empty());
}

TEST_CASE("passives take the agent of 'by' as subject, or give nothing", "[frames]") {
  CHECK(Triples("The Ethiopian ambassador was expelled by Somalia.") ==
        Set{"somalia expelled ethiopia"});
  CHECK(Triples("The Ethiopian ambassador was expelled on Friday.").empty());
  CHECK(Triples("Diplomats from Mali expelled by Algeria returned home.") ==
        Set{"algeria expelled mali"});
  CHECK(Triples("The Ethiopian and Eritrean ambassadors were expelled by Somalia.") ==
        Set{"somalia expelled ethiopia", "somalia expelled eritrea"});
}

TEST_CASE("passives of phrase frames: the words before the verb, the agent after", "[frames]") {
  CHECK(Triples("Sanctions were imposed on Syria by the Arab League.") ==
        Set{"arab-league sanctioned syria"});
  CHECK(Triples("Sanctions on Iran were lifted by the European Union.") ==
        Set{"european-union lifted-sanctions-on iran"});
  CHECK(Triples("Troops were withdrawn from Moldova by Russia on Friday.") ==
        Set{"russia withdrew-troops-from moldova"});
  // Without an agent, or with the phrase elsewhere, nothing.
  CHECK(Triples("Sanctions were imposed on Syria on Monday.").empty());
  CHECK(Triples("Troops from Moldova were arrested by Russia.") == Set{"russia arrested moldova"});
}

TEST_CASE("coordinated verbs share their subject; coordinated actors give one each", "[frames]") {
  CHECK(Triples("Narendra Modi last visited Russia in 2019 and hosted Vladimir Putin in "
                "Delhi.") ==
        Set{"narendra-modi visited russia", "narendra-modi hosted vladimir-putin"});
  CHECK(Triples("France hosted Germany and Italy.") ==
        Set{"france hosted germany", "france hosted italy"});
  CHECK(Triples("Mali, Niger and Burkina Faso expelled French diplomats.") ==
        Set{"mali expelled france", "niger expelled france", "burkina-faso expelled france"});
}

TEST_CASE("symmetric frames pair coordinated subjects", "[frames]") {
  CHECK(Triples("Iran and Belarus signed an agreement.") ==
        Set{"iran signed-agreement-with belarus"});
  CHECK(Triples("Iran signed an agreement with Belarus.") ==
        Set{"iran signed-agreement-with belarus"});
  CHECK(Triples("Xi Jinping and Vladimir Putin met in Moscow.") ==
        Set{"xi-jinping met vladimir-putin"});
  CHECK(Triples("Xi Jinping met with Vladimir Putin in Moscow.") ==
        Set{"xi-jinping met vladimir-putin"});
}

TEST_CASE("appositions and relative clauses sit between a subject and its verb", "[frames]") {
  CHECK(Triples("Belarus, a close ally of Russia, expelled the Polish ambassador.") ==
        Set{"belarus expelled poland"});
  CHECK(Triples("Algeria, which expelled French diplomats last month, criticized Morocco.") ==
        Set{"algeria expelled france", "algeria criticized morocco"});
  CHECK(Triples("Emmanuel Macron, who visited China in April, criticized Russia.") ==
        Set{"emmanuel-macron visited china", "emmanuel-macron criticized russia"});
}

TEST_CASE("an infinitive's subject is its controller", "[frames]") {
  // A request's infinitive states no event of its own: only the request.
  CHECK(Triples("China urged the United States to expel the Russian ambassador.") ==
        Set{"china urged united-states"});
  CHECK(Triples("Vladimir Putin invited Xi Jinping to visit Moscow.") ==
        Set{"vladimir-putin invited xi-jinping", "xi-jinping visited russia"});
  CHECK(Triples("Iran plans to expel the British ambassador.") ==
        Set{"iran expelled united-kingdom"});
  CHECK(Triples("Kenya is expected to expel the Somali envoy.") == Set{"kenya expelled somalia"});
  CHECK(Triples("The decision to expel the Somali envoy surprised observers.").empty());
}

TEST_CASE("participle clauses and embedded claims", "[frames]") {
  CHECK(Triples("Somalia expelled the Ethiopian ambassador, accusing Ethiopia of interference.") ==
        Set{"somalia expelled ethiopia", "somalia accused ethiopia"});
  CHECK(Triples("Ukraine accused Iran of supplying Russia.") ==
        Set{"ukraine accused iran", "iran supplied russia"});
  CHECK(Triples("Kenya said that Uganda expelled two Kenyan diplomats.") ==
        Set{"uganda expelled kenya"});
  CHECK(Triples("After Somalia expelled the Ethiopian ambassador, Egypt criticized Ethiopia.") ==
        Set{"somalia expelled ethiopia", "egypt criticized ethiopia"});
}

TEST_CASE("event nouns take a possessor, a modifier or a by-phrase", "[frames]") {
  CHECK(Triples("Antony Blinken's visit to Beijing was postponed.") ==
        Set{"antony-blinken visited china"});
  CHECK(Triples("US sanctions against Iran remain in force.") ==
        Set{"united-states sanctioned iran"});
  // A possessor inside a prepositional phrase is still the noun's actor.
  CHECK(Triples("Serbia prepared for Viktor Orban's visit to Belgrade.") ==
        Set{"viktor-orban visited serbia"});
  CHECK(Triples("Kenya served as a base for Ethiopia's sanctions against Eritrea.") ==
        Set{"ethiopia sanctioned eritrea"});
  CHECK(Triples("A visit by Emmanuel Macron to Algeria ended on Friday.") ==
        Set{"emmanuel-macron visited algeria"});
  CHECK(Triples("Talks between Armenia and Azerbaijan resumed in Washington.") ==
        Set{"armenia held-talks-with azerbaijan"});
  // No actor of its own: the noun gives nothing.
  CHECK(Triples("Talks with Iran resumed.").empty());
}

TEST_CASE("phrasal and light-verb frames", "[frames]") {
  CHECK(Triples("The European Union imposed fresh sanctions on Iran.") ==
        Set{"european-union sanctioned iran"});
  CHECK(Triples("Egypt called on Ethiopia to halt the filling.") ==
        Set{"egypt called-on ethiopia"});
  CHECK(Triples("Joe Biden traveled from Israel to Saudi Arabia.") ==
        Set{"joe-biden visited saudi-arabia"});
}

TEST_CASE("agents carry their country and sector", "[frames]") {
  Document doc = testing::ExtractWith(
      FrameExtractor(),
      "Turkish police arrested two Greek journalists. The army of Mali arrested Malian "
      "opposition leaders. Recep Tayyip Erdogan met Kyriakos Mitsotakis in Athens.",
      Date(2023, 12, 7));
  std::set<std::string> seen;
  for (const Triple& t : doc.triples) {
    seen.insert(Id(t.subject.entity) + "/" + std::string(SectorName(t.subject.sector)) + "/" +
                ActorCode(FrameExtractor().gazetteer(), t.subject, doc.date) + " " + t.predicate +
                " " + Id(t.object->entity) + "/" + std::string(SectorName(t.object->sector)) + "/" +
                ActorCode(FrameExtractor().gazetteer(), *t.object, doc.date));
  }
  CHECK(seen == Set{"turkey/COP/TURCOP arrested greece/MED/GRCMED",
                    "mali/MIL/MLIMIL arrested mali/OPP/MLIOPP",
                    "recep-tayyip-erdogan/GOV/TURGOV met kyriakos-mitsotakis/GOV/GRCGOV"});
}

// "subject/SECTOR predicate object/SECTOR" of every triple of `text`.
std::set<std::string> TriplesWithSectors(std::string_view text, Date date = Date(2024, 3, 1)) {
  Document doc = testing::ExtractWith(FrameExtractor(), text, date);
  std::set<std::string> out;
  for (const Triple& t : doc.triples) {
    out.insert(
        Id(t.subject.entity) + "/" + std::string(SectorName(t.subject.sector)) + " " + t.predicate +
        " " +
        (t.object ? Id(t.object->entity) + "/" + std::string(SectorName(t.object->sector)) : "-"));
  }
  return out;
}

TEST_CASE("domestic agent nouns act for the country where the story is set", "[frames]") {
  // Set in Bangladesh by its dateline and places: bare police, protesters and students are
  // Bangladeshi, also in sentences that name no place.
  CHECK(TriplesWithSectors("Police arrest students in Dhaka\n\n"
                           "DHAKA, Bangladesh - Police arrested dozens of students on Monday.\n\n"
                           "Later, protesters attacked police near the parliament.") ==
        Set{"bangladesh/COP arrested bangladesh/CVL", "bangladesh/CVL attacked bangladesh/COP"});
  // Troops and journalists are as often foreign: they take no country from the setting.
  CHECK(TriplesWithSectors("Riots in Dhaka\n\nDHAKA - Riots spread in Dhaka.\n\n"
                           "Troops arrested two journalists.")
            .empty());
  // Two settings named as often: none.
  CHECK(TriplesWithSectors("Protesters gathered in Nairobi.\n\nProtesters gathered in Kampala."
                           "\n\nPolice arrested the protesters.")
            .empty());
}

TEST_CASE("a bare agent noun takes the owner of the same noun a little earlier", "[frames]") {
  // "The ministry" is India's, though the sentence is set in Kabul.
  CHECK(TriplesWithSectors("India's foreign ministry sent aid to Afghanistan.\n\n"
                           "The ministry later criticized Pakistan at a meeting in Kabul.") ==
        Set{"india/GOV sent-aid-to afghanistan/", "india/GOV criticized pakistan/"});
  CHECK(TriplesWithSectors("The Kenyan government expelled the Somali ambassador. The "
                           "government also arrested Somali traders.") ==
        Set{"kenya/GOV expelled somalia/GOV", "kenya/GOV arrested somalia/CVL"});
  // Too far back: five paragraphs later the army is no longer Sudan's.
  CHECK(TriplesWithSectors("The Sudanese army attacked the rebels.\n\nOne.\n\nTwo.\n\nThree."
                           "\n\nFour.\n\nFive.\n\nThe army arrested Chadian traders.") == Set{});
}

TEST_CASE("an infinitive of purpose is done by the subject of the verb before it", "[frames]") {
  CHECK(Triples("Wang Yi travelled to Moscow on Tuesday to meet Sergei Lavrov.") ==
        Set{"wang-yi visited russia", "wang-yi met sergey-lavrov"});
  CHECK(Triples("William Ruto travelled to Mogadishu, to urge Somalia to release the "
                "prisoners.") == Set{"william-ruto visited somalia", "william-ruto urged somalia"});
  CHECK(Triples("Hakan Fidan travelled to Tehran in June to meet Abbas Araghchi.") ==
        Set{"hakan-fidan visited iran", "hakan-fidan met abbas-araghchi"});
  // An infinitive after a noun completes the noun: no event.
  CHECK(Triples("Egypt welcomed the decision to expel the Israeli ambassador.").empty());
}

TEST_CASE("actors before an event noun modify it; hyphen-joined actors are a pair", "[frames]") {
  // The ceasefire is between the pair; the US supports, it is not the ceasefire's party.
  CHECK(Triples("Qatar announced an Ethiopia-Eritrea ceasefire with US support.") ==
        Set{"ethiopia agreed-ceasefire-with eritrea"});
  // What Turkey mediated is the ceasefire, not Russia.
  CHECK(Triples("Turkey mediated the Russia-Ukraine ceasefire.") ==
        Set{"russia agreed-ceasefire-with ukraine"});
  // A possessor is no modifier: criticizing Ethiopia's ceasefire criticizes Ethiopia.
  CHECK(Triples("Egypt criticized Ethiopia's ceasefire with Eritrea.") ==
        Set{"egypt criticized ethiopia", "ethiopia agreed-ceasefire-with eritrea"});
  // `mediate O` takes a direct object: a "between" phrase is none.
  CHECK(Triples("Sudan mediated between Kenya and Somalia.").empty());
}

TEST_CASE("polarity comes from the verb group", "[frames]") {
  Document doc = testing::ExtractWith(
      FrameExtractor(), "Belarus did not expel the Lithuanian ambassador.", Date(2024, 3, 1));
  REQUIRE(doc.triples.size() == 1);
  CHECK(doc.triples[0].polarity == Polarity::kNegated);
  // An infinitive under a negated verb is negated; a negation in a relative clause between
  // the subject and its verb is not the verb's.
  doc = testing::ExtractWith(
      FrameExtractor(),
      "Iran did not travel to Cairo to meet Egypt. Iran, which has never hosted "
      "Israel, met Russia.",
      Date(2024, 3, 1));
  std::set<std::string> seen;
  for (const Triple& t : doc.triples) {
    seen.insert(Id(t.subject.entity) + " " + t.predicate + " " + Id(t.object->entity) + " " +
                std::string(PolarityName(t.polarity)));
  }
  CHECK(seen == Set{"iran visited egypt negated", "iran met egypt negated",
                    "iran hosted israel negated", "iran met russia asserted"});
}

TEST_CASE("a hyphenated verb heads at its last part, its prefix directly before it", "[frames]") {
  CHECK(Triples("The EU re-imposed sanctions on Iran.") ==
        Set{"european-union reimposed-sanctions-on iran"});
  CHECK(Triples("Egypt is re-imposing sanctions against Sudan.") ==
        Set{"egypt reimposed-sanctions-on sudan"});
  CHECK(Triples("Sanctions on Iran were re-imposed by the EU.") ==
        Set{"european-union reimposed-sanctions-on iran"});
  CHECK(Triples("Qatar co-hosts Hamas.") == Set{"qatar co-hosted hamas"});
  // Without the prefix, the verb's other frames.
  CHECK(Triples("The EU imposed sanctions on Iran.") == Set{"european-union sanctioned iran"});
  CHECK(Triples("Qatar hosted Hamas.") == Set{"qatar hosted hamas"});
}

TEST_CASE("a noun phrase followed by its own verb is a clause's subject, no object", "[frames]") {
  // "warned [that] X would ...": X is the subject of the unmarked complement clause.
  CHECK(Triples("The IMF warned Argentina's economy could shrink.").empty());
  CHECK(Triples("Russia warned Ukraine would pay a heavy price.").empty());
  CHECK(Triples("Pakistan warned India's army is massing troops near the border.").empty());
  CHECK(Triples("Chile warned Bolivian officials have ignored the treaty.").empty());
  // An object followed by a preposition or a "that" clause stays the object.
  CHECK(Triples("Russia warned Ukraine against joining NATO.") == Set{"russia warned ukraine"});
  CHECK(Triples("Chad warned Sudan's army that its troops would be expelled.") ==
        Set{"chad warned sudan"});
}

TEST_CASE("hyphenated modifiers inside a noun phrase", "[frames]") {
  // A hyphenated word counts as one modifier, and its participle is no verb.
  CHECK(Triples("Canada imposed sanctions on two well-known Eritrean judges.") ==
        Set{"canada sanctioned eritrea"});
  CHECK(Triples("Latvia expelled three high-ranking Belarusian diplomats.") ==
        Set{"latvia expelled belarus"});
  CHECK(Triples("Norway imposed sanctions on four long-serving Belarusian generals.") ==
        Set{"norway sanctioned belarus"});
  // A name joined to a participle modifies the head that follows ("Kremlin-backed").
  CHECK(Triples("The EU imposed sanctions on a Kremlin-backed Moldovan party.") ==
        Set{"european-union sanctioned moldova"});
  CHECK(Triples("Ghana expelled several Russian-trained Malian officers.") ==
        Set{"ghana expelled mali"});
  CHECK(Triples("Japan criticized the Iranian-made drones.").empty());
}

TEST_CASE("a finite verb after an infinitive shares a parallel finite verb's subject", "[frames]") {
  // "has said ... to help ..., and has accused": the subject of "has said".
  CHECK(Triples("William Ruto has told parliament his cabinet is prepared to negotiate, and "
                "has accused Ethiopia of stalling.") == Set{"william-ruto accused ethiopia"});
  CHECK(Triples("Egypt has said Cairo is willing to mediate, and has urged Sudan to accept a "
                "truce.") == Set{"egypt urged sudan"});
  CHECK(Triples("Brazil had said its envoy was ready to travel, and had invited Peru to talks.") ==
        Set{"brazil invited peru"});
  // "has said" under another finite verb with the same auxiliary: the main clause's.
  CHECK(Triples("Iran has said Kenya has failed to pay, and has urged Chile to mediate.") ==
        Set{"iran urged chile"});
  // With no parallel auxiliary, the infinitive's controller.
  CHECK(Triples("Peru hopes to improve ties and has invited Chile to a summit.") ==
        Set{"peru invited chile"});
}

TEST_CASE("a phrase frame's noun may head a relative clause whose object it is", "[frames]") {
  // "the sanctions (that) X imposed on Y": the noun before the clause's subject is the
  // verb's object; the slot follows the verb, and an outer frame reads past the clause.
  CHECK(Triples("Once Togo held elections, Ghana lifted sanctions it had earlier imposed on "
                "Togo.") == Set{"ghana lifted-sanctions-on togo", "ghana sanctioned togo"});
  // A capitalised word after the verb is its object: no gap, no relative clause.
  CHECK(Triples("Despite sanctions Iran imposed Chavez tariffs on Iraq.").empty());
  CHECK(Triples("The sanctions that Australia imposed on Fiji were lifted in March.") ==
        Set{"australia sanctioned fiji"});
  CHECK(Triples("Peru praised the agreement Chile signed with Bolivia.") ==
        Set{"chile signed-agreement-with bolivia"});
  CHECK(Triples("Norway welcomed the aid which Sweden sent to Somalia.") ==
        Set{"sweden sent-aid-to somalia"});
  // The verb has an object of its own: no relative clause, no frame.
  CHECK(Triples("Despite sanctions Iran imposed tariffs on Iraq.").empty());
}

TEST_CASE("an event noun after a light verb is its subject's act", "[frames]") {
  // A symmetric noun's pair stays the pair: "Qatar issued talks between X and Y".
  CHECK(Triples("Qatar issued talks between Israel and Hamas.") ==
        Set{"israel held-talks-with hamas"});
  CHECK(Triples("Ghana issued fresh calls on Togo to open the border.") ==
        Set{"ghana called-on togo"});
  // A negated or unasserted light verb states no act.
  CHECK(Triples("Ghana did not issue calls on Togo.").empty());
  CHECK(Triples("The Kenyan government issued an urgent appeal to Uganda.") ==
        Set{"kenya appealed-to uganda"});
  CHECK(Triples("Chile made a visit to Peru.") == Set{"chile visited peru"});
  // Other verbs leave the noun to its own possessor, modifier or by-phrase.
  CHECK(Triples("Chile welcomed talks with Peru.").empty());
  CHECK(Triples("Chile welcomed Bolivia's visit to Peru.") == Set{"bolivia visited peru"});
}

TEST_CASE("an infinitive after a request noun's object is requested, not done", "[frames]") {
  CHECK(Triples("The EU repeated its call on Serbia to recognise Kosovo.") ==
        Set{"european-union called-on serbia"});
  CHECK(Triples("Norway's appeal to Sudan to host Chad went unanswered.") ==
        Set{"norway appealed-to sudan"});
  // After a noun that requests nothing, an infinitive of purpose is done.
  CHECK(Triples("Chile made a visit to Peru to meet Bolivian officials.") ==
        Set{"chile visited peru", "chile met bolivia"});
}

TEST_CASE("an event noun's modifier after a clause-opening preposition is its actor", "[frames]") {
  CHECK(Triples("The peso fell after EU sanctions on Belarus took effect.") ==
        Set{"european-union sanctioned belarus"});
  CHECK(Triples("Exports collapsed since Canadian sanctions against Venezuela began.") ==
        Set{"canada sanctioned venezuela"});
  // A full name may be the target ("Iran sanctions" are on Iran), as after a topic's
  // preposition: left alone.
  CHECK(Triples("Trade grew after Iran sanctions on Iraq were eased.").empty());
  CHECK(Triples("Talks on Iran sanctions resumed in Vienna.").empty());
  // A name joined to a participle is no event noun's actor: "Iran-backed attacks".
  CHECK(Triples("Iran-backed sanctions on Iraq angered Kuwait.").empty());
}

TEST_CASE("a lexicon error is reported at file:line:col and the rest loads", "[frames]") {
  std::string long_frame = "verb lean";  // 65 words after the lemma, one more than a frame holds
  for (int i = 0; i < 65; ++i) long_frame += " up";
  ExtractorConfig config;
  config.sources.push_back({"bad.lex",
                            "verb expel O -> expelled cameo=166\nverb Expel O\n"
                            "noun visit to:O\nverb recall O -> recalled cameo=ab\n"
                            "noun visit to:O -> visited cameo=042 object=person|city\n" +
                                long_frame + " O -> x cameo=041\n" +
                                "noun talks -> held-talks cameo=040 symmetric domestic\n" +
                                "noun arrest of:O -> arrested cameo=173 agentless=cop\n" +
                                "verb arrest O -> arrested cameo=173 agentless=army\n"});
  config.allow_data_errors = true;
  std::vector<DataError> errors;
  absl::StatusOr<Extractor> e = Extractor::Create(config, &errors);
  REQUIRE(e.ok());
  std::vector<std::string> where;
  for (const DataError& d : errors) {
    if (d.file == "bad.lex")
      where.push_back(std::to_string(d.line) + ":" + std::to_string(d.column));
  }
  CHECK(where ==
        std::vector<std::string>{"2:6", "3:12", "4:27", "5:38", "6:1", "7:1", "8:1", "9:37"});
}

}  // namespace
}  // namespace attache
