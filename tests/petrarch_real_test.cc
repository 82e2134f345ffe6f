// PETRARCH2's own dictionaries (../shared/dictionaries/petrarch2, MIT licence; read in place,
// never copied): all six files import, the extractor loads them without a data error, and
// sentences of our own are coded through them. Runner: petrarch_real_main.cc.
#include <catch2/catch.hpp>
#include <filesystem>

#include "attache/attache.hpp"

namespace attache {
namespace {

DataSource Real(const char* name) {
  absl::StatusOr<DataSource> s =
      ReadDataFile((std::filesystem::path(ATTACHE_PETRARCH_DIR) / name).string());
  if (!s.ok()) std::abort();
  return *std::move(s);
}

struct RealImport {
  std::vector<DataError> errors;
  ImportSummary verbs, actors, agents, discards;
  std::optional<Extractor> extractor;
  std::vector<DataError> build_errors;

  RealImport() {
    ExtractorConfig config;
    config.allow_data_errors = true;
    config.sources.push_back(ImportPetrarchVerbs(Real("CAMEO.2.0.txt"), &errors, &verbs));
    const std::vector<DataSource> actor_files = {Real("Phoenix.Countries.actors.txt"),
                                                 Real("Phoenix.International.actors.txt"),
                                                 Real("Phoenix.MilNonState.actors.txt")};
    config.sources.push_back(
        ImportPetrarchActors(actor_files, &*Gazetteer::Default(), &errors, &actors));
    config.sources.push_back(ImportPetrarchAgents(Real("Phoenix.agents.txt"), &errors, &agents));
    config.sources.push_back(
        ImportPetrarchDiscards(Real("Phoenix.discards.txt"), &errors, &discards));
    absl::StatusOr<Extractor> ex = Extractor::Create(config, &build_errors);
    if (ex.ok()) extractor.emplace(*std::move(ex));
  }
};

const RealImport& Shared() {
  static const RealImport* const kImport = new RealImport();
  return *kImport;
}

const Triple* Find(const Document& doc, std::string_view cameo) {
  for (const Triple& t : doc.triples) {
    if (t.cameo == cameo) return &t;
  }
  return nullptr;
}

TEST_CASE("the six PETRARCH2 files import and load without a data error", "[petrarch-real]") {
  const RealImport& r = Shared();
  INFO(FormatErrors(r.build_errors));
  CHECK(r.build_errors.empty());  // what the importers write is valid attache data
  REQUIRE(r.extractor.has_value());
  // The dictionaries' own bad lines are reported, and only a few: most lines map.
  CHECK(r.errors.size() < 50);
  CHECK(r.verbs.read == 4668);
  CHECK(r.verbs.mapped > 3500);
  CHECK(r.actors.mapped > 25000);
  CHECK(r.agents.written > 500);  // one-word agents and their plurals
  CHECK(r.discards.written > 400);
}

TEST_CASE("sentences of our own coded through PETRARCH2's dictionaries", "[petrarch-real]") {
  const RealImport& r = Shared();
  REQUIRE(r.extractor.has_value());
  ExtractOptions options;
  options.date = Date(2005, 6, 1);
  // A verb pattern: ACCELERATE's "* AID [070]" (rush is one of the block's verbs).
  absl::StatusOr<Document> doc =
      r.extractor->Extract("Pakistan rushed aid to flood-hit villages on Monday.", options);
  REQUIRE(doc.ok());
  const Triple* aid = Find(*doc, "070");
  REQUIRE(aid != nullptr);
  CHECK(aid->plover == "AID");
  CHECK(r.extractor->rules().rule(aid->evidence[0].rule).location == "CAMEO.2.0.txt:719");
  // Actor codes at the document date: Karzai's [AFGGOV >011222].
  doc = r.extractor->Extract("Hamid Karzai met Pervez Musharraf in Islamabad.", options);
  REQUIRE(doc.ok());
  REQUIRE(!doc->triples.empty());
  CHECK(ActorCode(r.extractor->gazetteer(), doc->triples[0].subject, options.date.value()) ==
        "AFGGOV");
  // A discard ("+Manchester United" codes nothing in its story).
  doc = r.extractor->Extract("Iran accused Israel. Manchester United won again.", options);
  REQUIRE(doc.ok());
  CHECK(doc->triples.empty());
}

}  // namespace
}  // namespace attache
