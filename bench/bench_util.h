// Shared helpers for the benchmark programs: timing, resident memory, corpus loading.
#ifndef ATTACHE_BENCH_BENCH_UTIL_H_
#define ATTACHE_BENCH_BENCH_UTIL_H_

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace attache::bench {

inline double Seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Resident set size and its peak, in bytes (Linux /proc/self/status).
inline std::size_t StatusBytes(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field, 0) == 0)
      return std::stoull(line.substr(std::string(field).size())) * 1024;
  }
  return 0;
}
inline std::size_t RssBytes() { return StatusBytes("VmRSS:"); }
inline std::size_t PeakRssBytes() { return StatusBytes("VmHWM:"); }

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The real articles: ../shared/corpus when present, else the bundled example.
inline std::vector<std::string> LoadArticles(const std::string& source_dir) {
  std::vector<std::string> out;
  std::filesystem::path corpus = std::filesystem::path(source_dir) / ".." / "shared" / "corpus";
  if (std::filesystem::exists(corpus)) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(corpus)) {
      if (e.path().extension() == ".txt") out.push_back(ReadFile(e.path()));
    }
  }
  if (out.empty()) {
    out.push_back(ReadFile(std::filesystem::path(source_dir) / "examples" / "articles" /
                           "caspian-summit.txt"));
  }
  return out;
}

}  // namespace attache::bench

#endif  // ATTACHE_BENCH_BENCH_UTIL_H_
