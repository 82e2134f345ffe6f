// Hostile input: malformed UTF-8, NUL bytes, huge sentences, pathological rules. Each must
// finish with correct offsets and no crash. Sizes here keep the suite fast; the
// benchmark-style linearity check on 100 MB inputs is bench/hostile_bench.cc.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "test_util.h"

namespace attache {
namespace {

using testing::Extract;

void CheckSpans(const Document& doc) {
  for (const Token& t : doc.tokens.tokens) {
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= doc.text.size());
  }
  for (const Mention& m : doc.mentions) {
    REQUIRE(m.begin < m.end);
    REQUIRE(m.end <= doc.text.size());
  }
  for (const Triple& t : doc.triples) {
    for (const Evidence& e : t.evidence) REQUIRE(e.sentence.end <= doc.text.size());
  }
}

TEST_CASE("malformed UTF-8 of every kind", "[hostile]") {
  const std::string cases[] = {
      "Iran \xc0\xaf met Russia.",                // overlong
      "Iran \xed\xa0\x80 met Russia.",            // surrogate
      "Iran met Russia \xe2\x82",                 // truncated at the end
      "\xf8\x88\x80\x80\x80 Iran met Russia.",    // 5-byte form
      "Iran\xff\xfe\xfd met\x80 Russia.",         // stray bytes inside words
      std::string("Iran \0 met \0 Russia.", 20),  // NUL bytes
  };
  for (const std::string& text : cases) {
    INFO(text);
    Document doc = Extract(text);
    CheckSpans(doc);
    CHECK_FALSE(doc.mentions.empty());
  }
}

TEST_CASE("a long text without newline or sentence end", "[hostile]") {
  std::string text;
  while (text.size() < (1u << 20)) text += "Iran met Russia and China in Minsk while ";
  Document doc = Extract(text);
  CheckSpans(doc);
  CHECK(doc.tokens.tokens.size() > 150000);
}

TEST_CASE("a sentence over the token limit is skipped with a Status", "[hostile]") {
  std::string text = "Iran met Russia. ";
  for (int i = 0; i < 30000; ++i) text += "Word ";
  text += "end. Chile met Peru.";
  absl::StatusOr<Document> doc = testing::DefaultExtractor().Extract(text);
  REQUIRE(doc.ok());
  REQUIRE(doc->skipped_sentences.size() == 1);
  CHECK(absl::IsResourceExhausted(doc->skipped_sentences[0].status));
  CHECK(testing::FindTriple(*doc, "iran", "met", "russia") != nullptr);
  CHECK(testing::FindTriple(*doc, "chile", "met", "peru") != nullptr);
}

TEST_CASE("many mentions in one sentence", "[hostile]") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "Iran , Russia , he said it , ";
  text += "Chile met Peru.";
  Document doc = Extract(text);
  CheckSpans(doc);
  CHECK(doc.mentions.size() > 10000);
}

// `count` times "Iran x x x x Russia x x ", as one sentence.
std::string RepeatedSentence(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "Iran x x x x Russia x x ";
  return text + ".";
}

const RuleInfo* FindRule(const RuleSet& rules, std::string_view name) {
  for (std::uint32_t i = 0; i < rules.size(); ++i) {
    if (rules.rule(i).name == name) return &rules.rule(i);
  }
  return nullptr;
}

TEST_CASE("deeply nested and repeated rule patterns stay bounded", "[hostile]") {
  std::string pattern = "S=<actor>";
  for (int i = 0; i < 15; ++i) pattern += " (~32 (\"x\" | ~~32)?";
  for (int i = 0; i < 15; ++i) pattern += ")";
  std::vector<DataSource> sources;  // on top of the defaults
  sources.push_back(
      {"deep.rules", "rule deep: " + pattern + " O=<actor> -> S deep O;\n" +
                         "rule rep: S=<actor> (~32 ~~32){16,16} O=<actor> -> S rep O;\n"});
  ExtractorConfig config;
  config.sources = sources;
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  INFO(ex.status().ToString());
  REQUIRE(ex.ok());
  // A match covers at most its two actors (two items each: "the" and the mention) and every
  // gap at its bound (32 items): 15 levels of two gaps, and 16 repetitions of two gaps.
  const RuleInfo* deep = FindRule(ex->rules(), "deep");
  const RuleInfo* rep = FindRule(ex->rules(), "rep");
  REQUIRE(deep != nullptr);
  REQUIRE(rep != nullptr);
  CHECK(deep->max_span == 2 * 2 + 15 * 2 * 32);
  CHECK(rep->max_span == 2 * 2 + 16 * 2 * 32);
  absl::StatusOr<Document> doc = ex->Extract(RepeatedSentence(300));
  REQUIRE(doc.ok());
  CheckSpans(*doc);
  CHECK(testing::FindTriple(*doc, "iran", "deep", "russia") != nullptr);
  CHECK(testing::FindTriple(*doc, "iran", "rep", "russia") != nullptr);
  // That matching these rules stays linear in the sentence is measured, not timed here:
  // bench/hostile_bench prints the time at n and 2n and their ratio.
}

TEST_CASE("a pattern that would compile to millions of instructions is an error", "[hostile]") {
  // Five nested repetitions of 16: 16^5 copies of the literal.
  const std::string huge =
      "rule huge: S=<actor> ((((\"x\"{16,16}){16,16}){16,16}){16,16}){16,16} O=<actor> -> S h O;\n";
  std::vector<DataError> errors;
  RuleSet rules = RuleSet::Build(
      {{"huge.rules", huge}, {"ok.rules", "rule ok: S=<actor> \"x\" O=<actor> -> S ok O;\n"}},
      testing::DefaultExtractor().gazetteer(), &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "huge.rules");
  CHECK(errors[0].line == 1);
  INFO(errors[0].message);
  CHECK(errors[0].message.find("instructions") != std::string::npos);
  CHECK(rules.size() == 1);  // the other rule still compiles
}

TEST_CASE("rule nesting beyond the limit is an error, not a stack overflow", "[hostile]") {
  std::string deep = "rule d: S=<actor> ";
  for (int i = 0; i < 100000; ++i) deep += "(";
  deep += "\"x\"";
  for (int i = 0; i < 100000; ++i) deep += ")";
  deep += " -> S d;\n";
  std::vector<DataError> errors;
  RuleSet::Build({{"deep.rules", deep}}, testing::DefaultExtractor().gazetteer(), &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("nested deeper") != std::string::npos);
}

TEST_CASE("malformed data files: enormous lines, unterminated quotes, unknown fields",
          "[hostile]") {
  std::string huge(100000, 'x');
  std::vector<DataError> errors;
  Gazetteer g =
      Gazetteer::Build({{"bad.tsv", "COUNTRY\tok-land\tname=Okland\nCOUNTRY\tbig\tname=" + huge +
                                        "\n" + "COUNTRY\tweird\tname=Weird\tflag=yes\n"}},
                       &errors);
  CHECK(errors.size() == 2);
  CHECK(g.Find("ok-land").has_value());
  errors.clear();
  RuleSet::Build({{"bad.rules", "class a: \"unterminated;\nclass b: fine words;\n"}},
                 testing::DefaultExtractor().gazetteer(), &errors);
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].message == "unterminated string");
  CHECK(errors[0].line == 1);
}

}  // namespace
}  // namespace attache
