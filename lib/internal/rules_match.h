// Internal: the rule matcher's per-sentence working memory and the pieces RuleSet::Match()
// is made of: lib/rules_stream.cc (the item stream), lib/rules_index.cc (which classes occur
// where, the rules worth trying and their starts), lib/internal/rules_search.h (the search
// of one program), lib/rules_triples.cc (a match's captures to triples),
// lib/rules_near_misses.cc and lib/rules_match.cc (the entry points).
// Use attache/grammar.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_RULES_MATCH_H_
#define ATTACHE_LIB_INTERNAL_RULES_MATCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "attache/grammar.hpp"
#include "internal/rules.h"
#include "internal/rules_search.h"
#include "internal/rules_stream.h"

namespace attache::internal::rulematch {

// Which classes occur in a sentence, how often, and where: the positions of class c are
// listed on first request. A class occurs if stamp[c] is the current epoch. Only classes
// that occur are touched per sentence.
struct RequirementIndex {
  std::vector<std::uint32_t> stamp, begin, count;
  std::vector<std::uint32_t> positions;
  std::vector<std::uint32_t> touched;  // classes that occur, in order of first occurrence
  std::uint32_t epoch = 0;
  static constexpr std::uint32_t kUnlisted = 0xffffffffu;

  // Indexes the class hits of `s`, forgetting the previous sentence's.
  void Build(const RuleDispatch& d, const Stream& s);

  std::uint32_t Count(std::uint32_t c) const { return stamp[c] == epoch ? count[c] : 0; }

  // The positions of class c (which occurs), in order; valid until the next call.
  const std::uint32_t* Positions(std::uint32_t c, const Stream& s);
};

// The item positions a rule's match must reach one of: [begin, end), sorted, and how far
// before each a match may start (start <= q < start + reach).
struct StartRange {
  const std::uint32_t* begin = nullptr;
  const std::uint32_t* end = nullptr;
  std::uint32_t reach = 1;
};

using MatchKeySet =
    absl::flat_hash_set<std::tuple<EntityIndex, EntityIndex, std::string, std::uint32_t>>;

// Matches a rule makes in one sentence that are compared one by one for repeats; past
// this many, a hash set takes over (a long coordination can make very many).
constexpr std::size_t kScannedMatches = 8;

// What one sentence's matching reads.
struct SentenceInput {
  std::string_view text;
  const TokenizedText& tokens;
  std::uint32_t sentence;
  const std::vector<Mention>& mentions;
};

}  // namespace attache::internal::rulematch

namespace attache::internal {

struct RuleScratchImpl {
  std::vector<std::uint32_t> class_nodes;  // when the caller gives none
  internal::FrameScratch frames;
  std::vector<std::uint64_t> present;  // RuleDispatch::MayMatch()
  internal::rulematch::Stream stream;
  internal::rulematch::RequirementIndex requirements;
  std::vector<std::uint32_t> every_position;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint32_t> candidates;  // rules to try on the sentence
  std::vector<std::uint32_t> anchors;     // occurrences of a rule's rarest requirement
  internal::rulematch::Vm vm;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  // The current rule's matches in this sentence are out[rule_first_match ..]; past
  // kScannedMatches of them, repeats are found through `seen` instead of a scan.
  std::size_t rule_first_match = 0;
  internal::rulematch::MatchKeySet seen;
  absl::flat_hash_set<std::int32_t> triggers;  // the leftmost match of a trigger wins
};

}  // namespace attache::internal

namespace attache::internal::rulematch {

// The rules whose first requirement occurs in the sentence `found` indexes (each rule is
// listed under one class), and those without requirements, in rule order; in `*out`.
void CandidateRules(const RuleDispatch& dispatch, const RequirementIndex& found,
                    std::vector<std::uint32_t>* out);

// Where a rule needing `needs` can start in `stream`: within reach of the occurrences of its
// rarest requirement that have room for its entities on each side, or everywhere when it
// has none. False when it cannot match. Uses work.every_position or work.anchors.
bool FindStarts(const std::vector<Requirement>& needs, const Stream& stream, RuleScratchImpl* work,
                StartRange* range);

// Runs rule `r` (program `prog`) anchored at `start` and appends its triples' matches.
void MatchFrom(const SentenceInput& in, std::uint32_t r, const Program& prog, std::uint32_t start,
               RuleScratchImpl* work, std::vector<RuleMatch>* out);

// Whether the rule's first requirement (its trigger word, class or alternative) occurs.
bool SentenceHasTrigger(const Program& prog, const Stream& s);

}  // namespace attache::internal::rulematch

#endif  // ATTACHE_LIB_INTERNAL_RULES_MATCH_H_
