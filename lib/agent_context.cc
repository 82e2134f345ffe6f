// The document's context for agent nouns without a country (internal/agent_context.h).
#include "internal/agent_context.h"

#include <algorithm>

#include "internal/limits.h"
#include "internal/mentions.h"

namespace attache::internal {

namespace {

bool CanOwn(const Mention& m) {
  return m.how != MatchKind::kPlace && m.how != MatchKind::kPronoun && m.how != MatchKind::kGroup &&
         m.type != EntityType::kPerson && m.type != EntityType::kMedia;
}

}  // namespace

AgentContext FindAgentContext(const FrameTable& table, const TokenizedText& tokens,
                              std::span<const std::uint32_t> class_nodes,
                              const std::vector<Mention>& mentions) {
  AgentContext out;
  out.setting = DocumentSetting(mentions);
  for (const Mention& m : mentions) {
    if (m.type == EntityType::kCountry && m.how != MatchKind::kPlace &&
        m.how != MatchKind::kCapital) {
      out.named_countries.push_back(m.entity);
    }
  }
  std::sort(out.named_countries.begin(), out.named_countries.end());
  out.named_countries.erase(std::unique(out.named_countries.begin(), out.named_countries.end()),
                            out.named_countries.end());
  if (table.empty() || class_nodes.size() < tokens.tokens.size()) return out;
  std::vector<int> mention_at(tokens.tokens.size(), -1);  // the mention covering each token
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    for (std::uint32_t t = mentions[m].first_token; t < mentions[m].end_token; ++t) {
      if (mention_at[t] < 0) mention_at[t] = static_cast<int>(m);
    }
  }
  auto info = [&](std::uint32_t t) -> const WordInfo& { return table.Info(class_nodes[t]); };
  for (const Sentence& s : tokens.sentences) {
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (mention_at[t] >= 0 || (info(t).flags & kAgentNoun) == 0) continue;
      int owner = -1;
      // "the government of Rwanda": a mention starting two tokens on.
      if (t + 2 < s.end_token && (info(t + 1).flags & kAgentLink) != 0 && mention_at[t + 2] >= 0 &&
          mentions[mention_at[t + 2]].first_token == t + 2) {
        owner = mention_at[t + 2];
      }
      // "India's foreign ministry", "the Kenyan police": a mention before the modifiers.
      for (std::uint32_t u = t, k = 0; owner < 0 && k <= kMaxOwnerModifiers && u > s.first_token;
           ++k) {
        --u;
        if (mention_at[u] >= 0) {
          owner = mention_at[u];
          break;
        }
        const WordInfo& w = info(u);
        if ((w.flags & (kPossessiveMarker | kAgentNoun)) == 0 &&
            !IsPlainLowerWord(tokens.tokens[u], w)) {
          break;
        }
      }
      if (owner < 0 || !CanOwn(mentions[static_cast<std::size_t>(owner)])) continue;
      out.owned.push_back(
          {t, tokens.tokens[t].key, s.paragraph, mentions[static_cast<std::size_t>(owner)]});
    }
  }
  return out;
}

const Mention* EarlierOwner(const AgentContext& context, std::uint64_t key, std::uint32_t before,
                            std::uint32_t paragraph) {
  auto it = std::lower_bound(context.owned.begin(), context.owned.end(), before,
                             [](const OwnedAgent& a, std::uint32_t t) { return a.token < t; });
  while (it != context.owned.begin()) {
    --it;
    if (it->paragraph + kMaxAgentAnaphoraParagraphs < paragraph) return nullptr;
    if (it->key == key) return &it->owner;
  }
  return nullptr;
}

}  // namespace attache::internal
