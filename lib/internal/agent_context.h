// Internal: what a document tells about the agent nouns it leaves without a country —
// where the story is set, and which country each agent noun was last given ("India's
// foreign ministry ... The ministry said").
#ifndef ATTACHE_LIB_INTERNAL_AGENT_CONTEXT_H_
#define ATTACHE_LIB_INTERNAL_AGENT_CONTEXT_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "internal/frames.h"
#include "internal/limits.h"

namespace attache::internal {

// An agent noun with a country or organisation of its own ("India's foreign ministry",
// "the government of Rwanda").
struct OwnedAgent {
  std::uint32_t token = 0;      // the agent noun
  std::uint64_t key = 0;        // its token key
  std::uint32_t paragraph = 0;  // its paragraph
  Mention owner;
};

struct AgentContext {
  std::optional<Mention> setting;  // DocumentSetting()
  std::vector<OwnedAgent> owned;   // in text order
  // Countries the document names other than as a place (a name, a demonym), sorted.
  std::vector<EntityIndex> named_countries;

  // Whether a city of `country` named as a place may set its sentence: not a namesake of a
  // city elsewhere ("the city of Santiago" in a story set in Cuba that never names Chile).
  bool PlaceMaySet(EntityIndex country) const {
    return !setting || setting->entity == country ||
           std::binary_search(named_countries.begin(), named_countries.end(), country);
  }
};

// Reads the document's agent nouns (flags from `table`, one class-trie node per token in
// `class_nodes`) and their owners among `mentions` (sorted by position).
AgentContext FindAgentContext(const FrameTable& table, const TokenizedText& tokens,
                              std::span<const std::uint32_t> class_nodes,
                              const std::vector<Mention>& mentions);

// The owner of the latest agent noun with `key` before token `before`, within
// kMaxAgentAnaphoraParagraphs of `paragraph`; nullptr if none.
const Mention* EarlierOwner(const AgentContext& context, std::uint64_t key, std::uint32_t before,
                            std::uint32_t paragraph);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_AGENT_CONTEXT_H_
