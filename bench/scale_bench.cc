// Gazetteer scale: load time, memory per alias and mention throughput with 1 k, 100 k and
// 1 M extra aliases (synthetic names added to the real data).
//   usage: scale_bench [MB of news text to match (default 10)]
#include <cstdlib>
#include <random>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "attache/attache.hpp"
#include "bench_util.h"
#include "fmt/format.h"

namespace attache::bench {
namespace {

std::string SyntheticGazetteer(std::size_t aliases) {
  static const char* kSyllables[] = {"ka",  "lo",  "mir", "tes", "van", "dor", "qui", "zel",
                                     "bro", "nak", "sul", "pe",  "ri",  "gon", "tav", "ex"};
  std::string out;
  // Syllables drawn from a Mersenne twister: 4 096 first names x 4 096 surnames, so 1 M
  // draws give about 970 k distinct full names (the expected number for 16.8 M names). (The low
  // bits of a plain LCG repeat after a few thousand draws, which would make nearly all of them
  // namesakes sharing trie nodes.)
  std::mt19937 rng(7);
  auto word = [&] {
    std::string w;
    for (int k = 0; k < 3; ++k) w += kSyllables[rng() % 16];
    w[0] = static_cast<char>(w[0] - 32);
    return w;
  };
  for (std::size_t i = 0; i < aliases; ++i) {
    out += fmt::format("PERSON\tsynth-{}\tname={} {}\n", i, word(), word());
  }
  return out;
}

}  // namespace
}  // namespace attache::bench

int main(int argc, char** argv) {
  using namespace attache::bench;  // NOLINT: a benchmark's main
  std::size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10;
  std::vector<std::string> articles = LoadArticles(ATTACHE_SOURCE_DIR);
  std::string text;
  while (text.size() < (mb << 20)) {
    for (const std::string& a : articles) text += a + "\n\n";
  }
  attache::TokenizedText tokens;
  const absl::StatusOr<attache::Tokenizer>& tokenizer = attache::Tokenizer::Default();
  if (!tokenizer.ok() || !tokenizer->Tokenize(text, &tokens).ok()) return 1;
  fmt::print("gazetteer scale benchmark: mentions over {:.1f} MB of news text\n",
             text.size() / 1e6);
  fmt::print("{:>10} {:>8} {:>8} {:>12} {:>12} {:>12} {:>8}\n", "aliases+", "load s", "RSS MB",
             "RSS B/alias", "held B/alias", "mention MB/s", "ratio");
  double baseline = 0;
  for (std::size_t n : {std::size_t{1000}, std::size_t{100000}, std::size_t{1000000}}) {
    std::vector<attache::DataSource> sources = attache::DefaultDataSources();
    sources.push_back({"synthetic.tsv", SyntheticGazetteer(n)});
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    std::size_t rss_before = RssBytes();
    double start = Seconds();
    std::vector<attache::DataError> errors;
    attache::Gazetteer g = attache::Gazetteer::Build(sources, &errors);
    double load = Seconds() - start;
#if defined(__GLIBC__)
    malloc_trim(0);  // return the build's freed buffers: count what the gazetteer holds
#endif
    std::size_t rss_after = RssBytes();
    sources.clear();
    std::vector<attache::Mention> mentions;
    attache::MentionOptions options;
    start = Seconds();
    attache::FindMentions(g, text, tokens, options, &mentions);
    double match = Seconds() - start;
    double mbps = text.size() / 1e6 / match;
    if (baseline == 0) baseline = mbps;
    double per_alias = rss_after > rss_before
                           ? static_cast<double>(rss_after - rss_before) / g.alias_count()
                           : 0.0;
    const double held = static_cast<double>(g.memory_bytes()) / g.alias_count();
    fmt::print("{:>10} {:>8.2f} {:>8.1f} {:>12.0f} {:>12.0f} {:>12.1f} {:>7.2f}x\n", n, load,
               (rss_after - rss_before) / 1e6, per_alias, held, mbps, mbps / baseline);
  }
  return 0;
}
