// Hostile inputs at full size: each runs at size n and 2n; time and memory must grow
// linearly (ratio ~2), never quadratically.
//   usage: hostile_bench [MB for the no-newline text (default 100)]
#include <cstdlib>

#include "attache/attache.hpp"
#include "bench_util.h"
#include "fmt/format.h"

namespace attache::bench {
namespace {

double Time(const Extractor& ex, const std::string& text, std::size_t* triples) {
  ExtractOptions options;
  options.date = Date(2025, 1, 1);
  options.max_tokens_per_sentence = std::size_t{1} << 30;  // let the matcher see it all
  double start = Seconds();
  absl::StatusOr<Document> doc = ex.Extract(text, options);
  double secs = Seconds() - start;
  *triples = doc.ok() ? doc->triples.size() : 0;
  return secs;
}

void Case(const Extractor& ex, const char* name, std::string (*make)(std::size_t), std::size_t n) {
  std::size_t t1 = 0, t2 = 0;
  std::string a = make(n);
  double s1 = Time(ex, a, &t1);
  std::string b = make(2 * n);
  double s2 = Time(ex, b, &t2);
  fmt::print("{:<44} {:>8.1f} MB {:>8.2f} s {:>8.1f} MB {:>8.2f} s {:>7.2f}x  peak RSS {:.0f} MB\n",
             name, a.size() / 1e6, s1, b.size() / 1e6, s2, s2 / s1, PeakRssBytes() / 1e6);
}

std::string NoNewline(std::size_t mb) {
  std::string s;
  const std::string chunk =
      "Iran met Russia and China in Minsk while Lukashenko praised Putin, accusing Tehran of "
      "providing Moscow with drones, which Tehran denies; ";
  while (s.size() < (mb << 20)) s += chunk;
  return s;
}

// The same statement in every sentence: one triple with hundreds of thousands of pieces of
// evidence.
std::string RepeatedStatement(std::size_t mb) {
  std::string s;
  while (s.size() < (mb << 20)) s += "Iran met Russia in Baku. ";
  return s;
}

// A quotation with a speaker whose side is asked for ("we"), paragraph after paragraph.
std::string QuotedSpeakers(std::size_t mb) {
  std::string s;
  while (s.size() < (mb << 20)) {
    s += "Kenyan President William Ruto spoke.\n\n\"We will act,\" he said.\n\n";
  }
  return s;
}

std::string OneSentenceTokens(std::size_t tokens) {
  std::string s;
  for (std::size_t i = 0; i < tokens / 4; ++i) s += "and the said met ";
  return s + ".";
}

// Gaps at their bound between two actors, over and over (the deep and repeated rules).
std::string GappedActors(std::size_t repetitions) {
  std::string text;
  for (std::size_t i = 0; i < repetitions; ++i) text += "Iran x x x x Russia x x ";
  return text + ".";
}

// Rules nested 15 deep, and a 16-fold repetition, each of gaps of up to 32 items.
absl::StatusOr<attache::Extractor> NestedRuleExtractor() {
  std::string pattern = "S=<actor>";
  for (int i = 0; i < 15; ++i) pattern += " (~32 (\"x\" | ~~32)?";
  for (int i = 0; i < 15; ++i) pattern += ")";
  attache::ExtractorConfig config;
  config.sources.push_back(
      {"deep.rules", "rule deep: " + pattern + " O=<actor> -> S deep O;\n" +
                         "rule rep: S=<actor> (~32 ~~32){16,16} O=<actor> -> S rep O;\n"});
  return attache::Extractor::Create(config);
}

std::string ManyMentions(std::size_t mentions) {
  std::string s;
  for (std::size_t i = 0; i < mentions / 2; ++i) s += "Iran met Russia , ";
  return s + ".";
}

}  // namespace
}  // namespace attache::bench

int main(int argc, char** argv) {
  using namespace attache::bench;  // NOLINT: a benchmark's main
  std::size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100;
  absl::StatusOr<attache::Extractor> ex = attache::Extractor::Create();
  if (!ex.ok()) return 1;
  fmt::print("{:<44} {:>11} {:>10} {:>11} {:>10} {:>8}\n", "input", "size n", "time", "size 2n",
             "time", "ratio");
  Case(*ex, "text without newline (n = MB/2)", NoNewline, mb / 2);
  Case(*ex, "one statement in every sentence (n = MB/4)", RepeatedStatement, mb / 4);
  Case(*ex, "a speaker's \"we\" in every paragraph (n = MB/4)", QuotedSpeakers, mb / 4);
  Case(*ex, "one sentence of 10^6 tokens (n = 5*10^5)", OneSentenceTokens, 500000);
  Case(*ex, "10^5 mentions in one sentence (n = 5*10^4)", ManyMentions, 50000);
  absl::StatusOr<attache::Extractor> nested = NestedRuleExtractor();
  if (!nested.ok()) return 1;
  Case(*nested, "nested and repeated gap rules (n = 1200 reps)", GappedActors, 1200);
  return 0;
}
