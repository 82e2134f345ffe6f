// The document's date: month names, dates written in the text, and the range inferred from
// the office-holders a document names.
#include "internal/document_date.h"

#include <algorithm>
#include <cctype>

#include "fmt/format.h"
#include "internal/text.h"

namespace attache::internal {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The run of digits starting at `at`, or an empty view.
std::string_view DigitsAt(std::string_view s, std::size_t at) {
  std::size_t end = at;
  while (end < s.size() && IsDigit(s[end])) ++end;
  return s.substr(at, end - at);
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

std::optional<Date> MakeDate(int year, int month, int day) {
  if (year < 1000 || day < 1 || day > 31) return std::nullopt;
  return Date::Parse(fmt::format("{:04}-{:02}-{:02}", year, month, day));
}

// "2025-06-04" at `at`, not inside a longer number.
std::optional<Date> IsoDateAt(std::string_view s, std::size_t at) {
  if (at > 0 && IsDigit(s[at - 1])) return std::nullopt;
  std::string_view c = s.substr(at, 10);
  if (c.size() < 10 || c[4] != '-' || c[7] != '-') return std::nullopt;
  if (DigitsAt(c, 0).size() != 4 || DigitsAt(c, 5).size() != 2 || DigitsAt(c, 8).size() != 2) {
    return std::nullopt;
  }
  if (at + 10 < s.size() && IsDigit(s[at + 10])) return std::nullopt;
  return Date::Parse(c);
}

std::size_t SkipSpaces(std::string_view s, std::size_t p) {
  while (p < s.size() && s[p] == ' ') ++p;
  return p;
}

// "Month D, YYYY" after a month name ending at `p`.
std::optional<Date> DayYearAfter(std::string_view s, std::size_t p, int month) {
  if (p < s.size() && s[p] == '.') ++p;
  p = SkipSpaces(s, p);
  std::string_view day = DigitsAt(s, p);
  if (day.empty() || day.size() > 2) return std::nullopt;
  p += day.size();
  if (p < s.size() && s[p] == ',') ++p;
  p = SkipSpaces(s, p);
  std::string_view year = DigitsAt(s, p);
  if (year.size() != 4) return std::nullopt;
  return MakeDate(ToInt(year), month, ToInt(day));
}

// "D Month YYYY" around a month name spanning [b, p).
std::optional<Date> DayBeforeYearAfter(std::string_view s, std::size_t b, std::size_t p,
                                       int month) {
  std::size_t q = b;
  while (q > 0 && s[q - 1] == ' ') --q;
  if (q == b) return std::nullopt;
  std::size_t a = q;
  while (a > 0 && IsDigit(s[a - 1])) --a;
  if (a == q || q - a > 2 || (a > 0 && IsLetter(s[a - 1]))) return std::nullopt;
  if (p < s.size() && s[p] == '.') ++p;
  p = SkipSpaces(s, p);
  std::string_view year = DigitsAt(s, p);
  if (year.size() != 4) return std::nullopt;
  return MakeDate(ToInt(year), month, ToInt(s.substr(a, q - a)));
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0; start <= s.size();) {
    std::size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::string_view w : SplitOn(line, ' ')) {
    while (!w.empty() && (w.back() == '\r' || w.back() == '\t')) w.remove_suffix(1);
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

}  // namespace

MonthNames MonthNames::Build(const std::vector<DataSource>& sources,
                             std::vector<DataError>* errors) {
  MonthNames out;
  for (const DataSource& source : sources) {
    if (!source.name.ends_with("months.txt")) continue;
    int line_number = 0;
    for (std::string_view line : SplitOn(source.content, '\n')) {
      ++line_number;
      std::vector<std::string_view> words = Words(line);
      if (words.empty() || words[0].starts_with("#")) continue;
      int month = DigitsAt(words[0], 0).size() == words[0].size() ? ToInt(words[0]) : 0;
      if (month < 1 || month > 12 || words.size() < 2) {
        errors->push_back({source.name, line_number, 1,
                           "expected a month number 1-12 followed by its names",
                           std::string(line)});
        continue;
      }
      for (std::size_t w = 1; w < words.size(); ++w) {
        out.names_[month - 1].push_back(AsciiLower(words[w]));
      }
    }
  }
  for (std::size_t m = 0; m < out.names_.size(); ++m) {
    if (out.names_[m].empty()) {
      errors->push_back({"months.txt", 0, 0, fmt::format("month {} has no name", m + 1), ""});
    }
  }
  return out;
}

int MonthNames::MonthOf(std::string_view lower_word) const {
  for (std::size_t m = 0; m < names_.size(); ++m) {
    for (const std::string& name : names_[m]) {
      if (name == lower_word) return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

std::optional<Date> FindWrittenDate(std::string_view text, const MonthNames& months) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (IsDigit(text[i])) {
      if (std::optional<Date> d = IsoDateAt(text, i)) return d;
      continue;
    }
    if (!IsLetter(text[i]) || (i > 0 && IsLetter(text[i - 1]))) continue;
    std::size_t end = i;
    while (end < text.size() && IsLetter(text[end])) ++end;
    const int month = months.MonthOf(AsciiLower(text.substr(i, end - i)));
    if (month != 0) {
      if (std::optional<Date> d = DayYearAfter(text, end, month)) return d;
      if (std::optional<Date> d = DayBeforeYearAfter(text, i, end, month)) return d;
    }
    i = end - 1;
  }
  return std::nullopt;
}

namespace {

// The hull of `person`'s role spans; with `role` set, of that role (of `of`, when set) only.
std::optional<DateRange> OfficeHull(const Gazetteer& g, EntityIndex person, RoleId role,
                                    EntityIndex of) {
  std::optional<DateRange> hull;
  for (const Role& r : g.entity(person).roles) {
    if (role != kNoRole && (r.role != role || (of != kNoEntity && r.of != of))) continue;
    if (!hull) {
      hull = DateRange(r.from, r.to);
    } else {
      hull->from = std::min(hull->from, r.from);
      hull->to = std::max(hull->to, r.to);
    }
  }
  return hull;
}

void Intersect(std::optional<DateRange>* acc, DateRange r) {
  if (!*acc) {
    *acc = r;
    return;
  }
  (*acc)->from = std::max((*acc)->from, r.from);
  (*acc)->to = std::min((*acc)->to, r.to);
}

}  // namespace

std::optional<DateRange> InferDateRange(const Gazetteer& g, const std::vector<Mention>& mentions) {
  std::optional<DateRange> titled, all;
  for (const Mention& m : mentions) {
    if (m.type != EntityType::kPerson) continue;
    if (m.how == MatchKind::kTitle && m.role != kNoRole) {
      if (std::optional<DateRange> r = OfficeHull(g, m.entity, m.role, m.role_of)) {
        Intersect(&titled, *r);
        Intersect(&all, *r);
        continue;
      }
    }
    const bool named = m.how == MatchKind::kName || m.how == MatchKind::kAlias ||
                       m.how == MatchKind::kTitle || m.how == MatchKind::kSurname;
    if (!named) continue;
    if (std::optional<DateRange> r = OfficeHull(g, m.entity, kNoRole, kNoEntity)) {
      Intersect(&all, *r);
    }
  }
  if (all && !all->empty()) return all;
  if (titled && !titled->empty()) return titled;
  return std::nullopt;
}

DateRange UndatedRange(const Gazetteer& g) {
  const Date horizon = g.DataHorizon();
  const int year = std::max(horizon.value / 10000 - kUndatedYears, 1);
  return DateRange(Date(year, 1, 1), Date(9999, 12, 31));
}

}  // namespace attache::internal
