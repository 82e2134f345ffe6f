// Tokenizer, fast path for sentences: UAX #29 sentence boundaries without ICU's iterator.
#include <unicode/uchar.h>

#include <array>

#include "internal/text.h"
#include "internal/tokenize_impl.h"

namespace attache::internal {

namespace {

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
    const std::int32_t c = DecodeUtf8(text_, &i);
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

}  // namespace

bool SplitSentencesFast(std::string_view text, std::vector<std::uint32_t>* out) {
  SentenceSplitter splitter;
  return splitter.Split(text, out);
}

}  // namespace attache::internal
