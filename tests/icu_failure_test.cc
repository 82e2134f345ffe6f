// The library never aborts when ICU fails: here every allocation ICU makes fails, so its
// break iterators cannot be created, and every entry point that needs them reports a Status
// or a DataError instead. Its own process, so that ICU fails before the library first uses it.
#include <unicode/brkiter.h>
#include <unicode/uclean.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "attache/attache.hpp"
#include "catch_session.h"

namespace attache {
namespace {

TEST_CASE("the default tokenizer and gazetteer return ICU's error", "[icu]") {
  const absl::StatusOr<Tokenizer>& tokenizer = Tokenizer::Default();
  REQUIRE_FALSE(tokenizer.ok());
  CHECK(tokenizer.status().message() == "ICU break iterator: U_MEMORY_ALLOCATION_ERROR");
  const absl::StatusOr<Gazetteer>& gazetteer = Gazetteer::Default();
  REQUIRE_FALSE(gazetteer.ok());
  CHECK(absl::IsInvalidArgument(gazetteer.status()));
  CHECK(gazetteer.status().message().find("names cannot be tokenized: ICU") !=
        std::string_view::npos);
}

TEST_CASE("Gazetteer::Build reports that names cannot be tokenized", "[icu]") {
  std::vector<DataError> errors;
  Gazetteer g = Gazetteer::Build({{"a.tsv", "COUNTRY\tok-land\tname=Okland\n"}}, &errors);
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].message.find("ICU") != std::string::npos);
}

TEST_CASE("RuleSet::Build reports its errors", "[icu]") {
  std::vector<DataError> errors;
  Gazetteer g = Gazetteer::Build({}, &errors);
  errors.clear();
  RuleSet rules = RuleSet::Build({{"a.rules", "class cheer: cheered;\n"}}, g, &errors);
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].message.find("phrases cannot be tokenized: ICU") != std::string::npos);
}

TEST_CASE("Extractor::Create returns ICU's error", "[icu]") {
  absl::StatusOr<Extractor> ex = Extractor::Create();
  REQUIRE_FALSE(ex.ok());
  CHECK(ex.status().message().find("ICU") != std::string_view::npos);
}

// ICU's allocator: std::malloc until `fail` is set, then nothing.
std::atomic<bool> fail{false};
void* Alloc(const void*, size_t size) { return fail ? nullptr : std::malloc(size); }
void* Realloc(const void*, void* p, size_t size) { return fail ? nullptr : std::realloc(p, size); }
void Free(const void*, void* p) { std::free(p); }

}  // namespace
}  // namespace attache

int main(int argc, char* argv[]) {
  using attache::Alloc, attache::Realloc, attache::Free;
  UErrorCode status = U_ZERO_ERROR;
  u_setMemoryFunctions(nullptr, Alloc, Realloc, Free, &status);
  // ICU 72 crashes when allocation fails while it loads its break rules for the first time:
  // load them once (ICU keeps them), so that only creating break iterators fails below.
  delete icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
  delete icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status);
  if (U_FAILURE(status)) {
    std::printf("ICU set-up: %s\n", u_errorName(status));
    return 1;
  }
  attache::fail = true;
  return attache::testing::RunCatchSession(argc, argv);
}
