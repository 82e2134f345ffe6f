#include "internal/token_cues.h"

#include "internal/rules.h"

namespace attache::internal {

CueTable::CueTable(const RuleSet& rules) : classes_(&RuleSetInternals::Classes(rules)) {
  std::array<std::uint32_t, kCueCount> ids{};
  for (std::size_t c = 0; c < kCueCount; ++c) ids[c] = classes_->Find(kCueClassNames[c]);
  by_node_.assign(classes_->entries.size(), 0);
  // One-word entries hang from the root's children.
  for (const auto& [key, node] : classes_->root_children) {
    for (const ClassEntry& e : classes_->entries[node]) {
      for (std::size_t c = 0; c < kCueCount; ++c) {
        if (ids[c] == e.word_class) by_node_[node] |= CueBit(static_cast<Cue>(c));
      }
    }
  }
}

void CueTable::Annotate(const TokenizedText& tokens, TokenClasses* out) const {
  const std::size_t n = tokens.tokens.size();
  out->nodes.resize(n);
  out->cues.resize(n);
  for (std::size_t t = 0; t < n; ++t) {
    const std::uint32_t node = classes_->Child(ClassTable::kRoot, tokens.tokens[t].key);
    out->nodes[t] = node;
    out->cues[t] = by_node_[node];  // node 0 ("none") has no entries
  }
}

}  // namespace attache::internal
