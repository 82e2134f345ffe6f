// Fuzz target: the whole pipeline on arbitrary bytes. The first byte picks options.
#include <cstdint>
#include <string_view>

#include "attache/attache.hpp"

namespace {

constexpr std::size_t kMaxInput = 8192;  // like RE2's fuzzer: bounded work per input

const attache::Extractor& Shared() {
  static const attache::Extractor* const kExtractor =
      new attache::Extractor(*attache::Extractor::Create());
  return *kExtractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > kMaxInput) return 0;
  attache::ExtractOptions options;
  options.keep_overlapping_mentions = (data[0] & 1) != 0;
  options.explain = (data[0] & 2) != 0;
  options.date = attache::Date(2000 + (data[0] >> 3), 6, 1);
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  absl::StatusOr<attache::Document> doc = Shared().Extract(text, options);
  if (doc.ok()) {
    std::string out = attache::TriplesToJsonLines(*doc, Shared(), "fuzz");
    out += attache::MentionsToJsonLines(*doc, Shared(), "fuzz");
    for (const attache::Mention& m : doc->mentions) {
      if (m.begin >= m.end || m.end > text.size()) __builtin_trap();
    }
  }
  return 0;
}
