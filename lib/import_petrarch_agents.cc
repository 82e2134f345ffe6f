// The PETRARCH2 agent dictionary as event-lexicon `agent` lines (docs/importers.md): each
// agent phrase, its plural and its !MARKER! substitutions, filed under the attache sector
// its code names.
#include <map>

#include "attache/importers.hpp"
#include "fmt/format.h"
#include "internal/petrarch.h"
#include "internal/rules.h"
#include "internal/text.h"

namespace attache {
namespace {

// The attache sector (the agent class suffix) a PETRARCH agent code names, or "".
std::string SectorOf(std::string_view code, internal::ImportLog* log) {
  if (code.size() < 4 || code[0] != '~') {
    log->Skip(code.ends_with("~") ? "organisation-type code (NGO~, IGO~, ...): no attache sector"
                                  : "agent without a ~CODE");
    return "";
  }
  static const std::map<std::string_view, std::string_view> kSectors = {
      {"GOV", "gov"}, {"MIL", "mil"}, {"COP", "cop"}, {"SPY", "spy"}, {"LEG", "leg"},
      {"JUD", "jud"}, {"OPP", "opp"}, {"REB", "reb"}, {"INS", "reb"}, {"CVL", "cvl"},
      {"BUS", "bus"}, {"MED", "med"}, {"REF", "ref"}};
  auto it = kSectors.find(code.substr(1, 3));
  if (it == kSectors.end()) {
    log->Skip(fmt::format("sector {} has no attache class", code.substr(1, 3)));
    return "";
  }
  if (code.substr(1, 3) == "INS") log->Note("INS (insurgents) read as REB");
  if (code.size() > 4) log->Note("sub-sector codes read as their sector (~GOVFRM as GOV)");
  return std::string(it->second);
}

// PETRARCH2's regular plural of an agent phrase (its last word).
std::string Plural(const std::string& phrase) {
  if (phrase.ends_with("y")) return phrase.substr(0, phrase.size() - 1) + "ies";
  if (phrase.ends_with("s")) return phrase + "es";
  return phrase + "s";
}

}  // namespace

DataSource ImportPetrarchAgents(const DataSource& dictionary, std::vector<DataError>* errors,
                                ImportSummary* summary) {
  internal::ImportLog log(dictionary.name, errors, summary, "agents");
  std::map<std::string, std::vector<std::string>> markers;  // "PERSON" -> its words
  std::string out = "# Imported from a PETRARCH2 agent dictionary (docs/importers.md)\n";
  auto write = [&](const std::string& sector, const std::string& phrase) {
    if (!internal::IsLexiconPhrase(phrase)) {
      return log.Skip("agent phrase with punctuation or digits (the lexicon holds words)");
    }
    // Words are counted as the lexicon counts them, by tokenizing like document text: a
    // hyphen or an apostrophe inside a word makes several ("non-combatant" is three).
    if (phrase.find(' ') != std::string::npos || internal::PhraseKeys(phrase).size() != 1) {
      return log.Skip("multi-word agent (attache's structure stage reads one-word agent nouns)");
    }
    out += fmt::format("agent {} {}\n", sector, phrase);
    log.Wrote();
  };
  internal::ForEachPetrarchLine(dictionary.content, [&](int line, std::string_view text) {
    const std::string_view t = internal::StripWhitespace(text);
    const int column = static_cast<int>(t.data() - text.data()) + 1;
    const std::size_t bang = t.find('!');
    if (bang != std::string_view::npos && t.find('=') != std::string_view::npos) {
      const std::size_t end = t.find('!', bang + 1);
      if (end == std::string_view::npos) return log.Error(line, column, "!MARKER! = A, B", t);
      std::vector<std::string>& words = markers[std::string(t.substr(bang + 1, end - bang - 1))];
      std::string_view list = t.substr(t.find('=') + 1);
      for (std::size_t start = 0; start <= list.size();) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        words.push_back(internal::PetrarchPhrase(list.substr(start, comma - start)));
        start = comma + 1;
      }
      return;
    }
    log.Read();
    const std::size_t open = t.find('[');
    if (open == std::string_view::npos || t.find(']', open) == std::string_view::npos) {
      return log.Error(line, column, "an agent needs a [~CODE]", t);
    }
    const std::string sector =
        SectorOf(internal::StripWhitespace(t.substr(open + 1, t.find(']', open) - open - 1)), &log);
    if (sector.empty()) return;
    std::string_view head = t.substr(0, open);
    const std::size_t brace = head.find('{');
    const std::string phrase = internal::PetrarchPhrase(head.substr(0, brace));
    log.Mapped();
    if (bang != std::string_view::npos) {
      const std::size_t end = phrase.find('!', phrase.find('!') + 1);
      const std::string name = std::string(t.substr(bang + 1, t.find('!', bang + 1) - bang - 1));
      auto it = markers.find(name);
      if (end == std::string::npos || it == markers.end()) {
        return log.Error(line, column + static_cast<int>(bang), "unknown !MARKER!", t);
      }
      const std::size_t at = phrase.find('!');
      for (const std::string& w : it->second) {
        write(sector, phrase.substr(0, at) + w + phrase.substr(end + 1));
      }
      return;
    }
    write(sector, phrase);
    if (brace == std::string_view::npos) return write(sector, Plural(phrase));
    const std::string plural =
        internal::PetrarchPhrase(head.substr(brace + 1, head.find('}', brace) - brace - 1));
    if (!plural.empty()) write(sector, plural);
  });
  return {dictionary.name + ".lex", std::move(out)};
}

}  // namespace attache
