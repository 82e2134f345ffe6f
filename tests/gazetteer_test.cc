#include "attache/gazetteer.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "fmt/format.h"
#include "internal/gazetteer_words.h"
#include "test_util.h"

namespace attache {
namespace {

const Gazetteer& G() { return testing::DefaultExtractor().gazetteer(); }

TEST_CASE("default gazetteers load without errors", "[gazetteer]") {
  std::vector<DataError> errors;
  Gazetteer g = Gazetteer::Build(DefaultDataSources(), &errors);
  INFO(FormatErrors(errors));
  CHECK(errors.empty());
  CHECK(g.size() > 700);
}

TEST_CASE("all 193 UN members, observers and territories", "[gazetteer]") {
  int members = 0, observers = 0, people = 0;
  for (EntityIndex i = 0; i < G().size(); ++i) {
    const Entity& e = G().entity(i);
    members += e.status == "member";
    observers += e.status == "observer";
    people += e.type == EntityType::kPerson;
  }
  CHECK(members == 193);
  CHECK(observers == 2);
  CHECK(people >= 300);
  REQUIRE(G().Find("united-states").has_value());
  CHECK(G().Find("united-states")->name == "United States");
  CHECK(G().Find("russia")->name == "Russia");
  CHECK(G().Find("kosovo").has_value());
  CHECK(G().Find("palestine")->status == "observer");
  CHECK(G().Find("reuters")->type == EntityType::kMedia);
  CHECK(G().Find("nato")->type == EntityType::kOrganization);
}

TEST_CASE("role dates: who held the office on a given day", "[gazetteer]") {
  struct Case {
    const char* role;
    const char* of;
    Date date;
    const char* expected;
  };
  const Case cases[] = {
      {"president", "iran", Date(2023, 3, 13), "ebrahim-raisi"},
      {"president", "iran", Date(2025, 6, 4), "masoud-pezeshkian"},
      {"president", "iran", Date(2024, 6, 1), "mohammad-mokhber"},
      {"president", "iran", Date(2015, 1, 1), "hassan-rouhani"},
      {"supreme-leader", "iran", Date(2023, 3, 13), "ali-khamenei"},
      {"president", "belarus", Date(2025, 6, 4), "alexander-lukashenko"},
      {"foreign-minister", "iran", Date(2023, 1, 1), "hossein-amir-abdollahian"},
      {"foreign-minister", "iran", Date(2024, 9, 1), "abbas-araghchi"},
      {"president", "united-states", Date(2022, 5, 1), "joe-biden"},
      {"president", "united-states", Date(2025, 3, 1), "donald-trump"},
      {"president", "united-states", Date(2019, 3, 1), "donald-trump"},
      {"prime-minister", "united-kingdom", Date(2022, 10, 1), "liz-truss"},
      {"prime-minister", "united-kingdom", Date(2024, 8, 1), "keir-starmer"},
      {"chancellor", "germany", Date(2025, 6, 1), "friedrich-merz"},
      {"prime-minister", "japan", Date(2023, 3, 17), "fumio-kishida"},
      {"president", "south-korea", Date(2023, 3, 17), "yoon-suk-yeol"},
      {"president", "mexico", Date(2022, 6, 6), "andres-manuel-lopez-obrador"},
      {"secretary-general", "nato", Date(2025, 1, 1), "mark-rutte"},
      {"secretary-general", "nato", Date(2023, 1, 1), "jens-stoltenberg"},
      {"president", "syria", Date(2023, 5, 19), "bashar-al-assad"},
      {"prime-minister", "israel", Date(2022, 1, 1), "naftali-bennett"},
  };
  for (const Case& c : cases) {
    INFO(c.role << " of " << c.of << " on " << c.date.ToString());
    EntityIndex holder = G().RoleHolder(G().FindRole(c.role), G().IndexOf(c.of), c.date);
    REQUIRE(holder != kNoEntity);
    CHECK(G().entity(holder).id == c.expected);
  }
  CHECK(G().RoleHolder(G().FindRole("president"), G().IndexOf("iran"), Date(1970, 1, 1)) ==
        kNoEntity);
}

TEST_CASE("gazetteer errors name file, line and column; other lines still load", "[gazetteer]") {
  DataSource bad{"test.tsv",
                 "# comment line\n"
                 "COUNTRY\tatlantis\tname=Atlantis\tcapitals=Poseidonia\n"
                 "COUNTRY\tBad Id\tname=Bad\n"
                 "PLANET\tmars\tname=Mars\n"
                 "PERSON\tjohn-doe\tname=John Doe\troles=president@atlantis:2020-13-01..\n"
                 "PERSON\tjane-roe\tname=Jane Roe\tcolour=blue\n"
                 "COUNTRY\tatlantis\tname=Atlantis Again\n"
                 "ALIAS\tnowhere\taliases=Nowhere\n"
                 "PERSON\tmax-mustermann\tname=Max Mustermann\troles=president@atlantis:2020..\n"
                 "PERSON\tno-name\taliases=Nobody\n"
                 "PERSON\tbad-ref\tname=Bad Ref\troles=king@narnia:2001..\n"
                 "ORGANIZATION\tempty-list\tname=Empty\taliases=A||B\n"
                 "WORDS\tpreposition\twords=of\n"
                 "WORDS\tpossessive\n"
                 "TITLE\tpeer\twords=peer\tresolve=maybe\n"
                 "DESCRIPTION\tbloc\twords=bloc\tentities=atlantis-union\ttypes=PERSON\n"
                 "DESCRIPTION\tunion\twords=bloc|pact\n"
                 "DESCRIPTION\tnothing\theads=Union\n"};
  std::vector<DataError> errors;
  Gazetteer g = Gazetteer::Build({bad}, &errors);
  INFO(FormatErrors(errors));
  CHECK(testing::HasDataError(errors, "test.tsv", 3, 9, "slug"));
  CHECK(testing::HasDataError(errors, "test.tsv", 4, 1, "unknown record kind"));
  CHECK(testing::HasDataError(errors, "test.tsv", 5, 56, "invalid date"));
  CHECK(testing::HasDataError(errors, "test.tsv", 6, 31, "unknown field 'colour'"));
  CHECK(testing::HasDataError(errors, "test.tsv", 7, 9, "duplicate id"));
  CHECK(testing::HasDataError(errors, "test.tsv", 8, 7, "ALIAS for an id"));
  CHECK(testing::HasDataError(errors, "test.tsv", 10, 30, "missing name"));
  CHECK(testing::HasDataError(errors, "test.tsv", 11, 40, "unknown entity id"));
  CHECK(testing::HasDataError(errors, "test.tsv", 12, 46, "empty item"));
  CHECK(testing::HasDataError(errors, "test.tsv", 13, 7, "unknown WORDS id"));
  CHECK(testing::HasDataError(errors, "test.tsv", 14, 17, "missing words="));
  CHECK(
      testing::HasDataError(errors, "test.tsv", 15, 31, "resolve must be yes, no or counterpart"));
  CHECK(testing::HasDataError(errors, "test.tsv", 16, 38, "unknown entity id"));
  CHECK(testing::HasDataError(errors, "test.tsv", 16, 59,
                              "expected ORGANIZATION, ARMED_GROUP or MEDIA"));
  CHECK(testing::HasDataError(errors, "test.tsv", 17, 25, "noun already given"));
  CHECK(testing::HasDataError(errors, "test.tsv", 18, 32, "missing words="));
  for (const DataError& e : errors) CHECK(e.file == "test.tsv");
  // Valid lines, and the valid parts of partly bad ones, still load.
  CHECK(g.Find("atlantis").has_value());
  CHECK(g.Find("atlantis")->name == "Atlantis");
  CHECK(g.Find("john-doe").has_value());
  CHECK(g.Find("jane-roe").has_value());
  CHECK(g.Find("bad-ref").has_value());
  CHECK(g.Find("empty-list").has_value());
  REQUIRE(g.Find("max-mustermann").has_value());
  CHECK(g.RoleHolder(g.FindRole("president"), g.IndexOf("atlantis"), Date(2021, 1, 1)) ==
        g.IndexOf("max-mustermann"));
}

TEST_CASE("at most 32 DESCRIPTION lines", "[gazetteer]") {
  std::string lines;
  for (int i = 0; i < 33; ++i) lines += fmt::format("DESCRIPTION\tkind-{}\twords=noun{}\n", i, i);
  std::vector<DataError> errors;
  Gazetteer::Build({DataSource{"many.tsv", lines}}, &errors);
  INFO(FormatErrors(errors));
  REQUIRE(errors.size() == 1);
  CHECK(testing::HasDataError(errors, "many.tsv", 33, 13, "more than 32 DESCRIPTION lines"));
}

TEST_CASE("user files extend the defaults with ALIAS lines and new entities", "[gazetteer]") {
  std::vector<DataSource> sources = DefaultDataSources();
  sources.push_back(
      {"user.tsv",
       "ALIAS\tiran\taliases=Islamic Republic of Persia\n"
       "PERSON\tjane-envoy\tname=Jane Envoy\troles=special-envoy@iran:2026-01-01..\n"});
  std::vector<DataError> errors;
  Gazetteer g = Gazetteer::Build(sources, &errors);
  CHECK(errors.empty());
  CHECK(g.Find("jane-envoy").has_value());
  CHECK(g.size() == G().size() + 1);
}

TEST_CASE("a name's initialisms match with and without periods", "[gazetteer]") {
  std::vector<DataSource> sources;
  sources.push_back({"user.tsv",
                     "ORGANIZATION\tun-test-board\tname=UN Test Board\tcountry=kenya\n"
                     "ORGANIZATION\tuk-test-office\tname=Test Office\taliases=U.K. Test "
                     "Office\tcountry=united-kingdom\n"});
  absl::StatusOr<Extractor> ex = Extractor::Create({.sources = sources});
  REQUIRE(ex.ok());
  auto ids = [&](std::string_view text) {
    std::set<std::string> out;
    Document doc = *ex->Extract(text, {.date = Date(2024, 3, 1)});
    for (const Mention& m : doc.mentions)
      out.insert(std::string(doc.entity(ex->gazetteer(), m.entity).id));
    return out;
  };
  CHECK(ids("The U.N. Test Board met.").contains("un-test-board"));
  CHECK(ids("The UN Test Board met.").contains("un-test-board"));
  CHECK(ids("The UK Test Office met.").contains("uk-test-office"));
  CHECK(ids("The U.K. Test Office met.").contains("uk-test-office"));
  // The default data: "US Treasury Department" is listed, "U.S. Treasury Department" is not.
  Document doc =
      testing::Extract("The U.S. Treasury Department imposed sanctions on Iran.", Date(2024, 3, 1));
  REQUIRE(doc.triples.size() == 1);
  CHECK(testing::IdOf(doc.triples[0].subject.entity) == "us-treasury");
}

TEST_CASE("namesakes keep every entity at one trie node, in definition order", "[gazetteer]") {
  // 40 people share one name (more than the small-group path handles), each also given the
  // same alias twice; the node lists each person once, in the order they were defined.
  std::string tsv = "COUNTRY\tfreedonia\tname=Freedonia\n";
  for (int i = 0; i < 40; ++i) {
    tsv += fmt::format("PERSON\tjohn-smith-{}\tname=John Smith\taliases=J. Smith|J. Smith\n", i);
  }
  std::vector<DataError> errors;
  Gazetteer g = Gazetteer::Build({{"namesakes.tsv", tsv}}, &errors);
  INFO(FormatErrors(errors));
  CHECK(errors.empty());
  const internal::GazetteerTrie& trie = internal::GazetteerInternals::Trie(g);
  internal::GazetteerNode node = internal::kGazetteerRoot;
  for (std::string_view word : {"john", "smith"}) node = trie.Child(node, NormalizedKey(word));
  REQUIRE(node != 0);
  std::span<const internal::AliasEntry> entries = trie.EntriesOf(node);
  REQUIRE(entries.size() == 40);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CHECK(g.entity(entries[i].entity).id == fmt::format("john-smith-{}", i));
  }
  CHECK(g.alias_count() == 1 + 40 + 40);  // Freedonia, the names, one "J. Smith" each
  for (EntityIndex i = 0; i < g.size(); ++i) CHECK(g.IndexOf(g.entity(i).id) == i);
  CHECK(g.IndexOf("john-smith") == kNoEntity);
  CHECK_FALSE(g.Find("nobody").has_value());
  CHECK(g.entity(1).DefinedAt() == "namesakes.tsv:2");
  CHECK(g.memory_bytes() > 0);
  // It counts at least the alias entries and the entities' ids and names.
  std::size_t strings = 0;
  for (EntityIndex i = 0; i < g.size(); ++i)
    strings += g.entity(i).id.size() + g.entity(i).name.size();
  CHECK(g.memory_bytes() >= g.alias_count() * sizeof(internal::AliasEntry) + strings);
}

TEST_CASE("the embedded data is every data file, byte for byte, the large ones included",
          "[gazetteer]") {
  const std::vector<DataSource> sources = DefaultDataSources();
  REQUIRE(sources.size() > 20);
  std::size_t largest = 0;
  for (const DataSource& s : sources) {
    INFO(s.name);
    absl::StatusOr<DataSource> file = ReadDataFile(std::string(ATTACHE_SOURCE_DIR) + "/" + s.name);
    REQUIRE(file.ok());
    CHECK(file->content == s.content);
    largest = std::max(largest, s.content.size());
  }
  CHECK(largest > 65536);  // a file cut into several literals is whole again
}

}  // namespace
}  // namespace attache
