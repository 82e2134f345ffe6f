// Event-lexicon scale: load time, memory and extraction throughput with the default data,
// and with 15 000 synthetic frames added (half on invented lemmas, half on common real
// lemmas with invented phrase words, so none ever matches but every real lemma's index is
// crowded), in the same run, with the ratio.
//   usage: lexicon_bench [MB of news text to extract (default 10)] [extra frames (15000)]
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

std::string SyntheticLexicon(std::size_t frames) {
  static const char* kSyllables[] = {"ka",  "lo",  "mir", "tes", "van", "dor", "qui", "zel",
                                     "bro", "nak", "sul", "pe",  "ri",  "gon", "tav", "ex"};
  static const char* kRealLemmas[] = {"meet",   "send",   "accuse", "call",  "hold", "sign",
                                      "impose", "deploy", "expel",  "visit", "urge", "attack"};
  std::mt19937 rng(11);
  auto word = [&] {
    std::string w;
    for (int k = 0; k < 3; ++k) w += kSyllables[rng() % 16];
    return w;
  };
  std::string out;
  for (std::size_t i = 0; i < frames; ++i) {
    const std::string lemma = i % 2 == 0 ? word() + "ate" : kRealLemmas[rng() % 12];
    out += fmt::format("verb {} {} {} with:O -> synthetic-{} cameo=0{}\n", lemma, word(), word(), i,
                       40 + rng() % 7);
  }
  return out;
}

struct Figures {
  double load_seconds = 0;
  double rss_mb = 0;
  double mbps = 0;
  std::size_t triples = 0;
};

Figures Measure(std::vector<DataSource> extra, const std::vector<std::string>& docs,
                std::size_t bytes) {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
  const std::size_t rss_before = RssBytes();
  const double start = Seconds();
  ExtractorConfig config;
  config.sources = std::move(extra);
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  Figures f;
  f.load_seconds = Seconds() - start;
  if (!ex.ok()) {
    fmt::print(stderr, "{}\n", ex.status().ToString());
    std::exit(1);
  }
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
  f.rss_mb = (static_cast<double>(RssBytes()) - static_cast<double>(rss_before)) / 1e6;
  ExtractOptions options;
  options.date = Date(2024, 1, 1);
  const double t0 = Seconds();
  for (const std::string& d : docs) {
    absl::StatusOr<Document> doc = ex->Extract(d, options);
    if (doc.ok()) f.triples += doc->triples.size();
  }
  f.mbps = static_cast<double>(bytes) / 1e6 / (Seconds() - t0);
  return f;
}

}  // namespace
}  // namespace attache::bench

int main(int argc, char** argv) {
  using namespace attache::bench;  // NOLINT: a benchmark's main
  const std::size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10;
  const std::size_t extra = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 15000;
  const std::vector<std::string> articles = LoadArticles(ATTACHE_SOURCE_DIR);
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  while (bytes < (mb << 20)) {
    for (const std::string& a : articles) {
      docs.push_back(a);
      bytes += a.size();
    }
  }
  fmt::print("event-lexicon scale benchmark: Extract over {:.1f} MB of news text, 1 thread\n",
             static_cast<double>(bytes) / 1e6);
  fmt::print("{:<28} {:>8} {:>10} {:>10} {:>9} {:>8}\n", "data", "load s", "+RSS MB", "MB/s",
             "triples", "ratio");
  const Figures base = Measure({}, docs, bytes);
  const Figures big = Measure({{"synthetic.lex", SyntheticLexicon(extra)}}, docs, bytes);
  fmt::print("{:<28} {:>8.3f} {:>10.1f} {:>10.1f} {:>9} {:>8}\n", "default", base.load_seconds,
             base.rss_mb, base.mbps, base.triples, "1.00x");
  fmt::print("{:<28} {:>8.3f} {:>10.1f} {:>10.1f} {:>9} {:>7.2f}x\n",
             fmt::format("default + {} frames", extra), big.load_seconds, big.rss_mb, big.mbps,
             big.triples, big.mbps / base.mbps);
  fmt::print("extra for the synthetic frames: {:+.3f} s to load, {:+.1f} MB\n",
             big.load_seconds - base.load_seconds, big.rss_mb - base.rss_mb);
  return 0;
}
