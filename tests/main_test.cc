#include "catch_session.h"

int main(int argc, char* argv[]) { return attache::testing::RunCatchSession(argc, argv); }
