// Fuzz target: the gazetteer parser and compiler, then mention lookup with the result.
#include <cstdint>
#include <string>

#include "attache/attache.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return 0;
  std::vector<attache::DataError> errors;
  attache::Gazetteer g = attache::Gazetteer::Build(
      {{"fuzz.tsv", std::string(reinterpret_cast<const char*>(data), size)}}, &errors);
  static const char kText[] = "President Alpha Beta of Gamma met the Gamma leader in Delta.";
  attache::TokenizedText tokens;
  const absl::StatusOr<attache::Tokenizer>& tokenizer = attache::Tokenizer::Default();
  if (!tokenizer.ok() || !tokenizer->Tokenize(kText, &tokens).ok()) __builtin_trap();
  std::vector<attache::Mention> mentions;
  attache::FindMentions(g, kText, tokens, {}, &mentions);
  for (const attache::DataError& e : errors) {
    if (e.line < 1 || e.column < 1) __builtin_trap();
  }
  return 0;
}
