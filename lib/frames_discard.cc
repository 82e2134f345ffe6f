// Discard phrases (the lexicon's `discard` statements): a sentence holding one states no
// event; a story discard empties the whole document.
#include "internal/frames.h"
#include "internal/rules.h"

namespace attache::internal {
namespace {

// Which discard classes hold a phrase that starts at token `t` and ends within the
// sentence ending at `end`: bit 0 sentence, bit 1 story.
unsigned DiscardAt(const FrameTable& table, const ClassTable& classes, const TokenizedText& tokens,
                   std::uint32_t t, std::uint32_t end, std::uint32_t node) {
  unsigned found = 0;
  for (std::uint32_t k = t;;) {
    for (const ClassEntry& e : classes.entries[node]) {
      if (e.word_class == table.discard_sentence_class) found |= 1u;
      if (e.word_class == table.discard_story_class) found |= 2u;
    }
    if (++k >= end) break;
    node = classes.Child(node, tokens.tokens[k].key);
    if (node == 0) break;
  }
  return found;
}

}  // namespace

bool FindDiscards(const FrameTable& table, const ClassTable& classes, const TokenizedText& tokens,
                  std::span<const std::uint32_t> class_nodes,
                  std::vector<std::uint8_t>* discarded) {
  discarded->assign(tokens.sentences.size(), 0);
  if (table.discard_sentence_class == ClassTable::kNoClassId &&
      table.discard_story_class == ClassTable::kNoClassId) {
    return false;
  }
  bool story = false;
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const Sentence& sentence = tokens.sentences[s];
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const std::uint32_t node = t < class_nodes.size() ? class_nodes[t] : 0;
      if (node == 0 || !table.IsDiscardFirst(node)) continue;
      const unsigned found = DiscardAt(table, classes, tokens, t, sentence.end_token, node);
      if (found & 1u) (*discarded)[s] = 1;
      if (found & 2u) story = true;
    }
  }
  if (story) discarded->assign(tokens.sentences.size(), 1);
  return story;
}

}  // namespace attache::internal
