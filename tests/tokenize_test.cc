#include "attache/tokenize.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "attache/data.hpp"

namespace attache {
namespace {

std::vector<std::string> Words(std::string_view text, const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.emplace_back(text.substr(tok.begin, tok.end - tok.begin));
  return out;
}

std::vector<std::string> Sentences(std::string_view text, const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Sentence& s : t.sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TokenizedText Tokenize(std::string_view text) {
  TokenizedText t;
  REQUIRE(Tokenizer::Default().ok());
  REQUIRE(Tokenizer::Default()->Tokenize(text, &t).ok());
  return t;
}

TEST_CASE("tokens carry byte offsets into multi-byte text", "[tokenize]") {
  const std::string text = "Vučić met Erdoğan in Ankara — “talks” went well.";
  TokenizedText t = Tokenize(text);
  std::vector<std::string> words = Words(text, t);
  REQUIRE(words.size() >= 10);
  CHECK(words[0] == "Vučić");
  CHECK(t.tokens[0].begin == 0);
  CHECK(t.tokens[0].end == 7);  // "č" and "ć" are two bytes each
  CHECK(words[2] == "Erdoğan");
  CHECK(words[5] == "—");
  CHECK(words[6] == "“");
  CHECK(words[7] == "talks");
  for (const Token& tok : t.tokens) {
    CHECK(tok.begin < tok.end);
    CHECK(tok.end <= text.size());
  }
}

TEST_CASE("possessives split off, apostrophe forms share a key", "[tokenize]") {
  const std::string text = "Iran's envoy met Tehran’s allies and Belarus' minister.";
  TokenizedText t = Tokenize(text);
  std::vector<std::string> words = Words(text, t);
  CHECK(words[0] == "Iran");
  CHECK(words[1] == "'s");
  CHECK(words[4] == "Tehran");
  CHECK(words[5] == "’s");
  CHECK(t.tokens[1].key == t.tokens[5].key);
  CHECK(words[8] == "Belarus");
  CHECK(words[9] == "'");
}

TEST_CASE("hyphen compounds are separate tokens", "[tokenize]") {
  const std::string text = "a Tehran-Minsk alliance";
  std::vector<std::string> words = Words(text, Tokenize(text));
  CHECK(words == std::vector<std::string>{"a", "Tehran", "-", "Minsk", "alliance"});
}

TEST_CASE("abbreviations and initials do not end sentences", "[tokenize]") {
  const std::string text =
      "Mr. Pezeshkian rejected U.S. allegations on Monday. Dr. Smith and Gen. Jones met "
      "St. Petersburg officials. George W. Bush spoke. The talks ended.";
  std::vector<std::string> sentences = Sentences(text, Tokenize(text));
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0] == "Mr. Pezeshkian rejected U.S. allegations on Monday.");
  CHECK(sentences[1] == "Dr. Smith and Gen. Jones met St. Petersburg officials.");
  CHECK(sentences[2] == "George W. Bush spoke.");
}

TEST_CASE("an ambiguous abbreviation ends a sentence before a usual opener", "[tokenize]") {
  const std::string text = "Sanctions were imposed by the U.S. The move angered Minsk.";
  std::vector<std::string> sentences = Sentences(text, Tokenize(text));
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1] == "The move angered Minsk.");
}

TEST_CASE("line breaks end sentences and open paragraphs", "[tokenize]") {
  const std::string text = "Headline Without Period\n\nBody text here. More text.\nNext line";
  TokenizedText t = Tokenize(text);
  REQUIRE(t.sentences.size() == 4);
  CHECK(t.sentences[0].paragraph == 0);
  CHECK(t.sentences[1].paragraph == 1);
  CHECK(t.sentences[2].paragraph == 1);
  CHECK(t.sentences[3].paragraph == 2);
}

TEST_CASE("non-breaking spaces, acute accents and dashes", "[tokenize]") {
  const std::string text = "today\u00b4s warfare\u00a0in Kyiv\u2013Moscow talks";
  TokenizedText t = Tokenize(text);
  std::vector<std::string> words = Words(text, t);
  REQUIRE(words.size() == 8);
  CHECK(words[0] == "today");
  CHECK(words[1] == "\u00b4s");  // read as a possessive, like 's
  CHECK(t.tokens[1].key == NormalizedKey("'s"));
  CHECK(words[2] == "warfare");
  CHECK(words[3] == "in");
  CHECK(words[5] == "\u2013");
  CHECK(t.tokens[5].key == NormalizedKey("-"));
}

TEST_CASE("invalid UTF-8 is skipped with exact offsets", "[tokenize]") {
  const std::string text = std::string("Iran\xff\xfe met ") + "\xc3" + " Russia\xed\xa0\x80.";
  TokenizedText t = Tokenize(text);
  std::vector<std::string> words = Words(text, t);
  REQUIRE(words.size() >= 3);
  CHECK(words[0] == "Iran");
  CHECK(words[1] == "met");
  CHECK(words[2] == "Russia");
  CHECK(t.tokens[2].begin == text.find("Russia"));
  CHECK_FALSE(ValidateUtf8(text).ok());
  CHECK(ValidateUtf8("Vučić").ok());
}

TEST_CASE("normalized keys fold case, diacritics and punctuation", "[tokenize]") {
  CHECK(NormalizedKey("Vučić") == NormalizedKey("VUCIC"));
  CHECK(NormalizedKey("Erdoğan") == NormalizedKey("erdogan"));
  CHECK(NormalizedKey("Iran’s") == NormalizedKey("iran's"));
  CHECK(NormalizedKey("Iran") != NormalizedKey("Iraq"));
}

TEST_CASE("case flags", "[tokenize]") {
  const std::string text = "US us Us";
  TokenizedText t = Tokenize(text);
  CHECK((t.tokens[0].flags & kAllUpper));
  CHECK_FALSE((t.tokens[1].flags & kCapitalized));
  CHECK((t.tokens[2].flags & kCapitalized));
  CHECK_FALSE((t.tokens[2].flags & kAllUpper));
}

TEST_CASE("empty and whitespace-only text", "[tokenize]") {
  CHECK(Tokenize("").tokens.empty());
  CHECK(Tokenize(" \n\t ").sentences.empty());
}

}  // namespace
}  // namespace attache

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

namespace attache {
namespace {

// Case flags of an all-ASCII word, written out plainly (the tokenizer computes them eight
// bytes at a time).
std::uint8_t AsciiCaseFlags(std::string_view word) {
  bool letter = false, capitalized = false, lower = false;
  for (char c : word) {
    const bool is_upper = c >= 'A' && c <= 'Z', is_lower = c >= 'a' && c <= 'z';
    if (!letter && is_upper) capitalized = true;
    letter |= is_upper || is_lower;
    lower |= is_lower;
  }
  if (!letter) return 0;
  return kHasLetter | (capitalized ? kCapitalized : 0) | (lower ? 0 : kAllUpper);
}

// The ASCII fast path must give exactly ICU's tokens; every token's key is NormalizedKey()
// of its text, and an ASCII word's case flags are those of its letters.
void CheckSameAsIcu(const Tokenizer& fast, const Tokenizer& icu, const std::string& text) {
  TokenizedText a, b;
  REQUIRE(fast.Tokenize(text, &a).ok());
  REQUIRE(icu.Tokenize(text, &b).ok());
  INFO("text: " << text.substr(0, 200));
  REQUIRE(a.tokens.size() == b.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    INFO("token " << i << ": "
                  << text.substr(b.tokens[i].begin, b.tokens[i].end - b.tokens[i].begin));
    REQUIRE(a.tokens[i].begin == b.tokens[i].begin);
    REQUIRE(a.tokens[i].end == b.tokens[i].end);
    REQUIRE(a.tokens[i].kind == b.tokens[i].kind);
    REQUIRE(a.tokens[i].flags == b.tokens[i].flags);
    const std::string_view surface =
        std::string_view(text).substr(a.tokens[i].begin, a.tokens[i].end - a.tokens[i].begin);
    REQUIRE(a.tokens[i].key == NormalizedKey(surface));
    const bool ascii = std::all_of(surface.begin(), surface.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii && a.tokens[i].kind != TokenKind::kPunct) {
      REQUIRE((a.tokens[i].flags & (kHasLetter | kCapitalized | kAllUpper)) ==
              AsciiCaseFlags(surface));
    }
  }
  REQUIRE(a.sentences.size() == b.sentences.size());
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    INFO("sentence " << i);
    REQUIRE(a.sentences[i].first_token == b.sentences[i].first_token);
    REQUIRE(a.sentences[i].end_token == b.sentences[i].end_token);
    REQUIRE(a.sentences[i].begin == b.sentences[i].begin);
    REQUIRE(a.sentences[i].end == b.sentences[i].end);
    REQUIRE(a.sentences[i].paragraph == b.sentences[i].paragraph);
  }
}

std::pair<Tokenizer, Tokenizer> FastAndIcu() {
  std::string abbreviations, openers;
  for (const DataSource& s : DefaultDataSources()) {
    if (s.name.ends_with("abbreviations.txt")) abbreviations = s.content;
    if (s.name.ends_with("sentence_openers.txt")) openers = s.content;
  }
  return {*Tokenizer::Create(abbreviations, openers, true),
          *Tokenizer::Create(abbreviations, openers, false)};
}

// 5 000 random texts of 1 to max_pieces pieces, each tokenized both ways.
void CheckRandomTextSameAsIcu(const std::vector<std::string>& pieces, unsigned seed,
                              int max_pieces) {
  auto [fast, icu] = FastAndIcu();
  std::mt19937 rng(seed);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(rng() % max_pieces);
    for (int i = 0; i < length; ++i) text += pieces[rng() % pieces.size()];
    CheckSameAsIcu(fast, icu, text);
  }
}

TEST_CASE("the ASCII fast path gives ICU's tokens on random text", "[tokenize]") {
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "x",
                                           "7",
                                           "0",
                                           "_",
                                           ".",
                                           "'",
                                           ",",
                                           ";",
                                           ":",
                                           "-",
                                           " ",
                                           "  ",
                                           "\n",
                                           "\r\n",
                                           "\t",
                                           "\"",
                                           "(",
                                           ")",
                                           "$",
                                           "%",
                                           "!",
                                           "?",
                                           "/",
                                           "U.S",
                                           "1,000",
                                           "3.5",
                                           "don't",
                                           "e.g.",
                                           "é",
                                           "\u2019",
                                           "\u2014",
                                           "\u201c",
                                           "\u00a0",
                                           "\u0301",
                                           "Vu\u010di\u0107",
                                           "\xff",
                                           "ab_1",
                                           "Internationalization",
                                           "NATO",
                                           "mcDONALD",
                                           "x1y2z3w4v5u6",
                                           "Ab",
                                           "\u201d",
                                           "\u2018",
                                           "\u2013",
                                           "\u2026",
                                           "\u00d7",
                                           "\u00ad",
                                           "\u00b7",
                                           "\u00df",
                                           "\u00c9",
                                           "\u0130",
                                           "\u6f22",
                                           "\u0434"};
  CheckRandomTextSameAsIcu(pieces, /*seed=*/42, /*max_pieces=*/40);
}

TEST_CASE("the sentence splitter gives ICU's sentences on random text", "[tokenize]") {
  // Terminators, closing punctuation, spaces, separators and letters of every case class,
  // with the non-ASCII ones news text carries and a few that exercise the rarer rules.
  const std::vector<std::string> pieces = {"a",
                                           "b",
                                           "Q",
                                           "Mr",
                                           "7",
                                           ".",
                                           ".",
                                           "?",
                                           "!",
                                           " ",
                                           " ",
                                           "\n",
                                           "\r\n",
                                           "\t",
                                           "\"",
                                           "'",
                                           ")",
                                           "(",
                                           "]",
                                           ",",
                                           ";",
                                           ":",
                                           "-",
                                           "U.S.",
                                           "e.g.",
                                           "3.5",
                                           "\u2019",
                                           "\u201c",
                                           "\u201d",
                                           "\u2018",
                                           "\u00bb",
                                           "\u2014",
                                           "\u2013",
                                           "\u2026",
                                           "\u00a0",
                                           "\u0301",
                                           "\u00ad",
                                           "\u200d",
                                           "\u0085",
                                           "\u2029",
                                           "\u3002",
                                           "\u6f22",
                                           "\u00e9",
                                           "\u00c9",
                                           "\u0131",
                                           "\u03a3",
                                           "Vu\u010di\u0107"};
  CheckRandomTextSameAsIcu(pieces, /*seed=*/7, /*max_pieces=*/30);
}

TEST_CASE("the ASCII fast path gives ICU's tokens on real text", "[tokenize]") {
  auto [fast, icu] = FastAndIcu();
  std::vector<std::filesystem::path> files = {std::filesystem::path(ATTACHE_SOURCE_DIR) /
                                              "examples/articles/caspian-summit.txt"};
  if (std::filesystem::exists(ATTACHE_SHARED_CORPUS)) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(ATTACHE_SHARED_CORPUS)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CheckSameAsIcu(fast, icu, text);
  }
}

}  // namespace
}  // namespace attache
