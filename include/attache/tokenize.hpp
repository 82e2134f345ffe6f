// attache/tokenize.hpp — stage 1: UTF-8 text to tokens and sentences.
//
// Segmentation follows ICU's root word and sentence break rules (UAX #29) with ICU's
// character data: built-in segmenters cover ASCII, Latin letters and typographic
// punctuation, and ICU's break iterators run directly over the caller's UTF-8 (UText, no
// UTF-16 copy) for everything else. Tests check the two give identical results. Every span
// is a byte offset [begin, end) into the original text. Abbreviations ("Mr.", "U.S.",
// initials) listed in the data files do not end sentences.
//
// Invalid UTF-8 never fails tokenization: each ill-formed byte sequence is read as U+FFFD,
// which is neither a letter nor a digit, so it never becomes part of a word token. Offsets of
// all other tokens stay exact. Callers that prefer to reject such input can call
// ValidateUtf8() first; Extractor does so when ExtractOptions::reject_invalid_utf8 is set.
//
//   const absl::StatusOr<attache::Tokenizer>& tokenizer = attache::Tokenizer::Default();
//   attache::TokenizedText out;
//   if (tokenizer.ok()) tokenizer->Tokenize("Mr. Raisi met Mr. Lukashenko. They signed.", &out);
//   // out.sentences.size() == 2
#ifndef ATTACHE_TOKENIZE_HPP_
#define ATTACHE_TOKENIZE_HPP_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace attache {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct };

// Bit flags on Token::flags.
enum TokenFlag : std::uint8_t {
  kCapitalized = 1 << 0,  // first letter is uppercase (or titlecase)
  kAllUpper = 1 << 1,     // has letters, none lowercase ("US", "U.S")
  kSpaceBefore = 1 << 2,  // whitespace directly precedes the token
  kLineStart = 1 << 3,    // first token after a line break (or of the text)
  kHasLetter = 1 << 4,
};

struct Token {
  std::uint32_t begin = 0;  // byte offset into the original text
  std::uint32_t end = 0;
  std::uint64_t key = 0;  // NormalizedKey() of the token text
  TokenKind kind = TokenKind::kWord;
  std::uint8_t flags = 0;
};

struct Sentence {
  std::uint32_t begin = 0;  // byte offsets of the first and past-the-last token
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // index into TokenizedText::tokens
  std::uint32_t end_token = 0;    // one past the last token
  std::uint32_t paragraph = 0;    // increases at every line break
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// The key used for every lookup: Unicode case folding, diacritics removed (NFD, marks
// dropped), curly apostrophes and quotes mapped to ASCII, every dash to '-', hashed to 64
// bits. "Vučić", "VUCIC" and "vucic" share a key, as do "Iran’s" and "Iran's".
std::uint64_t NormalizedKey(std::string_view utf8);

// Returns OK, or InvalidArgument naming the byte offset of the first ill-formed sequence.
absl::Status ValidateUtf8(std::string_view text);

// Immutable after creation; Tokenize() is safe to call from many threads at once.
class Tokenizer {
 public:
  // `abbreviations`: words (without their final period) after which a period does not end
  // a sentence; a trailing " ?" marks one as ambiguous — it ends a sentence when followed
  // by one of `sentence_openers`. Lines starting with '#' are comments.
  // `ascii_fast_path`: segment words (in stretches of ASCII, Latin letters and typographic
  // punctuation) and sentences (in any well-formed UTF-8) with built-in implementations of
  // ICU's root rules and ICU's character classes instead of ICU's break iterators: the same
  // tokens and sentences, several times faster. False only to compare the two.
  static absl::StatusOr<Tokenizer> Create(std::string_view abbreviations,
                                          std::string_view sentence_openers,
                                          bool ascii_fast_path = true);
  // The tokenizer built from the embedded default data, on first use; or, for every call,
  // the error that building it returned (ICU could not open its break iterators).
  static const absl::StatusOr<Tokenizer>& Default();

  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer();

  // Replaces the contents of `out`. Fails only if ICU cannot open its break iterators or
  // the text is 2 GiB or larger.
  absl::Status Tokenize(std::string_view text, TokenizedText* out) const;
  // Tokens only, without sentence segmentation (for names and phrases); replaces `out`.
  absl::Status TokenizeWords(std::string_view text, std::vector<Token>* out) const;

 private:
  struct Impl;
  explicit Tokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace attache

#endif  // ATTACHE_TOKENIZE_HPP_
