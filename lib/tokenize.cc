// Tokenizer: the public Tokenizer over ICU's word and sentence break iterators on UTF-8
// (UText), with the fast paths of lib/tokenize_fast_words.cc and
// lib/tokenize_fast_sentences.cc for the text they cover.
#include "attache/tokenize.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <limits>
#include <memory>
#include <string>

#include "attache/data.hpp"
#include "fmt/format.h"
#include "internal/text.h"
#include "internal/tokenize_impl.h"

namespace attache {

absl::StatusOr<std::unique_ptr<icu::BreakIterator>> internal::OpenBreakIterator(
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

icu::BreakIterator* internal::LazyBreakIterator::Get() {
  if (iterator_ == nullptr && status_.ok()) {
    auto opened = OpenBreakIterator(prototype_, text_, &utext_);
    if (opened.ok()) {
      iterator_ = *std::move(opened);
    } else {
      status_ = opened.status();
    }
  }
  return iterator_.get();
}

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

void Tokenizer::Impl::AddWordTokens(std::string_view text, internal::LazyBreakIterator* lazy_words,
                                    std::vector<Token>* out) const {
  internal::WordTokenWriter writer(text, out);
  if (ascii_fast_path) {
    internal::AddFastPathWords(text, lazy_words, &writer);
    return;
  }
  icu::BreakIterator* words = lazy_words->Get();
  if (words == nullptr) return;
  std::int32_t begin = words->first();
  for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE;
       begin = end, end = words->next()) {
    writer.Segment(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                   words->getRuleStatus());
  }
}

absl::Status Tokenizer::Tokenize(std::string_view text, TokenizedText* out) const {
  out->sentences.clear();
  if (absl::Status s = TokenizeWords(text, &out->tokens); !s.ok()) return s;
  // A sentence per 64 bytes is more than news has: most documents allocate once.
  std::vector<std::uint32_t> boundaries;
  boundaries.reserve(text.size() / 64 + 8);
  out->sentences.reserve(text.size() / 64 + 8);
  if (!impl_->ascii_fast_path || !internal::SplitSentencesFast(text, &boundaries)) {
    boundaries.clear();
    internal::UTextPtr utext;
    auto opened = internal::OpenBreakIterator(*impl_->sentence_prototype, text, &utext);
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
  internal::LazyBreakIterator words(*impl_->word_prototype, text);
  impl_->AddWordTokens(text, &words, out);
  if (!words.status().ok()) return words.status();
  internal::JoinAccentApostrophes(text, out);
  return absl::OkStatus();
}

}  // namespace attache
