// Runner for the tests over PETRARCH2's real dictionaries (../shared/dictionaries/petrarch2):
// exits 77 (ctest's "skipped") when they are absent, so a missing directory is reported as
// Skipped, never as Passed.
#include <cstdio>
#include <filesystem>

#include "catch_session.h"

int main(int argc, char* argv[]) {
  constexpr int kSkipped = 77;
  if (!std::filesystem::exists(std::filesystem::path(ATTACHE_PETRARCH_DIR) / "CAMEO.2.0.txt")) {
    std::printf("%s not found; skipped\n", ATTACHE_PETRARCH_DIR);
    return kSkipped;
  }
  return attache::testing::RunCatchSession(argc, argv);
}
