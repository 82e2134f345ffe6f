// Importers: spaCy EntityRuler patterns and CoreNLP RegexNER files to gazetteer lines.
#include "attache/importers.hpp"

#include <map>

#include "fmt/format.h"
#include "internal/gazetteer_records.h"
#include "internal/json.h"
#include "internal/text.h"

namespace attache {
namespace {

std::optional<EntityType> TypeForLabel(std::string_view label) {
  if (label == "PERSON" || label == "PER") return EntityType::kPerson;
  if (label == "GPE" || label == "COUNTRY" || label == "LOCATION") return EntityType::kCountry;
  if (label == "ORG" || label == "ORGANIZATION") return EntityType::kOrganization;
  if (label == "MEDIA") return EntityType::kMedia;
  if (label == "ARMED_GROUP") return EntityType::kArmedGroup;
  return std::nullopt;
}

// Lowercase ASCII slug: "San Francisco" -> "san-francisco"; non-ASCII letters are dropped.
std::string Slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    bool alnum = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (alnum) {
      out += lower;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// Gazetteer values may not contain TAB, '|' or line breaks.
bool Clean(std::string_view s) { return s.find_first_of("\t|\r\n") == std::string_view::npos; }

// Collects imported names per entity and writes gazetteer lines.
class Collector {
 public:
  Collector(const DataSource& source, const Gazetteer* existing, std::vector<DataError>* errors)
      : source_(source), existing_(existing), errors_(errors) {}

  void Error(int line, int column, std::string message, std::string_view text) {
    errors_->push_back({source_.name, line, column, std::move(message), internal::Shorten(text)});
  }

  void Add(int line, int column, EntityType type, std::string id, std::string name) {
    if (!Clean(name) || internal::StripWhitespace(name).empty()) {
      Error(line, column, "name is empty or contains a tab, '|' or line break", name);
      return;
    }
    if (!internal::IsSlug(id)) {
      Error(line, column, "cannot make an id (lowercase ASCII slug) from this entry", id);
      return;
    }
    Entry& e = entries_[id];
    if (e.names.empty()) {
      e.type = type;
      e.line = line;
    } else if (e.type != type) {
      Error(line, column,
            fmt::format("id '{}' was imported with another type at line {}", id, e.line), name);
      return;
    }
    for (const std::string& n : e.names) {
      if (n == name) return;
    }
    e.names.push_back(std::move(name));
  }

  DataSource Result() const {
    std::string out = fmt::format("# Imported from {}\n", source_.name);
    for (const auto& [id, e] : entries_) {
      if (existing_ != nullptr && existing_->IndexOf(id) != kNoEntity) {
        out += fmt::format("ALIAS\t{}\taliases={}\n", id, Join(e.names, 0));
        continue;
      }
      out += fmt::format("{}\t{}\tname={}", EntityTypeName(e.type), id, e.names[0]);
      if (e.names.size() > 1) out += "\taliases=" + Join(e.names, 1);
      out += "\n";
    }
    return {source_.name + ".tsv", out};
  }

 private:
  struct Entry {
    EntityType type = EntityType::kCountry;
    int line = 0;
    std::vector<std::string> names;
  };

  static std::string Join(const std::vector<std::string>& names, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < names.size(); ++i) {
      if (!out.empty()) out += '|';
      out += names[i];
    }
    return out;
  }

  const DataSource& source_;
  const Gazetteer* existing_;
  std::vector<DataError>* errors_;
  std::map<std::string, Entry> entries_;  // ordered: stable output
};

// The phrase of a spaCy token pattern: [{"LOWER": "new"}, {"ORTH": "York"}] -> "new York".
bool TokenPatternPhrase(const internal::JsonValue& tokens, std::string* phrase, int* bad_column,
                        std::string* problem) {
  for (const internal::JsonValue& token : tokens.array) {
    if (token.kind != internal::JsonValue::Kind::kObject || token.keys.size() != 1) {
      *bad_column = token.column;
      *problem = "each token must be an object with exactly one of ORTH, TEXT or LOWER";
      return false;
    }
    const std::string& key = token.keys[0];
    const internal::JsonValue& value = token.values[0];
    if ((key != "ORTH" && key != "TEXT" && key != "LOWER") ||
        value.kind != internal::JsonValue::Kind::kString) {
      *bad_column = token.column;
      *problem = fmt::format("token attribute '{}' is not supported (ORTH, TEXT, LOWER only)", key);
      return false;
    }
    if (!phrase->empty()) *phrase += ' ';
    *phrase += value.string;
  }
  if (phrase->empty()) {
    *bad_column = tokens.column;
    *problem = "empty token pattern";
    return false;
  }
  return true;
}

}  // namespace

DataSource ImportSpacyPatterns(const DataSource& jsonl, const Gazetteer* existing,
                               std::vector<DataError>* errors) {
  Collector out(jsonl, existing, errors);
  internal::ForEachLine(jsonl.content, [&](int line, std::string_view text) {
    if (internal::StripWhitespace(text).empty()) return;
    internal::JsonValue record;
    internal::JsonError error;
    if (!internal::ParseJson(text, &record, &error)) {
      out.Error(line, error.column, "invalid JSON: " + error.message, text);
      return;
    }
    if (record.kind != internal::JsonValue::Kind::kObject) {
      out.Error(line, 1, "each line must be a JSON object", text);
      return;
    }
    const internal::JsonValue* label = record.Find("label");
    const internal::JsonValue* pattern = record.Find("pattern");
    if (label == nullptr || label->kind != internal::JsonValue::Kind::kString) {
      out.Error(line, 1, "missing \"label\" string", text);
      return;
    }
    std::optional<EntityType> type = TypeForLabel(label->string);
    if (!type) {
      out.Error(line, label->column, fmt::format("label '{}' has no attache type", label->string),
                label->string);
      return;
    }
    std::string phrase;
    if (pattern != nullptr && pattern->kind == internal::JsonValue::Kind::kString) {
      phrase = pattern->string;
    } else if (pattern != nullptr && pattern->kind == internal::JsonValue::Kind::kArray) {
      int column = 0;
      std::string problem;
      if (!TokenPatternPhrase(*pattern, &phrase, &column, &problem)) {
        out.Error(line, column, problem, text.substr(column > 0 ? column - 1 : 0));
        return;
      }
    } else {
      out.Error(line, 1, "missing \"pattern\" (a string or a list of token objects)", text);
      return;
    }
    const internal::JsonValue* id = record.Find("id");
    std::string slug = id != nullptr && id->kind == internal::JsonValue::Kind::kString
                           ? Slug(id->string)
                           : Slug(phrase);
    out.Add(line, pattern->column, *type, slug, phrase);
  });
  return out.Result();
}

DataSource ImportRegexNer(const DataSource& tsv, const Gazetteer* existing,
                          std::vector<DataError>* errors) {
  Collector out(tsv, existing, errors);
  internal::ForEachLine(tsv.content, [&](int line, std::string_view text) {
    if (internal::StripWhitespace(text).empty() || text[0] == '#') return;
    std::size_t tab = text.find('\t');
    if (tab == std::string_view::npos) {
      out.Error(line, static_cast<int>(text.size()) + 1, "expected pattern<TAB>TYPE", text);
      return;
    }
    std::string_view pattern = text.substr(0, tab);
    std::string_view rest = text.substr(tab + 1);
    std::string_view type_name = rest.substr(0, rest.find('\t'));
    std::optional<EntityType> type = TypeForLabel(internal::StripWhitespace(type_name));
    if (!type) {
      out.Error(line, static_cast<int>(tab) + 2,
                fmt::format("type '{}' has no attache type", type_name), type_name);
      return;
    }
    // Unescape "\." and friends; any other regex operator is not supported.
    std::string phrase;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      char c = pattern[i];
      if (c == '\\' && i + 1 < pattern.size()) {
        phrase += pattern[++i];
        continue;
      }
      if (std::string_view("[](){}*+?|^$.").find(c) != std::string_view::npos) {
        out.Error(line, static_cast<int>(i) + 1,
                  "regular-expression operators are not supported; use literal tokens", pattern);
        return;
      }
      phrase += c;
    }
    out.Add(line, 1, *type, Slug(phrase), std::string(internal::StripWhitespace(phrase)));
  });
  return out.Result();
}

}  // namespace attache
