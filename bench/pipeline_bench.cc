// Throughput of the attache pipeline, per stage, single- and multi-threaded, on real news
// articles repeated to a target size and on generated text. Prints a table.
//   usage: pipeline_bench [MB (default 50)] [threads (default: hardware)]
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <thread>

#include "attache/attache.hpp"
#include "bench_util.h"
#include "fmt/format.h"
#include "internal/rules.h"

namespace attache::bench {
namespace {

struct Corpus {
  std::string name;
  std::vector<std::string> docs;
  std::size_t bytes = 0;
};

Corpus Repeat(std::string name, const std::vector<std::string>& articles, std::size_t target) {
  Corpus c{std::move(name), {}, 0};
  while (c.bytes < target) {
    for (const std::string& a : articles) {
      c.docs.push_back(a);
      c.bytes += a.size();
    }
  }
  return c;
}

// Sentences built from templates and gazetteer names: a text attache has never seen.
std::vector<std::string> Generated(const Gazetteer& g, std::size_t docs) {
  std::vector<std::string_view> people, countries;  // names
  for (EntityIndex i = 0; i < g.size(); ++i) {
    const Entity e = g.entity(i);
    if (e.type == EntityType::kPerson) people.push_back(e.name);
    if (e.type == EntityType::kCountry && e.status == "member") countries.push_back(e.name);
  }
  static const char* kTemplates[] = {
      "{p} met {q} in {c} on Tuesday to discuss trade and security.",
      "{c} accused {d} of supplying drones to rebels, which {d} denies.",
      "Officials said {p} would visit {d} next month, according to state media.",
      "{c} and {d} signed an agreement on energy cooperation.",
      "The weather in the region was mild, and markets were closed for the holiday.",
      "{p} did not attend the summit hosted by {c}.",
  };
  std::vector<std::string> out;
  unsigned seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (std::size_t d = 0; d < docs; ++d) {
    std::string text;
    for (int s = 0; s < 20; ++s) {
      std::string t = kTemplates[next() % 6];
      auto put = [&](const char* key, std::string_view value) {
        for (std::size_t at = t.find(key); at != std::string::npos; at = t.find(key)) {
          t.replace(at, 3, value);
        }
      };
      put("{p}", people[next() % people.size()]);
      put("{q}", people[next() % people.size()]);
      put("{c}", countries[next() % countries.size()]);
      put("{d}", countries[next() % countries.size()]);
      text += t + (s % 4 == 3 ? "\n\n" : " ");
    }
    out.push_back(std::move(text));
  }
  return out;
}

// Cumulative stages: each runs everything before it too, so differences are each stage's
// cost. kMentions includes pronoun coreference; kExtract is Extractor::Extract (adding
// attribution, sections and merging to what the earlier stages do).
enum class Stage { kTokenize, kMentions, kRules, kExtract, kFull };

// Runs the stages up to `stage` over one document; returns a number the optimizer must keep.
std::size_t RunStages(const Extractor& ex, const std::string& text, Stage stage,
                      TokenizedText* tokens, std::vector<Mention>* mentions,
                      internal::RuleScratch* scratch) {
  if (stage >= Stage::kExtract) {
    ExtractOptions options;
    options.date = Date(2025, 1, 1);
    absl::StatusOr<Document> doc = ex.Extract(text, options);
    if (stage == Stage::kExtract) return doc->triples.size();
    return TriplesToJsonLines(*doc, ex, "").size();
  }
  (void)ex.tokenizer().Tokenize(text, tokens);
  if (stage == Stage::kTokenize) return tokens->tokens.size();
  mentions->clear();
  MentionOptions mo;
  mo.date = Date(2025, 1, 1);
  FindMentions(ex.gazetteer(), text, *tokens, mo, mentions);
  ResolvePronouns(ex.gazetteer(), ex.rules(), *tokens, mo.date, mentions);
  if (stage == Stage::kMentions) return mentions->size();
  std::vector<RuleMatch> matches;
  std::vector<Mention> in_sentence;
  std::size_t next = 0;
  for (std::uint32_t s = 0; s < tokens->sentences.size(); ++s) {
    in_sentence.clear();
    while (next < mentions->size() && (*mentions)[next].sentence == s) {
      in_sentence.push_back((*mentions)[next++]);
    }
    (void)internal::RuleSetInternals::Match(ex.rules(), text, *tokens, s, in_sentence, {}, scratch,
                                           &matches);
  }
  return matches.size();
}

// Runs `stage` over the corpus with `threads` threads; returns seconds.
double Run(const Extractor& ex, const Corpus& corpus, Stage stage, int threads) {
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> sink{0};
  auto work = [&] {
    TokenizedText tokens;
    std::vector<Mention> mentions;
    internal::RuleScratch scratch;
    for (std::size_t i = next++; i < corpus.docs.size(); i = next++) {
      sink += RunStages(ex, corpus.docs[i], stage, &tokens, &mentions, &scratch);
    }
  };
  double start = Seconds();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (std::thread& t : pool) t.join();
  return Seconds() - start;
}

void Report(const Extractor& ex, const Corpus& corpus, int max_threads) {
  fmt::print("\n{}: {} documents, {:.1f} MB\n", corpus.name, corpus.docs.size(),
             corpus.bytes / 1e6);
  fmt::print("{:<34} {:>10} {:>12} {:>10}\n", "stage (1 thread)", "MB/s", "docs/s", "share");
  double full = Run(ex, corpus, Stage::kFull, 1);
  double tok = Run(ex, corpus, Stage::kTokenize, 1);
  double men = Run(ex, corpus, Stage::kMentions, 1);
  double rules = Run(ex, corpus, Stage::kRules, 1);
  double extract = Run(ex, corpus, Stage::kExtract, 1);
  auto row = [&](const char* name, double secs, double share) {
    fmt::print("{:<34} {:>10.1f} {:>12.0f} {:>9.0f}%\n", name, corpus.bytes / 1e6 / secs,
               corpus.docs.size() / secs, share * 100);
  };
  row("tokenize + sentences", tok, tok / full);
  row("+ mentions, coreference", men, (men - tok) / full);
  row("+ rules", rules, (rules - men) / full);
  row("+ attribution, merge (Extract)", extract, (extract - rules) / full);
  row("+ JSON Lines (full pipeline)", full, (full - extract) / full);
  fmt::print("{:<34} {:>10} {:>12} {:>10}\n", "full pipeline, threads", "MB/s", "docs/s",
             "speedup");
  for (int t = 1; t <= max_threads; t *= 2) {
    double secs = Run(ex, corpus, Stage::kFull, t);
    fmt::print("{:<34} {:>10.1f} {:>12.0f} {:>9.2f}x\n", fmt::format("{} thread(s)", t),
               corpus.bytes / 1e6 / secs, corpus.docs.size() / secs, full / secs);
  }
}

}  // namespace
}  // namespace attache::bench

// --docs FILE: documents separated by form feed; prints "name<TAB>MB/s<TAB>count" lines for
// entities only and the full pipeline (used by scripts/bench_peers.sh).
int PeerRows(const char* path) {
  using namespace attache::bench;  // NOLINT: a benchmark's main
  absl::StatusOr<attache::Extractor> ex = attache::Extractor::Create();
  if (!ex.ok()) return 1;
  Corpus corpus{"docs", {}, 0};
  std::string all = ReadFile(path);
  for (std::size_t start = 0; start < all.size();) {
    std::size_t end = all.find('\f', start);
    if (end == std::string::npos) end = all.size();
    if (end > start + 1) {
      corpus.docs.push_back(all.substr(start, end - start));
      corpus.bytes += end - start;
    }
    start = end + 1;
  }
  double men = Run(*ex, corpus, Stage::kMentions, 1);
  double full = Run(*ex, corpus, Stage::kFull, 1);
  fmt::print("attache entities\t{:.2f}\t-\n", corpus.bytes / 1e6 / men);
  fmt::print("attache full pipeline\t{:.2f}\t-\n", corpus.bytes / 1e6 / full);
  return 0;
}

// --profile STAGE MB [generated]: runs only that stage (tokenize, mentions, rules, extract,
// full) over the news corpus (or the generated text) repeated to MB, once, for perf or
// callgrind.
int ProfileStage(std::string_view name, std::size_t mb, bool generated) {
  using namespace attache::bench;  // NOLINT: a benchmark's main
  const std::pair<std::string_view, Stage> kStages[] = {{"tokenize", Stage::kTokenize},
                                                        {"mentions", Stage::kMentions},
                                                        {"rules", Stage::kRules},
                                                        {"extract", Stage::kExtract},
                                                        {"full", Stage::kFull}};
  auto it = std::find_if(std::begin(kStages), std::end(kStages),
                         [&](const auto& s) { return s.first == name; });
  absl::StatusOr<attache::Extractor> ex = attache::Extractor::Create();
  if (it == std::end(kStages) || !ex.ok()) return 2;
  Corpus corpus =
      generated ? Repeat("generated text", Generated(ex->gazetteer(), 200), mb << 20)
                : Repeat("news corpus (repeated)", LoadArticles(ATTACHE_SOURCE_DIR), mb << 20);
  double secs = Run(*ex, corpus, it->second, 1);
  fmt::print("{}: {:.1f} MB/s\n", name, corpus.bytes / 1e6 / secs);
  return 0;
}

int main(int argc, char** argv) {
  using namespace attache::bench;  // NOLINT: a benchmark's main
  if (argc > 2 && std::string_view(argv[1]) == "--docs") return PeerRows(argv[2]);
  if (argc > 3 && std::string_view(argv[1]) == "--profile") {
    return ProfileStage(argv[2], std::strtoul(argv[3], nullptr, 10),
                        argc > 4 && std::string_view(argv[4]) == "generated");
  }
  if (argc > 1 && std::strtoul(argv[1], nullptr, 10) == 0) {
    fmt::print(stderr,
               "usage: pipeline_bench [MB (default 50)] [threads (default: hardware)]\n"
               "       pipeline_bench --profile tokenize|mentions|rules|extract|full MB "
               "[generated]\n"
               "       pipeline_bench --docs FILE\n");
    return 2;
  }
  std::size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50;
  int threads = argc > 2 ? std::atoi(argv[2])
                         : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  absl::StatusOr<attache::Extractor> ex = attache::Extractor::Create();
  if (!ex.ok()) return 1;
  fmt::print("attache {} pipeline benchmark ({} hardware threads)\n", attache::Version(),
             std::thread::hardware_concurrency());
  Report(*ex, Repeat("news corpus (repeated)", LoadArticles(ATTACHE_SOURCE_DIR), mb << 20),
         threads);
  Report(*ex, Repeat("generated text", Generated(ex->gazetteer(), 200), mb << 20), threads);
  fmt::print("\npeak RSS {:.1f} MB\n", PeakRssBytes() / 1e6);
  return 0;
}
