// Tokenizer: a word segment to tokens (key, case and spacing flags, possessive "'s" split
// off), and the apostrophe join applied after segmentation.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#include "internal/text.h"
#include "internal/tokenize_impl.h"

namespace attache::internal {

namespace {

// Letter case over a word's letters, one letter at a time.
struct CaseTally {
  bool has_letter = false;
  bool has_lower = false;
  bool capitalized = false;  // the first letter is upper- or titlecase

  void Letter(bool upper, bool lower) {
    capitalized |= !has_letter && upper;
    has_letter = true;
    has_lower |= lower;
  }
  void AsciiByte(unsigned char b) {
    const bool upper = b >= 'A' && b <= 'Z';
    const bool lower = b >= 'a' && b <= 'z';
    if (upper || lower) Letter(upper, lower);
  }
  std::uint8_t Flags() const {
    if (!has_letter) return 0;
    return kHasLetter | (capitalized ? kCapitalized : 0) | (has_lower ? 0 : kAllUpper);
  }
};

}  // namespace

// Letter-case flags of a word token.
std::uint8_t CaseFlags(std::string_view word) {
  CaseTally tally;
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {  // ASCII: no property lookup
      ++i;
      tally.AsciiByte(byte);
      continue;
    }
    std::int32_t c = DecodeUtf8(word, &i);
    if (c < 0 || !u_isalpha(c)) continue;
    tally.Letter(u_isupper(c) || u_istitle(c), u_islower(c));
  }
  return tally.Flags();
}

namespace {

// Bytes [at, at + n) of `text` (n <= 8) as a little-endian word, zero above them. Reads
// eight bytes at once when the text has them.
std::uint64_t LoadBytes(std::string_view text, std::size_t at, std::size_t n) {
  std::uint64_t bytes = 0;
  if (at + 8 <= text.size()) {
    std::memcpy(&bytes, text.data() + at, 8);
    return n == 8 ? bytes : bytes & ((std::uint64_t{1} << (8 * n)) - 1);
  }
  for (std::size_t k = 0; k < n; ++k) {
    bytes |= std::uint64_t{static_cast<unsigned char>(text[at + k])} << (8 * k);
  }
  return bytes;
}

// NormalizedKey() and CaseFlags() of the ASCII word text[begin, end) in one pass, eight
// bytes at a time; false (nothing set) if the word has other characters.
bool KeyAndCaseOfAscii(std::string_view text, std::size_t begin, std::size_t end, bool with_case,
                       std::uint64_t* key, std::uint8_t* flags) {
  KeyHasher hasher;
  CaseTally tally;
  for (std::size_t i = begin; i < end; i += 8) {
    const std::size_t n = std::min<std::size_t>(8, end - i);
    std::uint64_t bytes = LoadBytes(text, i, n);
    if ((bytes & kHighBits) != 0) return false;
    const std::uint64_t upper = AsciiRange(bytes, 'A', 'Z');
    const std::uint64_t lower = AsciiRange(bytes, 'a', 'z');
    if (!tally.has_letter && (upper | lower) != 0) {  // the first letter, as Letter() would
      tally.Letter((upper >> __builtin_ctzll(upper | lower)) & 1u, false);
    }
    tally.has_lower |= lower != 0;
    bytes |= upper >> 2;  // 'A'..'Z' + 0x20 = 'a'..'z'
    if (n == 8) {
      hasher.Word(bytes);
    } else {
      hasher.Tail(bytes, n);
    }
  }
  *key = hasher.value();
  *flags = with_case ? tally.Flags() : 0;
  return true;
}

// Length in bytes of a possessive "'s" / "’s" suffix of `word`, or 0.
std::size_t PossessiveSuffix(std::string_view word) {
  const std::size_t n = word.size();
  if (n < 3 || (word[n - 1] | 0x20) != 's') return 0;
  if (word[n - 2] == '\'') return 2;
  return n > 4 && word.substr(n - 4, 3) == "\u2019" ? 4 : 0;
}

}  // namespace

void WordTokenWriter::Emit(std::uint32_t begin, std::uint32_t end, TokenKind kind) {
  bool space_before = begin == 0;
  for (std::size_t i = previous_end_; i < begin;) {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte < 0x80) {  // ASCII: every byte between tokens here is a separator or control
      ++i;
      if (IsLineBreak(byte)) pending_line_start_ = true;
      if (IsSpace(byte)) space_before = true;
      continue;
    }
    std::int32_t c = DecodeUtf8(text_, &i);
    if (IsLineBreak(c)) pending_line_start_ = true;
    if (c < 0 || IsSpace(c)) space_before = true;
  }
  std::string_view surface = text_.substr(begin, end - begin);
  Token token;
  token.begin = begin;
  token.end = end;
  token.kind = kind;
  if (!KeyAndCaseOfAscii(text_, begin, end, kind != TokenKind::kPunct, &token.key, &token.flags)) {
    token.key = NormalizedKey(surface);
    token.flags = kind == TokenKind::kPunct ? 0 : CaseFlags(surface);
  }
  if (space_before) token.flags |= kSpaceBefore;
  if (pending_line_start_) token.flags |= kLineStart;
  pending_line_start_ = false;
  previous_end_ = end;
  out_.push_back(token);
}

void WordTokenWriter::Segment(std::uint32_t b, std::uint32_t e, std::int32_t status) {
  if (status >= UBRK_WORD_NONE_LIMIT) {
    TokenKind kind = status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::kNumber : TokenKind::kWord;
    std::size_t suffix = PossessiveSuffix(text_.substr(b, e - b));
    if (suffix > 0) {
      Emit(b, e - static_cast<std::uint32_t>(suffix), kind);
      Emit(e - static_cast<std::uint32_t>(suffix), e, TokenKind::kPunct);
    } else {
      Emit(b, e, kind);
    }
    return;
  }
  // Punctuation and space: one token per non-space code point; ill-formed bytes skipped.
  for (std::size_t i = b; i < e;) {
    std::size_t start = i;
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte < 0x80) {  // spaces and controls (u_iscntrl: below 0x20, and 0x7F) make none
      ++i;
      if (byte > 0x20 && byte != 0x7f) {
        Emit(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), TokenKind::kPunct);
      }
      continue;
    }
    std::int32_t c = DecodeUtf8(text_, &i);
    if (c < 0 || IsSpace(c) || u_iscntrl(c)) continue;
    Emit(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), TokenKind::kPunct);
  }
}

void JoinAccentApostrophes(std::string_view text, std::vector<Token>* tokens) {
  static const std::uint64_t kApostrophe = NormalizedKey("'");
  static const std::uint64_t kS = NormalizedKey("s");
  std::vector<Token>& t = *tokens;
  // Tokens before the first join stay where they are.
  auto glued_apostrophe = [&](std::size_t i) {
    return t[i].key == kApostrophe && i > 0 && i + 1 < t.size() && t[i].kind == TokenKind::kPunct &&
           t[i - 1].end == t[i].begin && t[i + 1].begin == t[i].end &&
           t[i - 1].kind == TokenKind::kWord && t[i + 1].kind == TokenKind::kWord;
  };
  std::size_t first = 1;
  while (first < t.size() && !glued_apostrophe(first)) ++first;
  if (first >= t.size()) return;
  std::size_t out = first;
  for (std::size_t i = first; i < t.size(); ++i) {
    const bool joinable = glued_apostrophe(i);  // out >= first >= 1: a word precedes
    if (joinable && t[i + 1].key == kS) {       // possessive: "´s" becomes one token
      Token possessive = t[i];
      possessive.end = t[i + 1].end;
      possessive.key =
          NormalizedKey(text.substr(possessive.begin, possessive.end - possessive.begin));
      t[out++] = possessive;
      ++i;
      continue;
    }
    if (joinable) {  // "Sana´a": one word, cased as a whole
      Token& word = t[out - 1];
      word.end = t[i + 1].end;
      const std::string_view joined = text.substr(word.begin, word.end - word.begin);
      word.key = NormalizedKey(joined);
      constexpr std::uint8_t kCase = kHasLetter | kCapitalized | kAllUpper;
      word.flags = static_cast<std::uint8_t>((word.flags & ~kCase) | CaseFlags(joined));
      ++i;
      continue;
    }
    t[out++] = t[i];
  }
  t.resize(out);
}

}  // namespace attache::internal
