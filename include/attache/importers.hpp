// attache/importers.hpp — gazetteer entries from formats users already have.
//
// Each importer turns a foreign file into attache gazetteer lines (docs/gazetteers.md),
// returned as a DataSource to add to ExtractorConfig::sources. Entities the existing
// gazetteer already defines get ALIAS lines; new ones get entity lines. Problems are
// reported as DataErrors naming the original file, line and column; good lines still import.
//
//   std::vector<attache::DataError> errors;
//   attache::ExtractorConfig config;
//   config.sources.push_back(attache::ImportSpacyPatterns(
//       *attache::ReadDataFile("patterns.jsonl"), &*attache::Gazetteer::Default(), &errors));
#ifndef ATTACHE_IMPORTERS_HPP_
#define ATTACHE_IMPORTERS_HPP_

#include <vector>

#include "attache/data.hpp"
#include "attache/gazetteer.hpp"

namespace attache {

// spaCy EntityRuler patterns, JSON Lines: {"label": "ORG", "pattern": "Apple", "id": "apple"}.
// A pattern is a phrase (string) or a list of token dicts, each with exactly one of ORTH,
// TEXT or LOWER. Labels: PERSON/PER, GPE/COUNTRY, ORG/ORGANIZATION, MEDIA, ARMED_GROUP
// (NORP, LOC and others have no attache type and are reported). `existing` may be null.
DataSource ImportSpacyPatterns(const DataSource& jsonl, const Gazetteer* existing,
                               std::vector<DataError>* errors);

// Stanford CoreNLP RegexNER mapping files: "pattern<TAB>TYPE[<TAB>overwrite<TAB>priority]".
// Patterns must be literal token sequences ("Tehran" or "United Arab Emirates"; escaped
// punctuation such as "U\.S\." is fine); regular-expression operators are reported.
// Types: PERSON, COUNTRY, LOCATION (as COUNTRY), ORGANIZATION, MEDIA, ARMED_GROUP.
DataSource ImportRegexNer(const DataSource& tsv, const Gazetteer* existing,
                          std::vector<DataError>* errors);

}  // namespace attache

#endif  // ATTACHE_IMPORTERS_HPP_
