// The frame index against a slow, obvious reference: for random lexicons and random
// sentences, finding each trigger's frames through the word index gives the same triples
// as trying every frame of its lemma (ExtractOptions::reference_frames).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <random>

#include "test_util.h"

namespace attache {
namespace {

// Iterations: ATTACHE_DIFFERENTIAL_ITERATIONS (the fuzz script sets a larger one).
int Iterations(int fallback) {
  const char* env = std::getenv("ATTACHE_DIFFERENTIAL_ITERATIONS");
  return env != nullptr ? std::max(1, std::atoi(env)) : fallback;
}

std::vector<std::string> TripleKeys(const Document& doc) {
  std::vector<std::string> out;
  for (const Triple& t : doc.triples) {
    out.push_back(testing::IdOf(t.subject.entity) + " " + t.predicate + " " +
                  (t.object ? testing::IdOf(t.object->entity) : "-") + " " +
                  std::to_string(t.evidence.size()));
  }
  std::sort(out.begin(), out.end());
  return out;
}

template <typename T>
const T& Pick(std::mt19937& rng, const std::vector<T>& from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

const std::vector<std::string> kActors = {
    "Iran",  "Russia", "the EU",         "Ukraine's president", "China", "Turkish police",
    "Kenya", "Hamas",  "the government", "protesters",          "it",    "Washington"};
const std::vector<std::string> kFiller = {"the",  "a",    "to",   "of",   "with", "and",    "on",
                                          "was",  "were", "by",   "has",  "had",  "not",    "will",
                                          "said", ",",    "that", "from", "for",  "against"};

// A sentence of `n` random pieces: actors, filler and `words`.
std::string RandomSentence(std::mt19937& rng, const std::vector<std::string>& words, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
    const std::string& piece = kind < 3   ? Pick(rng, kActors)
                               : kind < 6 ? Pick(rng, kFiller)
                                          : Pick(rng, words);
    if (!out.empty()) out += ' ';
    out += piece;
  }
  return out + ".";
}

// Returns the number of triples found, so that a run can show it exercised the frames.
std::size_t CheckSame(const Extractor& ex, const std::string& text) {
  ExtractOptions fast, reference;
  fast.date = reference.date = Date(2024, 6, 1);
  reference.reference_frames = true;
  absl::StatusOr<Document> a = ex.Extract(text, fast);
  absl::StatusOr<Document> b = ex.Extract(text, reference);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  INFO(text);
  REQUIRE(TripleKeys(*a) == TripleKeys(*b));
  return a->triples.size();
}

// The default lexicon's frames as word sequences: a form of the lemma (regular endings,
// right or wrong), the phrase words, and the preposition of a prepositional slot.
std::vector<std::vector<std::string>> LexiconPhrases() {
  std::vector<std::vector<std::string>> phrases;
  for (const DataSource& s : DefaultDataSources()) {
    if (!s.name.ends_with(".lex")) continue;
    for (std::size_t at = 0; at < s.content.size();) {
      std::size_t end = s.content.find('\n', at);
      if (end == std::string::npos) end = s.content.size();
      std::string_view line(s.content.data() + at, end - at);
      at = end + 1;
      if (!(line.starts_with("verb ") || line.starts_with("noun "))) continue;
      const bool noun = line.starts_with("noun ");
      line = line.substr(5, line.find(" ->") - 5);
      std::vector<std::string> words;
      for (std::size_t b = 0; b < line.size();) {
        std::size_t e = line.find(' ', b);
        if (e == std::string_view::npos) e = line.size();
        std::string w(line.substr(b, e - b));
        if (const std::size_t colon = w.find(':'); colon != std::string::npos) w.resize(colon);
        if (!w.empty() && w != "O" && w.find('|') == std::string::npos) words.push_back(w);
        b = e + 1;
      }
      if (words.empty()) continue;
      if (!noun) words[0] += (phrases.size() % 3 == 0 ? "ed" : phrases.size() % 3 == 1 ? "s" : "");
      phrases.push_back(std::move(words));
    }
  }
  return phrases;
}

// "ACTOR <frame words, with filler sometimes between> ACTOR", or a random soup.
std::string FrameSentence(std::mt19937& rng, const std::vector<std::vector<std::string>>& phrases) {
  std::string out = Pick(rng, kActors);
  for (const std::string& w : Pick(rng, phrases)) {
    if (std::uniform_int_distribution<int>(0, 5)(rng) == 0) out += " " + Pick(rng, kFiller);
    out += " " + w;
  }
  if (std::uniform_int_distribution<int>(0, 3)(rng) != 0) out += " " + Pick(rng, kActors);
  if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) out += " and " + Pick(rng, kActors);
  return out + ".";
}

TEST_CASE("the frame index finds what a scan of every frame finds: default lexicon",
          "[differential]") {
  const Extractor& ex = testing::DefaultExtractor();
  const std::vector<std::vector<std::string>> phrases = LexiconPhrases();
  REQUIRE(phrases.size() > 1000);
  std::vector<std::string> words;
  for (const auto& p : phrases) words.insert(words.end(), p.begin(), p.end());
  std::mt19937 rng(20261202);
  std::size_t triples = 0;
  const int n = Iterations(1500);
  for (int i = 0; i < n; ++i) {
    const bool soup = i % 4 == 0;
    triples += CheckSame(
        ex, soup ? RandomSentence(rng, words, std::uniform_int_distribution<int>(3, 24)(rng))
                 : FrameSentence(rng, phrases));
  }
  CHECK(triples * 8 >= static_cast<std::size_t>(n));  // frames did fire
}

// A random lexicon of made-up regular verbs and nouns with phrase words and slots.
std::string RandomLexicon(std::mt19937& rng, const std::vector<std::string>& lemmas,
                          const std::vector<std::string>& phrase_words) {
  const std::vector<std::string> slots = {"", "O", "with:O", "to:O", "on:O", "against:O", "from:O"};
  const std::vector<std::string> codes = {"040", "042", "111", "112", "160", "163", "172"};
  std::string lex;
  for (int f = 0; f < 300; ++f) {
    std::string line = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? "noun " : "verb ";
    line += Pick(rng, lemmas);
    for (int w = std::uniform_int_distribution<int>(0, 3)(rng); w > 0; --w) {
      line += " " + Pick(rng, phrase_words);
    }
    const std::string& slot = Pick(rng, slots);
    if (!slot.empty()) line += " " + slot;
    line += " -> pred-" + std::to_string(f) + " cameo=" + Pick(rng, codes) + "\n";
    lex += line;
  }
  return lex;
}

TEST_CASE("the frame index finds what a scan of every frame finds: random lexicons",
          "[differential]") {
  // Hyphenated lemmas and words split into their tokens (a noun heads at its first part, a
  // verb at its last).
  const std::vector<std::string> lemmas = {"zorp", "blick", "frand", "mulch", "trelp", "re-blick"};
  const std::vector<std::string> phrase_words = {"deal", "pact", "plan", "ties", "help", "talks",
                                                 "the",  "new",  "of",   "aid",  "co-op"};
  std::vector<std::string> words = phrase_words;
  for (const std::string& l : lemmas) {
    for (const char* suffix : {"", "s", "ed", "ing"}) words.push_back(l + suffix);
  }
  std::mt19937 rng(7);
  const int lexicons = std::max(1, Iterations(1500) / 300);
  for (int k = 0; k < lexicons; ++k) {
    ExtractorConfig config;
    config.sources.push_back({"random.lex", RandomLexicon(rng, lemmas, phrase_words)});
    std::vector<DataError> errors;
    absl::StatusOr<Extractor> ex = Extractor::Create(config, &errors);
    INFO(FormatErrors(errors));
    REQUIRE(ex.ok());
    std::size_t triples = 0;
    for (int i = 0; i < 300; ++i) {
      triples += CheckSame(
          *ex, RandomSentence(rng, words, std::uniform_int_distribution<int>(3, 20)(rng)));
    }
    CHECK(triples >= 30);  // the random frames did fire
  }
}

}  // namespace
}  // namespace attache
