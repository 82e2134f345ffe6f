#include "attache/grammar.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <tuple>

#include "test_util.h"

namespace attache {
namespace {

using testing::Extract;
using testing::FindTriple;
using testing::TripleStrings;

std::vector<DataError> BuildErrors(std::string_view rules_text) {
  std::vector<DataSource> sources = DefaultDataSources();
  sources.push_back({"user.rules", std::string(rules_text)});
  std::vector<DataError> errors;
  RuleSet::Build(sources, testing::DefaultExtractor().gazetteer(), &errors);
  return errors;
}

TEST_CASE("the default rules compile without errors", "[grammar]") {
  std::vector<DataError> errors;
  RuleSet rules =
      RuleSet::Build(DefaultDataSources(), testing::DefaultExtractor().gazetteer(), &errors);
  INFO(FormatErrors(errors));
  CHECK(errors.empty());
  CHECK(rules.size() >= 40);
  std::size_t frames = 0;
  for (std::uint32_t r = 0; r < rules.size(); ++r) {
    const RuleInfo& info = rules.rule(r);
    INFO(info.location);
    // Rules have a bounded span; the event lexicon's frames (after them) find their
    // arguments by role instead.
    const bool frame = info.location.find(".lex:") != std::string::npos;
    frames += frame;
    CHECK((frame ? info.max_span == 0 : info.max_span > 0));
    CHECK((frame || info.location.find(".rules:") != std::string::npos));
    CHECK(!info.plover.empty());
  }
  CHECK(frames > 0);
}

TEST_CASE("syntax errors point at file:line:col; the other rules still load", "[grammar]") {
  std::vector<DataError> errors = BuildErrors(
      "class greet: hello hi;\n"
      "rule good_one: S=<actor> @greet O=<actor> -> S greeted O cameo=010;\n"
      "rule broken: S=<actor> @greet O=<actor> S greeted O;\n"
      "rule bad_type: S=<PLANET> @greet O=<actor> -> S greeted O;\n"
      "rule bad_class: S=<actor> @nonexistent O=<actor> -> S greeted O;\n"
      "rule bad_capture: S=<actor> @greet O=<actor> -> S greeted X;\n"
      "rule bad_gap: S=<actor> ~99 @greet O=<actor> -> S greeted O;\n"
      "rule unclosed: S=<actor> (@greet O=<actor> -> S greeted O;\n"
      "rule bad_id: S=<=atlantis> @greet O=<actor> -> S greeted O;\n"
      "rule good_two: S=<actor> \"waved\" \"at\" O=<actor> -> S waved-at O;\n"
      "rule missing_semicolon: S=<actor> @greet O=<actor> -> S greeted O\n");
  INFO(FormatErrors(errors));
  CHECK(testing::HasDataError(errors, "user.rules", 3, 41, "expected"));
  CHECK(testing::HasDataError(errors, "user.rules", 4, 18, "unknown entity type"));
  CHECK(testing::HasDataError(errors, "user.rules", 5, 27, "unknown word class"));
  CHECK(testing::HasDataError(errors, "user.rules", 6, 49, "object X is not captured"));
  CHECK(testing::HasDataError(errors, "user.rules", 7, 25, "gap"));
  CHECK(testing::HasDataError(errors, "user.rules", 8, 44, "expected ')'"));
  CHECK(testing::HasDataError(errors, "user.rules", 9, 16, "unknown entity id"));
  CHECK(testing::HasDataError(errors, "user.rules", 11, 1, "missing its final ';'"));
  // good_one and good_two compiled despite the errors around them.
  std::vector<DataSource> sources = DefaultDataSources();
  sources.push_back({"user.rules",
                     "class greet: hello hi;\n"
                     "rule broken: S=<actor> @greet O=<actor> S greeted O;\n"
                     "rule good_two: S=<actor> \"waved\" \"at\" O=<actor> -> S waved-at O;\n"});
  ExtractorConfig config;
  config.include_defaults = false;
  config.sources = sources;
  config.allow_data_errors = true;
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  REQUIRE(ex.ok());
  ExtractOptions options;
  options.date = Date(2025, 1, 1);
  absl::StatusOr<Document> doc = ex->Extract("Chile waved at Peru.", options);
  REQUIRE(doc.ok());
  REQUIRE(doc->triples.size() == 1);
  CHECK(doc->triples[0].predicate == "waved-at");
}

TEST_CASE("a rule is tried when a phrase of its class begins a sentence's word", "[grammar]") {
  // The matcher skips sentences none of whose words can start a rule its mentions could
  // fill; a phrase class counts at its first word, and a rule needing three entities waits
  // for three mentions.
  ExtractorConfig config;
  config.sources.push_back(
      {"user.rules",
       "class parley: \"sat down for talks with\" \"broke bread with\";\n"
       "rule parley: S=<actor> @parley O=<actor> -> S parleyed-with O;\n"
       "rule trio: S=<actor> \"brokered\" ~~4 O=<actor> ~2 <actor> -> S brokered-with O;\n"});
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  REQUIRE(ex.ok());
  auto has = [&](std::string_view text, std::string_view predicate) {
    return testing::HasPredicate(testing::ExtractWith(*ex, text), predicate);
  };
  CHECK(has("Chile sat down for talks with Peru.", "parleyed-with"));
  CHECK(has("Chile broke bread with Peru.", "parleyed-with"));
  CHECK_FALSE(has("Chile sat down with Peru.", "parleyed-with"));
  CHECK(has("Qatar brokered a deal for Chile with Peru.", "brokered-with"));
  CHECK_FALSE(has("Qatar brokered a deal for Chile.", "brokered-with"));
}

TEST_CASE("the words that coordinate mentions and mark a passive agent are data", "[grammar]") {
  // The default data's `coordinator` class is "and", "&", "nor"; `agent_marker` is "by".
  // Edited copies of words.rules change what the matcher groups and guards.
  auto extractor_with = [](std::string_view from, std::string_view to) {
    ExtractorConfig config;
    config.include_defaults = false;
    for (DataSource source : DefaultDataSources()) {
      if (source.name.ends_with("words.rules")) {
        const std::size_t at = source.content.find(from);
        REQUIRE(at != std::string::npos);
        source.content.replace(at, from.size(), to);
      }
      config.sources.push_back(std::move(source));
    }
    absl::StatusOr<Extractor> ex = Extractor::Create(config);
    REQUIRE(ex.ok());
    return *std::move(ex);
  };
  auto has = [](const Extractor& ex, std::string_view text, const char* s, const char* p,
                const char* o) {
    return FindTriple(testing::ExtractWith(ex, text), s, p, o) != nullptr;
  };
  const std::string_view plus = "Egypt plus Jordan signed a water-sharing agreement.";
  const std::string_view amp = "Egypt & Jordan signed a water-sharing agreement.";
  CHECK_FALSE(has(testing::DefaultExtractor(), plus, "egypt", "signed-agreement-with", "jordan"));
  CHECK(has(testing::DefaultExtractor(), amp, "egypt", "signed-agreement-with", "jordan"));
  const Extractor with_plus =
      extractor_with("class coordinator: and \"&\" nor;", "class coordinator: and plus nor;");
  CHECK(has(with_plus, plus, "egypt", "signed-agreement-with", "jordan"));
  CHECK_FALSE(has(with_plus, amp, "egypt", "signed-agreement-with", "jordan"));

  // The passive's agent is read after a word of `agent_marker`.
  const std::string_view by = "Ukraine was attacked by Russia on Monday.";
  const std::string_view through = "Ukraine was attacked through Russia on Monday.";
  CHECK(has(testing::DefaultExtractor(), by, "russia", "attacked", "ukraine"));
  CHECK_FALSE(has(testing::DefaultExtractor(), by, "ukraine", "attacked", "russia"));
  const Extractor other_agent =
      extractor_with("class agent_marker: by;", "class agent_marker: through;");
  CHECK_FALSE(has(other_agent, by, "russia", "attacked", "ukraine"));
  CHECK(has(other_agent, through, "russia", "attacked", "ukraine"));

  // Attribution reads the same class: "allegations by X" names who alleges.
  const std::string_view alleged =
      "Allegations by Ukraine that Belarus sent shells to Russia grew.";
  auto alleger = [&](const Extractor& ex) -> std::string {
    const Document doc = testing::ExtractWith(ex, alleged);
    const Triple* t = FindTriple(doc, "belarus", "supplied-artillery-to", "russia");
    REQUIRE(t != nullptr);
    return t->attributed_to ? testing::IdOf(t->attributed_to->entity) : "";
  };
  CHECK(alleger(testing::DefaultExtractor()) == "ukraine");
  CHECK(alleger(other_agent) != "ukraine");
}

TEST_CASE("Create fails on data errors unless allowed", "[grammar]") {
  ExtractorConfig config;
  config.sources.push_back({"user.rules", "rule nope: <actor> -> S x;\n"});
  std::vector<DataError> errors;
  absl::StatusOr<Extractor> ex = Extractor::Create(config, &errors);
  CHECK_FALSE(ex.ok());
  CHECK(absl::IsInvalidArgument(ex.status()));
  CHECK_FALSE(errors.empty());
}

TEST_CASE("word class cycles and self references are reported", "[grammar]") {
  std::vector<DataError> errors = BuildErrors(
      "class a_words: alpha @b_words;\n"
      "class b_words: beta @a_words;\n"
      "class self_ref: gamma @self_ref;\n"
      "class a_words: again;\n");
  INFO(FormatErrors(errors));
  CHECK(testing::HasDataError(errors, "user.rules", 3, 23, "refers to itself"));
  CHECK(testing::HasDataError(errors, "user.rules", 2, 21, "cycle"));
  CHECK(testing::HasDataError(errors, "user.rules", 4, 7, "defined twice"));
}

TEST_CASE("an item capture fills the predicate", "[grammar]") {
  Document doc = Extract(
      "Iran supplied Russia with drones. Washington sent Kyiv artillery shells. "
      "North Korea shipped missiles to Russia.");
  CHECK(FindTriple(doc, "iran", "supplied-drones-to", "russia") != nullptr);
  CHECK(FindTriple(doc, "united-states", "supplied-artillery-to", "ukraine") != nullptr);
  CHECK(FindTriple(doc, "north-korea", "supplied-missiles-to", "russia") != nullptr);
  const Triple* t = FindTriple(doc, "iran", "supplied-drones-to", "russia");
  REQUIRE(t != nullptr);
  CHECK(t->item == "drones");
  CHECK(t->cameo == "072");
  CHECK(t->plover == "AID");
}

TEST_CASE("active, passive and talks", "[grammar]") {
  Document doc = Extract(
      "Armenian Prime Minister Nikol Pashinyan met Georgian Prime Minister Irakli Kobakhidze in "
      "Tbilisi. Kazakh President Kassym-Jomart Tokayev was hosted by Uzbek President Shavkat "
      "Mirziyoyev in Tashkent. Hakan Fidan held talks with Sergey Lavrov on Friday.",
      Date(2025, 3, 1));
  INFO(testing::TripleStrings(doc).size());
  CHECK(FindTriple(doc, "nikol-pashinyan", "met", "irakli-kobakhidze") != nullptr);
  CHECK(FindTriple(doc, "shavkat-mirziyoyev", "hosted", "kassym-jomart-tokayev") != nullptr);
  CHECK(FindTriple(doc, "hakan-fidan", "held-talks-with", "sergey-lavrov") != nullptr);
}

TEST_CASE("coordination: pairs and distributed objects", "[grammar]") {
  Document doc =
      Extract("Egypt and Jordan signed a water-sharing agreement. Erdogan met Putin and Zelensky.");
  CHECK(FindTriple(doc, "egypt", "signed-agreement-with", "jordan") != nullptr);
  CHECK(FindTriple(doc, "recep-tayyip-erdogan", "met", "vladimir-putin") != nullptr);
  CHECK(FindTriple(doc, "recep-tayyip-erdogan", "met", "volodymyr-zelensky") != nullptr);
}

TEST_CASE("a rule reports a statement once per trigger, however many starts reach it",
          "[grammar]") {
  // "the United States" can start at "the" or at the name: two starts of one rule that end
  // in the same statement with the same trigger give one piece of evidence, not two.
  Document doc = Extract(
      "Later, the United States and Britain sent several new missiles to Ukraine near the "
      "border.");
  const Triple* t = FindTriple(doc, "united-states", "supplied-missiles-to", "ukraine");
  REQUIRE(t != nullptr);
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> seen;
  for (const Evidence& e : t->evidence) seen.emplace_back(e.rule, e.trigger.begin, e.trigger.end);
  std::sort(seen.begin(), seen.end());
  CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
  CHECK(seen.size() == 1);  // one sentence, one trigger: one piece of evidence
}

TEST_CASE("a long coordination relates every member, each pair once", "[grammar]") {
  // Ten subjects and two objects: twenty matches of one rule in one sentence, past the
  // number the matcher compares one by one for repeats.
  Document doc = Extract(
      "The leaders of Iran, Iraq, Syria, Turkey, Egypt, Jordan, Qatar, Oman, Kuwait and Yemen "
      "met Russia and China in Geneva on Monday.");
  const char* members[] = {"iran",   "iraq",  "syria", "turkey", "egypt",
                           "jordan", "qatar", "oman",  "kuwait", "yemen"};
  for (const char* subject : members) {
    for (const char* object : {"russia", "china"}) {
      INFO(subject << " met " << object);
      CHECK(FindTriple(doc, subject, "met", object) != nullptr);
    }
  }
  std::vector<std::string> statements = TripleStrings(doc);
  std::sort(statements.begin(), statements.end());
  CHECK(std::adjacent_find(statements.begin(), statements.end()) == statements.end());
}

TEST_CASE("title and apposition chains", "[grammar]") {
  Document doc = Extract(
      "Azerbaijani President Ilham Aliyev urged Armenian Prime Minister Nikol Pashinyan to sign "
      "the text. Lukashenko, a long-time ally of Putin, praised Chinese President Xi Jinping.");
  CHECK(FindTriple(doc, "ilham-aliyev", "urged", "nikol-pashinyan") != nullptr);
  CHECK(FindTriple(doc, "alexander-lukashenko", "praised", "xi-jinping") != nullptr);
}

TEST_CASE("participles and complements", "[grammar]") {
  Document doc = Extract(
      "London has grown wary of Pyongyang, accusing it of sending Moscow shells. "
      "Syria has drifted toward Iran, buying drones from Tehran. "
      "Egypt said it signed a contract with France to purchase Rafale fighter jets.",
      Date(2024, 1, 1));
  CHECK(FindTriple(doc, "united-kingdom", "accused", "north-korea") != nullptr);
  CHECK(FindTriple(doc, "north-korea", "supplied-artillery-to", "russia") != nullptr);
  CHECK(FindTriple(doc, "egypt", "purchased-fighter-jets-from", "france") != nullptr);
}

TEST_CASE("nominalisations", "[grammar]") {
  Document doc = Extract(
      "Russia's invasion of Ukraine dominated the summit. The US decision to supply cluster "
      "munitions to Ukraine drew criticism. Erdogan's visit to Budapest was brief.");
  CHECK(FindTriple(doc, "russia", "invaded", "ukraine") != nullptr);
  CHECK(FindTriple(doc, "united-states", "supplied-weapons-to", "ukraine") != nullptr);
  CHECK(FindTriple(doc, "recep-tayyip-erdogan", "visited", "hungary") != nullptr);
}

TEST_CASE("capitals and demonyms act", "[grammar]") {
  Document doc =
      Extract("Washington warned Pyongyang. Seoul condemned the Russian strikes on Ukraine.");
  CHECK(FindTriple(doc, "united-states", "warned", "north-korea") != nullptr);
  CHECK(FindTriple(doc, "russia", "attacked", "ukraine") != nullptr);
}

TEST_CASE("no rule, no triple: no catch-all statement coding", "[grammar]") {
  Document doc = Extract("Iran and Belarus issued statements about the weather on Tuesday.");
  CHECK(doc.triples.empty());
}

// Linearity itself is measured by bench/hostile_bench.cc; this checks the result.
TEST_CASE("an 18 000-token sentence with 9 000 mentions still gives its triple", "[grammar]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Iran met Russia and China , ";
  text += "Iran met Russia.";
  Document doc = Extract(text);
  CHECK(FindTriple(doc, "iran", "met", "russia") != nullptr);
  CHECK(doc.triples.size() == 2);  // met Russia, met China: each evidence once per sentence
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("wire-copy forms: determiners, reporting clauses, fire at, local plurals", "[grammar]") {
  Document doc = testing::Extract(
      "ROME, May 2, 2024 - Italian Foreign Minister Antonio Tajani met his Egyptian counterpart "
      "Badr Abdelatty on Monday, the Italian foreign ministry said.\n\n"
      "Greece hosted Cyprus in Athens, where the two countries signed a maritime accord.\n\n"
      "Syria shelled Turkish positions, the Turkish army said, while Iraq fired rockets at "
      "Kuwait.\n\n"
      "Japan sent relief supplies to Nepal, Indian officials said.");
  CHECK(testing::FindTriple(doc, "antonio-tajani", "met", "badr-abdelatty") != nullptr);
  const Triple* signed_ = testing::FindTriple(doc, "greece", "signed-agreement-with", "cyprus");
  if (signed_ == nullptr)
    signed_ = testing::FindTriple(doc, "cyprus", "signed-agreement-with", "greece");
  CHECK(signed_ != nullptr);
  CHECK(testing::FindEvent(doc, "syria", "ASSAULT", "turkey") != nullptr);
  const Triple* fired = testing::FindEvent(doc, "iraq", "ASSAULT", "kuwait");
  REQUIRE(fired != nullptr);
  CHECK_FALSE(fired->attributed_to.has_value());  // "..., the army said, while ..." ends the report
  // "Nepal, Indian officials said": the comma opens a reporting clause, not a list.
  for (const Triple& t : doc.triples)
    CHECK(testing::IdOf(t.object ? t.object->entity : kNoEntity) != "india");
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("pledges, proposed sanctions, clashes and joint appearances", "[grammar]") {
  Document doc = testing::Extract(
      "Canada pledged new artillery shells to Ukraine. The European Union proposed sanctions on "
      "Iranian airlines. Armenia and Azerbaijan exchanged fire on the border. Modi and Albanese "
      "held a joint news conference in Delhi.",
      Date(2024, 3, 1));
  const Triple* pledge = testing::FindTriple(doc, "canada", "supplied-artillery-to", "ukraine");
  REQUIRE(pledge != nullptr);
  CHECK(pledge->modality == Modality::kPlanned);
  const Triple* sanction = testing::FindTriple(doc, "european-union", "sanctioned", "iran");
  REQUIRE(sanction != nullptr);
  CHECK(sanction->modality == Modality::kPlanned);
  CHECK(testing::FindPair(doc, "armenia", "ASSAULT", "azerbaijan") != nullptr);
  CHECK((testing::FindTriple(doc, "narendra-modi", "met", "anthony-albanese") != nullptr ||
         testing::FindTriple(doc, "anthony-albanese", "met", "narendra-modi") != nullptr));
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("arming, approved sales, legal cases and expulsions", "[grammar]") {
  Document doc = testing::Extract(
      "Moscow has long denied arming the Taliban. Germany approved the export of tanks to "
      "Poland. Nicaragua filed a case against Germany at the World Court. Mali expelled the "
      "French ambassador. Yemen's armed Houthi group claimed the attack.",
      Date(2024, 3, 1));
  const Triple* armed = testing::FindTriple(doc, "russia", "supplied-weapons-to", "taliban");
  REQUIRE(armed != nullptr);
  REQUIRE(armed->denied_by.size() == 1);
  CHECK(testing::IdOf(armed->denied_by[0].entity) == "russia");
  const Triple* sale = testing::FindTriple(doc, "germany", "supplied-tanks-to", "poland");
  REQUIRE(sale != nullptr);
  CHECK(sale->modality == Modality::kPlanned);
  CHECK(testing::FindTriple(doc, "nicaragua", "filed-case-against", "germany") != nullptr);
  CHECK(testing::FindTriple(doc, "mali", "expelled", "france") != nullptr);
  CHECK(testing::FindTriple(doc, "yemen", "supplied-weapons-to", "houthis") == nullptr);
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("passives, visits by, phone pairs and appositions after plurals", "[grammar]") {
  Document doc = testing::Extract(
      "Georgia was attacked by Russia in 2008.\n\n"
      "Syria was sanctioned by the Arab League.\n\n"
      "A visit by Turkish President Recep Tayyip Erdogan to Baghdad was announced.\n\n"
      "Chile hosted Peru.\n\nMacron and Scholz, the two leaders, spoke by phone on Friday.",
      Date(2023, 6, 1));
  CHECK(testing::FindTriple(doc, "russia", "attacked", "georgia") != nullptr);
  CHECK(testing::FindTriple(doc, "georgia", "attacked", "russia") == nullptr);
  CHECK(testing::FindTriple(doc, "arab-league", "sanctioned", "syria") != nullptr);
  CHECK(testing::FindTriple(doc, "recep-tayyip-erdogan", "visited", "iraq") != nullptr);
  int calls = 0;
  for (const Triple& t : doc.triples) calls += t.predicate == "held-call-with";
  CHECK(calls == 1);
  CHECK((testing::FindTriple(doc, "emmanuel-macron", "held-call-with", "olaf-scholz") != nullptr ||
         testing::FindTriple(doc, "olaf-scholz", "held-call-with", "emmanuel-macron") != nullptr));
}

TEST_CASE("rules whose trigger is a literal, an alternative or nothing at all", "[grammar]") {
  ExtractorConfig config;
  config.sources.push_back({"user.rules",
                            "rule snub: S=<actor> ~2 \"snubbed\" O=<actor> -> S snubbed O;\n"
                            "rule hail: S=<actor> ~2 (\"lauded\" | \"hailed\") O=<actor>\n"
                            "  -> S hailed O;\n"
                            "rule rebuff: S=<actor> ~2 (@deny_strict ~2 \"from\" | \"turned\" "
                            "\"away\") O=<actor> -> S rebuffed O;\n"
                            "rule beside: S=<PERSON> O=<COUNTRY> -> S beside O;\n"});
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  REQUIRE(ex.ok());
  auto triples = [&](std::string_view text) {
    ExtractOptions options;
    options.date = Date(2024, 3, 1);
    absl::StatusOr<Document> doc = ex->Extract(text, options);
    REQUIRE(doc.ok());
    return TripleStrings(*doc);
  };
  auto has = [](const std::vector<std::string>& all, std::string_view t) {
    return std::find(all.begin(), all.end(), t) != all.end();
  };
  CHECK(has(triples("Peru snubbed Chile."), "peru snubbed chile"));
  CHECK(has(triples("Peru openly lauded the UAE."), "peru hailed united-arab-emirates"));
  CHECK(has(triples("Peru hailed Chile."), "peru hailed chile"));
  CHECK(has(triples("Peru turned away Chile."), "peru rebuffed chile"));
  // The trigger without a second entity, or with its entities out of reach: nothing.
  // (Chile is named, but too far after the trigger for the pattern.)
  CHECK_FALSE(has(triples("Peru snubbed the long-planned trade proposal from Chile."),
                  "peru snubbed chile"));
  CHECK(triples("Peru snubbed the proposal.").empty());
  CHECK(triples("Chile, which many observers in the region had long expected to object, "
                "was snubbed.")
            .empty());
  // A rule with no word at all is tried everywhere.
  CHECK(has(triples("Lukashenko Belarus."), "alexander-lukashenko beside belarus"));
}

// An extractor with the default data and `rules_text` as an extra rule file.
Extractor WithRules(std::string_view rules_text) {
  ExtractorConfig config;
  config.sources.push_back({"user.rules", std::string(rules_text)});
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  REQUIRE(ex.ok());
  return *std::move(ex);
}

// The trigger text of each piece of evidence for `predicate` with subject "peru".
std::vector<std::string> Triggers(const Extractor& ex, std::string_view text,
                                  std::string_view predicate) {
  ExtractOptions options;
  options.date = Date(2024, 3, 1);
  absl::StatusOr<Document> doc = ex.Extract(text, options);
  REQUIRE(doc.ok());
  std::vector<std::string> out;
  for (const Triple& t : doc->triples) {
    if (t.predicate != predicate || ex.gazetteer().entity(t.subject.entity).id != "peru") {
      continue;
    }
    for (const Evidence& e : t.evidence) {
      out.emplace_back(text.substr(e.trigger.begin, e.trigger.end - e.trigger.begin));
    }
  }
  return out;
}

TEST_CASE("a match follows leftmost-first priorities", "[grammar]") {
  const Extractor ex = WithRules(
      "class salvo: rocket volley \"rocket volley\";\n"
      // A repetition takes as many items as it can: the trigger is what remains.
      "rule greedy: S=<actor> \"fired\" (!@determiner){0,1} T=@salvo \"at\" O=<actor>\n"
      "  -> S greedy O;\n"
      // Of a class's phrases starting at one word, the longest is tried first.
      "rule longest: S=<actor> \"fired\" T=@salvo ~1 \"at\" O=<actor> -> S longest O;\n"
      // A gap is as short as it can be.
      "rule shortest: S=<actor> ~3 T=@salvo ~3 O=<actor> -> S shortest O;\n"
      // The first alternative that leads to a match wins (both lead to one here).
      "rule first: S=<actor> \"fired\" (\"rocket\" T=\"volley\" | T=\"rocket\" ~1) \"at\"\n"
      "  O=<actor> -> S first O;\n");
  const std::string text = "Peru fired rocket volley at Chile.";
  CHECK(Triggers(ex, text, "greedy") == std::vector<std::string>{"volley"});
  CHECK(Triggers(ex, text, "longest") == std::vector<std::string>{"rocket volley"});
  CHECK(Triggers(ex, text, "shortest") == std::vector<std::string>{"rocket volley"});
  CHECK(Triggers(ex, text, "first") == std::vector<std::string>{"volley"});
}

TEST_CASE("every start of a rule finds its match, however many starts share a sentence",
          "[grammar]") {
  // Wide gaps make a program of a few hundred instructions; with a trigger every few items
  // over thousands of items, the starts no longer share one set of search marks but are
  // matched in runs. Each occurrence is found once, with its own trigger.
  const Extractor ex = WithRules(
      "rule wide: S=<actor> ~~0..32 T=\"hailed\" ~~0..32 O=<actor> -> S wide-hailed O;\n");
  std::string text;
  constexpr int kRepeats = 4900;
  for (int i = 0; i < kRepeats; ++i) text += "Peru hailed Chile , ";
  text += "Peru hailed Chile.";
  const std::vector<std::string> triggers = Triggers(ex, text, "wide-hailed");
  CHECK(triggers.size() == kRepeats + 1);
  CHECK(std::all_of(triggers.begin(), triggers.end(),
                    [](const std::string& t) { return t == "hailed"; }));
}

TEST_CASE("explain lists rules whose trigger occurs but that did not match", "[grammar]") {
  ExtractOptions options;
  options.explain = true;
  options.date = Date(2024, 3, 1);
  absl::StatusOr<Document> doc = testing::DefaultExtractor().Extract(
      "Peru supplied yesterday. Chile signed a contract in the morning. Peru bought nothing.",
      options);
  REQUIRE(doc.ok());
  INFO(doc->explanation);
  // Triggered by a word class, by an alternative of words, and by a class again.
  CHECK(doc->explanation.find("near miss supplied_to ") != std::string::npos);
  CHECK(doc->explanation.find("near miss purchased_contract ") != std::string::npos);
  CHECK(doc->explanation.find("near miss purchased_from ") != std::string::npos);
  // A rule whose trigger is absent is not a near miss.
  CHECK(doc->explanation.find("near miss armed ") == std::string::npos);
}

TEST_CASE("a capitalised word inside a sentence is part of a name, not a verb", "[grammar]") {
  ExtractOptions options;
  options.explain = true;
  options.date = Date(2024, 3, 1);
  absl::StatusOr<Document> doc = testing::DefaultExtractor().Extract(
      "Kenya summoned the Uganda Charge d'Affaires on Monday. Kenya Expels Ugandan Envoy", options);
  REQUIRE(doc.ok());
  INFO(doc->explanation);
  CHECK(doc->explanation.find("verb group 'summoned'") != std::string::npos);
  CHECK(doc->explanation.find("verb group 'Charge'") == std::string::npos);
  // A title-case headline's verbs are capitalised.
  CHECK(doc->explanation.find("verb group 'Expels'") != std::string::npos);
  CHECK(testing::FindTriple(*doc, "kenya", "expelled", "uganda") != nullptr);
}

}  // namespace
}  // namespace attache
