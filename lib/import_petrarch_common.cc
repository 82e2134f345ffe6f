// What the PETRARCH2 importers share: comment rules, phrase spelling, errors and summaries.
#include <cctype>

#include "fmt/format.h"
#include "internal/petrarch.h"
#include "internal/text.h"

namespace attache {

std::string ImportSummary::ToString() const {
  std::string out = fmt::format("{}: read {}, mapped {}, wrote {}\n", what, read, mapped, written);
  for (const auto& [reason, n] : skipped) out += fmt::format("  skipped {:>6}  {}\n", n, reason);
  for (const auto& [kind, n] : notes) out += fmt::format("  note    {:>6}  {}\n", n, kind);
  return out;
}

namespace internal {

void ForEachPetrarchLine(std::string_view content,
                         const std::function<void(int line, std::string_view text)>& fn) {
  bool in_comment = false;
  ForEachLine(content, [&](int number, std::string_view line) {
    if (in_comment) {
      const std::size_t end = line.find("-->");
      if (end == std::string_view::npos) return;
      in_comment = false;
      // Text after a comment's end is dropped, as PETRARCH2 drops it.
      return;
    }
    if (line.empty() || line[0] == '#') return;
    std::string kept(line.substr(0, line.find('#')));
    for (std::size_t open = kept.find("<!--"); open != std::string::npos;
         open = kept.find("<!--", open)) {
      const std::size_t close = kept.find("-->", open + 4);
      if (close == std::string::npos) {
        in_comment = true;
        kept.resize(open);
        break;
      }
      kept.replace(open, close + 3 - open, close + 3 - open, ' ');
    }
    if (!StripWhitespace(kept).empty()) fn(number, kept);
  });
}

std::string PetrarchPhrase(std::string_view phrase) {
  std::string out;
  for (char c : StripWhitespace(phrase)) {
    const char mapped = c == '_' || IsAsciiSpace(c)
                            ? ' '
                            : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (mapped == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += mapped;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsLexiconPhrase(std::string_view phrase) {
  if (phrase.empty()) return false;
  bool letter = false;
  for (char c : phrase) {
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ') {
      if (!letter) return false;
      letter = false;
      continue;
    }
    if (!(std::islower(u) || c == '\'' || c == '-' || u >= 0x80)) return false;
    letter = letter || std::islower(u) || u >= 0x80;
  }
  return letter;
}

std::string PetrarchLocation(std::string_view file, int line) {
  const std::size_t slash = file.find_last_of("/\\");
  std::string base(slash == std::string_view::npos ? file : file.substr(slash + 1));
  for (char& c : base) {
    if (IsAsciiSpace(c)) c = '_';
  }
  return fmt::format("{}:{}", base, line);
}

void ImportLog::Error(int line, int column, std::string message, std::string_view text) {
  errors_->push_back({file_, line, column, std::move(message), Shorten(text)});
}

}  // namespace internal
}  // namespace attache
