// PETRARCH2 importers over small dictionaries written for these tests
// (tests/data/petrarch/*.txt, PETRARCH2's formats), each format feature shown on sentences
// of our own.
#include <catch2/catch.hpp>
#include <filesystem>

#include "attache/importers.hpp"
#include "test_util.h"

namespace attache {
namespace {

DataSource TestFile(const char* name) {
  const std::filesystem::path path =
      std::filesystem::path(ATTACHE_SOURCE_DIR) / "tests" / "data" / "petrarch" / name;
  absl::StatusOr<DataSource> source = ReadDataFile(path.string());
  if (!source.ok()) std::abort();
  source->name = std::string("petrarch/") + name;  // stable names in the errors checked below
  return *std::move(source);
}

// The extractor over the defaults and all four test dictionaries; their import errors and
// summaries.
struct Imported {
  std::vector<DataError> errors;
  ImportSummary verbs, actors, agents, discards;
  std::optional<Extractor> extractor;

  explicit Imported(bool with_discards = true) {
    ExtractorConfig config;
    config.sources.push_back(ImportPetrarchVerbs(TestFile("verbs.txt"), &errors, &verbs));
    const std::vector<DataSource> actor_files = {TestFile("actors.txt")};
    config.sources.push_back(
        ImportPetrarchActors(actor_files, &*Gazetteer::Default(), &errors, &actors));
    config.sources.push_back(ImportPetrarchAgents(TestFile("agents.txt"), &errors, &agents));
    if (with_discards) {
      config.sources.push_back(
          ImportPetrarchDiscards(TestFile("discards.txt"), &errors, &discards));
    }
    std::vector<DataError> build_errors;
    absl::StatusOr<Extractor> ex = Extractor::Create(config, &build_errors);
    INFO(FormatErrors(build_errors));
    REQUIRE(build_errors.empty());  // importers write only valid attache data
    REQUIRE(ex.ok());
    extractor.emplace(*std::move(ex));
  }
};

const Imported& Shared() {
  static const Imported* const kImported = new Imported();
  return *kImported;
}

// "subject predicate object cameo plover rule" per triple, ids from `ex`.
std::vector<std::string> Lines(const Extractor& ex, std::string_view text,
                               Date date = Date(2020, 6, 1)) {
  const Document doc = testing::ExtractWith(ex, text, date);
  std::vector<std::string> out;
  for (const Triple& t : doc.triples) {
    const Gazetteer& g = ex.gazetteer();
    out.push_back(std::string(g.entity(t.subject.entity).id) + " " + t.predicate + " " +
                  (t.object ? std::string(g.entity(t.object->entity).id) : "-") + " " + t.cameo +
                  " " + t.plover + " " + ex.rules().rule(t.evidence[0].rule).location);
  }
  return out;
}

// The output's actor codes of the first triple's subject and object.
std::pair<std::string, std::string> Codes(const Extractor& ex, std::string_view text, Date date) {
  const Document doc = testing::ExtractWith(ex, text, date);
  if (doc.triples.empty()) return {"no triple", ""};
  const Triple& t = doc.triples[0];
  return {ActorCode(ex.gazetteer(), t.subject, date),
          t.object ? ActorCode(ex.gazetteer(), *t.object, date) : ""};
}

TEST_CASE("PETRARCH verb patterns: synonym sets, noun phrases and targets become frames",
          "[petrarch]") {
  const Extractor& ex = *Shared().extractor;
  // &RELIEF (TO +): a synonym set's member and its generated plural; the target after "to".
  // (The default lexicon has no "ship foods to"; it does code "dispatched relief ... to".)
  CHECK(Lines(ex, "Japan shipped foods to Haiti.") ==
        std::vector<std::string>{"japan sent-humanitarian-aid-to haiti 073 AID verbs.txt:22"});
  // A member ending in _ gets no plural, and a phrase of several words stays one.
  CHECK(Lines(ex, "Japan dispatched relief supplies to Haiti.").size() == 1);
  const std::vector<std::string> unknown_plural =
      Lines(ex, "Japan dispatched relief supplieses to Haiti.");
  REQUIRE(unknown_plural.size() == 1);  // the default lexicon's "dispatch relief to"
  CHECK(unknown_plural[0].find("verbs.txt") == std::string::npos);
  // {EMERGENCY &RELIEF}: no target in the pattern, a one-place event.
  CHECK(Lines(ex, "Norway dispatched emergency food.") ==
        std::vector<std::string>{"norway sent-aid-to - 070 AID verbs.txt:23"});
  // (BY &WATERCRAFT): the label ends in _, so no plurals; BARGE matches, BARGES does not.
  CHECK(Lines(ex, "Chile shipped grain by barge.").size() == 1);
  CHECK(Lines(ex, "Chile shipped grain by barges.").empty());
  // TROOPS (AGAINST) +: the empty preposition phrase before the target.
  CHECK(Lines(ex, "Peru shipped troops against Bolivia.") ==
        std::vector<std::string>{"peru showed-force-against bolivia 150 MOBILIZE verbs.txt:33"});
}

TEST_CASE("PETRARCH verb blocks: codes, inflections, multi-word verbs, alternatives",
          "[petrarch]") {
  const Extractor& ex = *Shared().extractor;
  // The block's code [111] is the bare verb's; the block's pattern (TOWARD/TOWARDS +) is
  // preferred where it matches.
  CHECK(Lines(ex, "Spain reproved Italy.") ==
        std::vector<std::string>{"spain criticized italy 111 ACCUSE verbs.txt:36"});
  CHECK(Lines(ex, "Spain reproved France towards Portugal.") ==
        std::vector<std::string>{"spain accused portugal 112 ACCUSE verbs.txt:39"});
  // {FLUMMOXES FLUMMOXT FLUMMOXING}: the forms given, and no regular ones.
  CHECK(Lines(ex, "Spain flummoxt France.") ==
        std::vector<std::string>{"spain criticized france 111 ACCUSE verbs.txt:38"});
  CHECK(Lines(ex, "Spain flummoxed France.").empty());
  // +LEAN_ON [1041]: the verb and its particle, with the verb's own code.
  CHECK(Lines(ex, "Ghana leaned on Togo.") ==
        std::vector<std::string>{"ghana demanded-resignation-of togo 1041 REQUEST verbs.txt:37"});
  // [050:050]: the same code both ways (a symmetric frame).
  CHECK(Lines(ex, "Fiji reproved alongside Samoa.") ==
        std::vector<std::string>{"fiji improved-ties-with samoa 050 SUPPORT verbs.txt:40"});
}

TEST_CASE("PETRARCH verb import: what cannot be mapped is counted, bad lines are errors",
          "[petrarch]") {
  const Imported& im = Shared();
  INFO(FormatErrors(im.errors));
  CHECK(testing::HasDataError(im.errors, "petrarch/verbs.txt", 31, 4, "synonym set not defined"));
  CHECK(testing::HasDataError(im.errors, "petrarch/verbs.txt", 32, 52, "2 to 4 digits"));
  const std::map<std::string, int>& skipped = im.verbs.skipped;
  CHECK(skipped.at("words before the verb (the subject's head: a parse-tree constraint)") == 1);
  CHECK(skipped.at("skip marker (^)") == 1);
  CHECK(skipped.at("source marker ($ or %) after the verb") == 1);
  CHECK(skipped.at("reverse-direction code only ([:CODE])") == 1);
  CHECK(skipped.at("CAMEO code with no PLOVER category (01x statements)") == 1);
  CHECK(skipped.count("null code [---] (blocks coding in PETRARCH; attache has no blocking "
                      "frame)") == 1);
  CHECK(skipped.at("multi-word verb with words before the verb (RE_+ARREST)") == 1);
  CHECK(skipped.at("transformation (~): needs event nesting") == 1);
  CHECK(im.verbs.read == 14);
  CHECK(im.verbs.mapped == 6);
  // Neither skipped words before the verb nor the null-coded CARGO pattern code anything.
  CHECK(Lines(*im.extractor, "Japan shipped cargo to Haiti.").empty());
}

TEST_CASE("PETRARCH actors: dated codes, merges with the gazetteer, new entities", "[petrarch]") {
  const Extractor& ex = *Shared().extractor;
  const Gazetteer& g = ex.gazetteer();
  // [PLW] is Palau's code: BELAU is now one of its names.
  CHECK(testing::MentionIds(testing::ExtractWith(ex, "Belau protested.")) ==
        std::vector<std::string>{"palau"});
  // Dated codes on lines of their own, the undated one for other dates.
  const std::string_view met = "John Q Example met Mara Testwoman.";
  CHECK(Codes(ex, met, Date(2020, 6, 1)) ==
        std::pair<std::string, std::string>{"PLWGOV", "TONELI"});
  CHECK(Codes(ex, met, Date(2024, 6, 1)) ==
        std::pair<std::string, std::string>{"PLWELI", "TONGOV"});
  // [PLWGOV <180101]: until that date, and no code after it.
  CHECK(Codes(ex, "Oskar Probe met Mara Testwoman.", Date(2017, 1, 1)).first == "PLWGOV");
  CHECK(Codes(ex, "Oskar Probe met Mara Testwoman.", Date(2019, 1, 1)).first.empty());
  // The types: a person (dated codes), an armed group (REB), an organisation.
  REQUIRE(g.Find("john-q-example").has_value());
  CHECK(g.Find("john-q-example")->type == EntityType::kPerson);
  REQUIRE(g.Find("northern-reef-brigade").has_value());
  CHECK(g.Find("northern-reef-brigade")->type == EntityType::kArmedGroup);
  CHECK(g.entity(g.Find("northern-reef-brigade")->country).id == "palau");
  CHECK(g.Find("union-of-pacific-networkers")->type == EntityType::kOrganization);
  const Imported& im = Shared();
  CHECK(testing::HasDataError(im.errors, "petrarch/actors.txt", 14, 15, "3 to 15 capital"));
  CHECK(testing::HasDataError(im.errors, "petrarch/actors.txt", 15, 18, "YYMMDD or YYYYMMDD"));
}

TEST_CASE("PETRARCH agents become agent nouns of their sector", "[petrarch]") {
  const Extractor& ex = *Shared().extractor;
  CHECK(Codes(ex, "Chadian marshals arrested Sudanese traders.", Date(2020, 6, 1)) ==
        std::pair<std::string, std::string>{"TCDCOP", "SDNCVL"});
  // !GUARD! substitutions, and ~GOVTRS as GOV with its plural given in {...}.
  CHECK(Codes(ex, "Chad's coastwardens attacked Sudan.", Date(2020, 6, 1)).first == "TCDMIL");
  CHECK(Codes(ex, "The Chadian exchequers sanctioned Sudan.", Date(2020, 6, 1)).first == "TCDGOV");
  // Without the import "marshals" is no agent: the event has no actor.
  CHECK(testing::ExtractWith(testing::DefaultExtractor(),
                             "Chadian marshals arrested Sudanese traders.")
            .triples.empty());
  const ImportSummary& s = Shared().agents;
  CHECK(s.skipped.at("sector ENV has no attache class") == 1);
  CHECK(s.skipped.at("organisation-type code (NGO~, IGO~, ...): no attache sector") == 1);
  // FRONTIER_MARSHAL and its plural.
  CHECK(s.skipped.at("multi-word agent (attache's structure stage reads one-word agent nouns)") ==
        2);
  CHECK(testing::HasDataError(Shared().errors, "petrarch/agents.txt", 9, 1, "needs a [~CODE]"));
}

TEST_CASE("PETRARCH words are counted as the lexicon counts them: hyphens split words",
          "[petrarch]") {
  // A pattern of 14 words as text is tokenized (three hyphens are words too), longer than
  // a class phrase's 8, and an agent that tokenizes into 13 words.
  const DataSource verbs{"long.txt",
                         "--- COUNTERSIGN [057] ---\n"
                         "COUNTERSIGN\n"
                         "- * A LONG-WINDED TEN-POINT PLAN FOR THE NORTH-EAST BORDER (WITH +) "
                         "[057]\n"};
  const DataSource agents{"long-agents.txt",
                          "RIVER-AND-COAST-AND-PORT-WARDEN [~COP]\n"
                          "NON-CITIZEN [~CVL]\n"
                          "SKIPPER [~COP]\n"};
  std::vector<DataError> errors;
  ImportSummary verb_summary, agent_summary;
  ExtractorConfig config;
  config.sources.push_back(ImportPetrarchVerbs(verbs, &errors, &verb_summary));
  config.sources.push_back(ImportPetrarchAgents(agents, &errors, &agent_summary));
  std::vector<DataError> build_errors;
  absl::StatusOr<Extractor> ex = Extractor::Create(config, &build_errors);
  INFO(FormatErrors(errors) << FormatErrors(build_errors));
  REQUIRE(errors.empty());
  REQUIRE(build_errors.empty());  // no "a phrase has 1 to 8 words"
  REQUIRE(ex.ok());
  CHECK(verb_summary.mapped == 1);
  CHECK(verb_summary.skipped.empty());
  // The frame's words are the text's tokens, hyphens included, so the pattern matches.
  CHECK(Lines(*ex,
              "Ghana countersigned a long-winded ten-point plan for the north-east border with "
              "Togo.") ==
        std::vector<std::string>{"ghana signed-agreement-with togo 057 AGREE long.txt:3"});
  // The hyphenated agents are several words each: skipped, the one-word one written.
  CHECK(agent_summary.skipped.at(
            "multi-word agent (attache's structure stage reads one-word agent nouns)") == 4);
  CHECK(agent_summary.written == 2);  // SKIPPER and SKIPPERS
}

TEST_CASE("PETRARCH frames longer than a lexicon frame holds are skipped, not errors",
          "[petrarch]") {
  // A multi-word verb whose words after the verb are 70 tokens once its hyphens split it
  // (a lexicon frame has at most 64), beside a short one that is kept.
  std::string particle = "UP";
  for (int i = 0; i < 35; ++i) particle += "-X";
  const DataSource verbs{
      "overlong.txt", "--- LEAN [041] ---\n+LEAN_" + particle + "\n+LEAN_ON\n- * TOWARD + [042]\n"};
  std::vector<DataError> errors;
  ImportSummary summary;
  ExtractorConfig config;
  config.sources.push_back(ImportPetrarchVerbs(verbs, &errors, &summary));
  std::vector<DataError> build_errors;
  absl::StatusOr<Extractor> ex = Extractor::Create(config, &build_errors);
  INFO(FormatErrors(errors) << FormatErrors(build_errors));
  REQUIRE(errors.empty());
  REQUIRE(build_errors.empty());
  REQUIRE(ex.ok());
  CHECK(summary.skipped.at("more than 64 words after the verb") == 2);  // its code and pattern
  CHECK(Lines(*ex, "Chile leaned on Peru.") ==
        std::vector<std::string>{"chile held-call-with peru 041 CONSULT overlong.txt:3"});
}

TEST_CASE("PETRARCH discards leave their sentence, or their story, without events", "[petrarch]") {
  const Extractor& ex = *Shared().extractor;
  const Imported without(false);
  const std::string_view cup = "In the Reef Cup final Brazil attacked France. Iran accused Israel.";
  CHECK(Lines(*without.extractor, cup).size() == 2);
  CHECK(Lines(ex, cup).size() == 1);  // the first sentence is discarded
  const std::string_view league = "Iran accused Israel. The Coral League was postponed.";
  CHECK(Lines(*without.extractor, league).size() == 1);
  CHECK(Lines(ex, league).empty());  // +CORAL LEAGUE: the whole story
  CHECK(testing::HasDataError(Shared().errors, "petrarch/discards.txt", 4, 1,
                              "a discard phrase is words"));
}

}  // namespace
}  // namespace attache
