// Fuzz target: both importers (spaCy patterns and RegexNER) on the same bytes, then the
// gazetteer built from what they produced.
#include <cstdint>
#include <string>

#include "attache/attache.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return 0;
  attache::DataSource input{"fuzz.in", std::string(reinterpret_cast<const char*>(data), size)};
  std::vector<attache::DataError> errors;
  attache::DataSource spacy = attache::ImportSpacyPatterns(input, nullptr, &errors);
  attache::DataSource regexner = attache::ImportRegexNer(input, nullptr, &errors);
  std::vector<attache::DataError> build_errors;
  attache::Gazetteer g = attache::Gazetteer::Build({spacy, regexner}, &build_errors);
  // Importers emit only valid gazetteer lines; ids may collide between the two importers.
  for (const attache::DataError& e : build_errors) {
    if (e.message.find("duplicate id") == std::string::npos) __builtin_trap();
  }
  for (const attache::DataError& e : errors) {
    if (e.line < 1 || e.column < 1) __builtin_trap();
  }
  return 0;
}
