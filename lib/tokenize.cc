// Tokenizer: ICU word and sentence break iterators over UTF-8 (UText), plus the
// abbreviation pass that keeps "Mr. Pezeshkian" and "U.S. allegations" in one sentence.
#include "attache/tokenize.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

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

bool IsLineBreak(std::int32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

bool IsSpace(std::int32_t c) {
  return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x200E || c == 0x200F;
}

// Letter-case flags of a word token.
std::uint8_t CaseFlags(std::string_view word) {
  bool first = true;
  bool has_letter = false;
  bool has_lower = false;
  std::uint8_t flags = 0;
  for (std::size_t i = 0; i < word.size();) {
    std::int32_t c = internal::DecodeUtf8(word, &i);
    if (c < 0 || !u_isalpha(c)) continue;
    has_letter = true;
    if (u_islower(c)) has_lower = true;
    if (first && (u_isupper(c) || u_istitle(c))) flags |= kCapitalized;
    first = false;
  }
  if (has_letter) flags |= kHasLetter;
  if (has_letter && !has_lower) flags |= kAllUpper;
  return flags;
}

// Length in bytes of a possessive "'s" / "’s" suffix of `word`, or 0.
std::size_t PossessiveSuffix(std::string_view word) {
  for (std::string_view suffix : {"'s", "'S", "\u2019s", "\u2019S"}) {
    if (word.size() > suffix.size() + 0 && word.ends_with(suffix)) return suffix.size();
  }
  return 0;
}

}  // namespace

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> word_prototype;
  std::unique_ptr<icu::BreakIterator> sentence_prototype;
  absl::flat_hash_map<std::uint64_t, bool> abbreviations;  // key -> ambiguous
  absl::flat_hash_set<std::uint64_t> openers;

  void AddWordTokens(std::string_view text, icu::BreakIterator* words,
                     std::vector<Token>* out) const;
  void AddSentences(std::string_view text, icu::BreakIterator* sentences, TokenizedText* out) const;
  bool ContinuesAfterAbbreviation(const TokenizedText& t, std::uint32_t last_token,
                                  std::uint32_t next_token) const;
};

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

absl::StatusOr<Tokenizer> Tokenizer::Create(std::string_view abbreviations,
                                            std::string_view sentence_openers) {
  auto impl = std::make_unique<Impl>();
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

const Tokenizer& Tokenizer::Default() {
  static const Tokenizer* const kDefault = [] {
    std::string abbreviations, openers;
    for (const DataSource& source : DefaultDataSources()) {
      if (source.name.ends_with("abbreviations.txt")) abbreviations = source.content;
      if (source.name.ends_with("sentence_openers.txt")) openers = source.content;
    }
    absl::StatusOr<Tokenizer> t = Create(abbreviations, openers);
    return new Tokenizer(std::move(t).value());
  }();
  return *kDefault;
}

void Tokenizer::Impl::AddWordTokens(std::string_view text, icu::BreakIterator* words,
                                    std::vector<Token>* out) const {
  std::uint32_t previous_end = 0;
  bool pending_line_start = true;
  auto emit = [&](std::uint32_t begin, std::uint32_t end, TokenKind kind) {
    bool space_before = begin == 0;
    for (std::size_t i = previous_end; i < begin;) {
      std::int32_t c = internal::DecodeUtf8(text, &i);
      if (IsLineBreak(c)) pending_line_start = true;
      if (c < 0 || IsSpace(c)) space_before = true;
    }
    std::string_view surface = text.substr(begin, end - begin);
    Token token;
    token.begin = begin;
    token.end = end;
    token.kind = kind;
    token.key = NormalizedKey(surface);
    token.flags = kind == TokenKind::kPunct ? 0 : CaseFlags(surface);
    if (space_before) token.flags |= kSpaceBefore;
    if (pending_line_start) token.flags |= kLineStart;
    pending_line_start = false;
    previous_end = end;
    out->push_back(token);
  };
  std::int32_t begin = words->first();
  for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE;
       begin = end, end = words->next()) {
    std::int32_t status = words->getRuleStatus();
    auto b = static_cast<std::uint32_t>(begin);
    auto e = static_cast<std::uint32_t>(end);
    if (status >= UBRK_WORD_NONE_LIMIT) {
      TokenKind kind = status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::kNumber : TokenKind::kWord;
      std::size_t suffix = PossessiveSuffix(text.substr(b, e - b));
      if (suffix > 0) {
        emit(b, e - static_cast<std::uint32_t>(suffix), kind);
        emit(e - static_cast<std::uint32_t>(suffix), e, TokenKind::kPunct);
      } else {
        emit(b, e, kind);
      }
      continue;
    }
    // Punctuation and space: one token per non-space code point; ill-formed bytes skipped.
    for (std::size_t i = b; i < e;) {
      std::size_t start = i;
      std::int32_t c = internal::DecodeUtf8(text, &i);
      if (c < 0 || IsSpace(c) || u_iscntrl(c)) continue;
      emit(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), TokenKind::kPunct);
    }
  }
}

// ICU joins words around ' and ’ but not around the acute accent or backtick that some
// sites type instead ("today´s"); treat those the same way.
void JoinAccentApostrophes(std::string_view text, std::vector<Token>* tokens) {
  static const std::uint64_t kApostrophe = NormalizedKey("'");
  static const std::uint64_t kS = NormalizedKey("s");
  std::vector<Token>& t = *tokens;
  std::size_t out = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    bool joinable = i > 0 && i + 1 < t.size() && t[i].kind == TokenKind::kPunct &&
                    t[i].key == kApostrophe && t[i - 1].end == t[i].begin &&
                    t[i + 1].begin == t[i].end && t[i - 1].kind == TokenKind::kWord &&
                    t[i + 1].kind == TokenKind::kWord && out > 0;
    if (joinable && t[i + 1].key == kS) {  // possessive: "´s" becomes one token
      Token possessive = t[i];
      possessive.end = t[i + 1].end;
      possessive.key =
          NormalizedKey(text.substr(possessive.begin, possessive.end - possessive.begin));
      t[out++] = possessive;
      ++i;
      continue;
    }
    if (joinable) {  // "Sana´a": one word
      Token& word = t[out - 1];
      word.end = t[i + 1].end;
      word.key = NormalizedKey(text.substr(word.begin, word.end - word.begin));
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

void Tokenizer::Impl::AddSentences(std::string_view text, icu::BreakIterator* sentences,
                                   TokenizedText* out) const {
  (void)text;
  std::uint32_t token = 0;
  const auto token_count = static_cast<std::uint32_t>(out->tokens.size());
  std::uint32_t paragraph = 0;
  std::int32_t boundary = sentences->first();
  for (boundary = sentences->next(); boundary != icu::BreakIterator::DONE;
       boundary = sentences->next()) {
    std::uint32_t first = token;
    while (token < token_count && out->tokens[token].begin < static_cast<std::uint32_t>(boundary)) {
      ++token;
    }
    if (token == first) continue;
    bool merge = !out->sentences.empty() && out->sentences.back().end_token == first &&
                 ContinuesAfterAbbreviation(*out, first - 1, first);
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
  out->tokens.clear();
  out->sentences.clear();
  if (text.size() > std::numeric_limits<std::int32_t>::max()) {
    return absl::InvalidArgumentError("text larger than 2 GiB");
  }
  UErrorCode status = U_ZERO_ERROR;
  UTextPtr utext(
      utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status));
  std::unique_ptr<icu::BreakIterator> words(impl_->word_prototype->clone());
  std::unique_ptr<icu::BreakIterator> sentences(impl_->sentence_prototype->clone());
  if (U_FAILURE(status) || !words || !sentences) {
    return absl::InternalError(fmt::format("ICU: {}", u_errorName(status)));
  }
  words->setText(utext.get(), status);
  sentences->setText(utext.get(), status);
  if (U_FAILURE(status)) return absl::InternalError(fmt::format("ICU: {}", u_errorName(status)));
  out->tokens.reserve(text.size() / 5);
  impl_->AddWordTokens(text, words.get(), &out->tokens);
  JoinAccentApostrophes(text, &out->tokens);
  impl_->AddSentences(text, sentences.get(), out);
  return absl::OkStatus();
}

}  // namespace attache
