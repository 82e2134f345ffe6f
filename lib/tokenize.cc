// Tokenizer: ICU word and sentence break iterators over UTF-8 (UText), plus the
// abbreviation pass that keeps "Mr. Pezeshkian" and "U.S. allegations" in one sentence.
#include "attache/tokenize.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "attache/data.hpp"
#include "fmt/format.h"
#include "internal/text.h"

namespace attache {
namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// A clone of `prototype` reading `text` in place (UText over UTF-8, no UTF-16 copy); `utext`
// receives the UText, which must outlive the iterator.
absl::StatusOr<std::unique_ptr<icu::BreakIterator>> OpenBreakIterator(
    const icu::BreakIterator& prototype, std::string_view text, UTextPtr* utext) {
  UErrorCode status = U_ZERO_ERROR;
  utext->reset(
      utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status));
  std::unique_ptr<icu::BreakIterator> iterator(prototype.clone());
  if (U_SUCCESS(status) && iterator != nullptr) iterator->setText(utext->get(), status);
  if (U_FAILURE(status) || iterator == nullptr) {
    return absl::InternalError(fmt::format("ICU: {}", u_errorName(status)));
  }
  return iterator;
}

bool IsLineBreak(std::int32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

bool IsSpace(std::int32_t c) {
  if (c >= 0 && c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);  // u_isUWhiteSpace, ASCII
  return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x200E || c == 0x200F;
}

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
    std::int32_t c = internal::DecodeUtf8(word, &i);
    if (c < 0 || !u_isalpha(c)) continue;
    tally.Letter(u_isupper(c) || u_istitle(c), u_islower(c));
  }
  return tally.Flags();
}

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
  internal::KeyHasher hasher;
  CaseTally tally;
  for (std::size_t i = begin; i < end; i += 8) {
    const std::size_t n = std::min<std::size_t>(8, end - i);
    std::uint64_t bytes = LoadBytes(text, i, n);
    if ((bytes & internal::kHighBits) != 0) return false;
    const std::uint64_t upper = internal::AsciiRange(bytes, 'A', 'Z');
    const std::uint64_t lower = internal::AsciiRange(bytes, 'a', 'z');
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

constexpr std::array<bool, 256> kAsciiSeparator = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {' ', '\n', '\r', '\t', '\v', '\f'}) table[c] = true;
  return table;
}();

bool IsAsciiSeparator(unsigned char c) { return kAsciiSeparator[c]; }

// A chunk of text ends where an ASCII separator meets an ASCII non-separator: always a word
// boundary. Chunk ends are the positions `b` with that pair at b - 1, b.
bool IsChunkEnd(std::string_view text, std::size_t b) {
  const auto before = static_cast<unsigned char>(text[b - 1]);
  const auto at = static_cast<unsigned char>(text[b]);
  return IsAsciiSeparator(before) && at < 0x80 && !IsAsciiSeparator(at);
}

// The first chunk end after `from`, or text.size().
std::size_t NextChunkEnd(std::string_view text, std::size_t from) {
  for (std::size_t b = from + 1; b < text.size(); ++b) {
    if (IsChunkEnd(text, b)) return b;
  }
  return text.size();
}

// The last chunk end in (from, to], or `from` if there is none.
std::size_t LastChunkEnd(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t b = to; b > from; --b) {
    if (IsChunkEnd(text, b)) return b;
  }
  return from;
}

// The position of the first byte >= 0x80 at or after `from`, or text.size().
std::size_t FindNonAscii(std::string_view text, std::size_t from) {
  std::size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    if ((word & internal::kHighBits) != 0) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

enum class WordClass : std::uint8_t {
  kOther,
  kLetter,
  kDigit,
  kUnderscore,
  kMidLetterNum,
  kMidNum
};

constexpr std::array<WordClass, 256> kAsciiWordClass = [] {
  std::array<WordClass, 256> table{};  // kOther
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) table[c] = WordClass::kLetter;
    if (c >= '0' && c <= '9') table[c] = WordClass::kDigit;
  }
  table['_'] = WordClass::kUnderscore;
  table['.'] = table['\''] = WordClass::kMidLetterNum;  // MidNumLet, Single_Quote
  table[','] = table[';'] = WordClass::kMidNum;
  return table;
}();

WordClass ClassOf(unsigned char c) { return kAsciiWordClass[c]; }

bool IsWordChar(WordClass k) {
  return k == WordClass::kLetter || k == WordClass::kDigit || k == WordClass::kUnderscore;
}

// A chunk of text as a sequence of units (code points) with their word classes.
// `ascii(k)` is the byte for ASCII units and 0 for others.
struct AsciiUnits {
  std::string_view text;
  std::size_t begin, end;
  std::size_t size() const { return end - begin; }
  std::size_t offset(std::size_t k) const { return begin + k; }
  unsigned char ascii(std::size_t k) const { return static_cast<unsigned char>(text[begin + k]); }
  WordClass cls(std::size_t k) const { return ClassOf(ascii(k)); }

  // The first unit at or after k that is not a letter, digit or '_' (or size()), eight
  // bytes at a time.
  std::size_t SkipWordChars(std::size_t k) const {
    using internal::AsciiRange;
    using internal::kHighBits;
    while (begin + k + 8 <= text.size() && k < size()) {
      std::uint64_t bytes;
      std::memcpy(&bytes, text.data() + begin + k, 8);
      const std::uint64_t word = AsciiRange(bytes | (internal::kEachByte * 0x20), 'a', 'z') |
                                 AsciiRange(bytes, '0', '9') | AsciiRange(bytes, '_', '_');
      std::uint64_t stop = ~word & kHighBits;
      const std::size_t left = size() - k;
      if (left < 8) stop |= kHighBits & ~((std::uint64_t{1} << (8 * left)) - 1);  // past the end
      if (stop != 0) return k + static_cast<std::size_t>(__builtin_ctzll(stop)) / 8;
      k += 8;
    }
    while (k < size() && IsWordChar(cls(k))) ++k;
    return k;
  }
};

struct DecodedUnits {
  std::vector<std::uint32_t> offsets;  // one more than units: the chunk's end
  std::vector<unsigned char> bytes;
  std::vector<WordClass> classes;
  void Reserve(std::size_t units) {
    offsets.reserve(units + 1);
    bytes.reserve(units);
    classes.reserve(units);
  }
  std::size_t size() const { return classes.size(); }
  std::size_t offset(std::size_t k) const { return offsets[k]; }
  unsigned char ascii(std::size_t k) const { return bytes[k]; }
  WordClass cls(std::size_t k) const { return classes[k]; }
  std::size_t SkipWordChars(std::size_t k) const {
    while (k < size() && IsWordChar(cls(k))) ++k;
    return k;
  }

  // Decodes [begin, end); false if a code point is not one the segmenter handles: letters
  // of the Latin blocks up to U+024F, punctuation whose word class is Other, and the
  // typographic quotes (MidNumLet, like '.'). Anything else (marks, other scripts,
  // ill-formed bytes) is left to ICU.
  bool Decode(std::string_view text, std::size_t begin, std::size_t end) {
    offsets.clear();
    bytes.clear();
    classes.clear();
    for (std::size_t i = begin; i < end;) {
      offsets.push_back(static_cast<std::uint32_t>(i));
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {
        bytes.push_back(byte);
        classes.push_back(ClassOf(byte));
        ++i;
        continue;
      }
      const std::int32_t c = internal::DecodeUtf8(text, &i);
      const bool latin = c >= 0xA0 && c <= 0x24F;
      const bool typographic = c == 0x2013 || c == 0x2014 || c == 0x2018 || c == 0x2019 ||
                               c == 0x201C || c == 0x201D || c == 0x2026;
      if (c < 0 || (!latin && !typographic)) return false;
      const auto wb = static_cast<UWordBreakValues>(u_getIntPropertyValue(c, UCHAR_WORD_BREAK));
      bytes.push_back(0);
      if (wb == U_WB_ALETTER) {
        classes.push_back(WordClass::kLetter);
      } else if (wb == U_WB_MIDNUMLET) {
        classes.push_back(WordClass::kMidLetterNum);
      } else if (wb == U_WB_OTHER) {
        classes.push_back(WordClass::kOther);
      } else {
        return false;
      }
    }
    offsets.push_back(static_cast<std::uint32_t>(end));
    return true;
  }
};

// Unicode word segmentation (UAX #29 as tailored by ICU's root rules) restricted to the
// units above: letters, digits and '_' join; '.', '\'' and ’ join two letters or two
// digits; ',' and ';' join two digits; a run of spaces is one segment; CR LF is one
// segment; anything else stands alone. Calls segment(begin, end, rule_status) like ICU's
// iterator would, except for runs of spaces, which make no token and are not reported.
template <typename Units, typename Segment>
void WordSegments(const Units& u, const Segment& segment) {
  const std::size_t end = u.size();
  for (std::size_t i = 0; i < end;) {
    const unsigned char c = u.ascii(i);
    WordClass k = u.cls(i);
    std::size_t j = i + 1;
    std::int32_t status = UBRK_WORD_NONE;
    if (c == ' ') {
      while (j < end && u.ascii(j) == ' ') ++j;
      i = j;
      continue;
    } else if (c == '\r') {
      if (j < end && u.ascii(j) == '\n') ++j;
    } else if (IsWordChar(k)) {
      // ICU reports the status of the last rule applied, which depends on the last two
      // word characters: ... letter -> letter, ... digit -> number, digit '_' -> number,
      // letter '_' or '_' '_' -> letter, a lone '_' -> not a word.
      WordClass last = k, before_last = WordClass::kOther;
      while (j < end) {
        const std::size_t run_end = u.SkipWordChars(j);
        if (run_end > j) {  // word characters j .. run_end - 1
          before_last = run_end - j >= 2 ? u.cls(run_end - 2) : last;
          last = u.cls(run_end - 1);
          j = run_end;
          if (j >= end) break;
        }
        WordClass kj = u.cls(j);
        if ((kj == WordClass::kMidLetterNum || kj == WordClass::kMidNum) && j + 1 < end) {
          WordClass before = u.cls(j - 1), after = u.cls(j + 1);
          bool join_letters = kj == WordClass::kMidLetterNum && before == WordClass::kLetter &&
                              after == WordClass::kLetter;
          bool join_digits = before == WordClass::kDigit && after == WordClass::kDigit;
          if (join_letters || join_digits) {
            before_last = before;
            last = after;
            j += 2;
            continue;
          }
        }
        break;
      }
      if (last == WordClass::kLetter) {
        status = UBRK_WORD_LETTER;
      } else if (last == WordClass::kDigit) {
        status = UBRK_WORD_NUMBER;
      } else if (before_last == WordClass::kDigit) {
        status = UBRK_WORD_NUMBER;
      } else {
        status = j - i > 1 ? UBRK_WORD_LETTER : UBRK_WORD_NONE;
      }
    }
    segment(static_cast<std::uint32_t>(u.offset(i)), static_cast<std::uint32_t>(u.offset(j)),
            status);
    i = j;
  }
}

}  // namespace

// Sentence boundaries by the rules of UAX #29 (SB3-SB11), as ICU's root sentence iterator
// applies them, with each code point's Sentence_Break class from ICU's own data. A boundary
// can only follow a paragraph separator (SB4) or a terminator with its closing punctuation
// and spaces (SB11), so the scan skips everything else byte by byte and classifies code
// points only around those. Linear: SB8's look-ahead stops at the next terminator. A test
// compares it with ICU on random and real text.
class SentenceSplitter {
 public:
  // Appends the boundaries after position 0, ascending, ending with text.size(). False for
  // ill-formed UTF-8 (the caller lets ICU decide how to read it).
  bool Split(std::string_view text, std::vector<std::uint32_t>* out) {
    text_ = text;
    const std::size_t n = text.size();
    const std::array<bool, 256>& stop = Tables().stop;
    for (std::size_t i = 0; i < n;) {
      if (!stop[static_cast<unsigned char>(text[i])]) {
        ++i;
        continue;
      }
      CodePoint c;
      if (!Read(i, &c)) return false;
      if (ParaSep(c.cls)) {  // SB3, SB4
        std::size_t after = c.end;
        if (c.cls == U_SB_CR && after < n && text[after] == '\n') ++after;
        if (after < n) out->push_back(static_cast<std::uint32_t>(after));
        i = after;
      } else if (SATerm(c.cls)) {
        if (!AfterTerminator(i, c, out, &i)) return false;
      } else {
        i = c.end;
      }
    }
    if (n > 0) out->push_back(static_cast<std::uint32_t>(n));
    return true;
  }

 private:
  struct CodePoint {
    USentenceBreak cls = U_SB_OTHER;
    std::size_t end = 0;  // byte after it, and after any Extend or Format it absorbs (SB5)
  };

  struct ClassTables {
    std::array<USentenceBreak, 128> ascii{};
    std::array<bool, 256> stop{};  // bytes the scan must look at: ParaSep, SATerm, non-ASCII
  };

  static const ClassTables& Tables() {
    static const ClassTables kTables = [] {
      ClassTables t;
      for (std::int32_t a = 0; a < 128; ++a) {
        t.ascii[a] = static_cast<USentenceBreak>(u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK));
        t.stop[a] = ParaSep(t.ascii[a]) || SATerm(t.ascii[a]);
      }
      for (std::size_t b = 0x80; b < t.stop.size(); ++b) t.stop[b] = true;
      return t;
    }();
    return kTables;
  }

  static bool ParaSep(USentenceBreak c) { return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF; }
  static bool SATerm(USentenceBreak c) { return c == U_SB_ATERM || c == U_SB_STERM; }
  static bool Absorbed(USentenceBreak c) { return c == U_SB_EXTEND || c == U_SB_FORMAT; }

  // The class of one code point at `at`, without SB5. False for ill-formed UTF-8.
  bool ReadOne(std::size_t at, USentenceBreak* cls, std::size_t* end) const {
    const auto byte = static_cast<unsigned char>(text_[at]);
    if (byte < 0x80) {
      *cls = Tables().ascii[byte];
      *end = at + 1;
      return true;
    }
    std::size_t i = at;
    const std::int32_t c = internal::DecodeUtf8(text_, &i);
    if (c < 0) return false;
    *cls = static_cast<USentenceBreak>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    *end = i;
    return true;
  }

  // The code point at `at` with the Extend and Format after it (SB5; not after ParaSep).
  bool Read(std::size_t at, CodePoint* out) const {
    if (!ReadOne(at, &out->cls, &out->end)) return false;
    if (ParaSep(out->cls)) return true;
    while (out->end < text_.size() && static_cast<unsigned char>(text_[out->end]) >= 0x80) {
      USentenceBreak next;
      std::size_t end;
      if (!ReadOne(out->end, &next, &end)) return false;
      if (!Absorbed(next)) break;
      out->end = end;
    }
    return true;
  }

  // Whether the code point before `at` (its Extend and Format skipped, as SB5 attaches them)
  // is Upper or Lower. Ill-formed bytes count as neither.
  bool CasedBefore(std::size_t at) const {
    while (at > 0) {
      std::size_t start = at - 1;
      while (start > 0 && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) --start;
      USentenceBreak cls;
      std::size_t end;
      if (!ReadOne(start, &cls, &end) || end != at) return false;
      if (!Absorbed(cls)) return cls == U_SB_UPPER || cls == U_SB_LOWER;
      at = start;  // an Extend or Format: look at what it belongs to
    }
    return false;
  }

  // SB8's look-ahead from `at`: is the first letter, paragraph separator or terminator a
  // lowercase letter?
  bool LowerAhead(std::size_t at) const {
    while (at < text_.size()) {
      CodePoint c;
      if (!Read(at, &c)) return false;
      if (c.cls == U_SB_LOWER) return true;
      if (c.cls == U_SB_OLETTER || c.cls == U_SB_UPPER || ParaSep(c.cls) || SATerm(c.cls)) {
        return false;
      }
      at = c.end;
    }
    return false;
  }

  // Decides the boundary after the terminator `term` at `at`: skips its Close* Sp* and
  // applies SB6-SB11 to what follows. *resume is where scanning goes on (the code point
  // after the tail, which may itself be a terminator or a separator).
  bool AfterTerminator(std::size_t at, const CodePoint& term, std::vector<std::uint32_t>* out,
                       std::size_t* resume) const {
    const std::size_t n = text_.size();
    std::size_t q = term.end;
    *resume = n;
    if (q >= n) return true;
    CodePoint x;
    if (!Read(q, &x)) return false;
    if (term.cls == U_SB_ATERM && x.cls == U_SB_NUMERIC) {  // SB6
      *resume = q;
      return true;
    }
    if (term.cls == U_SB_ATERM && x.cls == U_SB_UPPER && CasedBefore(at)) {  // SB7
      *resume = q;
      return true;
    }
    for (USentenceBreak run : {U_SB_CLOSE, U_SB_SP}) {  // Close* then Sp*: SB9, SB10
      while (x.cls == run) {
        q = x.end;
        if (q >= n) return true;
        if (!Read(q, &x)) return false;
      }
    }
    *resume = q;
    if (ParaSep(x.cls) || SATerm(x.cls) || x.cls == U_SB_SCONTINUE) return true;  // SB10, 8a
    if (term.cls == U_SB_ATERM && LowerAhead(q)) return true;                     // SB8
    out->push_back(static_cast<std::uint32_t>(q));                                // SB11
    return true;
  }

  std::string_view text_;
};

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> word_prototype;
  std::unique_ptr<icu::BreakIterator> sentence_prototype;
  absl::flat_hash_map<std::uint64_t, bool> abbreviations;  // key -> ambiguous
  absl::flat_hash_set<std::uint64_t> openers;
  bool ascii_fast_path = true;

  // The word iterator over the document, opened on first use: all-ASCII text never needs it.
  class LazyWords {
   public:
    LazyWords(const Impl& impl, std::string_view text) : impl_(impl), text_(text) {}
    icu::BreakIterator* Get() {
      if (words_ == nullptr && status_.ok()) {
        auto words = OpenBreakIterator(*impl_.word_prototype, text_, &utext_);
        if (words.ok()) {
          words_ = *std::move(words);
        } else {
          status_ = words.status();
        }
      }
      return words_.get();
    }
    const absl::Status& status() const { return status_; }

   private:
    const Impl& impl_;
    std::string_view text_;
    UTextPtr utext_;
    std::unique_ptr<icu::BreakIterator> words_;
    absl::Status status_;
  };

  void AddWordTokens(std::string_view text, LazyWords* lazy_words, std::vector<Token>* out) const;
  void AddSentences(std::string_view text, const std::vector<std::uint32_t>& boundaries,
                    TokenizedText* out) const;
  bool ContinuesAfterAbbreviation(const TokenizedText& t, std::uint32_t last_token,
                                  std::uint32_t next_token) const;
};

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

absl::StatusOr<Tokenizer> Tokenizer::Create(std::string_view abbreviations,
                                            std::string_view sentence_openers,
                                            bool ascii_fast_path) {
  auto impl = std::make_unique<Impl>();
  impl->ascii_fast_path = ascii_fast_path;
  UErrorCode status = U_ZERO_ERROR;
  impl->word_prototype.reset(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  impl->sentence_prototype.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    return absl::InternalError(fmt::format("ICU break iterator: {}", u_errorName(status)));
  }
  internal::ForEachLine(abbreviations, [&](int, std::string_view line) {
    line = internal::StripWhitespace(line);
    if (line.empty() || line[0] == '#') return;
    bool ambiguous = internal::ConsumeSuffix(&line, " ?");
    impl->abbreviations[NormalizedKey(internal::StripWhitespace(line))] = ambiguous;
  });
  internal::ForEachLine(sentence_openers, [&](int, std::string_view line) {
    line = internal::StripWhitespace(line);
    if (line.empty() || line[0] == '#') return;
    impl->openers.insert(NormalizedKey(line));
  });
  return Tokenizer(std::move(impl));
}

const absl::StatusOr<Tokenizer>& Tokenizer::Default() {
  static const absl::StatusOr<Tokenizer>* const kDefault = [] {
    std::string abbreviations, openers;
    for (const DataSource& source : DefaultDataSources()) {
      if (source.name.ends_with("abbreviations.txt")) abbreviations = source.content;
      if (source.name.ends_with("sentence_openers.txt")) openers = source.content;
    }
    return new absl::StatusOr<Tokenizer>(Create(abbreviations, openers));
  }();
  return *kDefault;
}

void Tokenizer::Impl::AddWordTokens(std::string_view text, LazyWords* lazy_words,
                                    std::vector<Token>* out) const {
  std::uint32_t previous_end = 0;
  bool pending_line_start = true;
  auto emit = [&](std::uint32_t begin, std::uint32_t end, TokenKind kind) {
    bool space_before = begin == 0;
    for (std::size_t i = previous_end; i < begin;) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {  // ASCII: every byte between tokens here is a separator or control
        ++i;
        if (IsLineBreak(byte)) pending_line_start = true;
        if (IsSpace(byte)) space_before = true;
        continue;
      }
      std::int32_t c = internal::DecodeUtf8(text, &i);
      if (IsLineBreak(c)) pending_line_start = true;
      if (c < 0 || IsSpace(c)) space_before = true;
    }
    std::string_view surface = text.substr(begin, end - begin);
    Token token;
    token.begin = begin;
    token.end = end;
    token.kind = kind;
    if (!KeyAndCaseOfAscii(text, begin, end, kind != TokenKind::kPunct, &token.key, &token.flags)) {
      token.key = NormalizedKey(surface);
      token.flags = kind == TokenKind::kPunct ? 0 : CaseFlags(surface);
    }
    if (space_before) token.flags |= kSpaceBefore;
    if (pending_line_start) token.flags |= kLineStart;
    pending_line_start = false;
    previous_end = end;
    out->push_back(token);
  };
  auto segment = [&](std::uint32_t b, std::uint32_t e, std::int32_t status) {
    if (status >= UBRK_WORD_NONE_LIMIT) {
      TokenKind kind = status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::kNumber : TokenKind::kWord;
      std::size_t suffix = PossessiveSuffix(text.substr(b, e - b));
      if (suffix > 0) {
        emit(b, e - static_cast<std::uint32_t>(suffix), kind);
        emit(e - static_cast<std::uint32_t>(suffix), e, TokenKind::kPunct);
      } else {
        emit(b, e, kind);
      }
      return;
    }
    // Punctuation and space: one token per non-space code point; ill-formed bytes skipped.
    for (std::size_t i = b; i < e;) {
      std::size_t start = i;
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {  // spaces and controls (u_iscntrl: below 0x20, and 0x7F) make none
        ++i;
        if (byte > 0x20 && byte != 0x7f) {
          emit(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), TokenKind::kPunct);
        }
        continue;
      }
      std::int32_t c = internal::DecodeUtf8(text, &i);
      if (c < 0 || IsSpace(c) || u_iscntrl(c)) continue;
      emit(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), TokenKind::kPunct);
    }
  };
  if (!ascii_fast_path) {
    icu::BreakIterator* words = lazy_words->Get();
    if (words == nullptr) return;
    std::int32_t begin = words->first();
    for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE;
         begin = end, end = words->next()) {
      segment(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
              words->getRuleStatus());
    }
    return;
  }
  // Chunks end where ASCII whitespace meets an ASCII non-space character, which is always a
  // word boundary, so consecutive all-ASCII chunks are segmented together by WordSegments.
  // A chunk with other characters goes to WordSegments too when they are Latin letters or
  // typographic punctuation (the same rules as ICU's for them), else to ICU from its start.
  DecodedUnits decoded;  // made room for at the first chunk that needs it
  const std::size_t n = text.size();
  std::size_t pos = 0;
  while (pos < n) {
    const std::size_t non_ascii = FindNonAscii(text, pos);
    const std::size_t ascii_end = non_ascii == n ? n : LastChunkEnd(text, pos, non_ascii);
    if (ascii_end > pos) {
      WordSegments(AsciiUnits{text, pos, ascii_end}, segment);
      pos = ascii_end;
      continue;
    }
    std::size_t chunk_end = NextChunkEnd(text, non_ascii);
    if (decoded.size() == 0) decoded.Reserve(64);  // a chunk is usually a word: one allocation
    if (decoded.Decode(text, pos, chunk_end)) {
      WordSegments(decoded, segment);
    } else {
      icu::BreakIterator* words = lazy_words->Get();
      if (words == nullptr) return;
      std::int32_t begin = static_cast<std::int32_t>(pos);
      for (std::int32_t end = words->following(begin); end != icu::BreakIterator::DONE;
           begin = end, end = words->following(end)) {
        segment(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                words->getRuleStatus());
        if (static_cast<std::size_t>(end) >= chunk_end) {
          chunk_end = static_cast<std::size_t>(end);
          break;
        }
      }
    }
    pos = chunk_end;
  }
}

// ICU joins words around ' and ’ but not around the acute accent or backtick that some
// sites type instead ("today´s"); treat those the same way.
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

absl::Status Tokenizer::Tokenize(std::string_view text, TokenizedText* out) const {
  out->sentences.clear();
  if (absl::Status s = TokenizeWords(text, &out->tokens); !s.ok()) return s;
  // A sentence per 64 bytes is more than news has: most documents allocate once.
  std::vector<std::uint32_t> boundaries;
  boundaries.reserve(text.size() / 64 + 8);
  out->sentences.reserve(text.size() / 64 + 8);
  SentenceSplitter splitter;
  if (!impl_->ascii_fast_path || !splitter.Split(text, &boundaries)) {
    boundaries.clear();
    UTextPtr utext;
    auto opened = OpenBreakIterator(*impl_->sentence_prototype, text, &utext);
    if (!opened.ok()) return opened.status();
    icu::BreakIterator* sentences = opened->get();
    sentences->first();
    for (std::int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) {
      boundaries.push_back(static_cast<std::uint32_t>(b));
    }
  }
  impl_->AddSentences(text, boundaries, out);
  return absl::OkStatus();
}

absl::Status Tokenizer::TokenizeWords(std::string_view text, std::vector<Token>* out) const {
  out->clear();
  if (text.size() > std::numeric_limits<std::int32_t>::max()) {
    return absl::InvalidArgumentError("text larger than 2 GiB");
  }
  out->reserve(text.size() / 5);
  Impl::LazyWords words(*impl_, text);
  impl_->AddWordTokens(text, &words, out);
  if (!words.status().ok()) return words.status();
  JoinAccentApostrophes(text, out);
  return absl::OkStatus();
}

}  // namespace attache
