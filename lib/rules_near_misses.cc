// Rule matching, for --explain: the rules whose trigger occurs in a sentence but that did
// not fire there.
#include <algorithm>

#include "internal/rules_match.h"

namespace attache {

bool internal::rulematch::SentenceHasTrigger(const Program& prog, const Stream& s) {
  const std::uint32_t trigger = prog.required_classes.front().id;
  return std::any_of(s.hits.begin(), s.hits.end(),
                     [&](const ClassHit& h) { return h.word_class == trigger; });
}

std::vector<std::uint32_t> internal::RuleSetInternals::NearMisses(
    const RuleSet& rules, const TokenizedText& tokens, std::uint32_t sentence,
    const std::vector<RuleMatch>& matched) {
  const RuleSet::Impl& impl = *rules.impl_;
  using internal::Program;
  using internal::rulematch::Stream;
  Stream stream;
  const Sentence& s = tokens.sentences[sentence];
  std::vector<std::uint32_t> nodes;
  internal::rulematch::LookUpClassNodes(impl.classes, tokens, s, &nodes);
  // Near misses ask only which trigger words occur: no mentions, no grouping cues.
  internal::rulematch::BuildStream(tokens, s, {}, nodes, internal::MatcherClasses{}, &stream);
  internal::rulematch::FindClassHits(impl.classes, &stream);
  std::vector<std::uint32_t> out;
  for (std::uint32_t r = 0; r < impl.programs.size(); ++r) {
    const Program& prog = impl.programs[r];
    if (prog.required_classes.empty() || !internal::rulematch::SentenceHasTrigger(prog, stream)) {
      continue;
    }
    bool fired = std::any_of(matched.begin(), matched.end(), [&](const RuleMatch& m) {
      return m.rule == r && m.sentence == sentence;
    });
    if (!fired) out.push_back(r);
  }
  return out;
}

}  // namespace attache
