// Gazetteer file syntax: one record per line, TAB-separated, "#" comments.
//   KIND <TAB> id <TAB> key=value <TAB> key=value ...
// List values are separated by "|". Full reference: docs/gazetteers.md.
#include <algorithm>
#include <charconv>

#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/str_split.h"
#include "fmt/format.h"
#include "internal/gazetteer_records.h"
#include "internal/gazetteer_words.h"
#include "internal/text.h"

namespace attache::internal {
namespace {

constexpr std::size_t kMaxLineBytes = 64 * 1024;

struct Field {
  std::string_view text;
  int column;  // 1-based
};

class LineParser {
 public:
  LineParser(const DataSource& source, int line, std::vector<DataError>* errors)
      : source_(source), line_(line), errors_(errors) {}

  void Error(int column, std::string message, std::string_view text) {
    errors_->push_back({source_.name, line_, column, std::move(message), std::string(text)});
    ok_ = false;
  }
  bool ok() const { return ok_; }

  // Splits "a|b|c" (at `column`) into trimmed, non-empty items.
  std::vector<Located> List(std::string_view value, int column) {
    std::vector<Located> items;
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t end = value.find('|', start);
      if (end == std::string_view::npos) end = value.size();
      std::string_view item = value.substr(start, end - start);
      int item_column = column + static_cast<int>(start);
      std::string_view trimmed = StripWhitespace(item);
      if (trimmed.empty()) {
        Error(item_column, "empty item in list", value);
      } else {
        items.push_back({std::string(trimmed), item_column});
      }
      start = end + 1;
    }
    return items;
  }

  // "Iranian(s)" -> "Iranian", "Iranians".
  std::vector<Located> ExpandPlurals(std::vector<Located> items) {
    std::vector<Located> out;
    for (Located& item : items) {
      if (item.text.ends_with("(s)")) {
        std::string singular = item.text.substr(0, item.text.size() - 3);
        out.push_back({singular, item.column});
        out.push_back({singular + "s", item.column, /*plural=*/true});
      } else if (item.text.find_first_of("()") != std::string::npos) {
        Error(item.column, "parentheses are only allowed as a final \"(s)\"", item.text);
      } else {
        out.push_back(std::move(item));
      }
    }
    return out;
  }

  std::optional<Date> ParseDate(std::string_view text, int column, bool round_up) {
    std::optional<Date> d = Date::Parse(text, round_up);
    if (!d) Error(column, "invalid date (expected YYYY, YYYY-MM or YYYY-MM-DD)", text);
    return d;
  }

  // "USAGOV" or "USAGOV:2009-01-20..2017-01-20" (either date may be empty: open-ended).
  std::optional<CodeRecord> Code(const Located& item) {
    std::string_view text = item.text;
    const std::size_t colon = text.find(':');
    CodeRecord code;
    code.code = std::string(text.substr(0, colon));
    const bool well_formed = code.code.size() >= 3 && code.code.size() <= 15 &&
                             std::all_of(code.code.begin(), code.code.end(), [](char c) {
                               return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                             });
    if (!well_formed) {
      Error(item.column, "an actor code is 3 to 15 capital letters or digits", text);
      return std::nullopt;
    }
    if (colon == std::string_view::npos) return code;
    const std::size_t dots = text.find("..", colon);
    if (dots == std::string_view::npos) {
      Error(item.column, "a dated code looks like CODE:FROM..TO", text);
      return std::nullopt;
    }
    std::string_view from = text.substr(colon + 1, dots - colon - 1);
    std::string_view to = text.substr(dots + 2);
    std::optional<Date> from_date = Date(1, 1, 1), to_date = Date(9999, 12, 31);
    if (!from.empty())
      from_date = ParseDate(from, item.column + static_cast<int>(colon) + 1, false);
    if (!to.empty()) to_date = ParseDate(to, item.column + static_cast<int>(dots) + 2, true);
    if (!from_date || !to_date) return std::nullopt;
    if (*to_date < *from_date) {
      Error(item.column, "code ends before it starts", text);
      return std::nullopt;
    }
    code.dated = true;
    code.from = *from_date;
    code.to = *to_date;
    return code;
  }

  // "president@iran:2021-08-03..2024-05-19"
  std::optional<RoleRecord> Role(const Located& item) {
    std::string_view text = item.text;
    std::size_t at = text.find('@');
    std::size_t colon = text.find(':');
    std::size_t dots = text.find("..");
    if (at == std::string_view::npos || colon == std::string_view::npos || colon < at ||
        dots == std::string_view::npos || dots < colon) {
      Error(item.column, "role must look like role@entity-id:FROM..TO", text);
      return std::nullopt;
    }
    RoleRecord role;
    role.role = {std::string(text.substr(0, at)), item.column};
    role.of = {std::string(text.substr(at + 1, colon - at - 1)),
               item.column + static_cast<int>(at) + 1};
    if (!IsSlug(role.role.text)) {
      Error(item.column, "role name must be a lowercase slug", role.role.text);
      return std::nullopt;
    }
    std::string_view from = text.substr(colon + 1, dots - colon - 1);
    std::string_view to = text.substr(dots + 2);
    auto from_date = ParseDate(from, item.column + static_cast<int>(colon) + 1, false);
    std::optional<Date> to_date = Date(9999, 12, 31);
    if (!to.empty()) to_date = ParseDate(to, item.column + static_cast<int>(dots) + 2, true);
    if (!from_date || !to_date) return std::nullopt;
    if (*to_date < *from_date) {
      Error(item.column, "role ends before it starts", text);
      return std::nullopt;
    }
    role.from = *from_date;
    role.to = *to_date;
    return role;
  }

 private:
  const DataSource& source_;
  int line_;
  std::vector<DataError>* errors_;
  bool ok_ = true;
};

void SplitFields(std::string_view line, std::vector<Field>* out) {
  std::vector<Field>& fields = *out;
  fields.clear();
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t end = line.find('\t', start);
    if (end == std::string_view::npos) end = line.size();
    fields.push_back({line.substr(start, end - start), static_cast<int>(start) + 1});
    start = end + 1;
  }
}

std::optional<RecordKind> ParseKind(std::string_view word, EntityType* type) {
  if (word == "ALIAS") return RecordKind::kAlias;
  if (word == "TITLE") return RecordKind::kTitle;
  if (word == "HONORIFIC") return RecordKind::kHonorific;
  if (word == "BLOCK") return RecordKind::kBlock;
  if (word == "WORDS") return RecordKind::kWords;
  if (word == "DESCRIPTION") return RecordKind::kDescription;
  if (std::optional<EntityType> t = ParseEntityType(word)) {
    *type = *t;
    return RecordKind::kEntity;
  }
  return std::nullopt;
}

bool KeyAllowed(RecordKind kind, std::string_view key) {
  static const absl::flat_hash_set<std::string_view> kEntityKeys = {
      "name", "aliases", "demonyms", "capitals", "cities", "short",
      "iso",  "status",  "country",  "roles",    "leader", "codes"};
  static const absl::flat_hash_set<std::string_view> kAliasKeys = {
      "aliases", "demonyms", "capitals", "cities", "roles", "leader", "codes"};
  switch (kind) {
    case RecordKind::kEntity:
      return kEntityKeys.contains(key);
    case RecordKind::kAlias:
      return kAliasKeys.contains(key);
    case RecordKind::kTitle:
      return key == "words" || key == "resolve" || key == "means";
    case RecordKind::kHonorific:
    case RecordKind::kBlock:
    case RecordKind::kWords:
      return key == "words";
    case RecordKind::kDescription:
      return key == "words" || key == "heads" || key == "entities" || key == "types" ||
             key == "modifiers";
  }
  return false;
}

// Field keys already given on a line (a line has at most a few dozen fields).
class SeenKeys {
 public:
  bool Insert(std::string_view key) {
    if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return false;
    keys_.push_back(key);
    return true;
  }

 private:
  absl::InlinedVector<std::string_view, 16> keys_;
};

// Sets the field `key` (allowed for the record's kind, given once) of `record` to its
// non-empty `value`, which starts at `value_column`; a bad list item is reported through `p`
// and left out.
void SetField(LineParser* p, std::string_view key, std::string_view value, int value_column,
              GazetteerRecord* record) {
  // Fields that are plain lists.
  static constexpr std::pair<std::string_view, std::vector<Located> GazetteerRecord::*> kLists[] = {
      {"aliases", &GazetteerRecord::aliases},   {"capitals", &GazetteerRecord::capitals},
      {"cities", &GazetteerRecord::cities},     {"means", &GazetteerRecord::means},
      {"words", &GazetteerRecord::words},       {"heads", &GazetteerRecord::heads},
      {"entities", &GazetteerRecord::entities}, {"modifiers", &GazetteerRecord::modifiers}};
  for (const auto& [name, list] : kLists) {
    if (key == name) {
      record->*list = p->List(value, value_column);
      return;
    }
  }
  if (key == "name") {
    record->name = std::string(value);
  } else if (key == "status") {
    record->status = std::string(value);
  } else if (key == "iso") {
    // Not matched in text ("IN", "IS" are English words); the alpha-3 code roots the
    // entity's actor codes ("COD", "CODGOV").
    for (const internal::Located& code : p->List(value, value_column)) {
      if (code.text.size() == 3) record->iso3 = code.text;
    }
  } else if (key == "leader") {
    record->leader = Located{std::string(value), value_column};
  } else if (key == "country") {
    record->country = Located{std::string(value), value_column};
  } else if (key == "demonyms") {
    record->demonyms = p->ExpandPlurals(p->List(value, value_column));
  } else if (key == "short") {
    for (const Located& item : p->List(value, value_column)) {
      if (item.text.find(' ') != std::string::npos) {
        p->Error(item.column, "a short form is one word", item.text);
      } else {
        record->short_forms.push_back(item);
      }
    }
  } else if (key == "resolve") {
    if (value != "yes" && value != "no" && value != "counterpart") {
      p->Error(value_column, "resolve must be yes, no or counterpart", value);
    } else {
      record->resolve = value != "no";
      record->counterpart = value == "counterpart";
    }
  } else if (key == "types") {
    for (const Located& item : p->List(value, value_column)) {
      const std::optional<EntityType> type = ParseEntityType(item.text);
      if (!type || *type == EntityType::kPerson || *type == EntityType::kCountry) {
        p->Error(item.column, "expected ORGANIZATION, ARMED_GROUP or MEDIA", item.text);
      } else {
        record->types.push_back(item);
      }
    }
  } else if (key == "codes") {
    for (const Located& item : p->List(value, value_column)) {
      if (std::optional<CodeRecord> code = p->Code(item)) record->codes.push_back(*code);
    }
  } else if (key == "roles") {
    for (const Located& item : p->List(value, value_column)) {
      if (std::optional<RoleRecord> role = p->Role(item)) record->roles.push_back(*role);
    }
  }
}

// Reads the record kind and id of a line (its first two fields) into `record`; false, with
// the error reported through `p`, when either is missing or malformed.
bool ParseHead(LineParser* p, const std::vector<Field>& fields, std::string_view line,
               GazetteerRecord* record) {
  std::optional<RecordKind> kind = ParseKind(fields[0].text, &record->type);
  if (!kind) {
    p->Error(1,
             "unknown record kind (expected PERSON, COUNTRY, ORGANIZATION, ARMED_GROUP, MEDIA, "
             "ALIAS, TITLE, HONORIFIC, BLOCK, WORDS or DESCRIPTION)",
             fields[0].text);
    return false;
  }
  record->kind = *kind;
  if (fields.size() < 2 || fields[1].text.empty()) {
    p->Error(static_cast<int>(fields[0].text.size()) + 1, "missing id after the record kind", line);
    return false;
  }
  record->id = {std::string(fields[1].text), fields[1].column};
  if (!IsSlug(record->id.text)) {
    p->Error(fields[1].column, "id must be a lowercase ASCII slug like 'united-states'",
             fields[1].text);
    return false;
  }
  if (record->kind == RecordKind::kWords &&
      std::find(kMentionWordIds.begin(), kMentionWordIds.end(), record->id.text) ==
          kMentionWordIds.end()) {
    std::string expected;
    for (std::string_view id : kMentionWordIds) {
      expected += expected.empty() ? "" : ", ";
      expected += id;
    }
    p->Error(fields[1].column, "unknown WORDS id (expected one of " + expected + ")",
             fields[1].text);
    return false;
  }
  return true;
}

void ParseLine(const DataSource& source, int line_number, std::string_view line,
               std::vector<Field>* scratch, std::vector<GazetteerRecord>* records,
               std::vector<DataError>* errors) {
  LineParser p(source, line_number, errors);
  if (line.size() > kMaxLineBytes) {
    p.Error(1, fmt::format("line longer than {} bytes", kMaxLineBytes), line);
    return;
  }
  SplitFields(line, scratch);
  const std::vector<Field>& fields = *scratch;
  // The record is built in place and dropped again if the line turns out malformed.
  GazetteerRecord& record = records->emplace_back();
  struct DropUnlessKept {
    std::vector<GazetteerRecord>* records;
    bool keep = false;
    ~DropUnlessKept() {
      if (!keep) records->pop_back();
    }
  } guard{records};
  record.file = source.name;
  record.line = line_number;
  if (!ParseHead(&p, fields, line, &record)) return;
  SeenKeys seen_keys;
  for (std::size_t i = 2; i < fields.size(); ++i) {
    const Field& f = fields[i];
    if (StripWhitespace(f.text).empty()) continue;
    std::size_t eq = f.text.find('=');
    if (eq == std::string_view::npos) {
      p.Error(f.column, "expected key=value", f.text);
      continue;
    }
    std::string_view key = f.text.substr(0, eq);
    std::string_view value = StripWhitespace(f.text.substr(eq + 1));
    int value_column = f.column + static_cast<int>(eq) + 1;
    if (!KeyAllowed(record.kind, key)) {
      p.Error(f.column, fmt::format("unknown field '{}' for {}", key, fields[0].text), f.text);
      continue;
    }
    if (!seen_keys.Insert(key)) {
      p.Error(f.column, fmt::format("field '{}' given twice", key), f.text);
      continue;
    }
    if (value.empty()) {
      p.Error(value_column, fmt::format("field '{}' is empty", key), f.text);
      continue;
    }
    SetField(&p, key, value, value_column, &record);
  }
  if (record.kind == RecordKind::kEntity && record.name.empty()) {
    p.Error(static_cast<int>(line.size()) + 1, "missing name=", line);
    return;
  }
  if ((record.kind == RecordKind::kTitle || record.kind == RecordKind::kHonorific ||
       record.kind == RecordKind::kBlock || record.kind == RecordKind::kWords ||
       record.kind == RecordKind::kDescription) &&
      record.words.empty()) {
    p.Error(static_cast<int>(line.size()) + 1, "missing words=", line);
    return;
  }
  // A line with a bad list item still contributes its good items; only structural errors
  // above drop the line.
  guard.keep = true;
}

}  // namespace

bool IsSlug(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

void ParseGazetteerFile(const DataSource& source, std::vector<GazetteerRecord>* records,
                        std::vector<DataError>* errors) {
  records->reserve(
      records->size() +
      static_cast<std::size_t>(std::count(source.content.begin(), source.content.end(), '\n')) + 1);
  std::vector<Field> fields;
  ForEachLine(source.content, [&](int line_number, std::string_view line) {
    std::string_view trimmed = StripWhitespace(line);
    if (trimmed.empty() || trimmed[0] == '#') return;
    ParseLine(source, line_number, line, &fields, records, errors);
  });
}

}  // namespace attache::internal
