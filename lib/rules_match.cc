// Rule matching: a sentence becomes a stream of items (words, entity mentions, coordinated
// groups of mentions). A rule is tried only if every word, class and alternative its pattern
// requires occurs in the sentence, with room for its entities on each side; then only from
// starts within reach of its rarest requirement. From each start, a depth-first search of
// the rule's program in priority order finds the preferred match and its captures
// (backtracking as in RE2's BitState): an (instruction, position) pair explored once and
// failed is never explored again, for any start of the rule in the sentence, and no rule
// spans more than RuleInfo::max_span items, so the cost is linear in the sentence length.
//
// This file holds the entry points; the item stream is built in lib/rules_stream.cc, the
// rules and starts to try are found in lib/rules_index.cc, the search is
// lib/internal/rules_search.h and the triples are made in lib/rules_triples.cc.
#include "internal/rules_match.h"

#include <algorithm>
#include <span>

#include "attache/grammar.hpp"
#include "fmt/format.h"
#include "internal/rules.h"
#include "internal/structure.h"

namespace attache {

using internal::Program;
using internal::rulematch::kMaxItems;
using internal::rulematch::LookUpClassNodes;
using internal::rulematch::Vm;

namespace {

// Calls `visit(start)` for each start position, in order, from which a match could reach one
// of the sorted positions of `range`: start <= q < start + range.reach.
template <typename Visit>
void ForEachStartWithinReach(const internal::rulematch::StartRange& range, Visit visit) {
  std::uint32_t next = 0;  // first start not yet visited
  for (const std::uint32_t* it = range.begin; it != range.end; ++it) {
    const std::uint32_t q = *it;
    std::uint32_t from = std::max(next, q + 1 >= range.reach ? q + 1 - range.reach : 0);
    for (std::uint32_t start = from; start <= q; ++start) visit(start);
    next = std::max(next, q + 1);
  }
}

// Runs rule `r` (program `prog`, no match longer than `max_span` items) from the starts of
// `range` where it can start, appending its matches to `out`.
void RunRule(const internal::rulematch::SentenceInput& in, std::uint32_t r, const Program& prog,
             std::uint32_t max_span, const internal::rulematch::StartRange& range,
             internal::RuleScratchImpl* work, std::vector<RuleMatch>* out) {
  Vm& vm = work->vm;
  vm.Reset(prog);
  work->rule_first_match = out->size();
  work->seen.clear();
  work->triggers.clear();
  work->starts.clear();
  ForEachStartWithinReach(range, [&](std::uint32_t start) {
    if (vm.CanStart(start)) work->starts.push_back(start);
  });
  // Starts share the search's marks in runs as long as the marks' memory budget allows.
  for (std::size_t k = 0; k < work->starts.size();) {
    std::size_t last = k;
    while (last + 1 < work->starts.size() &&
           Vm::MarksFit(prog, work->starts[k], work->starts[last + 1], max_span)) {
      ++last;
    }
    vm.Limit(work->starts[k], work->starts[last], max_span);
    for (; k <= last; ++k) {
      internal::rulematch::MatchFrom(in, r, prog, work->starts[k], work, out);
    }
  }
}

}  // namespace

void internal::RuleSetInternals::UseReferenceFrames(RuleScratch* scratch, bool on) {
  scratch->impl->frames.reference_candidates = on;
}

void internal::RuleSetInternals::SetAgentContext(RuleScratch* scratch, AgentContext context) {
  scratch->impl->frames.document = std::move(context);
}

std::vector<Mention>* internal::RuleSetInternals::AgentMentions(RuleScratch* scratch) {
  return &scratch->impl->frames.agent_mentions;
}

internal::RuleScratch::RuleScratch() : impl(std::make_unique<RuleScratchImpl>()) {}
internal::RuleScratch::RuleScratch(RuleScratch&&) noexcept = default;
internal::RuleScratch& internal::RuleScratch::operator=(RuleScratch&&) noexcept = default;
internal::RuleScratch::~RuleScratch() = default;

absl::Status RuleSet::Match(std::string_view text, const TokenizedText& tokens,
                            std::uint32_t sentence, const std::vector<Mention>& mentions,
                            std::vector<RuleMatch>* out) const {
  internal::RuleScratch scratch;
  return internal::RuleSetInternals::Match(*this, text, tokens, sentence, mentions, {}, &scratch,
                                           out);
}

absl::Status internal::RuleSetInternals::Match(const RuleSet& rules, std::string_view text,
                                               const TokenizedText& tokens, std::uint32_t sentence,
                                               const std::vector<Mention>& mentions,
                                               std::span<const std::uint32_t> class_nodes,
                                               RuleScratch* scratch, std::vector<RuleMatch>* out) {
  const RuleSet::Impl& impl = *rules.impl_;
  // Every rule's and frame's subject is an entity: a sentence without mentions matches
  // nothing, unless the document's setting lends its agent nouns one.
  internal::RuleScratchImpl& work = *scratch->impl;
  if (mentions.empty() && !work.frames.document.setting && work.frames.document.owned.empty()) {
    return absl::OkStatus();
  }
  const std::size_t first_rule_match = out->size();
  absl::Status status = absl::OkStatus();
  if (!mentions.empty()) {
    status = MatchRules(rules, text, tokens, sentence, mentions, class_nodes, scratch, out);
  }
  if (!status.ok() || impl.frames.empty()) return status;
  const std::size_t first_frame_match = out->size();
  const Sentence& s = tokens.sentences[sentence];
  std::span<const std::uint32_t> nodes;
  if (class_nodes.empty()) {
    LookUpClassNodes(impl.classes, tokens, s, &work.class_nodes);
    nodes = work.class_nodes;
  } else {
    nodes = class_nodes.subspan(s.first_token, s.end_token - s.first_token);
  }
  internal::MatchFrames(impl.frames, text, tokens, sentence, mentions, nodes, &work.frames, out);
  internal::DropRuleMatchesFramesCover(impl.infos, first_rule_match, first_frame_match, out);
  return absl::OkStatus();
}

absl::Status internal::RuleSetInternals::MatchRules(
    const RuleSet& rules, std::string_view text, const TokenizedText& tokens,
    std::uint32_t sentence, const std::vector<Mention>& mentions,
    std::span<const std::uint32_t> class_nodes, RuleScratch* scratch, std::vector<RuleMatch>* out) {
  const RuleSet::Impl& impl = *rules.impl_;
  internal::RuleScratchImpl& work = *scratch->impl;
  const Sentence& s = tokens.sentences[sentence];
  const std::uint32_t length = s.end_token - s.first_token;
  std::span<const std::uint32_t> nodes;
  if (class_nodes.empty()) {
    LookUpClassNodes(impl.classes, tokens, s, &work.class_nodes);
    nodes = work.class_nodes;
  } else {
    nodes = class_nodes.subspan(s.first_token, length);
  }
  const internal::RuleDispatch& dispatch = impl.dispatch;
  // Skipped when no rule can have all it requires. (Oversized sentences go on, to be
  // reported below.)
  if (length <= kMaxItems && !dispatch.MayMatch(nodes, mentions.size(), &work.present)) {
    return absl::OkStatus();
  }
  internal::rulematch::Stream& stream = work.stream;
  internal::rulematch::BuildStream(tokens, s, mentions, nodes, impl.known, &stream);
  if (stream.items.size() > kMaxItems) {
    return absl::ResourceExhaustedError(
        fmt::format("sentence {} has {} items; the matcher's budget is {}", sentence,
                    stream.items.size(), kMaxItems));
  }
  internal::rulematch::FindClassHits(impl.classes, &stream);
  work.requirements.Build(dispatch, stream);
  work.vm.Bind(mentions, stream);
  const internal::rulematch::SentenceInput in{text, tokens, sentence, mentions};
  const std::uint32_t entity_items = stream.entities_before.back();
  internal::rulematch::CandidateRules(dispatch, work.requirements, &work.candidates);
  for (std::uint32_t r : work.candidates) {
    if (impl.programs[r].min_entities > entity_items) continue;
    // Starts are tried within reach of the rarest requirement's occurrences; a rule without
    // requirements is tried everywhere.
    internal::rulematch::StartRange range;
    if (!internal::rulematch::FindStarts(dispatch.rule_requirements[r], stream, &work, &range)) {
      continue;
    }
    const auto max_span = static_cast<std::uint32_t>(impl.infos[r].max_span);
    RunRule(in, r, impl.programs[r], max_span, range, &work, out);
  }
  return absl::OkStatus();
}

}  // namespace attache
