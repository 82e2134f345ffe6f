// Internal: the pieces of the tokenizer shared by its files: lib/tokenize.cc (the public
// Tokenizer and its ICU path), lib/tokenize_words.cc (a word segment to a token),
// lib/tokenize_fast_words.cc (the ASCII and Latin fast path for words),
// lib/tokenize_fast_sentences.cc (the fast path for sentences) and lib/tokenize_sentences.cc
// (boundaries to sentences). Use attache/tokenize.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_TOKENIZE_IMPL_H_
#define ATTACHE_LIB_INTERNAL_TOKENIZE_IMPL_H_

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "attache/tokenize.hpp"

namespace attache::internal {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// A clone of `prototype` reading `text` in place (UText over UTF-8, no UTF-16 copy); `utext`
// receives the UText, which must outlive the iterator.
absl::StatusOr<std::unique_ptr<icu::BreakIterator>> OpenBreakIterator(
    const icu::BreakIterator& prototype, std::string_view text, UTextPtr* utext);

// A clone of a break iterator over a document, opened on first use: all-ASCII text never
// needs ICU's word iterator. `prototype` and `text` must outlive it.
class LazyBreakIterator {
 public:
  LazyBreakIterator(const icu::BreakIterator& prototype, std::string_view text)
      : prototype_(prototype), text_(text) {}

  // The iterator, or null once opening it has failed (status() says why).
  icu::BreakIterator* Get();
  const absl::Status& status() const { return status_; }

 private:
  const icu::BreakIterator& prototype_;
  std::string_view text_;
  UTextPtr utext_;
  std::unique_ptr<icu::BreakIterator> iterator_;
  absl::Status status_;
};

// Whether code point `c` ends a line (LF, CR, VT, FF, NEL, LS, PS).
inline bool IsLineBreak(std::int32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// Whether code point `c` is white space between tokens (Unicode White_Space, and the
// zero-width and direction marks that separate words in pasted text).
inline bool IsSpace(std::int32_t c) {
  if (c >= 0 && c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);  // u_isUWhiteSpace, ASCII
  return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x200E || c == 0x200F;
}

// Letter-case flags of a word token (kHasLetter, kCapitalized, kAllUpper).
std::uint8_t CaseFlags(std::string_view word);

// Turns the word segments of a text, in order, into tokens appended to `out`: each with its
// key, case flags, and whether space or a line break precedes it. `text` and `out` must
// outlive it.
class WordTokenWriter {
 public:
  WordTokenWriter(std::string_view text, std::vector<Token>* out) : text_(text), out_(*out) {}

  // The segment [b, e) with ICU's word rule status `status`: a word or number (its
  // possessive "'s" split off as punctuation), else one punctuation token per code point
  // that is not space or a control.
  void Segment(std::uint32_t b, std::uint32_t e, std::int32_t status);

 private:
  // Appends the token [begin, end) of `kind`.
  void Emit(std::uint32_t begin, std::uint32_t end, TokenKind kind);

  std::string_view text_;
  std::vector<Token>& out_;
  std::uint32_t previous_end_ = 0;
  bool pending_line_start_ = true;
};

// Segments `text` into words as ICU's root word iterator would, reading stretches of ASCII,
// Latin letters and typographic punctuation directly and the rest through `icu_words`.
// Reports each segment to `writer` except runs of spaces.
void AddFastPathWords(std::string_view text, LazyBreakIterator* icu_words, WordTokenWriter* writer);

// Joins the words ICU splits around an acute accent or backtick used as an apostrophe
// ("today´s", "Sana´a") as it joins them around ' and ’.
void JoinAccentApostrophes(std::string_view text, std::vector<Token>* tokens);

// Appends the sentence boundaries of `text` after position 0, ascending, ending with
// text.size(), as ICU's root sentence iterator finds them. False for ill-formed UTF-8 (the
// caller lets ICU decide how to read it).
bool SplitSentencesFast(std::string_view text, std::vector<std::uint32_t>* out);

}  // namespace attache::internal

namespace attache {

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> word_prototype;
  std::unique_ptr<icu::BreakIterator> sentence_prototype;
  absl::flat_hash_map<std::uint64_t, bool> abbreviations;  // key -> ambiguous
  absl::flat_hash_set<std::uint64_t> openers;
  bool ascii_fast_path = true;

  // Appends the word tokens of `text` to `out`, through ICU's word iterator or the fast path.
  void AddWordTokens(std::string_view text, internal::LazyBreakIterator* lazy_words,
                     std::vector<Token>* out) const;

  // Groups the tokens of `out` into sentences at `boundaries` (byte offsets, ascending),
  // merging across an abbreviation's period and a soft line wrap, and numbers paragraphs.
  void AddSentences(std::string_view text, const std::vector<std::uint32_t>& boundaries,
                    TokenizedText* out) const;

  // Whether the period token `last_token` ends an abbreviation or initial that the sentence
  // continues after, given the next token.
  bool ContinuesAfterAbbreviation(const TokenizedText& t, std::uint32_t last_token,
                                  std::uint32_t next_token) const;
};

}  // namespace attache

#endif  // ATTACHE_LIB_INTERNAL_TOKENIZE_IMPL_H_
