// PETRARCH2 actor dictionaries as gazetteer lines (docs/importers.md): names, synonyms and
// dated CAMEO codes, merged with the existing gazetteer's countries by code and with its
// entities by id or name.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "attache/importers.hpp"
#include "fmt/format.h"
#include "internal/petrarch.h"
#include "internal/text.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace attache {
namespace {

// Whether a name has something to match in text: a letter or digit, as ICU reads the
// UTF-8 (an invalid sequence or a space such as U+00A0 is not one).
bool HasWordCharacter(std::string_view name) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(name.data());
  const auto length = static_cast<std::int32_t>(name.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

// Lowercase ASCII slug of a name: "Hamid Karzai" -> "hamid-karzai".
std::string NameSlug(std::string_view text) {
  std::string out;
  for (char c : text) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      out += lower;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// A PETRARCH name in gazetteer spelling. Words of more than three letters are capitalised
// (then they match capitalised words only); shorter ones stay capitals when they are the
// whole name (acronyms: "UN", "ANC") and lower case inside longer names ("al", "bin").
std::string DisplayName(std::string_view petrarch) {
  const std::string lower = internal::PetrarchPhrase(petrarch);
  const bool one_word = lower.find(' ') == std::string::npos;
  std::string out;
  std::size_t start = 0;
  while (start <= lower.size()) {
    std::size_t end = lower.find(' ', start);
    if (end == std::string::npos) end = lower.size();
    std::string word = lower.substr(start, end - start);
    if (word.size() <= 3 && one_word) {
      for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if (word.size() > 3) {
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    out += (out.empty() ? "" : " ") + word;
    start = end + 1;
  }
  return out;
}

struct ActorCode {
  std::string code;
  std::string from, to;  // "YYYY-MM-DD" or empty
  bool dated = false;
};

// "090120" (YY: 00-30 is 20YY) or "20090120" as "2009-01-20"; empty if not a date.
std::string PetrarchDate(std::string_view d) {
  if ((d.size() != 6 && d.size() != 8) ||
      !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return "";
  }
  std::string year(d.substr(0, d.size() - 4));
  if (year.size() == 2) year = (std::stoi(year) <= 30 ? "20" : "19") + year;
  const std::string text =
      fmt::format("{}-{}-{}", year, d.substr(d.size() - 4, 2), d.substr(d.size() - 2));
  return Date::Parse(text) ? text : "";
}

struct Actor {
  EntityType type = EntityType::kOrganization;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<ActorCode> codes;
};

class ActorImporter {
 public:
  ActorImporter(const Gazetteer* existing, std::vector<DataError>* errors, ImportSummary* summary)
      : existing_(existing), errors_(errors), summary_(summary) {
    if (existing_ == nullptr) return;
    for (EntityIndex i = 0; i < existing_->size(); ++i) {
      const Entity e = existing_->entity(i);
      if (e.type == EntityType::kCountry && !e.code.empty()) {
        country_by_code_.try_emplace(std::string(e.code), std::string(e.id));
      }
      by_slug_.try_emplace(std::string(e.id), std::string(e.id));
      by_slug_.try_emplace(NameSlug(e.name), std::string(e.id));
    }
  }

  void Read(const DataSource& source);
  DataSource Result();

 private:
  void Line(int line, std::string_view text);
  void Codes(int line, std::string_view text, std::size_t from);
  void Finish();
  std::string Render(const std::string& id, const Actor& a) const;

  const Gazetteer* existing_;
  std::vector<DataError>* errors_;
  ImportSummary* summary_;
  std::optional<internal::ImportLog> log_;
  absl::flat_hash_map<std::string, std::string> country_by_code_, by_slug_;
  std::map<std::string, Actor> actors_;  // by id; ordered: stable output
  Actor current_;
  bool open_ = false;
};

void ActorImporter::Read(const DataSource& source) {
  log_.emplace(source.name, errors_, summary_, "actors");
  internal::ForEachPetrarchLine(source.content,
                                [&](int line, std::string_view text) { Line(line, text); });
  Finish();
}

void ActorImporter::Line(int line, std::string_view text) {
  const std::string_view t = internal::StripWhitespace(text);
  const std::size_t offset = static_cast<std::size_t>(t.data() - text.data());
  if (t[0] == '[') return Codes(line, text, offset);
  if (t[0] == '+') {
    if (!open_)
      return log_->Error(line, static_cast<int>(offset) + 1, "synonym before any actor", t);
    const std::size_t bracket = t.find('[');
    const std::string alias =
        DisplayName(t.substr(1, bracket == std::string_view::npos ? t.npos : bracket - 1));
    if (HasWordCharacter(alias)) {
      current_.aliases.push_back(alias);
    } else if (!alias.empty()) {
      log_->Error(line, static_cast<int>(offset) + 2, "a synonym needs a letter or digit", t);
    }
    if (bracket != std::string_view::npos) Codes(line, text, offset + bracket);
    return;
  }
  Finish();
  log_->Read();
  open_ = true;
  const std::size_t bracket = t.find('[');
  current_.name = DisplayName(t.substr(0, bracket));
  if (!HasWordCharacter(current_.name)) {
    open_ = false;
    return log_->Error(line, static_cast<int>(offset) + 1, "an actor needs a name", t);
  }
  if (bracket != std::string_view::npos) Codes(line, text, offset + bracket);
}

// Every "[CODE]", "[CODE FROM-TO]", "[CODE >FROM]" or "[CODE <TO]" from `from` on.
void ActorImporter::Codes(int line, std::string_view text, std::size_t from) {
  if (!open_) return log_->Error(line, static_cast<int>(from) + 1, "code before any actor", text);
  for (std::size_t open = text.find('[', from); open != std::string_view::npos;
       open = text.find('[', open + 1)) {
    const int column = static_cast<int>(open) + 1;
    const std::size_t close = text.find(']', open);
    if (close == std::string_view::npos)
      return log_->Error(line, column, "missing ']'", text.substr(open));
    const std::string_view body =
        internal::StripWhitespace(text.substr(open + 1, close - open - 1));
    ActorCode c;
    const std::size_t space = body.find_first_of(" \t");
    c.code = std::string(body.substr(0, space));
    const bool code_ok = c.code.size() >= 3 && c.code.size() <= 15 &&
                         std::all_of(c.code.begin(), c.code.end(), [](char ch) {
                           return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                         });
    if (!code_ok) {
      log_->Error(line, column, "an actor code is 3 to 15 capital letters or digits", body);
      continue;
    }
    if (space != std::string_view::npos) {
      const std::string_view dates = internal::StripWhitespace(body.substr(space));
      const std::size_t dash = dates.find('-');
      c.dated = true;
      if (dates[0] == '>') {
        c.from = PetrarchDate(internal::StripWhitespace(dates.substr(1)));
      } else if (dates[0] == '<') {
        c.to = PetrarchDate(internal::StripWhitespace(dates.substr(1)));
      } else if (dash != std::string_view::npos) {
        c.from = PetrarchDate(dates.substr(0, dash));
        c.to = PetrarchDate(dates.substr(dash + 1));
      }
      const bool ok =
          (dates[0] == '>' && !c.from.empty()) || (dates[0] == '<' && !c.to.empty()) ||
          (dash != std::string_view::npos && !c.from.empty() && !c.to.empty() && c.from <= c.to);
      if (!ok) {
        log_->Error(line, column, "dates are YYMMDD or YYYYMMDD: FROM-TO, >FROM or <TO", body);
        continue;
      }
    }
    current_.codes.push_back(std::move(c));
  }
}

// True if a code's sector part (after the country) names armed non-state actors.
bool ArmedSector(std::string_view code) {
  for (std::size_t i = 3; i + 3 <= code.size(); i += 3) {
    const std::string_view s = code.substr(i, 3);
    if (s == "REB" || s == "INS" || s == "SEP" || s == "UAF") return true;
  }
  return false;
}

// Files the finished actor under its id: an existing country (by code), an existing entity
// (by id or name) or a new one.
void ActorImporter::Finish() {
  if (!open_) return;
  open_ = false;
  Actor a = std::exchange(current_, Actor{});
  if (a.codes.empty()) return log_->Skip("actor without a code");
  const bool dated = std::any_of(a.codes.begin(), a.codes.end(), [](auto& c) { return c.dated; });
  std::string id;
  bool existing = false;
  if (auto it = country_by_code_.find(a.codes[0].code);
      !dated && a.codes.size() == 1 && it != country_by_code_.end()) {
    id = it->second;
    existing = true;
  } else if (auto s = by_slug_.find(NameSlug(a.name)); s != by_slug_.end()) {
    id = s->second;
    existing = true;
  } else {
    id = NameSlug(a.name);
  }
  if (id.empty()) return log_->Skip("name without ASCII letters or digits (no id)");
  a.type = dated                          ? EntityType::kPerson
           : ArmedSector(a.codes[0].code) ? EntityType::kArmedGroup
                                          : EntityType::kOrganization;
  log_->Mapped();
  if (existing) log_->Note("actors merged into an existing entity (by country code, id or name)");
  auto [it, inserted] = actors_.try_emplace(id, a);
  if (inserted) {
    it->second.name = existing ? "" : a.name;
    if (existing) it->second.aliases.insert(it->second.aliases.begin(), a.name);
    return;
  }
  log_->Note("actors listed twice (names and codes merged)");
  Actor& kept = it->second;
  kept.aliases.push_back(a.name);
  kept.aliases.insert(kept.aliases.end(), a.aliases.begin(), a.aliases.end());
  kept.codes.insert(kept.codes.end(), a.codes.begin(), a.codes.end());
}

std::string ActorImporter::Render(const std::string& id, const Actor& a) const {
  std::vector<std::string> aliases;
  for (const std::string& n : a.aliases) {
    const bool clean = n.find_first_of("\t|") == std::string::npos && !n.empty();
    if (clean && n != a.name && std::find(aliases.begin(), aliases.end(), n) == aliases.end()) {
      aliases.push_back(n);
    }
  }
  std::string codes;
  for (const ActorCode& c : a.codes) {
    codes += (codes.empty() ? "" : "|") + c.code;
    if (c.dated) codes += fmt::format(":{}..{}", c.from, c.to);
  }
  std::string out = a.name.empty()
                        ? fmt::format("ALIAS\t{}", id)
                        : fmt::format("{}\t{}\tname={}", EntityTypeName(a.type), id, a.name);
  if (!aliases.empty()) {
    out += "\taliases=";
    for (std::size_t i = 0; i < aliases.size(); ++i) out += (i ? "|" : "") + aliases[i];
  }
  out += "\tcodes=" + codes;
  if (!a.name.empty() &&
      (a.type == EntityType::kOrganization || a.type == EntityType::kArmedGroup)) {
    auto it = country_by_code_.find(a.codes[0].code.substr(0, 3));
    if (it != country_by_code_.end()) out += "\tcountry=" + it->second;
  }
  return out + "\n";
}

DataSource ActorImporter::Result() {
  std::string out = "# Imported from PETRARCH2 actor dictionaries (docs/importers.md)\n";
  for (const auto& [id, actor] : actors_) {
    out += Render(id, actor);
    if (log_) log_->Wrote();
  }
  return {"petrarch-actors.tsv", std::move(out)};
}

}  // namespace

DataSource ImportPetrarchActors(std::span<const DataSource> dictionaries, const Gazetteer* existing,
                                std::vector<DataError>* errors, ImportSummary* summary) {
  ActorImporter importer(existing, errors, summary);
  for (const DataSource& d : dictionaries) importer.Read(d);
  return importer.Result();
}

}  // namespace attache
