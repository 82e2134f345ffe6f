// Tokenizer, fast path for words: UAX #29 word segmentation for stretches of ASCII, Latin
// letters and typographic punctuation, giving the segments ICU's root word iterator gives
// (a test compares them on random and real text); any other stretch goes to ICU.
#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <array>
#include <cstring>

#include "internal/text.h"
#include "internal/tokenize_impl.h"

namespace attache::internal {

namespace {

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
    if ((word & kHighBits) != 0) break;
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
    while (begin + k + 8 <= text.size() && k < size()) {
      std::uint64_t bytes;
      std::memcpy(&bytes, text.data() + begin + k, 8);
      const std::uint64_t word = AsciiRange(bytes | (kEachByte * 0x20), 'a', 'z') |
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
      const std::int32_t c = DecodeUtf8(text, &i);
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

void AddFastPathWords(std::string_view text, LazyBreakIterator* icu_words,
                      WordTokenWriter* writer) {
  auto segment = [writer](std::uint32_t b, std::uint32_t e, std::int32_t status) {
    writer->Segment(b, e, status);
  };
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
      icu::BreakIterator* words = icu_words->Get();
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

}  // namespace attache::internal
