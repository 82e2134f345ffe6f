// Tokenizer: sentence boundaries to sentences of tokens, kept whole across an
// abbreviation's period ("Mr. Pezeshkian", "U.S. allegations") and a soft line wrap, with
// paragraphs numbered at line starts.
#include "internal/tokenize_impl.h"

namespace attache {

bool Tokenizer::Impl::ContinuesAfterAbbreviation(const TokenizedText& t, std::uint32_t last_token,
                                                 std::uint32_t next_token) const {
  const Token& period = t.tokens[last_token];
  const Token& next = t.tokens[next_token];
  if (last_token == 0 || (next.flags & kLineStart)) return false;
  if (period.end - period.begin != 1) return false;
  const Token& word = t.tokens[last_token - 1];
  if (word.end != period.begin || word.kind != TokenKind::kWord) return false;
  bool opener = openers.contains(next.key);
  auto found = abbreviations.find(word.key);
  if (found != abbreviations.end()) return !(found->second && opener);
  // A single capital letter is an initial: "George W. Bush".
  bool initial = word.end - word.begin == 1 && (word.flags & kAllUpper);
  return initial && !opener;
}

namespace {

// Bytes a hard-wrapped line has at least: shorter lines ending in a lowercase word are
// headlines, list items or bylines rather than text cut by a column limit.
constexpr std::uint32_t kMinWrappedLineBytes = 60;

// A single line break inside a sentence: the next line opens with a lowercase word, or the
// line before ends with a comma, or with a lowercase word on a full-width line. A blank
// line, or a line ending in any other punctuation, is a real break.
bool SoftWrap(std::string_view text, const TokenizedText& t, std::uint32_t last_token,
              std::uint32_t next_token) {
  const Token& last = t.tokens[last_token];
  const Token& next = t.tokens[next_token];
  if (!(next.flags & kLineStart)) return false;
  const std::string_view gap = text.substr(last.end, next.begin - last.end);
  int breaks = 0;  // CR LF is one
  for (std::size_t i = 0; i < gap.size(); ++i) {
    breaks += gap[i] == '\n' || (gap[i] == '\r' && (i + 1 == gap.size() || gap[i + 1] != '\n'));
  }
  if (breaks > 1) return false;
  auto lowercase_word = [](const Token& tok) {
    return tok.kind == TokenKind::kWord && (tok.flags & kHasLetter) && !(tok.flags & kCapitalized);
  };
  if (lowercase_word(next)) return true;
  if (text.substr(last.begin, last.end - last.begin) == ",") return true;
  if (!lowercase_word(last)) return false;
  const std::size_t line_start = text.rfind('\n', last.begin);
  const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
  return last.end - from >= kMinWrappedLineBytes;
}

}  // namespace

void Tokenizer::Impl::AddSentences(std::string_view text,
                                   const std::vector<std::uint32_t>& boundaries,
                                   TokenizedText* out) const {
  std::uint32_t token = 0;
  const auto token_count = static_cast<std::uint32_t>(out->tokens.size());
  std::uint32_t paragraph = 0;
  for (const std::uint32_t boundary : boundaries) {
    std::uint32_t first = token;
    while (token < token_count && out->tokens[token].begin < boundary) {
      ++token;
    }
    if (token == first) continue;
    bool merge = !out->sentences.empty() && out->sentences.back().end_token == first &&
                 (ContinuesAfterAbbreviation(*out, first - 1, first) ||
                  SoftWrap(text, *out, first - 1, first));
    if (merge) {
      out->sentences.back().end_token = token;
      out->sentences.back().end = out->tokens[token - 1].end;
      continue;
    }
    if (!out->sentences.empty() && (out->tokens[first].flags & kLineStart)) ++paragraph;
    Sentence s;
    s.first_token = first;
    s.end_token = token;
    s.begin = out->tokens[first].begin;
    s.end = out->tokens[token - 1].end;
    s.paragraph = paragraph;
    out->sentences.push_back(s);
  }
}

}  // namespace attache
