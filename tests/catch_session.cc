#include "catch_session.h"

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

namespace attache::testing {

int RunCatchSession(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }

}  // namespace attache::testing
