#include "internal/lexicon.h"

#include "internal/gazetteer_words.h"
#include "internal/rules.h"

namespace attache::internal {

Lexicon::Lexicon(Gazetteer* gazetteer, const RuleSet& rules) {
  const ClassTable& classes = RuleSetInternals::Classes(rules);
  std::array<std::uint32_t, kCueCount> ids{};
  for (std::size_t c = 0; c < kCueCount; ++c) ids[c] = classes.Find(kCueClassNames[c]);
  for (std::uint64_t mask : classes.OneWordMasks(ids)) {
    cues_of_node_.push_back(static_cast<CueMask>(mask));  // bit c: Cue c
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> word_nodes;
  for (const auto& [key, node] : classes.root_children) {
    word_nodes.push_back({GazetteerInternals::AddWord(gazetteer, key), node});
  }
  // Words are numbered 0 .. one less than the root's children, which are indexed by word.
  class_node_of_word_.assign(GazetteerInternals::Trie(*gazetteer).root_children.size(), 0);
  for (const auto& [word, node] : word_nodes) class_node_of_word_[word] = node;
}

void Lexicon::LookUp(const Gazetteer& gazetteer, const TokenizedText& tokens,
                     TokenLookups* out) const {
  const GazetteerTrie& trie = GazetteerInternals::Trie(gazetteer);
  const std::size_t n = tokens.tokens.size();
  out->words.resize(n);
  out->class_nodes.resize(n);
  out->cues.resize(n);
  for (std::size_t t = 0; t < n; ++t) {
    const std::uint32_t word = trie.WordOf(tokens.tokens[t].key);
    const std::uint32_t node = word == GazetteerTrie::kNoWord ? 0 : class_node_of_word_[word];
    out->words[t] = word;
    out->class_nodes[t] = node;
    out->cues[t] = cues_of_node_[node];  // node 0 ("none") has no cues
  }
}

}  // namespace attache::internal
