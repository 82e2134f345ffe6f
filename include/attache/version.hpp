// attache/version.hpp — library version (semantic versioning; set in CMakeLists.txt).
#ifndef ATTACHE_VERSION_HPP_
#define ATTACHE_VERSION_HPP_

#include <string_view>

namespace attache {

std::string_view Version();  // "0.2.0"

}  // namespace attache

#endif  // ATTACHE_VERSION_HPP_
