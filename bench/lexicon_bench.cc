// Event-lexicon scale: load time, memory and extraction throughput with the default data,
// with 15 000 synthetic frames added (half on invented lemmas, half on common real lemmas
// with invented phrase words, so none ever matches but every real lemma's index is
// crowded), and with PETRARCH2's six dictionary files imported (../shared/dictionaries/
// petrarch2; the row is left out when they are absent), in the same run, with the ratio to
// the default data (by CPU time; rows interleaved). A row's load time includes importing.
//   usage: lexicon_bench [MB of news text to extract (default 10)] [extra frames (15000)]
//          lexicon_bench --profile MB   (PETRARCH2 loaded, extraction only: for perf record)
#include <cstdlib>
#include <ctime>
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
  double wall_seconds = 0;  // extracting, summed over the rounds
  double cpu_seconds = 0;   // the same, in this thread's CPU time
  std::size_t triples = 0;
  double Mbps(std::size_t bytes) const { return static_cast<double>(bytes) / 1e6 / wall_seconds; }
  double CpuMbps(std::size_t bytes) const {
    return static_cast<double>(bytes) / 1e6 / cpu_seconds;
  }
};

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

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

// An extractor over the default data and `extra`; its load time and resident memory.
Extractor Load(const std::function<std::vector<DataSource>()>& extra, Figures* f) {
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
  f->load_seconds = Seconds() - start;
  if (!ex.ok()) {
    fmt::print(stderr, "{}\n", ex.status().ToString());
    std::exit(1);
  }
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
  f->rss_mb = (static_cast<double>(RssBytes()) - static_cast<double>(rss_before)) / 1e6;
  return *std::move(ex);
}

// Extracts docs[first], docs[first + step], ... adding the time taken to `f`.
void Extract(const Extractor& ex, const std::vector<std::string>& docs, std::size_t first,
             std::size_t step, Figures* f) {
  ExtractOptions options;
  options.date = Date(2024, 1, 1);
  const double wall = Seconds();
  const double cpu = ThreadCpuSeconds();
  for (std::size_t i = first; i < docs.size(); i += step) {
    absl::StatusOr<Document> doc = ex.Extract(docs[i], options);
    if (doc.ok()) f->triples += doc->triples.size();
  }
  f->cpu_seconds += ThreadCpuSeconds() - cpu;
  f->wall_seconds += Seconds() - wall;
}

}  // namespace
}  // namespace attache::bench

int main(int argc, char** argv) {
  using namespace attache::bench;  // NOLINT: a benchmark's main
  using attache::Extractor;
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
    Figures f;
    const Extractor ex = Load([&] { return ImportPetrarch(petrarch); }, &f);
    Extract(ex, docs, 0, 1, &f);
    fmt::print("PETRARCH2 loaded: {:.3f} s, {:.1f} MB/s\n", f.load_seconds, f.Mbps(bytes));
    return 0;
  }
  // The rows' extraction is interleaved, a slice of the documents each in turn for ten
  // rounds, so that a shared machine's changing load falls on every row alike; the ratio
  // is taken from this thread's CPU time, which leaves out the time the thread waited.
  constexpr std::size_t kRounds = 10;
  std::vector<std::string> names = {"default", fmt::format("default + {} frames", extra)};
  std::vector<Figures> figures(have_petrarch ? 3 : 2);
  std::vector<Extractor> extractors;
  extractors.push_back(Load([] { return std::vector<attache::DataSource>(); }, &figures[0]));
  extractors.push_back(Load(
      [&] {
        return std::vector<attache::DataSource>{{"synthetic.lex", SyntheticLexicon(extra)}};
      },
      &figures[1]));
  if (have_petrarch) {
    names.emplace_back("default + PETRARCH2 (6 files)");
    extractors.push_back(Load([&] { return ImportPetrarch(petrarch); }, &figures[2]));
  }
  for (std::size_t round = 0; round < kRounds; ++round) {
    for (std::size_t k = 0; k < extractors.size(); ++k) {
      const std::size_t row = (round + k) % extractors.size();  // each row first in turn
      Extract(extractors[row], docs, round, kRounds, &figures[row]);
    }
  }
  fmt::print("event-lexicon scale benchmark: Extract over {:.1f} MB of news text, 1 thread, rows "
             "interleaved in {} rounds\n",
             static_cast<double>(bytes) / 1e6, kRounds);
  fmt::print("{:<30} {:>7} {:>8} {:>7} {:>10} {:>8} {:>9} {:>9}\n", "data", "load s", "+RSS MB",
             "MB/s", "MB/cpu-s", "triples", "ratio", "(wall)");
  const Figures& base = figures[0];
  for (std::size_t row = 0; row < figures.size(); ++row) {
    const Figures& f = figures[row];
    fmt::print("{:<30} {:>7.3f} {:>8.1f} {:>7.1f} {:>10.1f} {:>8} {:>8.2f}x {:>8.2f}x\n", names[row],
               f.load_seconds, f.rss_mb, f.Mbps(bytes), f.CpuMbps(bytes), f.triples,
               base.cpu_seconds / f.cpu_seconds, base.wall_seconds / f.wall_seconds);
  }
  if (!have_petrarch) fmt::print("default + PETRARCH2: skipped ({} not found)\n", petrarch.string());
  fmt::print("extra for the synthetic frames: {:+.3f} s to load, {:+.1f} MB\n",
             figures[1].load_seconds - base.load_seconds, figures[1].rss_mb - base.rss_mb);
  if (have_petrarch) {
    fmt::print("extra for PETRARCH2 (import included): {:+.3f} s to load, {:+.1f} MB\n",
               figures[2].load_seconds - base.load_seconds, figures[2].rss_mb - base.rss_mb);
  }
  return 0;
}
