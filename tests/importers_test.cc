#include "attache/importers.hpp"

#include <catch2/catch.hpp>

#include "test_util.h"

namespace attache {
namespace {

const Gazetteer& G() { return testing::DefaultExtractor().gazetteer(); }

TEST_CASE("spaCy EntityRuler patterns become gazetteer entries", "[importers]") {
  DataSource jsonl{
      "patterns.jsonl",
      "{\"label\": \"ORG\", \"pattern\": \"Caspian Pipeline Consortium\", \"id\": \"cpc\"}\n"
      "{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"cpc\"}], \"id\": \"cpc\"}\n"
      "{\"label\": \"PERSON\", \"pattern\": \"Jane Q. Envoy\"}\n"
      "{\"label\": \"GPE\", \"pattern\": \"Persia\", \"id\": \"iran\"}\n"
      "{\"label\": \"NORP\", \"pattern\": \"Iranians\"}\n"
      "{\"label\": \"ORG\", \"pattern\": [{\"POS\": \"NOUN\"}]}\n"
      "{\"label\": \"ORG\", \"pattern\": \"unterminated}\n"
      "\n"};
  std::vector<DataError> errors;
  DataSource imported = ImportSpacyPatterns(jsonl, &G(), &errors);
  INFO(FormatErrors(errors));
  CHECK(errors.size() == 3);
  CHECK(testing::HasDataError(errors, "patterns.jsonl", 5, 11, "label 'NORP' has no attache type"));
  CHECK(testing::HasDataError(errors, "patterns.jsonl", 6, 30,
                              "token attribute 'POS' is not supported"));
  CHECK(
      testing::HasDataError(errors, "patterns.jsonl", 7, 29, "invalid JSON: unterminated string"));
  std::vector<DataSource> sources = DefaultDataSources();
  sources.push_back(imported);
  std::vector<DataError> build_errors;
  Gazetteer g = Gazetteer::Build(sources, &build_errors);
  INFO(imported.content);
  CHECK(build_errors.empty());
  REQUIRE(g.Find("cpc").has_value());
  CHECK(g.Find("cpc")->type == EntityType::kOrganization);
  CHECK(g.Find("jane-q-envoy").has_value());
  CHECK(g.size() == G().size() + 2);  // "iran" already existed: an ALIAS line
  ExtractorConfig config;
  config.sources = {imported};
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  REQUIRE(ex.ok());
  absl::StatusOr<Document> doc = ex->Extract("Persia and the CPC met.");
  REQUIRE(doc.ok());
  std::vector<std::string> ids;
  for (const Mention& m : doc->mentions) ids.emplace_back(ex->gazetteer().entity(m.entity).id);
  CHECK(ids == std::vector<std::string>{"iran", "cpc"});
}

TEST_CASE("CoreNLP RegexNER files become gazetteer entries", "[importers]") {
  DataSource tsv{"mapping.tsv",
                 "Caspian Pipeline Consortium\tORGANIZATION\n"
                 "U\\.S\\. Navy\tORGANIZATION\tMISC\t1.0\n"
                 "Tehran\tLOCATION\n"
                 "(Mr|Mrs)\\. .*\tPERSON\n"
                 "Iranian\tNATIONALITY\n"
                 "no type here\n"};
  std::vector<DataError> errors;
  DataSource imported = ImportRegexNer(tsv, &G(), &errors);
  INFO(FormatErrors(errors));
  CHECK(errors.size() == 3);
  CHECK(testing::HasDataError(errors, "mapping.tsv", 4, 1, "regular-expression operators"));
  CHECK(testing::HasDataError(errors, "mapping.tsv", 5, 9, "type 'NATIONALITY'"));
  CHECK(testing::HasDataError(errors, "mapping.tsv", 6, 13, "expected pattern<TAB>TYPE"));
  CHECK(imported.content.find("ORGANIZATION\tu-s-navy\tname=U.S. Navy") != std::string::npos);
  CHECK(imported.content.find("COUNTRY\ttehran\tname=Tehran") != std::string::npos);
}

}  // namespace
}  // namespace attache
