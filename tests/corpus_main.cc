// Runner for the tests over ../shared/corpus: exits 77 (ctest's "skipped") when the corpus
// is absent, so a missing corpus is reported as Skipped, never as Passed.
#include <cstdio>
#include <filesystem>

#include "catch_session.h"

int main(int argc, char* argv[]) {
  constexpr int kSkipped = 77;
  if (!std::filesystem::is_directory(ATTACHE_SHARED_CORPUS)) {
    std::printf("%s not found; skipped\n", ATTACHE_SHARED_CORPUS);
    return kSkipped;
  }
  return attache::testing::RunCatchSession(argc, argv);
}
