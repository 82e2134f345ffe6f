// The document's date: read from the caller, the dateline, the text, or inferred from the
// office-holders it names. The library never reads the clock.
#ifndef ATTACHE_LIB_INTERNAL_DOCUMENT_DATE_H_
#define ATTACHE_LIB_INTERNAL_DOCUMENT_DATE_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attache/data.hpp"
#include "attache/gazetteer.hpp"
#include "attache/mentions.hpp"

namespace attache::internal {

// Month names from months.txt: for each month (0-based), its lowercase names.
class MonthNames {
 public:
  // Reads every source whose name ends in "months.txt". Bad lines, and a month without a
  // name, are reported as file:line:col errors.
  static MonthNames Build(const std::vector<DataSource>& sources, std::vector<DataError>* errors);
  // The month (1-12) that `lower_word` (lowercase, no final '.') names, or 0.
  int MonthOf(std::string_view lower_word) const;

 private:
  std::array<std::vector<std::string>, 12> names_;
};

// The first full date written in `text` ("2025-06-04", "June 4, 2025", "4 June 2025"), or
// nullopt. Dates that do not exist (February 30) are skipped.
std::optional<Date> FindWrittenDate(std::string_view text, const MonthNames& months);

// The days on which every office-holder named in the document held office: for a person
// named with a title, the spans of that office; for one named alone, the span from their
// first office to their last. Titled persons are kept if the named ones disagree; nullopt
// when no office-holder is named or the spans do not meet.
std::optional<DateRange> InferDateRange(const Gazetteer& g, const std::vector<Mention>& mentions);

// Years before the data's horizon that an undated document may have been written in.
inline constexpr int kUndatedYears = 40;

// The range assumed for a document with no date at all: from kUndatedYears before the
// data's horizon, open-ended. Only an office held by one person throughout resolves.
DateRange UndatedRange(const Gazetteer& g);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_DOCUMENT_DATE_H_
