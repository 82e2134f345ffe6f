// The PETRARCH2 discard list as event-lexicon `discard` lines (docs/importers.md).
#include "attache/importers.hpp"
#include "fmt/format.h"
#include "internal/petrarch.h"
#include "internal/rules.h"
#include "internal/text.h"

namespace attache {

DataSource ImportPetrarchDiscards(const DataSource& list, std::vector<DataError>* errors,
                                  ImportSummary* summary) {
  internal::ImportLog log(list.name, errors, summary, "discards");
  std::string out = "# Imported from a PETRARCH2 discard list (docs/importers.md)\n";
  internal::ForEachPetrarchLine(list.content, [&](int line, std::string_view text) {
    std::string_view t = internal::StripWhitespace(text);
    const int column = static_cast<int>(t.data() - text.data()) + 1;
    log.Read();
    const bool story = t[0] == '+';
    if (story) t.remove_prefix(1);
    const bool whole_word = t.ends_with("_");
    const std::string phrase = internal::PetrarchPhrase(t);
    for (char c : phrase) {
      const auto u = static_cast<unsigned char>(c);
      const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '\'' ||
                      c == '-' || c == '.' || u >= 0x80;
      if (!ok) {
        return log.Error(line, column, "a discard phrase is words (letters, digits, ' - .)", t);
      }
    }
    const std::size_t tokens = internal::PhraseKeys(phrase).size();
    if (tokens == 0 || tokens > internal::kMaxPhraseTokens) {
      return log.Error(
          line, column,
          fmt::format("a discard phrase has 1 to {} words", internal::kMaxPhraseTokens), t);
    }
    if (!whole_word) log.Note("stems (no final _) matched as whole words");
    out += fmt::format("discard {} {}\n", story ? "story" : "sentence", phrase);
    log.Mapped();
    log.Wrote();
  });
  return {list.name + ".lex", std::move(out)};
}

}  // namespace attache
