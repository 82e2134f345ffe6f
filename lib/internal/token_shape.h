// Internal: what a token's own bytes and its neighbours say — a one-byte punctuation mark,
// a hyphen joining two words ("al-Sharaa", "Kremlin-backed") — shared by the mention and
// structure stages.
#ifndef ATTACHE_LIB_INTERNAL_TOKEN_SHAPE_H_
#define ATTACHE_LIB_INTERNAL_TOKEN_SHAPE_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "attache/tokenize.hpp"

namespace attache::internal {

// Whether `t` is the punctuation mark `c` alone ("(", "-").
inline bool IsPunctMark(const Token& t, std::string_view text, char c) {
  return t.kind == TokenKind::kPunct && t.end == t.begin + 1 && text[t.begin] == c;
}

// Whether tokens[t] is a hyphen touching the tokens on both sides, all three within
// [first, end); any other t (t - 1 at a sentence start, say) gives false.
inline bool IsJoiningHyphen(std::span<const Token> tokens, std::string_view text, std::uint32_t t,
                            std::uint32_t first, std::uint32_t end) {
  if (t <= first || t >= end || t + 1 >= end || !IsPunctMark(tokens[t], text, '-')) return false;
  return tokens[t - 1].end == tokens[t].begin && tokens[t].end == tokens[t + 1].begin;
}

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_TOKEN_SHAPE_H_
