// Event-lexicon scale: load time, memory and extraction throughput with the default data,
// with 15 000 synthetic frames added (half on invented lemmas, half on common real lemmas
// with invented phrase words, so none ever matches but every real lemma's index is
// crowded), and with PETRARCH2's six dictionary files imported (../shared/dictionaries/
// petrarch2; the row is left out when they are absent), in the same run, with the ratio.
// A row's load time includes importing.
//   usage: lexicon_bench [MB of news text to extract (default 10)] [extra frames (15000)]
//          lexicon_bench --profile MB   (PETRARCH2 loaded, extraction only: for perf record)
#include <cstdlib>
#include <filesystem>
#include <functional>
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

// The PETRARCH2 files imported, or nothing when they are absent.
std::vector<DataSource> ImportPetrarch(const std::filesystem::path& dir) {
  auto read = [&](const char* name) { return *ReadDataFile((dir / name).string()); };
  std::vector<DataError> errors;  // the real files have a few bad lines; reported by the CLI
  const absl::StatusOr<Gazetteer>& defaults = Gazetteer::Default();
  const Gazetteer* existing = defaults.ok() ? &*defaults : nullptr;
  const std::vector<attache::DataSource> actors = {read("Phoenix.Countries.actors.txt"),
                                                   read("Phoenix.International.actors.txt"),
                                                   read("Phoenix.MilNonState.actors.txt")};
  return {ImportPetrarchVerbs(read("CAMEO.2.0.txt"), &errors),
          ImportPetrarchActors(actors, existing, &errors),
          ImportPetrarchAgents(read("Phoenix.agents.txt"), &errors),
          ImportPetrarchDiscards(read("Phoenix.discards.txt"), &errors)};
}

Figures Measure(const std::function<std::vector<DataSource>()>& extra,
                const std::vector<std::string>& docs, std::size_t bytes) {
  (void)Gazetteer::Default();  // built once per process, not counted in any row
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
  const std::size_t rss_before = RssBytes();
  const double start = Seconds();
  ExtractorConfig config;
  config.sources = extra();
  config.allow_data_errors = true;
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
  const bool profile = argc > 1 && std::string_view(argv[1]) == "--profile";
  if (profile) {
    --argc;
    ++argv;
  }
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
  const std::filesystem::path petrarch =
      std::filesystem::path(ATTACHE_SOURCE_DIR) / ".." / "shared" / "dictionaries" / "petrarch2";
  const bool have_petrarch = std::filesystem::exists(petrarch / "CAMEO.2.0.txt");
  if (profile) {
    if (!have_petrarch) return 1;
    const Figures f = Measure([&] { return ImportPetrarch(petrarch); }, docs, bytes);
    fmt::print("PETRARCH2 loaded: {:.3f} s, {:.1f} MB/s\n", f.load_seconds, f.mbps);
    return 0;
  }
  fmt::print("event-lexicon scale benchmark: Extract over {:.1f} MB of news text, 1 thread\n",
             static_cast<double>(bytes) / 1e6);
  fmt::print("{:<28} {:>8} {:>10} {:>10} {:>9} {:>8}\n", "data", "load s", "+RSS MB", "MB/s",
             "triples", "ratio");
  const Figures base = Measure([] { return std::vector<attache::DataSource>(); }, docs, bytes);
  const Figures big = Measure(
      [&] {
        return std::vector<attache::DataSource>{{"synthetic.lex", SyntheticLexicon(extra)}};
      },
      docs, bytes);
  const Figures pet =
      have_petrarch ? Measure([&] { return ImportPetrarch(petrarch); }, docs, bytes) : Figures{};
  fmt::print("{:<28} {:>8.3f} {:>10.1f} {:>10.1f} {:>9} {:>8}\n", "default", base.load_seconds,
             base.rss_mb, base.mbps, base.triples, "1.00x");
  fmt::print("{:<28} {:>8.3f} {:>10.1f} {:>10.1f} {:>9} {:>7.2f}x\n",
             fmt::format("default + {} frames", extra), big.load_seconds, big.rss_mb, big.mbps,
             big.triples, big.mbps / base.mbps);
  if (have_petrarch) {
    fmt::print("{:<28} {:>8.3f} {:>10.1f} {:>10.1f} {:>9} {:>7.2f}x\n",
               "default + PETRARCH2 (6 files)", pet.load_seconds, pet.rss_mb, pet.mbps, pet.triples,
               pet.mbps / base.mbps);
  } else {
    fmt::print("default + PETRARCH2: skipped ({} not found)\n", petrarch.string());
  }
  fmt::print("extra for the synthetic frames: {:+.3f} s to load, {:+.1f} MB\n",
             big.load_seconds - base.load_seconds, big.rss_mb - base.rss_mb);
  if (have_petrarch) {
    fmt::print("extra for PETRARCH2 (import included): {:+.3f} s to load, {:+.1f} MB\n",
               pet.load_seconds - base.load_seconds, pet.rss_mb - base.rss_mb);
  }
  return 0;
}
