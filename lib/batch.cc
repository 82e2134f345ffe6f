// Batch mode: a reader, a pool of workers that parse and extract, and an in-order writer, with
// a bound on the documents held in memory.
#include "attache/batch.hpp"

#include <cerrno>
#include <condition_variable>
#include <deque>
#include <istream>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <string_view>
#include <system_error>
#include <thread>

#include "attache/output.hpp"
#include "fmt/format.h"
#include "internal/json.h"

namespace attache {
namespace {

// One input line as read: the workers parse it, so reading stays a copy per line.
struct Line {
  std::size_t seq = 0;
  std::size_t number = 0;
  std::string text;
};

// A parsed input line.
struct Job {
  std::size_t line = 0;
  std::string id;
  std::string text;
  std::optional<Date> date;
  std::string error;  // set when the input line is not a valid document
};

struct Result {
  std::string output;
  std::size_t bytes = 0;
  std::string error;
};

// Parses one input line into a job (or a job carrying the parse error).
Job ParseLine(std::size_t line, std::string_view text, const std::string& name) {
  Job job;
  job.line = line;
  internal::JsonValue v;
  internal::JsonError e;
  if (!internal::ParseJson(text, &v, &e)) {
    job.error = fmt::format("{}:{}:{}: invalid JSON: {}", name, line, e.column, e.message);
    return job;
  }
  const internal::JsonValue* t = v.Find("text");
  if (v.kind != internal::JsonValue::Kind::kObject || t == nullptr ||
      t->kind != internal::JsonValue::Kind::kString) {
    job.error = fmt::format("{}:{}:1: a document needs a \"text\" string", name, line);
    return job;
  }
  job.text = t->string;
  const internal::JsonValue* id = v.Find("id");
  if (id != nullptr && id->kind == internal::JsonValue::Kind::kString) {
    job.id = id->string;
  } else if (id != nullptr && id->kind == internal::JsonValue::Kind::kNumber) {
    job.id = fmt::format("{}", id->number);
  } else {
    job.id = fmt::format("{}:{}", name, line);
  }
  const internal::JsonValue* date = v.Find("date");
  if (date != nullptr && date->kind == internal::JsonValue::Kind::kString) {
    job.date = Date::Parse(date->string);
    if (!job.date || date->string.size() != 10) {
      job.error = fmt::format("{}:{}:{}: date must be YYYY-MM-DD", name, line, date->column);
    }
  }
  return job;
}

class Pipeline {
 public:
  Pipeline(const Extractor& extractor, const BatchOptions& options)
      : extractor_(extractor), options_(options) {
    threads_ =
        options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    capacity_ =
        options.max_in_flight > 0 ? options.max_in_flight : static_cast<std::size_t>(threads_) * 4;
  }

  absl::Status Run(std::istream& in, std::ostream& out, BatchProgress* progress) {
    std::vector<std::thread> workers;
    for (int i = 0; i < threads_; ++i) workers.emplace_back([this] { Work(); });
    std::thread reader([this, &in] { Read(in); });
    absl::Status status = Write(out, progress);
    reader.join();
    for (std::thread& w : workers) w.join();
    return status;
  }

 private:
  // Queues the lines of `in` until its end, a read error or a stop; then marks reading done.
  void Read(std::istream& in) {
    std::string line;
    std::size_t number = 0, seq = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Line read{seq, number, std::move(line)};
      line = std::string();
      std::unique_lock lock(mu_);
      // Bound memory: wait while too many documents are queued, running or unwritten.
      space_.wait(lock, [&] { return in_flight_ < capacity_ || stop_; });
      if (stop_) break;
      ++seq;
      ++in_flight_;
      lines_.push_back(std::move(read));
      work_.notify_one();
    }
    std::lock_guard lock(mu_);
    if (in.bad()) {
      input_error_ =
          absl::DataLossError(fmt::format("cannot read the input after line {}", number));
    }
    total_ = seq;
    reading_done_ = true;
    work_.notify_all();
    done_.notify_all();
  }

  // Stops the reader and the workers, and the writer at its next document. Requires mu_.
  void StopLocked() {
    stop_ = true;
    space_.notify_all();
    work_.notify_all();
    done_.notify_all();
  }

  void Work() {
    for (;;) {
      Line line;
      {
        std::unique_lock lock(mu_);
        work_.wait(lock, [&] { return !lines_.empty() || reading_done_ || stop_; });
        if (stop_ || lines_.empty()) return;
        line = std::move(lines_.front());
        lines_.pop_front();
      }
      const Job job = ParseLine(line.number, line.text, options_.input_name);
      Result result;
      result.bytes = job.text.size();
      if (!job.error.empty()) {
        result.error = job.error;
      } else {
        ExtractOptions options;
        options.date = job.date;
        absl::StatusOr<Document> doc = extractor_.Extract(job.text, options);
        if (doc.ok()) {
          result.output = TriplesToJsonLines(*doc, extractor_, job.id);
        } else {
          result.error = fmt::format("{}:{}: {}", options_.input_name, job.line,
                                     std::string(doc.status().message()));
        }
      }
      std::lock_guard lock(mu_);
      results_[line.seq] = std::move(result);
      done_.notify_all();
    }
  }

  // Writes the results in input order until every line read is written or the output fails;
  // returns the output's error, else the input's, else OK.
  absl::Status Write(std::ostream& out, BatchProgress* progress) {
    BatchProgress p;
    absl::Status status;
    for (std::size_t next = 0;; ++next) {
      std::optional<Result> r = Take(next);
      if (!r) break;
      if (!r->error.empty()) {
        ++p.errors;
        if (options_.on_error) options_.on_error(r->error);
      } else if (status = Put(out, r->output); !status.ok()) {
        break;
      }
      ++p.documents;
      p.bytes += r->bytes;
      if (options_.on_progress) options_.on_progress(p);
    }
    if (status.ok()) status = Put(out, {}, /*flush=*/true);
    if (progress != nullptr) *progress = p;
    std::lock_guard lock(mu_);
    if (!status.ok()) {
      StopLocked();
      return status;
    }
    return input_error_;
  }

  // The result of line `seq` once a worker has it; nullopt when every line read has been
  // taken. Frees its place for the reader.
  std::optional<Result> Take(std::size_t seq) {
    std::unique_lock lock(mu_);
    done_.wait(lock, [&] { return results_.count(seq) || (reading_done_ && seq >= total_); });
    auto it = results_.find(seq);
    if (it == results_.end()) return std::nullopt;
    Result r = std::move(it->second);
    results_.erase(it);
    --in_flight_;
    space_.notify_one();
    return r;
  }

  // Writes `text` to `out` (and flushes it if `flush`); DataLoss naming the cause if that fails.
  static absl::Status Put(std::ostream& out, std::string_view text, bool flush = false) {
    errno = 0;
    out << text;
    if (flush) out.flush();
    if (out) return absl::OkStatus();
    const int error = errno;
    return absl::DataLossError(error == 0 ? std::string("cannot write the output")
                                          : "cannot write the output: " +
                                                std::generic_category().message(error));
  }

  const Extractor& extractor_;
  const BatchOptions& options_;
  int threads_ = 1;
  std::size_t capacity_ = 4;
  std::mutex mu_;
  std::condition_variable work_, done_, space_;
  std::deque<Line> lines_;
  std::map<std::size_t, Result> results_;
  std::size_t in_flight_ = 0;
  std::size_t total_ = 0;
  bool reading_done_ = false;
  bool stop_ = false;         // the output failed: everyone stops
  absl::Status input_error_;  // set by the reader when `in` fails
};

}  // namespace

absl::Status RunBatch(const Extractor& extractor, std::istream& in, std::ostream& out,
                      const BatchOptions& options, BatchProgress* progress) {
  Pipeline pipeline(extractor, options);
  return pipeline.Run(in, out, progress);
}

}  // namespace attache
