// Internal: quotation marks and the quoted stretches of a paragraph, shared by the
// attribution stage (quoted speech belongs to its speaker) and the pronoun stage ("we" in a
// quotation is the speaker's side).
#ifndef ATTACHE_LIB_INTERNAL_QUOTES_H_
#define ATTACHE_LIB_INTERNAL_QUOTES_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "internal/limits.h"

namespace attache::internal {

enum class QuoteMark {
  kNone,
  kStraightDouble,
  kStraightSingle,
  kLeftSingle,
  kRightSingle,
  kLeftDouble,
  kRightDouble
};

// Which quotation mark a token's text is: ", ', ‘, ’, “ or ”; kNone for any other.
QuoteMark QuoteMarkOf(std::string_view q);

// Token ranges [first, end) inside quotation marks in the paragraph of a given sentence,
// computed once per paragraph asked about (ask in sentence order). The range's end is the
// closing quotation mark.
class ParagraphQuotes {
 public:
  ParagraphQuotes(std::string_view text, const TokenizedText& tokens)
      : text_(text), tokens_(tokens) {}

  const std::vector<std::pair<std::uint32_t, std::uint32_t>>& Of(std::uint32_t sentence);

 private:
  void Find(std::uint32_t first, std::uint32_t end);

  std::string_view text_;
  const TokenizedText& tokens_;
  bool computed_ = false;
  std::uint32_t paragraph_ = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_;
};

// The speaker of `quote` (its first token and its closing mark) in a text of `n` tokens:
// "“...,” X said" (a long name right after the quotation included), "“...,” said X" (X right
// after the verb or its determiner; "he said after meeting Y" names no Y), "X said: “...”".
// `report(t)` and `determiner(t)` say what token t is; `speaker_at(t)` is the mention
// covering token t that may speak, or nullptr. Shared by the attribution stage and
// ResolveSpeakerPronouns().
template <typename Report, typename Determiner, typename SpeakerAt>
const Mention* QuoteSpeaker(std::pair<std::uint32_t, std::uint32_t> quote, std::uint32_t n,
                            Report report, Determiner determiner, SpeakerAt speaker_at) {
  // The nearest speaker within `window` tokens before t, not before `first`.
  auto before = [&](std::uint32_t t, std::uint32_t first, std::uint32_t window) -> const Mention* {
    for (std::uint32_t k = 1; k <= window && t >= first + k; ++k) {
      if (const Mention* m = speaker_at(t - k)) return m;
    }
    return nullptr;
  };
  const std::uint32_t close = quote.second;
  if (const Mention* first = close + 1 < n ? speaker_at(close + 1) : nullptr;
      first != nullptr && first->first_token == close + 1 && first->end_token < n &&
      report(first->end_token)) {
    return first;
  }
  for (std::uint32_t t = close + 1; t < std::min(n, close + 1 + kReportAfterQuote); ++t) {
    if (!report(t)) continue;
    if (const Mention* m = before(t, close + 1, kSpeakerAroundReportAfterQuote)) return m;
    const std::uint32_t right =
        t + 1 < n && determiner(t + 1) && speaker_at(t + 1) == nullptr ? t + 2 : t + 1;
    if (right < n) {
      if (const Mention* m = speaker_at(right); m != nullptr && m->first_token > t) return m;
    }
  }
  const std::uint32_t open = quote.first - 1;
  for (std::uint32_t t = open;
       t-- > (open >= kReportBeforeQuote ? open - kReportBeforeQuote : 0);) {
    if (report(t)) {
      return before(t,
                    t >= kSpeakerBeforeReportBeforeQuote ? t - kSpeakerBeforeReportBeforeQuote : 0,
                    kSpeakerBeforeReportBeforeQuote);
    }
  }
  return nullptr;
}

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_QUOTES_H_
