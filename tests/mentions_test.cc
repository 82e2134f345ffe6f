#include <catch2/catch.hpp>

#include "test_util.h"

namespace attache {
namespace {

using testing::Extract;
using testing::IdOf;
using testing::MentionIds;
using testing::SpanText;

}  // namespace

const Mention* MentionWithText(const Document& doc, std::string_view text) {
  for (const Mention& m : doc.mentions) {
    if (SpanText(doc, m.begin, m.end) == text) return &m;
  }
  return nullptr;
}

namespace {

TEST_CASE("title chains become one mention of the person", "[mentions]") {
  Document doc = Extract(
      "Belarusian President Alexander Lukashenko flew to Tehran to see Iranian Supreme Leader "
      "Ali Khamenei, then Ayatollah Seyyed Ali Khamenei received him.");
  const Mention* m = MentionWithText(doc, "Belarusian President Alexander Lukashenko");
  REQUIRE(m != nullptr);
  CHECK(IdOf(m->entity) == "alexander-lukashenko");
  CHECK(m->how == MatchKind::kTitle);
  CHECK(IdOf(m->role_of) == "belarus");
  CHECK(testing::DefaultExtractor().gazetteer().role_name(m->role) == "president");
  m = MentionWithText(doc, "Iranian Supreme Leader Ali Khamenei");
  REQUIRE(m != nullptr);
  CHECK(IdOf(m->entity) == "ali-khamenei");
  m = MentionWithText(doc, "Ayatollah Seyyed Ali Khamenei");
  REQUIRE(m != nullptr);
  CHECK(IdOf(m->entity) == "ali-khamenei");
  m = MentionWithText(doc, "Tehran");
  REQUIRE(m != nullptr);
  CHECK(IdOf(m->entity) == "iran");
  CHECK(m->how == MatchKind::kCapital);
}

TEST_CASE("role descriptions resolve by the document date", "[mentions]") {
  const char* text = "The Iranian president told the Belarusian leader's host nothing.";
  Document in2023 = Extract(text, Date(2023, 3, 13));
  Document in2025 = Extract(text, Date(2025, 8, 20));
  const Mention* a = MentionWithText(in2023, "Iranian president");
  const Mention* b = MentionWithText(in2025, "Iranian president");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(IdOf(a->entity) == "ebrahim-raisi");
  CHECK(IdOf(b->entity) == "masoud-pezeshkian");
  CHECK(a->how == MatchKind::kRole);
}

TEST_CASE("counterpart resolves to the same office in the other country", "[mentions]") {
  Document doc = Extract(
      "Iranian President Masoud Pezeshkian thanked his Belarusian counterpart for the welcome.",
      Date(2025, 8, 20));
  const Mention* m = MentionWithText(doc, "Belarusian counterpart");
  REQUIRE(m != nullptr);
  CHECK(IdOf(m->entity) == "alexander-lukashenko");
  // The country by name after "in" or "from"; a capital there is where they met.
  Document from = Extract(
      "Iranian President Masoud Pezeshkian hosted his counterpart from Belarus in Tehran, and "
      "later called his counterpart in Armenia.",
      Date(2025, 8, 20));
  std::vector<std::string> ids;
  for (const Mention& c : from.mentions) {
    if (c.how == MatchKind::kRole) ids.push_back(IdOf(c.entity));
  }
  CHECK(ids == std::vector<std::string>{"alexander-lukashenko", "vahagn-khachaturyan"});
  Document capital = Extract("Iranian President Masoud Pezeshkian met his counterpart in Minsk.",
                             Date(2025, 8, 20));
  CHECK(MentionWithText(capital, "counterpart") == nullptr);
  // A place after a counterpart named by demonym is where they met, not a posting.
  Document met =
      Extract("Iranian President Masoud Pezeshkian met his Belarusian counterpart in Tehran.",
              Date(2025, 8, 20));
  const Mention* host = MentionWithText(met, "Belarusian counterpart");
  REQUIRE(host != nullptr);
  CHECK(IdOf(host->entity) == "alexander-lukashenko");
}

TEST_CASE("case-aware aliases: US is a country, us is not", "[mentions]") {
  Document doc = Extract("The US told us that WHO experts and the U.S. envoy would come.");
  std::vector<std::string> ids = MentionIds(doc);
  CHECK(ids ==
        std::vector<std::string>{"united-states", "world-health-organization", "united-states"});
}

TEST_CASE("possessives, demonyms and hyphen compounds", "[mentions]") {
  Document doc = Extract(
      "Iran's envoy praised Tehran’s partners, Belarus' exports and the Tehran-Minsk axis; "
      "Pakistani officials listened.");
  std::vector<std::string> ids = MentionIds(doc);
  CHECK(ids == std::vector<std::string>{"iran", "iran", "belarus", "iran", "belarus", "pakistan"});
  CHECK(doc.mentions[0].possessive);
  CHECK(SpanText(doc, doc.mentions[0].begin, doc.mentions[0].end) == "Iran");
  CHECK(doc.mentions[2].possessive);
  CHECK(doc.mentions[5].how == MatchKind::kDemonym);
}

TEST_CASE("longest match wins; accents and case are folded", "[mentions]") {
  Document doc = Extract(
      "The UN Security Council met after VUCIC and Vučić's ally Erdogan spoke with the Washington "
      "Post.");
  std::vector<std::string> ids = MentionIds(doc);
  CHECK(ids == std::vector<std::string>{"un-security-council", "aleksandar-vucic",
                                        "aleksandar-vucic", "recep-tayyip-erdogan",
                                        "washington-post"});
}

TEST_CASE("keep_overlaps returns every candidate span", "[mentions]") {
  ExtractOptions options;
  options.date = Date(2025, 1, 1);
  options.keep_overlapping_mentions = true;
  absl::StatusOr<Document> doc =
      testing::DefaultExtractor().Extract("The Washington Post reported.", options);
  REQUIRE(doc.ok());
  std::vector<std::string> ids = MentionIds(*doc);
  // "The Washington Post", "Washington Post" and "Washington" (capital of the US).
  CHECK(ids == std::vector<std::string>{"washington-post", "washington-post", "united-states"});
}

TEST_CASE("pronouns resolve to the sentence subject or latest compatible mention", "[mentions]") {
  Document doc = Extract(
      "Lukashenko visited China last week. He said it had offered help, and its envoy agreed.");
  const Mention* he = MentionWithText(doc, "He");
  REQUIRE(he != nullptr);
  CHECK(IdOf(he->entity) == "alexander-lukashenko");
  CHECK(he->how == MatchKind::kPronoun);
  const Mention* it = MentionWithText(doc, "it");
  REQUIRE(it != nullptr);
  CHECK(IdOf(it->entity) == "china");
}

TEST_CASE("mention spans are byte offsets into the original text", "[mentions]") {
  const std::string text = "«Zelensky» met Erdoğan in Kyiv.";
  Document doc = Extract(text);
  REQUIRE(doc.mentions.size() == 3);
  for (const Mention& m : doc.mentions) {
    CHECK(text.substr(m.begin, m.end - m.begin) == SpanText(doc, m.begin, m.end));
  }
  CHECK(SpanText(doc, doc.mentions[1].begin, doc.mentions[1].end) == "Erdoğan");
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("surnames and definite descriptions resolve to people seen earlier", "[mentions]") {
  Document doc = testing::Extract(
      "Palestinian Prime Minister Mohammad Mustafa met donors. Mustafa later visited Cairo. "
      "The Belarusian leader stayed home, and the president spoke.",
      Date(2025, 1, 10));
  const Mention* surname = MentionWithText(doc, "Mustafa");
  REQUIRE(surname != nullptr);
  CHECK(IdOf(surname->entity) == "mohammad-mustafa");
  CHECK(surname->how == MatchKind::kSurname);
  const Mention* leader = MentionWithText(doc, "Belarusian leader");
  REQUIRE(leader != nullptr);
  CHECK(IdOf(leader->entity) == "alexander-lukashenko");
  // "the president": the paragraph has named Palestine, Egypt and Belarus, which all have
  // one, so the context does not say whose: unresolved.
  CHECK(MentionWithText(doc, "president") == nullptr);
}

TEST_CASE("a title with the country inside it: the top Saudi diplomat", "[mentions]") {
  Document doc =
      testing::Extract("The top Saudi diplomat called his Omani counterpart.", Date(2025, 1, 1));
  const Mention* m = MentionWithText(doc, "top Saudi diplomat");
  REQUIRE(m != nullptr);
  CHECK(IdOf(m->entity) == "faisal-bin-farhan");
  const Mention* c = MentionWithText(doc, "Omani counterpart");
  REQUIRE(c != nullptr);
  CHECK(IdOf(c->entity) == "badr-albusaidi");
}

TEST_CASE("a generic leader is the head of government where the data says so", "[mentions]") {
  Document doc =
      testing::Extract("The Hungarian leader and the German leader met.", Date(2023, 12, 15));
  std::vector<std::string> ids = testing::MentionIds(doc);
  CHECK(ids == std::vector<std::string>{"viktor-orban", "olaf-scholz"});
}

TEST_CASE("blocked phrases hide the names inside them", "[mentions]") {
  Document doc =
      testing::Extract("Ships crossed the South China Sea toward New Mexico and Latin America.");
  CHECK(doc.mentions.empty());
}

}  // namespace
}  // namespace attache
