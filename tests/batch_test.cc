// Batch mode (attache/batch.hpp): input order, bad lines, and failing input or output streams.
// The [batch] tests also run under ThreadSanitizer (scripts/sanitize.sh).
#include "attache/batch.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

#include "fmt/format.h"
#include "test_util.h"

namespace attache {
namespace {

// `count` documents as JSON Lines, each with one triple.
std::string Documents(int count) {
  std::string input;
  for (int i = 0; i < count; ++i) {
    input += fmt::format(R"({{"id": "doc{}", "text": "Iran supplied Russia with drones."}})", i);
    input += "\n";
  }
  return input;
}

// An output that takes `capacity` bytes and then fails every write; with `fail_flush`, it
// takes everything but fails when flushed.
class FailingOutput : public std::streambuf {
 public:
  explicit FailingOutput(std::size_t capacity, bool fail_flush = false)
      : capacity_(capacity), fail_flush_(fail_flush) {}

 protected:
  int_type overflow(int_type c) override {
    if (written_ >= capacity_) return traits_type::eof();
    ++written_;
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    const auto taken = static_cast<std::streamsize>(
        std::min<std::size_t>(static_cast<std::size_t>(n), capacity_ - written_));
    written_ += static_cast<std::size_t>(taken);
    return taken;
  }
  int sync() override { return fail_flush_ ? -1 : 0; }

 private:
  std::size_t capacity_;
  bool fail_flush_;
  std::size_t written_ = 0;
};

// An input that yields `text` and then fails to read (as a disk error would).
class FailingInput : public std::streambuf {
 public:
  explicit FailingInput(std::string text) : text_(std::move(text)) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("read error"); }

 private:
  std::string text_;
};

// One RunBatch call on its own thread, with everything it uses.
struct BatchRun {
  std::unique_ptr<std::streambuf> in_buf;
  std::unique_ptr<std::streambuf> out_buf;
  std::istream in{nullptr};
  std::ostream out{nullptr};
  BatchOptions options;
  BatchProgress progress;
  std::promise<absl::Status> status;
};

// Runs `run` and returns its status, or nullopt if RunBatch has not returned within 20
// seconds (the hang is then left behind, with its state, and the other tests go on).
std::optional<absl::Status> RunWithin(std::shared_ptr<BatchRun> run) {
  run->in.rdbuf(run->in_buf.get());
  run->out.rdbuf(run->out_buf.get());
  std::future<absl::Status> done = run->status.get_future();
  std::thread([run] {
    run->status.set_value(
        RunBatch(testing::DefaultExtractor(), run->in, run->out, run->options, &run->progress));
  }).detach();
  if (done.wait_for(std::chrono::seconds(20)) != std::future_status::ready) return std::nullopt;
  return done.get();
}

TEST_CASE("batch mode keeps input order, reports bad lines and goes on", "[batch]") {
  std::string input;
  for (int i = 0; i < 40; ++i) {
    input +=
        fmt::format(
            R"({{"id": "doc{}", "text": "Iran supplied Russia with drones.", "date": "2024-01-0{}"}})",
            i, 1 + i % 9) +
        "\n";
    if (i == 7) input += "{not json}\n";
    if (i == 9)
      input += R"({"id": "no-text"})"
               "\n";
  }
  std::istringstream in(input);
  std::ostringstream out;
  std::vector<std::string> errors;
  BatchOptions options;
  options.threads = 4;
  options.max_in_flight = 3;
  options.input_name = "docs.jsonl";
  options.on_error = [&](const std::string& m) { errors.push_back(m); };
  BatchProgress progress;
  REQUIRE(RunBatch(testing::DefaultExtractor(), in, out, options, &progress).ok());
  CHECK(progress.documents == 42);
  CHECK(progress.errors == 2);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].rfind("docs.jsonl:9:", 0) == 0);
  CHECK(errors[1].rfind("docs.jsonl:12:1: a document needs", 0) == 0);
  std::istringstream lines(out.str());
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    CHECK(line.find(fmt::format("\"doc\":\"doc{}\"", n)) != std::string::npos);
    ++n;
  }
  CHECK(n == 40);
}

TEST_CASE("batch mode stops at once when the output fails", "[batch]") {
  auto run = std::make_shared<BatchRun>();
  run->in_buf = std::make_unique<std::stringbuf>(Documents(300));
  run->out_buf = std::make_unique<FailingOutput>(2000);
  run->options.threads = 4;
  run->options.max_in_flight = 3;
  std::optional<absl::Status> status = RunWithin(run);
  REQUIRE(status.has_value());  // it returned
  CHECK(absl::IsDataLoss(*status));
  CHECK(status->message() == "cannot write the output");
  CHECK(run->progress.documents < 300);  // it stopped, rather than reading on
}

TEST_CASE("batch mode reports an output that fails when flushed", "[batch]") {
  auto run = std::make_shared<BatchRun>();
  run->in_buf = std::make_unique<std::stringbuf>(Documents(3));
  run->out_buf = std::make_unique<FailingOutput>(1 << 20, /*fail_flush=*/true);
  run->options.threads = 2;
  std::optional<absl::Status> status = RunWithin(run);
  REQUIRE(status.has_value());
  CHECK(absl::IsDataLoss(*status));
  CHECK(run->progress.documents == 3);
}

TEST_CASE("batch mode reports an input that fails, after writing the lines before it", "[batch]") {
  auto run = std::make_shared<BatchRun>();
  run->in_buf = std::make_unique<FailingInput>(Documents(3));
  auto* out = new std::stringbuf;
  run->out_buf.reset(out);
  run->options.threads = 2;
  std::optional<absl::Status> status = RunWithin(run);
  REQUIRE(status.has_value());
  CHECK(absl::IsDataLoss(*status));
  CHECK(status->message() == "cannot read the input after line 3");
  CHECK(run->progress.documents == 3);
  const std::string written = out->str();
  CHECK(std::count(written.begin(), written.end(), '\n') == 3);
}

}  // namespace
}  // namespace attache
