// Internal: gazetteer lines parsed into records, before they are compiled into a Gazetteer.
// Use attache/gazetteer.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_GAZETTEER_RECORDS_H_
#define ATTACHE_LIB_INTERNAL_GAZETTEER_RECORDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "attache/data.hpp"
#include "attache/gazetteer.hpp"

namespace attache::internal {

struct OrganizationDescriptions;  // internal/gazetteer_words.h

// A value inside a line, with where it came from (for errors found later).
struct Located {
  std::string text;
  int column = 0;       // 1-based byte column of `text` in its line
  bool plural = false;  // the plural an "X(s)" item adds ("Kenyans" of "Kenyan(s)")
};

struct RoleRecord {
  Located role;
  Located of;  // entity id
  Date from;
  Date to;
};

// A CAMEO actor code the entity carries, for all dates or a span of them ("USAGOV" from
// 2009-01-20 to 2017-01-20).
struct CodeRecord {
  std::string code;
  bool dated = false;
  Date from;
  Date to;
};

enum class RecordKind { kEntity, kAlias, kTitle, kHonorific, kBlock, kWords, kDescription };

struct GazetteerRecord {
  RecordKind kind = RecordKind::kEntity;
  EntityType type = EntityType::kCountry;  // kEntity only
  std::string_view file;  // the DataSource's name; records live no longer than the sources
  int line = 0;
  Located id;
  std::string name;
  std::string status;
  std::string iso3;  // countries: ISO 3166-1 alpha-3 ("COD"), the root of actor codes
  std::optional<Located> country;
  std::optional<Located> leader;  // the office "the <demonym> leader" means here
  std::vector<Located> aliases;
  std::vector<Located> demonyms;
  std::vector<Located> capitals;
  std::vector<Located> cities;  // places in the country ("Karachi"), not metonyms
  // One-word forms ("Kim" of Kim Jong Un) that name the person only after their full name,
  // in the same document, and only if no other person named there shares them.
  std::vector<Located> short_forms;
  std::vector<Located> words;  // TITLE / HONORIFIC / BLOCK / WORDS / DESCRIPTION
  // DESCRIPTION: the organisations its nouns describe ("the bloc", "the agency"): those
  // listed by id, those of the listed types, and those a name of which ends in one of the
  // head words ("Border Inspection Service": Service).
  std::vector<Located> heads;
  std::vector<Located> entities;
  std::vector<Located> types;
  std::vector<Located> modifiers;  // DESCRIPTION: words allowed before its nouns
  bool resolve = true;
  // TITLE resolve=counterpart: the title names the office the person last named holds, in
  // the country the description names ("his Belarusian counterpart").
  bool counterpart = false;
  std::vector<Located> means;  // TITLE: the offices a generic title may denote, in order         //
                               // TITLE: may "the Iranian <title>" name the office holder?
  std::vector<RoleRecord> roles;
  std::vector<CodeRecord> codes;
};

// Parses one gazetteer file. Valid lines are appended to `records`; every problem is
// appended to `errors` with its file, line and column.
void ParseGazetteerFile(const DataSource& source, std::vector<GazetteerRecord>* records,
                        std::vector<DataError>* errors);

// Compiles the DESCRIPTION records among `records` into `out`: their nouns, modifiers, head
// words, listed entities (looked up with `entity_of`, which reports unknown ids) and types,
// and the gazetteer organisations whose names or aliases end in a head word (`find_id` looks
// up an id without reporting; kNoEntity for persons and countries). Errors go through
// `report` (record, column, message, text).
void CompileDescriptions(
    const std::vector<GazetteerRecord>& records,
    absl::FunctionRef<EntityIndex(const GazetteerRecord&, const Located&)> entity_of,
    absl::FunctionRef<EntityIndex(std::string_view)> find_id,
    absl::FunctionRef<void(const GazetteerRecord&, int, std::string, std::string_view)> report,
    OrganizationDescriptions* out);

// True for a lowercase ASCII slug: [a-z0-9]+(-[a-z0-9]+)*.
bool IsSlug(std::string_view id);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_GAZETTEER_RECORDS_H_
