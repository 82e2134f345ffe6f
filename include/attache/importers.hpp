// attache/importers.hpp — attache data from formats users already have.
//
// Each importer turns a foreign file into attache data — gazetteer lines
// (docs/gazetteers.md) or event-lexicon lines (docs/lexicon.md) — returned as a DataSource
// to add to ExtractorConfig::sources, so the rest of the pipeline is unchanged. Entities the
// existing gazetteer already defines get ALIAS lines; new ones get entity lines. Problems
// are reported as DataErrors naming the original file, line and column; good lines still
// import. docs/importers.md describes each format and what maps.
//
//   std::vector<attache::DataError> errors;
//   attache::ExtractorConfig config;
//   config.sources.push_back(attache::ImportSpacyPatterns(
//       *attache::ReadDataFile("patterns.jsonl"), &*attache::Gazetteer::Default(), &errors));
//   config.sources.push_back(attache::ImportPetrarchVerbs(
//       *attache::ReadDataFile("CAMEO.2.0.txt"), &errors));
#ifndef ATTACHE_IMPORTERS_HPP_
#define ATTACHE_IMPORTERS_HPP_

#include <map>
#include <span>
#include <string>
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

// What an importer read, wrote and left out. Skips are entries that could not be mapped
// safely (by reason); notes are entries mapped with an approximation (by kind).
struct ImportSummary {
  std::string what;  // "verb patterns", "actors", ...
  int read = 0;      // entries read from the file(s)
  int mapped = 0;    // entries that gave at least one attache entry
  int written = 0;   // attache entries written (frames, entities, agent nouns, phrases)
  std::map<std::string, int> skipped;
  std::map<std::string, int> notes;
  // Several lines: "<what>: read N, mapped K, wrote M" then one line per skip and note.
  std::string ToString() const;
};

// PETRARCH2 / TABARI formats (the CAMEO verb dictionary, actor, agent and discard files).
// Each reads the file as PETRARCH2 does: '#' comments, <!-- --> blocks, blank lines.

// The CAMEO verb pattern dictionary: synonym sets (&NAME, +MEMBER), verb blocks
// (--- NAME [CODE] ---, verbs with {inflections}, multi-word +VERB_PARTICLE) and patterns
// (- * WORDS (PREP WORDS) [CODE], with &SYNSET, {NOUN PHRASE}, + target). Written as
// event-lexicon frames (one per pattern and synonym expansion; a block's verbs share
// frames) whose rule location is the pattern's "file:line". Patterns needing what a frame
// cannot check (words before the verb, $ or % source markers, ^, reverse-only codes) are
// skipped and counted. Codes without a PLOVER category (the data's CAMEO→PLOVER table) are
// skipped too.
DataSource ImportPetrarchVerbs(const DataSource& dictionary, std::vector<DataError>* errors,
                               ImportSummary* summary = nullptr);

// Actor dictionaries, read together: NAME [CODE] with +SYNONYM lines and dated codes
// [USAGOV 090120-170120], [CODE >DATE], [CODE <DATE]. Gazetteer lines: an actor whose code
// is a country code of `existing` becomes that country's ALIAS; one whose id or name
// `existing` defines, an ALIAS of it; others new PERSON (dated codes), ARMED_GROUP (REB,
// INS, SEP, UAF sectors) or ORGANIZATION entities. Codes go to codes= and become the
// output's `code` at the document's date. `existing` may be null.
DataSource ImportPetrarchActors(std::span<const DataSource> dictionaries, const Gazetteer* existing,
                                std::vector<DataError>* errors, ImportSummary* summary = nullptr);

// The agent dictionary: PHRASE [{PLURAL}] [~CODE], with !MARKER! = A, B substitutions.
// One-word agents whose code's first three letters name an attache sector (GOV, MIL, COP,
// SPY, LEG, JUD, OPP, REB, CVL, BUS, MED, REF; INS as REB) become agent nouns of that
// sector; multi-word agents are skipped (the structure stage reads one-word agent nouns).
DataSource ImportPetrarchAgents(const DataSource& dictionary, std::vector<DataError>* errors,
                                ImportSummary* summary = nullptr);

// The discard list: PHRASE (its sentence states no event) or +PHRASE (its document states
// none). Phrases match whole words, case-insensitively.
DataSource ImportPetrarchDiscards(const DataSource& list, std::vector<DataError>* errors,
                                  ImportSummary* summary = nullptr);

}  // namespace attache

#endif  // ATTACHE_IMPORTERS_HPP_
