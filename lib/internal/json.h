// Internal: a small JSON reader for the importers (one JSON Lines record at a time).
// Use attache/importers.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_JSON_H_
#define ATTACHE_LIB_INTERNAL_JSON_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attache::internal {

struct JsonValue {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  // Object members in order: keys[i] names values[i]. (Two vectors, not a vector of pairs:
  // a pair cannot hold the still-incomplete JsonValue.)
  std::vector<std::string> keys;
  std::vector<JsonValue> values;
  int column = 0;  // 1-based byte column where the value starts

  const JsonValue* Find(std::string_view key) const;
};

struct JsonError {
  int column = 0;
  std::string message;
};

// Parses one complete JSON value (surrounding whitespace allowed). Nesting deeper than 32
// levels is an error, so hostile input cannot exhaust the stack.
bool ParseJson(std::string_view text, JsonValue* out, JsonError* error);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_JSON_H_
