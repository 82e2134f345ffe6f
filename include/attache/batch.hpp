// attache/batch.hpp — many documents, as a stream, on a thread pool.
//
// Reads JSON Lines documents — {"id": "...", "text": "...", "date": "YYYY-MM-DD"} (id and
// date optional) — and writes their triples as JSON Lines (docs/output.md), in input
// order. At most `max_in_flight` documents are held at once, so memory stays bounded
// whatever the input size. One shared Extractor serves every worker thread.
//
//   attache::BatchOptions options;
//   options.threads = 8;
//   absl::Status s = attache::RunBatch(extractor, std::cin, std::cout, options);
#ifndef ATTACHE_BATCH_HPP_
#define ATTACHE_BATCH_HPP_

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

#include "absl/status/status.h"
#include "attache/extractor.hpp"

namespace attache {

struct BatchProgress {
  std::size_t documents = 0;  // written so far
  std::size_t bytes = 0;      // of input text written so far
  std::size_t errors = 0;     // input lines that could not be processed
};

struct BatchOptions {
  int threads = 0;                // 0: one per hardware thread
  std::size_t max_in_flight = 0;  // 0: 4 per thread
  std::string input_name = "-";   // used in error messages
  // Called after each document is written (from the writing thread).
  std::function<void(const BatchProgress&)> on_progress;
  // Called for each input line that is not a valid document, or whose extraction failed;
  // the batch goes on.
  std::function<void(const std::string& message)> on_error;
};

// Processes every line of `in`. Bad input lines are reported through on_error and counted,
// not fatal. Returns DataLoss when writing `out` fails — the batch then stops at once: each
// worker finishes the document in hand and the reader the line in hand — or when reading `in`
// fails (after the lines read before the failure are written); else OK.
[[nodiscard]] absl::Status RunBatch(const Extractor& extractor, std::istream& in, std::ostream& out,
                                    const BatchOptions& options, BatchProgress* progress = nullptr);

}  // namespace attache

#endif  // ATTACHE_BATCH_HPP_
