#include "internal/lexicon.h"

#include "internal/gazetteer_words.h"
#include "internal/rules.h"

namespace attache::internal {

std::vector<CueMask> TokenCues(const RuleSet& rules, const TokenizedText& tokens) {
  const ClassTable& classes = RuleSetInternals::Classes(rules);
  std::array<std::uint32_t, kCueCount> ids;
  for (std::size_t c = 0; c < kCueCount; ++c) ids[c] = classes.Find(kCueClassNames[c]);
  std::vector<CueMask> out;
  out.reserve(tokens.tokens.size());
  for (const Token& t : tokens.tokens) {
    out.push_back(
        static_cast<CueMask>(classes.OneWordMask(classes.Child(ClassTable::kRoot, t.key), ids)));
  }
  return out;
}

Lexicon::Lexicon(Gazetteer* gazetteer, const RuleSet& rules) {
  const ClassTable& classes = RuleSetInternals::Classes(rules);
  std::array<std::uint32_t, kCueCount> ids{};
  for (std::size_t c = 0; c < kCueCount; ++c) ids[c] = classes.Find(kCueClassNames[c]);
  const std::vector<std::uint64_t> cues_of_node = classes.OneWordMasks(ids);  // bit c: Cue c
  std::vector<std::pair<std::uint32_t, std::uint32_t>> word_nodes;
  for (const auto& [key, node] : classes.root_children) {
    word_nodes.push_back({GazetteerInternals::AddWord(gazetteer, key), node});
  }
  // Words are numbered 0 .. one less than the root's children, which are indexed by word.
  none_ = {0, cues_of_node.empty() ? CueMask{0} : static_cast<CueMask>(cues_of_node[0])};
  of_word_.assign(GazetteerInternals::Trie(*gazetteer).root_children.size(), none_);
  for (const auto& [word, node] : word_nodes) {
    of_word_[word] = {
        node, node < cues_of_node.size() ? static_cast<CueMask>(cues_of_node[node]) : CueMask{0}};
  }
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
    const OfWord of = word == GazetteerTrie::kNoWord ? none_ : of_word_[word];
    out->words[t] = word;
    out->class_nodes[t] = of.class_node;
    out->cues[t] = of.cues;
  }
}

}  // namespace attache::internal
