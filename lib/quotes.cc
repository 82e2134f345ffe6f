// Quotation marks and quoted stretches (internal/quotes.h).
#include "internal/quotes.h"

namespace attache::internal {

// Which quotation mark a token is: ", ', ‘, ’, “ or ”.
QuoteMark QuoteMarkOf(std::string_view q) {
  if (q.size() == 1) {
    return q[0] == '"'    ? QuoteMark::kStraightDouble
           : q[0] == '\'' ? QuoteMark::kStraightSingle
                          : QuoteMark::kNone;
  }
  if (q.size() != 3 || q[0] != '\xE2' || q[1] != '\x80') return QuoteMark::kNone;
  switch (q[2]) {
    case '\x98':
      return QuoteMark::kLeftSingle;
    case '\x99':
      return QuoteMark::kRightSingle;
    case '\x9C':
      return QuoteMark::kLeftDouble;
    case '\x9D':
      return QuoteMark::kRightDouble;
    default:
      return QuoteMark::kNone;
  }
}

const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ParagraphQuotes::Of(
    std::uint32_t sentence) {
  const std::vector<Sentence>& sentences = tokens_.sentences;
  const std::uint32_t paragraph = sentences[sentence].paragraph;
  if (computed_ && paragraph == paragraph_) return ranges_;
  std::uint32_t first = sentence, last = sentence;
  while (first > 0 && sentences[first - 1].paragraph == paragraph) --first;
  while (last + 1 < sentences.size() && sentences[last + 1].paragraph == paragraph) ++last;
  Find(sentences[first].first_token, sentences[last].end_token);
  computed_ = true;
  paragraph_ = paragraph;
  return ranges_;
}

void ParagraphQuotes::Find(std::uint32_t first, std::uint32_t end) {
  ranges_.clear();
  const auto& tk = tokens_.tokens;
  std::int64_t open = -1;
  for (std::uint32_t i = first; i < end; ++i) {
    if (tk[i].kind != TokenKind::kPunct) continue;  // every quotation mark is punctuation
    const QuoteMark q = QuoteMarkOf(text_.substr(tk[i].begin, tk[i].end - tk[i].begin));
    if (q == QuoteMark::kNone) continue;
    const bool straight = q == QuoteMark::kStraightDouble || q == QuoteMark::kStraightSingle;
    bool glued_next = i + 1 < end && tk[i + 1].begin == tk[i].end;
    bool glued_prev = i > first && tk[i - 1].end == tk[i].begin;
    bool opens = q == QuoteMark::kLeftDouble || ((straight || q == QuoteMark::kLeftSingle) &&
                                                 open < 0 && glued_next && !glued_prev);
    bool closes = q == QuoteMark::kRightDouble ||
                  ((straight || q == QuoteMark::kRightSingle) && open >= 0 && glued_prev);
    if (open < 0 && opens) {
      open = i;
    } else if (open >= 0 && closes) {
      ranges_.push_back({static_cast<std::uint32_t>(open) + 1, i});
      open = -1;
    }
  }
}

}  // namespace attache::internal
