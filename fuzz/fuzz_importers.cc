// Fuzz target: every importer (spaCy patterns, RegexNER, and PETRARCH2 verbs, actors, agents
// and discards) on the same bytes, then the gazetteer and rule set built from what they
// produced: importers write only valid attache data.
#include <cstdint>
#include <cstdio>
#include <string>

#include "attache/attache.hpp"

namespace {

void CheckErrors(const std::vector<attache::DataError>& errors) {
  for (const attache::DataError& e : errors) {
    if (e.line < 1 || e.column < 1) __builtin_trap();
  }
}

}  // namespace

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
  CheckErrors(errors);
  // The PETRARCH2 importers: their output must build without a single error.
  errors.clear();
  attache::ImportSummary summary;
  const std::vector<attache::DataSource> inputs = {input};
  std::vector<attache::DataSource> petrarch = {
      attache::ImportPetrarchVerbs(input, &errors, &summary),
      attache::ImportPetrarchActors(inputs, nullptr, &errors, &summary),
      attache::ImportPetrarchAgents(input, &errors, &summary),
      attache::ImportPetrarchDiscards(input, &errors, &summary)};
  CheckErrors(errors);
  build_errors.clear();
  attache::Gazetteer pg = attache::Gazetteer::Build(petrarch, &build_errors);
  attache::RuleSet rules = attache::RuleSet::Build(petrarch, pg, &build_errors);
  // With no default data the lexicon misses its structure classes and PLOVER table: those
  // errors are expected; any other is a bug in an importer.
  for (const attache::DataError& e : build_errors) {
    const bool expected = e.message.find("which the structure stage reads") != std::string::npos ||
                          e.message.find("no PLOVER category") != std::string::npos ||
                          e.message.find("no agent class") != std::string::npos;
    if (!expected) {
      std::fprintf(stderr, "unexpected: %s\n", e.ToString().c_str());
      __builtin_trap();
    }
  }
  (void)summary.ToString();
  return 0;
}
