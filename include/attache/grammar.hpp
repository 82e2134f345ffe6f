// attache/grammar.hpp — stage 4: the rule language, compiled into a linear-time matcher.
//
// Rules are text (language reference: docs/rules.md). RuleSet::Build parses them (Boost
// Spirit X3), checks every reference (word classes, entity types and ids, captures) and
// compiles each rule into a program of split/jump/save/consume instructions. Patterns have
// no unbounded repetition, so a rule spans at most RuleInfo::max_span items; the matcher
// explores each (instruction, item position) pair at most once per rule and sentence, so
// matching a sentence of n items costs O(n * max_span * program size): linear in the input,
// with no exponential backtracking on any rule/input pair.
//
//   std::vector<attache::DataError> errors;
//   attache::RuleSet rules = attache::RuleSet::Build(sources, gazetteer, &errors);
//   for (const auto& e : errors) std::cerr << e.ToString() << "\n";
#ifndef ATTACHE_GRAMMAR_HPP_
#define ATTACHE_GRAMMAR_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "attache/data.hpp"
#include "attache/gazetteer.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "attache/triple.hpp"

namespace attache {

namespace internal {
struct RuleSetInternals;  // the library's own access to compiled rules
}  // namespace internal

struct RuleInfo {
  std::string name;
  std::string location;   // "rules/consult.rules:12"
  std::string predicate;  // template, e.g. "supplied-{I}-to"
  std::string cameo;
  std::string plover;
  Modality modality = Modality::kFact;  // a rule can state its modality ("agreed to meet")
  int max_span = 0;                     // most items one match can cover
};

// A match of one rule in one sentence, before attribution. Arguments refer to entities.
struct RuleMatch {
  std::uint32_t rule = 0;
  std::uint32_t sentence = 0;
  Argument subject;
  std::optional<Argument> object;
  std::string predicate;  // the template with captured values filled in
  std::string item;
  ByteSpan trigger;
  ByteSpan span;  // the whole matched text
  // Whether the event's own verb group is negated ("has not expelled", or an infinitive
  // under a negated verb: "did not agree to meet"), when a frame matched a verb group;
  // unset otherwise (attribution then reads negation from the words before the trigger).
  std::optional<bool> negated;
};

// Immutable after Build(); Match() is const and thread-safe.
class RuleSet {
 public:
  // Compiles the rule sources among `sources` (files ending in .rules; others are ignored).
  // Errors are appended to `errors`; every rule without errors is still compiled.
  static RuleSet Build(const std::vector<DataSource>& sources, const Gazetteer& gazetteer,
                       std::vector<DataError>* errors);

  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;
  ~RuleSet();

  std::size_t size() const;
  const RuleInfo& rule(std::uint32_t index) const;

  // Runs every rule and event-lexicon frame over one sentence, appending to `out`.
  // `mentions` are that sentence's mentions, in order. The matcher works within a fixed
  // budget: a sentence of more than 32000 items (words and mentions) fails with
  // ResourceExhausted and adds nothing to `out`.
  [[nodiscard]] absl::Status Match(std::string_view text, const TokenizedText& tokens,
                                   std::uint32_t sentence, const std::vector<Mention>& mentions,
                                   std::vector<RuleMatch>* out) const;

 private:
  friend struct internal::RuleSetInternals;
  struct Impl;
  explicit RuleSet(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace attache

#endif  // ATTACHE_GRAMMAR_HPP_
