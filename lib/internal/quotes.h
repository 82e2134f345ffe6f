// Internal: quotation marks and the quoted stretches of a paragraph, shared by the
// attribution stage (quoted speech belongs to its speaker) and the pronoun stage ("we" in a
// quotation is the speaker's side).
#ifndef ATTACHE_LIB_INTERNAL_QUOTES_H_
#define ATTACHE_LIB_INTERNAL_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "attache/tokenize.hpp"

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

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_QUOTES_H_
