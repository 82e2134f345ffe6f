#ifndef ATTACHE_TESTS_CATCH_SESSION_H_
#define ATTACHE_TESTS_CATCH_SESSION_H_

// Catch2's implementation is compiled once (catch_session.cc) and linked into every test
// program, whose main() runs its test cases through RunCatchSession.

namespace attache::testing {

// Runs the test cases linked into this program with Catch2's command line; returns its exit
// code.
int RunCatchSession(int argc, char* argv[]);

}  // namespace attache::testing

#endif  // ATTACHE_TESTS_CATCH_SESSION_H_
