// Internal: small UTF-8 and line/column helpers shared by the stages.
#ifndef ATTACHE_LIB_INTERNAL_TEXT_H_
#define ATTACHE_LIB_INTERNAL_TEXT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace attache::internal {

// A 64-bit hash of a byte string fed one byte at a time, the same on every run and platform
// (not across versions of attache: keys are computed when data is loaded, never stored). Bytes are
// gathered into 64-bit words, each mixed in with one multiplication; value() finishes with the
// length and a full avalanche (MurmurHash3's fmix64), so there is no per-byte multiply chain.
class KeyHasher {
 public:
  void Byte(unsigned char b) {
    pending_ |= std::uint64_t{b} << (8 * (length_ & 7));
    if ((++length_ & 7) == 0) {
      Mix(pending_);
      pending_ = 0;
    }
  }
  // Eight bytes at once, as eight Byte() calls in little-endian order would add them.
  // Only at a multiple of eight bytes.
  void Word(std::uint64_t bytes) {
    Mix(bytes);
    length_ += 8;
  }
  // The last `n` < 8 bytes (little-endian, zero above them). Only at a multiple of eight
  // bytes; nothing may follow but value().
  void Tail(std::uint64_t bytes, std::size_t n) {
    pending_ = bytes;
    length_ += n;
  }
  std::uint64_t value() const {
    std::uint64_t h = (hash_ ^ pending_) + length_ * 0xc2b2ae3d27d4eb4full;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
  }

 private:
  void Mix(std::uint64_t word) {
    hash_ = (hash_ ^ word) * 0x9e3779b97f4a7c15ull;
    hash_ ^= hash_ >> 29;
  }

  std::uint64_t hash_ = 0xcbf29ce484222325ull;
  std::uint64_t pending_ = 0;  // bytes since the last full word, little-endian
  std::uint64_t length_ = 0;
};

// Eight bytes at a time ("SWAR"): in a 64-bit word of ASCII bytes, the bytes in
// ['lo', 'hi'], as 0x80 in each such byte. A byte >= 0x80 may also set the bit of a byte
// after it, never of one before: callers looking for the first match, or any, are exact.
constexpr std::uint64_t kEachByte = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = kEachByte * 0x80u;
constexpr std::uint64_t AsciiRange(std::uint64_t bytes, unsigned char lo, unsigned char hi) {
  const std::uint64_t at_least_lo = bytes + kEachByte * (0x80u - lo);
  const std::uint64_t above_hi = bytes + kEachByte * (0x80u - hi - 1u);
  return at_least_lo & ~above_hi & kHighBits;
}

// Decodes the code point at text[*i] and advances *i; ill-formed sequences yield -1 and
// advance by at least one byte.
std::int32_t DecodeUtf8(std::string_view text, std::size_t* i);

// Splits `content` into lines; calls fn(line_number, line) for each (1-based, without the
// line terminator, with a trailing '\r' removed).
template <typename Fn>
void ForEachLine(std::string_view content, Fn&& fn) {
  int line_number = 0;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(++line_number, line);
    start = end + 1;
  }
}

// ASCII whitespace trimming and case mapping on std::string_view (the Debian build of
// Abseil has its own string_view type, so absl/strings helpers are not used here).
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline std::string_view StripWhitespace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}
inline bool ConsumeSuffix(std::string_view* s, std::string_view suffix) {
  if (!s->ends_with(suffix)) return false;
  s->remove_suffix(suffix.size());
  return true;
}
inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// An edge of a trie over token keys: (node, key) -> child node. Used by the gazetteer and
// the word-class tables.
struct TrieEdge {
  std::uint32_t node;
  std::uint64_t key;
  friend bool operator==(const TrieEdge&, const TrieEdge&) = default;
  template <typename H>
  friend H AbslHashValue(H h, const TrieEdge& e) {
    return H::combine(std::move(h), e.node, e.key);
  }
};

// Replaces tabs and line breaks with spaces (for one-line formats: TSV cells, BRAT).
inline std::string SingleLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// Hash and equality that let string-keyed maps be searched with std::string_view.
struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};
struct StringViewEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};
template <typename V>
using StringMap = absl::flat_hash_map<std::string, V, StringViewHash, StringViewEq>;

// A name as a lowercase ASCII slug: letters without their accents, digits, and single '-'
// for everything between ("José Núñez Peña" -> "jose-nunez-pena"). Letters with no ASCII
// base are left out.
std::string AsciiSlug(std::string_view utf8);

// Shortens `s` to at most `max_bytes` for error messages, on a UTF-8 boundary.
std::string Shorten(std::string_view s, std::size_t max_bytes = 60);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_TEXT_H_
