// Normalized token keys and UTF-8 validation.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <string>

#include "absl/status/status.h"
#include "attache/tokenize.hpp"
#include "fmt/format.h"
#include "internal/text.h"

namespace attache {
namespace internal {

std::int32_t DecodeUtf8(std::string_view text, std::size_t* i) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t pos = static_cast<std::int32_t>(*i);
  const std::int32_t length = static_cast<std::int32_t>(text.size());
  UChar32 c;
  U8_NEXT(s, pos, length, c);
  *i = static_cast<std::size_t>(pos);
  return c;
}

std::string Shorten(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

}  // namespace internal

namespace {

// Punctuation that news text writes in several ways, folded to one ASCII form.
UChar32 FoldPunctuation(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0x00B4:
    case 0x0060:
    case 0x2032:
    case 0xFF07:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0xFF02:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return '-';
    case 0x00A0:
    case 0x202F:
    case 0x2007:
      return ' ';
    default:
      return c;
  }
}

void HashCodePoint(UChar32 c, internal::KeyHasher* hasher) {
  char buf[U8_MAX_LENGTH];
  std::int32_t n = 0;
  U8_APPEND_UNSAFE(reinterpret_cast<std::uint8_t*>(buf), n, c);
  for (std::int32_t k = 0; k < n; ++k) hasher->Byte(static_cast<unsigned char>(buf[k]));
}

void HashFolded(UChar32 c, internal::KeyHasher* hasher) {
  if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) return;
  UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  if (folded < 0x80) {
    hasher->Byte(static_cast<unsigned char>(folded));
  } else {
    HashCodePoint(folded, hasher);
  }
}

void HashNonAscii(UChar32 c, const icu::Normalizer2* nfd, internal::KeyHasher* hasher) {
  c = FoldPunctuation(c);
  if (c < 0x80) {
    hasher->Byte(static_cast<unsigned char>(c));
    return;
  }
  icu::UnicodeString decomposition;
  if (nfd != nullptr && nfd->getDecomposition(c, decomposition)) {
    for (std::int32_t k = 0; k < decomposition.length();) {
      UChar32 part = decomposition.char32At(k);
      HashFolded(part, hasher);
      k += U16_LENGTH(part);
    }
    return;
  }
  HashFolded(c, hasher);
}

}  // namespace

std::uint64_t NormalizedKey(std::string_view utf8) {
  internal::KeyHasher hasher;
  const icu::Normalizer2* nfd = nullptr;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      hasher.Byte(b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b + 32) : b);
      ++i;
      continue;
    }
    UChar32 c = internal::DecodeUtf8(utf8, &i);
    if (c < 0) c = 0xFFFD;
    if (nfd == nullptr) {
      UErrorCode status = U_ZERO_ERROR;
      nfd = icu::Normalizer2::getNFDInstance(status);
      if (U_FAILURE(status)) nfd = nullptr;
    }
    HashNonAscii(c, nfd, &hasher);
  }
  return hasher.value();
}

std::string internal::AsciiSlug(std::string_view utf8) {
  std::string out;
  auto add = [&out](UChar32 c) {
    if (c >= 'A' && c <= 'Z') c += 32;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else if (c < 0x80 && !out.empty() && out.back() != '-') {
      out += '-';
    }
  };
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  for (std::size_t i = 0; i < utf8.size();) {
    UChar32 c = internal::DecodeUtf8(utf8, &i);
    if (c < 0x80) {
      add(c < 0 ? ' ' : c);
      continue;
    }
    icu::UnicodeString parts;
    if (U_SUCCESS(status) && nfd != nullptr && nfd->getDecomposition(c, parts)) {
      for (std::int32_t k = 0; k < parts.length(); k += U16_LENGTH(parts.char32At(k))) {
        if (parts.char32At(k) < 0x80) add(parts.char32At(k));
      }
    } else if (u_isspace(c) || u_ispunct(c)) {
      add(' ');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

absl::Status ValidateUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t start = i;
    if (internal::DecodeUtf8(text, &i) < 0) {
      return absl::InvalidArgumentError(fmt::format("invalid UTF-8 at byte offset {}", start));
    }
  }
  return absl::OkStatus();
}

}  // namespace attache
