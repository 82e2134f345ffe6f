#include <malloc.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <set>
#include <thread>

#include "attache/attribution.hpp"
#include "fmt/format.h"
#include "fmt/ranges.h"
#include "test_util.h"

namespace attache {
namespace {

using testing::Extract;
using testing::FindTriple;
using testing::IdOf;

std::vector<std::string> Ids(const std::vector<Argument>& args) {
  std::vector<std::string> out;
  for (const Argument& a : args) out.push_back(IdOf(a.entity));
  return out;
}

TEST_CASE("an accusation with a denial is alleged, attributed and denied", "[attribution]") {
  Document doc =
      Extract("Washington accused Tehran of providing Moscow with drones, which Tehran denies.");
  const Triple* t = FindTriple(doc, "iran", "supplied-drones-to", "russia");
  REQUIRE(t != nullptr);
  CHECK(t->modality == Modality::kAlleged);
  REQUIRE(t->attributed_to.has_value());
  CHECK(IdOf(t->attributed_to->entity) == "united-states");
  CHECK(Ids(t->denied_by) == std::vector<std::string>{"iran"});
  CHECK(t->polarity == Polarity::kAsserted);
  CHECK(FindTriple(doc, "united-states", "accused", "iran") != nullptr);
}

TEST_CASE("a denial of allegations before the claim", "[attribution]") {
  Document doc =
      Extract("Minsk has also denied Ukrainian allegations that it sent Russia artillery shells.");
  const Triple* t = FindTriple(doc, "belarus", "supplied-artillery-to", "russia");
  REQUIRE(t != nullptr);
  CHECK(Ids(t->denied_by) == std::vector<std::string>{"belarus"});
  REQUIRE(t->attributed_to.has_value());
  CHECK(IdOf(t->attributed_to->entity) == "ukraine");
  CHECK(t->modality == Modality::kAlleged);
}

TEST_CASE("negation", "[attribution]") {
  Document doc = Extract(
      "Belarus did not send troops to Russia. Turkey has never supplied drones to Ukraine. "
      "Serbia sent ammunition to Ukraine.");
  const Triple* a = FindTriple(doc, "belarus", "supplied-troops-to", "russia");
  const Triple* b = FindTriple(doc, "turkey", "supplied-drones-to", "ukraine");
  const Triple* c = FindTriple(doc, "serbia", "supplied-weapons-to", "ukraine");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(c != nullptr);
  CHECK(a->polarity == Polarity::kNegated);
  CHECK(b->polarity == Polarity::kNegated);
  CHECK(c->polarity == Polarity::kAsserted);
}

TEST_CASE("reported speech is attributed to the speaker", "[attribution]") {
  Document doc = Extract(
      "According to Belta, Lukashenko met Xi Jinping in Beijing. "
      "Erdogan said Turkey signed an agreement with Libya.");
  const Triple* a = FindTriple(doc, "alexander-lukashenko", "met", "xi-jinping");
  REQUIRE(a != nullptr);
  REQUIRE(a->attributed_to.has_value());
  CHECK(IdOf(a->attributed_to->entity) == "belta");
  const Triple* b = FindTriple(doc, "turkey", "signed-agreement-with", "libya");
  REQUIRE(b != nullptr);
  REQUIRE(b->attributed_to.has_value());
  CHECK(IdOf(b->attributed_to->entity) == "recep-tayyip-erdogan");
}

TEST_CASE("planned and hypothetical modality", "[attribution]") {
  Document doc =
      Extract("Egypt will host Qatar's emir next week. Serbia could supply ammunition to Ukraine.");
  const Triple* a = FindTriple(doc, "egypt", "hosted", "tamim-bin-hamad-al-thani");
  const Triple* b = FindTriple(doc, "serbia", "supplied-weapons-to", "ukraine");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->modality == Modality::kPlanned);
  CHECK(b->modality == Modality::kHypothetical);
  // The cue may be the document's first token, four tokens before the trigger.
  Document first = Extract("Could Chad and Niger expel the French envoy?");
  const Triple* c = FindTriple(first, "chad", "expelled", "france");
  REQUIRE(c != nullptr);
  CHECK(c->modality == Modality::kHypothetical);
}

TEST_CASE("quoted speech is attributed to the speaker around the quote", "[attribution]") {
  Document doc = Extract(
      "\u201cIran supplied Russia with drones,\u201d Zelensky said on Monday.\n"
      "Erdogan said: \"Turkey will host Putin next month.\"\n"
      "'Serbia sent ammunition to Ukraine,' said Lavrov.");
  const Triple* a = FindTriple(doc, "iran", "supplied-drones-to", "russia");
  REQUIRE(a != nullptr);
  REQUIRE(a->attributed_to.has_value());
  CHECK(IdOf(a->attributed_to->entity) == "volodymyr-zelensky");
  const Triple* b = FindTriple(doc, "turkey", "hosted", "vladimir-putin");
  REQUIRE(b != nullptr);
  REQUIRE(b->attributed_to.has_value());
  CHECK(IdOf(b->attributed_to->entity) == "recep-tayyip-erdogan");
  CHECK(b->modality == Modality::kPlanned);
  const Triple* c = FindTriple(doc, "serbia", "supplied-weapons-to", "ukraine");
  REQUIRE(c != nullptr);
  REQUIRE(c->attributed_to.has_value());
  CHECK(IdOf(c->attributed_to->entity) == "sergey-lavrov");
}

TEST_CASE("a denial in the next sentence refers back", "[attribution]") {
  Document doc =
      Extract("Britain accused Iran of sending drones to Russia. Tehran denied the accusation.");
  const Triple* t = FindTriple(doc, "iran", "supplied-drones-to", "russia");
  REQUIRE(t != nullptr);
  CHECK(Ids(t->denied_by) == std::vector<std::string>{"iran"});
  CHECK(t->modality == Modality::kAlleged);
  REQUIRE(t->attributed_to.has_value());
  CHECK(IdOf(t->attributed_to->entity) == "united-kingdom");
}

TEST_CASE("a passive of a denial verb is no denial by its subject", "[attribution]") {
  // The lawyers (and their party) were refused: they denied nothing.
  CHECK_FALSE(
      testing::HasPredicate(Extract("Hamas negotiators were denied entry to Egypt."), "denied"));
  CHECK_FALSE(testing::HasPredicate(Extract("Polish farmers were also denied access to Ukraine."),
                                    "denied"));
  CHECK(testing::HasPredicate(Extract("Hungary has firmly denied the reports."), "denied"));
}

TEST_CASE("plural descriptions relate the pair in context", "[attribution]") {
  Document doc = Extract(
      "Kazakh President Kassym-Jomart Tokayev arrived in Baku, where Azerbaijani President "
      "Ilham Aliyev greeted him.\nThe two presidents held talks and the two countries signed "
      "a transit agreement.",
      Date(2024, 6, 12));
  CHECK(testing::FindPair(doc, "kassym-jomart-tokayev", "CONSULT", "ilham-aliyev") != nullptr);
  CHECK((FindTriple(doc, "kazakhstan", "signed-agreement-with", "azerbaijan") != nullptr ||
         FindTriple(doc, "azerbaijan", "signed-agreement-with", "kazakhstan") != nullptr));
}

TEST_CASE("boilerplate yields nothing", "[extractor]") {
  Document doc = Extract(
      "Download the App\n\nRelated Articles\n\nComments\n\nNo comments yet...\n\n"
      "Get Started Now: Download the App\n");
  CHECK(doc.triples.empty());
}

TEST_CASE("identical triples merge and keep every evidence span", "[extractor]") {
  Document doc =
      Extract("Qatar's emir met Sisi.\n\nQatar's emir met Sisi.\n\nThe emir met Sisi again.");
  const Triple* t = FindTriple(doc, "tamim-bin-hamad-al-thani", "met", "abdel-fattah-el-sisi");
  REQUIRE(t != nullptr);
  // "The emir" is a definite description: Qatar is the story's country with an emir.
  CHECK(t->evidence.size() == 3);
  CHECK(t->evidence[0].sentence.begin < t->evidence[1].sentence.begin);
}

TEST_CASE("a document with many statements merges each one's repeats", "[extractor]") {
  // More distinct statements than the merge compares one by one, each made twice.
  const char* countries[] = {"Iran",  "Iraq",   "Syria",  "Turkey", "Egypt",  "Jordan", "Qatar",
                             "Oman",  "Kuwait", "Yemen",  "Chile",  "Peru",   "Brazil", "Mexico",
                             "Spain", "Italy",  "France", "Norway", "Sweden", "Poland"};
  std::string once;
  for (std::size_t i = 0; i + 1 < std::size(countries); ++i) {
    once += fmt::format("{} met {}.\n\n", countries[i], countries[i + 1]);
  }
  Document doc = Extract(once + once);
  std::vector<std::string> statements = testing::TripleStrings(doc);
  CHECK(statements.size() == std::size(countries) - 1);
  for (const Triple& t : doc.triples) CHECK(t.evidence.size() == 2);
}

TEST_CASE("sections: headlines and captions are tagged", "[extractor]") {
  Document doc = Extract(
      "Erdogan Meets Putin In Sochi\n\nErdogan met Putin in Sochi on Monday.\n\n"
      "Erdogan met Putin in Sochi (Reuters)\n");
  const Triple* t = FindTriple(doc, "recep-tayyip-erdogan", "met", "vladimir-putin");
  REQUIRE(t != nullptr);
  REQUIRE(t->evidence.size() == 3);
  CHECK(t->evidence[0].section == Section::kHeadline);
  CHECK(t->evidence[1].section == Section::kBody);
  CHECK(t->evidence[2].section == Section::kCaption);
}

TEST_CASE(
    "the document date comes from the caller, a dateline, the text, the office-holders named, or "
    "nowhere",
    "[extractor]") {
  const Extractor& ex = testing::DefaultExtractor();
  absl::StatusOr<Document> a = ex.Extract("MINSK, June 4, 2025 - The Iranian president arrived.");
  REQUIRE(a.ok());
  CHECK(a->date == Date(2025, 6, 4));
  CHECK(a->date_source == DateSource::kDateline);
  absl::StatusOr<Document> b = ex.Extract("Published 2023-03-13. The Iranian president spoke.");
  REQUIRE(b.ok());
  CHECK(b->date == Date(2023, 3, 13));
  absl::StatusOr<Document> c = ex.Extract("No date here.");
  REQUIRE(c.ok());
  CHECK(c->date_source == DateSource::kNone);
  ExtractOptions options;
  options.date = Date(2020, 1, 1);
  absl::StatusOr<Document> d = ex.Extract("MINSK, June 4, 2025 - text", options);
  REQUIRE(d.ok());
  CHECK(d->date == Date(2020, 1, 1));
  CHECK(d->date_source == DateSource::kCaller);
}

TEST_CASE("limits and invalid UTF-8 give a Status, not a crash", "[extractor]") {
  const Extractor& ex = testing::DefaultExtractor();
  ExtractOptions small;
  small.max_document_bytes = 10;
  absl::StatusOr<Document> big = ex.Extract("Iran met Russia in Tehran.", small);
  CHECK(absl::IsInvalidArgument(big.status()));
  ExtractOptions strict;
  strict.reject_invalid_utf8 = true;
  absl::StatusOr<Document> bad = ex.Extract("Iran \xff met Russia.", strict);
  CHECK(absl::IsInvalidArgument(bad.status()));
  absl::StatusOr<Document> lenient = ex.Extract("Iran \xff met Russia.");
  REQUIRE(lenient.ok());
  CHECK(FindTriple(*lenient, "iran", "met", "russia") != nullptr);
}

TEST_CASE("JSON Lines: one object per triple with the documented fields", "[output]") {
  Document doc = Extract("Iran supplied Russia with drones.\n");
  std::string lines = TriplesToJsonLines(doc, testing::DefaultExtractor(), "doc-1");
  CHECK(std::count(lines.begin(), lines.end(), '\n') == static_cast<long>(doc.triples.size()));
  for (const char* field :
       {"\"doc\":\"doc-1\"", "\"subject\":{\"id\":\"iran\"", "\"predicate\":\"supplied-drones-to\"",
        "\"item\":\"drones\"", "\"cameo\":\"072\"", "\"plover\":\"AID\"",
        "\"polarity\":\"asserted\"", "\"modality\":\"fact\"", "\"attributed_to\":null",
        "\"denied_by\":[]", "\"sentence\":{\"start\":0,\"end\":33}", "\"rule\":\"gazetteers/rules/",
        "\"section\":\"body\"", "\"evidence\":[", "\"text\":\"Iran\",\"start\":0,\"end\":4"}) {
    INFO(field);
    CHECK(lines.find(field) != std::string::npos);
  }
  CHECK(JsonEscape("a\"b\\c\n\x01\xff") == "a\\\"b\\\\c\\n\\u0001\\ufffd");
}

TEST_CASE("JSON escaping finds every special character wherever it stands", "[output]") {
  // The escaper skips plain text eight bytes at a time; a special character at any offset
  // of a longer string must be escaped as it is on its own.
  const std::string plain = "abcdefghijklmnopqrstuvwxyz0123456789";
  const std::vector<std::string> specials = {"\"",   "\\",   "\n",       "\x01",
                                             "\x7f", "\xff", "\xc3\xa9", "\xe2\x80\x9c"};
  for (const std::string& special : specials) {
    for (std::size_t at = 0; at <= 20; ++at) {
      for (std::size_t tail : {0, 3, 9}) {
        const std::string before = plain.substr(0, at), after = plain.substr(0, tail);
        INFO("offset " << at << ", tail " << tail);
        CHECK(JsonEscape(before + special + after) ==
              JsonEscape(before) + JsonEscape(special) + JsonEscape(after));
      }
    }
  }
  CHECK(JsonEscape(std::string("\xc3\xa9")) == "\xc3\xa9");
  CHECK(JsonEscape(std::string("\x7f")) == "\x7f");
  CHECK(JsonEscape(plain + "\"") == plain + "\\\"");
}

// The corpus when it is there, and the bundled example and a sentence.
std::vector<std::string> SampleTexts() {
  std::vector<std::string> texts;
  for (const char* name :
       {"asharq-khamenei-lukashenko-2023.txt", "daily8-belarus-iran-2025.txt",
        "featured-belarus-iran-2025.txt", "dev/tv360nigeria-uae-rsf-sudan-2025.txt"}) {
    std::ifstream in(std::string(ATTACHE_SHARED_CORPUS) + "/" + name, std::ios::binary);
    if (in)
      texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::ifstream example(std::string(ATTACHE_SOURCE_DIR) + "/examples/articles/caspian-summit.txt");
  texts.emplace_back(std::istreambuf_iterator<char>(example), std::istreambuf_iterator<char>());
  texts.emplace_back(
      "Washington accused Tehran of providing Moscow with drones, which Tehran denies.");
  return texts;
}

TEST_CASE("working memory reused between calls leaves no trace in the results", "[extractor]") {
  const std::vector<std::string> texts = SampleTexts();
  // Each text by a fresh Extractor, then all by one Extractor in both orders (its working
  // memory then holds the previous document's sentences).
  std::vector<std::string> fresh;
  for (const std::string& text : texts) {
    absl::StatusOr<Extractor> ex = Extractor::Create();
    REQUIRE(ex.ok());
    absl::StatusOr<Document> doc = ex->Extract(text);
    REQUIRE(doc.ok());
    fresh.push_back(TriplesToJsonLines(*doc, *ex, ""));
  }
  absl::StatusOr<Extractor> shared = Extractor::Create();
  REQUIRE(shared.ok());
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t k = 0; k < texts.size(); ++k) {
      const std::size_t i = pass == 0 ? k : texts.size() - 1 - k;
      absl::StatusOr<Document> doc = shared->Extract(texts[i]);
      REQUIRE(doc.ok());
      CHECK(TriplesToJsonLines(*doc, *shared, "") == fresh[i]);
    }
  }
  CHECK_FALSE(fresh.back().empty());
}

// A statement's fields as text, for comparing triples made by different routes.
std::string Statement(const Triple& t) {
  std::vector<std::string> deniers = Ids(t.denied_by);
  std::sort(deniers.begin(), deniers.end());
  return fmt::format(
      "{} {} {} {} {} {} [{}] {}", IdOf(t.subject.entity), t.predicate,
      t.object ? IdOf(t.object->entity) : "-", PolarityName(t.polarity), ModalityName(t.modality),
      t.attributed_to ? IdOf(t.attributed_to->entity) : "-", fmt::join(deniers, ","), t.item);
}

std::string MentionText(const Mention& m) {
  return fmt::format("{}-{} {} {} {}", m.begin, m.end, IdOf(m.entity), MatchKindName(m.how),
                     m.sentence);
}

TEST_CASE("the public stages composed by hand agree with Extract", "[extractor]") {
  // Extract shares one word-class lookup per token among its stages; the public stage
  // functions look words up themselves. Both must see the same words.
  const Extractor& ex = testing::DefaultExtractor();
  std::vector<std::string> texts = SampleTexts();
  texts.push_back(
      "Azerbaijan's president hosted Kazakhstan's president in Baku. The two presidents held "
      "talks, and both countries signed a transit deal.\nRussia said it would never send "
      "troops. Ukraine accused Belarus of sending shells to Russia, which Minsk rejected.");
  const Date date(2025, 6, 1);
  int statements = 0;
  for (const std::string& text : texts) {
    ExtractOptions options;
    options.date = date;
    absl::StatusOr<Document> doc = ex.Extract(text, options);
    REQUIRE(doc.ok());
    TokenizedText tokens;
    REQUIRE(ex.tokenizer().Tokenize(text, &tokens).ok());
    std::vector<Mention> mentions;
    std::vector<LocalEntity> locals;  // names the gazetteer lacks, as Extract keeps them
    MentionOptions mention_options;
    mention_options.date = date;
    FindMentions(ex.gazetteer(), text, tokens, mention_options, &mentions, &locals);
    ApplyMentionContext(text, ex.rules(), tokens, &mentions);
    ResolveLeaderGovernments(ex.gazetteer(), ex.rules(), tokens, date, &mentions);
    ResolveOrganizationDescriptions(ex.gazetteer(), ex.rules(), text, tokens, &mentions);
    ResolvePronouns(ex.gazetteer(), ex.rules(), tokens, date, &mentions);
    ResolveSpeakerPronouns(ex.gazetteer(), ex.rules(), text, tokens, date, &mentions);
    ResolvePluralDescriptions(ex.gazetteer(), ex.rules(), tokens, date, &mentions);
    std::vector<std::string> by_hand_mentions, extracted_mentions;
    for (const Mention& m : mentions) by_hand_mentions.push_back(MentionText(m));
    // Agent phrases (how: agent) come from the structure stage, after these.
    for (const Mention& m : doc->mentions) {
      if (m.how != MatchKind::kAgent) extracted_mentions.push_back(MentionText(m));
    }
    CHECK(by_hand_mentions == extracted_mentions);
    std::vector<RuleMatch> matches;
    for (std::uint32_t s = 0; s < tokens.sentences.size(); ++s) {
      std::vector<Mention> in_sentence;
      for (const Mention& m : mentions) {
        if (m.sentence == s) in_sentence.push_back(m);
      }
      REQUIRE(ex.rules().Match(text, tokens, s, in_sentence, &matches).ok());
    }
    std::vector<Triple> triples;
    AttributeMatches(ex.rules(), text, tokens, mentions, matches, &triples);
    std::set<std::string> by_hand, extracted;
    for (const Triple& t : triples) by_hand.insert(Statement(t));
    for (const Triple& t : doc->triples) extracted.insert(Statement(t));
    CHECK(by_hand == extracted);
    statements += static_cast<int>(extracted.size());
  }
  CHECK(statements > 5);
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define ATTACHE_TEST_OWN_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ATTACHE_TEST_OWN_ALLOCATOR 1
#endif

// Bytes the allocator has handed out and not had back, where glibc can say (not under a
// sanitizer, which brings its own allocator); -1 elsewhere.
long long BytesInUse() {
#if defined(__GLIBC__) && !defined(ATTACHE_TEST_OWN_ALLOCATOR)
  const struct mallinfo2 info = mallinfo2();
  return static_cast<long long>(info.uordblks + info.hblkhd);
#else
  return -1;
#endif
}

TEST_CASE("working memory kept between calls does not keep a large document's size",
          "[extractor]") {
  absl::StatusOr<Extractor> ex = Extractor::Create();
  REQUIRE(ex.ok());
  REQUIRE(ex->Extract("Iran met Russia.").ok());  // the pool now holds typical buffers
  const long long before = BytesInUse();
  if (before < 0) {
    WARN("allocator statistics unavailable here; not checked");
    return;
  }
  {
    std::string large;  // about 8 MB: a third of a million sentences, each with a triple
    while (large.size() < (std::size_t{8} << 20)) large += "Iran met Russia in Baku. ";
    absl::StatusOr<Document> doc = ex->Extract(large);
    REQUIRE(doc.ok());
    CHECK(doc->triples.size() == 1);  // one statement, many pieces of evidence
  }
  REQUIRE(ex->Extract("Iran met Russia.").ok());
  const long long growth = BytesInUse() - before;
  INFO("bytes still held after the large document: " << growth);
  CHECK(growth < (std::int64_t{4} << 20));
}

TEST_CASE("one Extractor shared by 8 threads gives the same output as one", "[threads]") {
  const std::vector<std::string> texts = SampleTexts();
  std::string expected;
  for (const std::string& text : texts) {
    expected += TriplesToJsonLines(Extract(text), testing::DefaultExtractor(), "");
  }
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 3; ++round) {
        std::string out;
        for (const std::string& text : texts) {
          out += TriplesToJsonLines(Extract(text), testing::DefaultExtractor(), "");
        }
        results[i] = out;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& r : results) CHECK(r == expected);
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("unrelated rejections and names that look like verbs are not attribution cues",
          "[attribution]") {
  Document doc = testing::Extract(
      "Mexico and Canada signed a trade deal, while Brazil rejected the proposal. "
      "Araghchi traveled to Oman for talks with the United States. "
      "Kyiv accused Minsk of sending fuel to Russia, a claim Minsk rejected.");
  const Triple* a = testing::FindTriple(doc, "mexico", "signed-agreement-with", "canada");
  REQUIRE(a != nullptr);
  CHECK(a->denied_by.empty());
  CHECK(a->modality == Modality::kFact);
  const Triple* b = testing::FindTriple(doc, "abbas-araghchi", "visited", "oman");
  REQUIRE(b != nullptr);
  CHECK_FALSE(b->attributed_to.has_value());  // "States" is a name here, not "states"
  const Triple* c = testing::FindTriple(doc, "belarus", "supplied-fuel-to", "russia");
  REQUIRE(c != nullptr);
  CHECK(Ids(c->denied_by) == std::vector<std::string>{"belarus"});
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("plural descriptions refer to the pair just discussed", "[attribution]") {
  Document doc = testing::Extract(
      "Iran and Iraq talked. Iran praised Iraq. Iraq thanked Iran.\n\n"
      "Chile bought copper from Peru.\n\nBoth countries agreed to expand trade.");
  // "Both countries agreed to expand trade": the pair just discussed, not Iran and Iraq.
  CHECK(testing::FindPair(doc, "chile", "COOPERATE", "peru") != nullptr);
  CHECK(testing::FindPair(doc, "iran", "COOPERATE", "iraq") == nullptr);
}

}  // namespace
}  // namespace attache
