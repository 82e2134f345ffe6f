// attache — command-line front end.
//
//   attache extract [options] FILE... | -     triples (or mentions) as JSON Lines
//   attache --version
//
// Exit status: 0 on success, 1 if any input, output or data file failed (other files are still
// processed), 2 on a usage error.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "attache/attache.hpp"
#include "fmt/format.h"

namespace {

constexpr std::string_view kUsage = R"(usage: attache extract [options] FILE... | -
       attache batch [--threads N] [--data DIR] [--no-defaults] [--keep-going]
                     [import options] [FILE... | -]
       attache --version

Extracts typed, sourced triples from news text and prints them as JSON Lines.

options:
  --date YYYY-MM-DD   date used to resolve roles ("the Iranian president"); default: a
                      dateline, else a date in the text, else the days the office-holders
                      it names held office; never the clock
  --data DIR          load gazetteers and rules from DIR on top of the embedded defaults
  --no-defaults       with --data: use DIR alone, without the embedded defaults
  --format FORMAT     jsonl (default): triples as JSON Lines; mentions: entity mentions as
                      JSON Lines; events: a CAMEO/Phoenix-style TSV event table; brat: BRAT
                      standoff written to FILE.ann beside each input; html: a page written to
                      FILE.html beside each input (standard input: both go to stdout)
  --out-dir DIR       with --format brat or html: write one file per input into DIR
                      (created if absent), named after the input's base name (standard
                      input: stdin.ann, stdin.html)
  --mentions          same as --format mentions
  --spacy FILE        import spaCy EntityRuler patterns (JSON Lines) into the gazetteer
  --regexner FILE     import a Stanford CoreNLP RegexNER mapping file into the gazetteer
  --petrarch-verbs FILE     import a PETRARCH2/TABARI CAMEO verb dictionary (event frames)
  --petrarch-actors FILE    import a PETRARCH2 actor dictionary (repeatable; dated codes)
  --petrarch-agents FILE    import a PETRARCH2 agent dictionary (agent nouns by sector)
  --petrarch-discards FILE  import a PETRARCH2 discard list
  --import-summary    print what each PETRARCH import mapped and skipped, by reason (stderr)
  --explain           print, per sentence, tokens, mentions and the rules that fired or
                      nearly fired (to stderr), in addition to the JSON Lines
  --keep-going        do not fail on errors in data files (they are still reported)
  -h, --help          this text

batch reads JSON Lines documents {"id": ..., "text": ..., "date": "YYYY-MM-DD"} from the
files (or standard input) and writes their triples as JSON Lines, in input order, on a
thread pool with bounded memory; a progress bar goes to stderr when it is a terminal.
)";

struct Options {
  std::optional<attache::Date> date;
  std::vector<std::string> data_dirs;
  bool defaults = true;
  std::string format = "jsonl";
  std::optional<std::string> out_dir;
  std::vector<std::string> spacy_files;
  std::vector<std::string> regexner_files;
  std::vector<std::string> petrarch_verbs, petrarch_actors, petrarch_agents, petrarch_discards;
  bool import_summary = false;
  bool explain = false;
  bool keep_going = false;
  int threads = 0;
  std::vector<std::string> files;
};

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int Usage(std::string_view message) {
  std::cerr << "attache: " << message << "\n\n" << kUsage;
  return 2;
}

// Parses arguments after "extract"; returns an exit code on error.
std::optional<int> ParseArgs(int argc, char** argv, Options* o) {
  for (int i = 2; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](std::string_view flag) -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      (void)flag;
      return std::string(argv[++i]);
    };
    if (a == "--date") {
      std::optional<std::string> v = value(a);
      std::optional<attache::Date> d = v ? attache::Date::Parse(*v) : std::nullopt;
      if (!d || v->size() != 10) return Usage("--date needs a date as YYYY-MM-DD");
      o->date = d;
    } else if (a == "--data") {
      std::optional<std::string> v = value(a);
      if (!v) return Usage("--data needs a directory");
      o->data_dirs.push_back(*v);
    } else if (a == "--no-defaults") {
      o->defaults = false;
    } else if (a == "--mentions") {
      o->format = "mentions";
    } else if (a == "--format") {
      std::optional<std::string> v = value(a);
      if (!v ||
          (*v != "jsonl" && *v != "mentions" && *v != "events" && *v != "brat" && *v != "html")) {
        return Usage("--format needs one of jsonl, mentions, events, brat, html");
      }
      o->format = *v;
    } else if (a == "--out-dir") {
      std::optional<std::string> v = value(a);
      if (!v || v->empty()) return Usage("--out-dir needs a directory");
      o->out_dir = *v;
    } else if (a == "--spacy" || a == "--regexner") {
      std::optional<std::string> v = value(a);
      if (!v) return Usage(fmt::format("{} needs a file", a));
      (a == "--spacy" ? o->spacy_files : o->regexner_files).push_back(*v);
    } else if (a == "--petrarch-verbs" || a == "--petrarch-actors" || a == "--petrarch-agents" ||
               a == "--petrarch-discards") {
      std::optional<std::string> v = value(a);
      if (!v) return Usage(fmt::format("{} needs a file", a));
      (a == "--petrarch-verbs"    ? o->petrarch_verbs
       : a == "--petrarch-actors" ? o->petrarch_actors
       : a == "--petrarch-agents" ? o->petrarch_agents
                                  : o->petrarch_discards)
          .push_back(*v);
    } else if (a == "--import-summary") {
      o->import_summary = true;
    } else if (a == "--explain") {
      o->explain = true;
    } else if (a == "--threads") {
      std::optional<std::string> v = value(a);
      int n = v ? std::atoi(v->c_str()) : 0;
      if (n <= 0) return Usage("--threads needs a positive number");
      o->threads = n;
    } else if (a == "--keep-going") {
      o->keep_going = true;
    } else if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      return Usage(fmt::format("unknown option '{}'", a));
    } else {
      o->files.emplace_back(a);
    }
  }
  if (o->files.empty() && std::string_view(argv[1]) == "batch") o->files.push_back("-");
  if (o->files.empty()) return Usage("no input: give FILE... or - for standard input");
  if (o->out_dir &&
      (std::string_view(argv[1]) == "batch" || (o->format != "brat" && o->format != "html"))) {
    return Usage("--out-dir applies to extract --format brat or html");
  }
  return std::nullopt;
}

// The file --format brat or html writes for input `file`: FILE.ann or FILE.html beside it, or
// in --out-dir under its base name (standard input: "stdin"). Empty: standard output.
std::string PagePath(const Options& o, const std::string& file) {
  const std::string extension = o.format == "brat" ? ".ann" : ".html";
  if (!o.out_dir) return file == "-" ? "" : file + extension;
  const std::string base = file == "-" ? "stdin" : std::filesystem::path(file).filename().string();
  return (std::filesystem::path(*o.out_dir) / (base + extension)).string();
}

// Makes sure --out-dir (if given) is a directory this process can write to, creating it if
// absent, and that no two inputs would write the same file there. Exit code on failure.
std::optional<int> PrepareOutDir(const Options& o) {
  if (!o.out_dir) return std::nullopt;
  const std::string& dir = *o.out_dir;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!ec && !std::filesystem::is_directory(dir, ec) && !ec) {
    ec = std::make_error_code(std::errc::not_a_directory);
  }
  if (!ec && access(dir.c_str(), W_OK | X_OK) != 0) ec.assign(errno, std::generic_category());
  if (ec) {
    std::cerr << fmt::format("attache: --out-dir {}: cannot write there: {}\n", dir, ec.message());
    return 1;
  }
  std::map<std::string, std::string> input_of;  // page path -> input
  for (const std::string& file : o.files) {
    auto [it, added] = input_of.emplace(PagePath(o, file), file);
    if (!added) {
      return Usage(fmt::format("--out-dir: {} and {} would both be written to {}", it->second, file,
                               it->first));
    }
  }
  return std::nullopt;
}

std::optional<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), {});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

// Builds the extractor from the options' data; prints data errors. Exit code on failure.
std::optional<int> MakeExtractor(const Options& o, std::optional<attache::Extractor>* out);

// Reads `paths`; prints the first unreadable one and returns false.
bool ReadFiles(const std::vector<std::string>& paths, std::vector<attache::DataSource>* out) {
  for (const std::string& path : paths) {
    absl::StatusOr<attache::DataSource> source = attache::ReadDataFile(path);
    if (!source.ok()) {
      std::cerr << "attache: " << std::string(source.status().message()) << "\n";
      return false;
    }
    out->push_back(*std::move(source));
  }
  return true;
}

// Adds the PETRARCH2 imports to `config`; prints their summaries when asked. False if a
// file cannot be read.
bool ImportPetrarch(const Options& o, const attache::Gazetteer* existing,
                    attache::ExtractorConfig* config, std::vector<attache::DataError>* errors) {
  std::vector<attache::DataSource> verbs, actors, agents, discards;
  if (!ReadFiles(o.petrarch_verbs, &verbs) || !ReadFiles(o.petrarch_actors, &actors) ||
      !ReadFiles(o.petrarch_agents, &agents) || !ReadFiles(o.petrarch_discards, &discards)) {
    return false;
  }
  std::vector<attache::ImportSummary> summaries;
  for (const attache::DataSource& s : verbs) {
    config->sources.push_back(attache::ImportPetrarchVerbs(s, errors, &summaries.emplace_back()));
  }
  if (!actors.empty()) {
    config->sources.push_back(
        attache::ImportPetrarchActors(actors, existing, errors, &summaries.emplace_back()));
  }
  for (const attache::DataSource& s : agents) {
    config->sources.push_back(attache::ImportPetrarchAgents(s, errors, &summaries.emplace_back()));
  }
  for (const attache::DataSource& s : discards) {
    config->sources.push_back(
        attache::ImportPetrarchDiscards(s, errors, &summaries.emplace_back()));
  }
  if (o.import_summary) {
    for (const attache::ImportSummary& s : summaries) std::cerr << s.ToString();
  }
  return true;
}

int Batch(const Options& o) {
  std::optional<attache::Extractor> extractor;
  if (std::optional<int> code = MakeExtractor(o, &extractor)) return *code;
  const bool tty = isatty(STDERR_FILENO) != 0;
  int status = 0;
  for (const std::string& file : o.files) {
    std::ifstream f;
    if (file != "-") {
      f.open(file, std::ios::binary);
      if (!f) {
        std::cerr << fmt::format("attache: {}: cannot read file\n", file);
        status = 1;
        continue;
      }
    }
    std::istream& in = file == "-" ? std::cin : f;
    attache::BatchOptions options;
    options.threads = o.threads;
    options.input_name = file;
    options.on_error = [&](const std::string& message) {
      std::cerr << (tty ? "\r\033[K" : "") << "attache: " << message << "\n";
      status = 1;
    };
    double start = Now();
    if (tty) {
      options.on_progress = [&](const attache::BatchProgress& p) {
        if (p.documents % 64 != 0) return;
        double secs = std::max(1e-9, Now() - start);
        std::cerr << fmt::format("\r\033[K{}: {} documents, {:.1f} MB, {:.1f} MB/s", file,
                                 p.documents, p.bytes / 1e6, p.bytes / 1e6 / secs);
      };
    }
    attache::BatchProgress progress;
    absl::Status s = attache::RunBatch(*extractor, in, std::cout, options, &progress);
    if (tty) std::cerr << "\r\033[K";
    if (tty || !s.ok()) {
      std::cerr << fmt::format("attache: {}: {} documents, {} error(s){}\n", file,
                               progress.documents, progress.errors,
                               s.ok() ? "" : ", " + std::string(s.message()));
    }
    if (!s.ok()) return 1;
  }
  return status;
}

std::optional<int> MakeExtractor(const Options& o, std::optional<attache::Extractor>* out) {
  attache::ExtractorConfig config;
  config.include_defaults = o.defaults;
  config.allow_data_errors = true;
  for (const std::string& dir : o.data_dirs) {
    absl::StatusOr<std::vector<attache::DataSource>> sources = attache::ReadDataDirectory(dir);
    if (!sources.ok()) {
      std::cerr << "attache: " << std::string(sources.status().message()) << "\n";
      return 1;
    }
    config.sources.insert(config.sources.end(), sources->begin(), sources->end());
  }
  std::vector<attache::DataError> errors;
  // The importers turn names the defaults already have into aliases of their entities.
  const attache::Gazetteer* existing = nullptr;
  if (o.defaults && (!o.spacy_files.empty() || !o.regexner_files.empty())) {
    const absl::StatusOr<attache::Gazetteer>& defaults = attache::Gazetteer::Default();
    if (!defaults.ok()) {
      std::cerr << "attache: " << std::string(defaults.status().message()) << "\n";
      if (!o.keep_going) return 1;
    }
    existing = defaults.ok() ? &*defaults : nullptr;
  }
  for (const auto& [files, importer] :
       {std::make_pair(&o.spacy_files, &attache::ImportSpacyPatterns),
        std::make_pair(&o.regexner_files, &attache::ImportRegexNer)}) {
    for (const std::string& file : *files) {
      absl::StatusOr<attache::DataSource> source = attache::ReadDataFile(file);
      if (!source.ok()) {
        std::cerr << "attache: " << std::string(source.status().message()) << "\n";
        return 1;
      }
      config.sources.push_back(importer(*source, existing, &errors));
    }
  }
  if (!ImportPetrarch(o, existing, &config, &errors)) return 1;
  absl::StatusOr<attache::Extractor> extractor = attache::Extractor::Create(config, &errors);
  for (const attache::DataError& e : errors) std::cerr << e.ToString() << "\n";
  if (!extractor.ok()) {
    std::cerr << "attache: " << std::string(extractor.status().message()) << "\n";
    return 1;
  }
  if (!errors.empty() && !o.keep_going) {
    std::cerr << fmt::format(
        "attache: {} error(s) in data files (use --keep-going to run anyway)\n", errors.size());
    return 1;
  }
  out->emplace(*std::move(extractor));
  return std::nullopt;
}

// Writes the --format brat or html rendering of `doc`, read from `file`, to PagePath(); false
// (after saying why) if that file cannot be written.
bool WritePage(const Options& o, const std::string& file, const attache::Document& doc,
               const attache::Extractor& extractor) {
  const std::string page =
      o.format == "brat" ? attache::TriplesToBrat(doc, extractor)
                         : attache::DocumentToHtml(doc, extractor, file == "-" ? "stdin" : file);
  const std::string path = PagePath(o, file);
  if (path.empty()) {
    std::cout << page;
    return true;
  }
  errno = 0;
  std::ofstream f(path, std::ios::binary);
  f << page;
  f.close();
  if (!f) {
    const int error = errno;
    std::cerr << fmt::format("attache: {}: cannot write{}\n", path,
                             error == 0 ? "" : ": " + std::generic_category().message(error));
    return false;
  }
  std::cerr << fmt::format("attache: wrote {}\n", path);
  return true;
}

int Extract(const Options& o) {
  if (std::optional<int> code = PrepareOutDir(o)) return *code;
  std::optional<attache::Extractor> extractor;
  if (std::optional<int> code = MakeExtractor(o, &extractor)) return *code;
  int status = 0;
  attache::ExtractOptions options;
  options.date = o.date;
  options.explain = o.explain;
  bool first_table = true;
  for (const std::string& file : o.files) {
    std::optional<std::string> text = ReadInput(file);
    if (!text) {
      std::cerr << fmt::format("attache: {}: cannot read file\n", file);
      status = 1;
      continue;
    }
    absl::StatusOr<attache::Document> doc = extractor->Extract(*text, options);
    if (!doc.ok()) {
      std::cerr << fmt::format("attache: {}: {}\n", file, std::string(doc.status().message()));
      status = 1;
      continue;
    }
    if (o.explain) std::cerr << "== " << file << "\n" << doc->explanation;
    for (const attache::SentenceError& e : doc->skipped_sentences) {
      std::cerr << fmt::format("attache: {}: warning: {}\n", file, std::string(e.status.message()));
    }
    std::string id = file == "-" ? "stdin" : file;
    if (o.format == "jsonl") {
      std::cout << attache::TriplesToJsonLines(*doc, *extractor, id);
    } else if (o.format == "mentions") {
      std::cout << attache::MentionsToJsonLines(*doc, *extractor, id);
    } else if (o.format == "events") {
      std::string table = attache::TriplesToEventTsv(*doc, *extractor, id);
      std::cout << (first_table ? table : table.substr(table.find('\n') + 1));
      first_table = false;
    } else if (!WritePage(o, file, *doc, *extractor)) {
      status = 1;
    }
  }
  if (!std::cout.flush()) {
    std::cerr << "attache: cannot write the output\n";
    return 1;
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  // Only iostreams are used: unsynchronised with C stdio, std::cin reads in blocks. Untied
  // from std::cout, reading does not flush it: `batch` reads on one thread while another
  // writes, and an unsynchronised stream must not be flushed and written at once.
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  if (argc < 2) return Usage("missing command");
  std::string_view command = argv[1];
  if (command == "--version" || command == "version") {
    std::cout << "attache " << attache::Version() << "\n";
    return 0;
  }
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command != "extract" && command != "batch") {
    return Usage(fmt::format("unknown command '{}'", command));
  }
  Options options;
  if (std::optional<int> code = ParseArgs(argc, argv, &options)) return *code;
  return command == "batch" ? Batch(options) : Extract(options);
}
