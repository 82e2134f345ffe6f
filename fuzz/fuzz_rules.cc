// Fuzz target: the rule-language and event-lexicon parsers and compilers, then the compiled
// rules and frames on a fixed sentence.
#include <cstdint>
#include <string>

#include "attache/attache.hpp"

namespace {

struct Fixture {
  attache::Document doc;
  Fixture() {
    attache::ExtractOptions options;
    options.date = attache::Date(2025, 1, 1);
    doc = *attache::Extractor::Create()->Extract(
        "Iran and Belarus signed a roadmap, and Washington accused Tehran of providing Moscow "
        "with drones, which Tehran denies.",
        options);
  }
};

const Fixture& Shared() {
  static const Fixture* const kFixture = new Fixture();
  return *kFixture;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return 0;
  std::vector<attache::DataError> errors;
  // The same bytes as a rule file and as an event-lexicon file: both parsers, and frames
  // built without the structure classes (reported, never fatal), run on the sentence.
  const std::string input(reinterpret_cast<const char*>(data), size);
  const absl::StatusOr<attache::Gazetteer>& gazetteer = attache::Gazetteer::Default();
  if (!gazetteer.ok()) __builtin_trap();
  attache::RuleSet rules =
      attache::RuleSet::Build({{"fuzz.rules", input}, {"fuzz.lex", input}}, *gazetteer, &errors);
  const attache::Document& doc = Shared().doc;
  std::vector<attache::RuleMatch> matches;
  for (std::uint32_t s = 0; s < doc.tokens.sentences.size(); ++s) {
    (void)rules.Match(doc.text, doc.tokens, s, doc.mentions, &matches);
  }
  for (const attache::DataError& e : errors) {
    if (e.line < 1 || e.column < 1) __builtin_trap();
  }
  return 0;
}
