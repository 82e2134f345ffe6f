// Who is who: document-first role resolution, dates that are never invented, places.
#include <catch2/catch.hpp>
#include <set>

#include "attache/output.hpp"
#include "test_util.h"

namespace attache {
namespace {

using testing::IdOf;

Document Undated(std::string_view text) {
  absl::StatusOr<Document> doc = testing::DefaultExtractor().Extract(text);
  REQUIRE(doc.ok());
  return *std::move(doc);
}

const Mention* WithText(const Document& doc, std::string_view text) {
  for (const Mention& m : doc.mentions) {
    if (std::string_view(doc.text).substr(m.begin, m.end - m.begin) == text) return &m;
  }
  return nullptr;
}

std::string IdAt(const Document& doc, std::string_view text) {
  const Mention* m = WithText(doc, text);
  return m == nullptr ? "(none)" : IdOf(m->entity);
}

// The id of the mention with `text`, a document's own entity included.
std::string DocIdAt(const Document& doc, std::string_view text) {
  const Mention* m = WithText(doc, text);
  if (m == nullptr) return "(none)";
  return std::string(doc.entity(testing::DefaultExtractor().gazetteer(), m->entity).id);
}

TEST_CASE("an office named with its holder defines it for the document", "[references]") {
  // Dated after Raisi's death: the document, not the date, says who the president is.
  Document doc = testing::Extract(
      "Iranian President Ebrahim Raisi opened the fair in Tabriz last spring.\n"
      "The Iranian president praised the organisers.",
      Date(2025, 3, 1));
  CHECK(IdAt(doc, "Iranian president") == "ebrahim-raisi");
  Document sharif = testing::Extract(
      "Prime Minister Nawaz Sharif of Pakistan spoke in Lahore.\nThe prime minister left.",
      Date(2024, 6, 1));
  CHECK(IdAt(sharif, "prime minister") == "nawaz-sharif");
  // Two countries in the paragraph, each with a foreign minister on the date: the one
  // named in the document is "the foreign minister", before any look at the date.
  Document two = testing::Extract(
      "Spanish Foreign Minister Jose Manuel Albares spoke to reporters in Madrid about "
      "Argentina. The foreign minister said the ambassador would stay in Buenos Aires.",
      Date(2024, 5, 21));
  CHECK(IdAt(two, "foreign minister") == "jose-manuel-albares");
  // Named for neither of the paragraph's countries: not the one named (the date decides).
  Document neither = testing::Extract(
      "Spanish Foreign Minister Jose Manuel Albares spoke in Madrid.\n\nChile and Peru met in "
      "Lima. The foreign minister said talks would go on.",
      Date(2024, 5, 21));
  CHECK(IdAt(neither, "foreign minister") != "jose-manuel-albares");
}

TEST_CASE("a bare description needs a country its paragraph supports", "[references]") {
  // Two countries with presidents in the paragraph: whose is not said.
  Document two = testing::Extract(
      "Egyptian President Abdel Fattah el-Sisi hosted Kenyan President William Ruto. The "
      "president said trade would grow.",
      Date(2024, 6, 1));
  CHECK(WithText(two, "president") == nullptr);
  // One country: its president.
  Document one = testing::Extract("Kenya hosted a trade fair on Tuesday. The president opened it.",
                                  Date(2024, 6, 1));
  CHECK(IdAt(one, "president") == "william-ruto");
}

// The entities a plural description was resolved to, as "id id" ("" when none).
std::string GroupAt(const Document& doc, std::string_view text) {
  std::string out;
  for (const Mention& m : doc.mentions) {
    if (m.how == MatchKind::kGroup &&
        std::string_view(doc.text).substr(m.begin, m.end - m.begin) == text) {
      out += (out.empty() ? "" : " ") + IdOf(m.entity);
    }
  }
  return out;
}

TEST_CASE("a plural description left to recency alone stays unresolved", "[references]") {
  // Three countries named once each: which two "both countries" are is not said.
  Document three = testing::Extract(
      "Armenia and Azerbaijan agreed to reopen the border.\n\nIndian Foreign Minister "
      "Subrahmanyam Jaishankar praised the step taken by both countries.",
      Date(2021, 6, 1));
  CHECK(GroupAt(three, "both countries").empty());
  Document trio = testing::Extract(
      "Ethiopia, Eritrea and Sudan sent delegations to Cairo. Both sides agreed to meet again.",
      Date(2023, 6, 1));
  CHECK(GroupAt(trio, "Both sides").empty());
  // The pair is named more often than the third: it is the pair.
  Document pair = testing::Extract(
      "Kenya and Somalia restored ties on Monday. Kenya will reopen its embassy in Somalia, "
      "Qatar said. The two countries signed a trade deal.",
      Date(2022, 6, 1));
  CHECK(GroupAt(pair, "two countries") == "kenya somalia");
}

TEST_CASE("a title before a name we do not know names a person of the document's own",
          "[references]") {
  // The text names the office's holder; he is not in the data: he becomes the document's
  // own entity, and the later description and surname are his — never the data's holder.
  Document doc = testing::Extract(
      "Kenyan President John Mwangi met Somali President Ali Farah in Nairobi.\n"
      "The Kenyan president said trade would grow. Mwangi flew home.",
      Date(2024, 6, 1));
  for (const Mention& m : doc.mentions) {
    CHECK(IdOf(m.entity) != "william-ruto");
    CHECK(IdOf(m.entity) != "hassan-sheikh-mohamud");
  }
  const Mention* mwangi = WithText(doc, "Kenyan President John Mwangi");
  REQUIRE(mwangi != nullptr);
  REQUIRE(IsLocalEntity(mwangi->entity));
  const Entity e = doc.entity(testing::DefaultExtractor().gazetteer(), mwangi->entity);
  CHECK(e.id == "john-mwangi");
  CHECK(e.name == "John Mwangi");
  CHECK(e.type == EntityType::kPerson);
  CHECK(mwangi->role_of != kNoEntity);
  CHECK(DocIdAt(doc, "Somali President Ali Farah") == "ali-farah");
  CHECK(DocIdAt(doc, "Kenyan president") == "john-mwangi");
  CHECK(DocIdAt(doc, "Mwangi") == "john-mwangi");
  CHECK(doc.local_entities.size() == 2);
  // Triples name them by their ids; their actor code is their title's country's.
  REQUIRE(doc.triples.size() == 1);
  const Gazetteer& g = testing::DefaultExtractor().gazetteer();
  CHECK(doc.entity(g, doc.triples[0].subject.entity).id == "john-mwangi");
  CHECK(ActorCode(doc, g, doc.triples[0].subject) == "KENGOV");
  REQUIRE(doc.triples[0].object.has_value());
  CHECK(ActorCode(doc, g, *doc.triples[0].object) == "SOMGOV");
  // The next document through the same extractor knows no Mwangi.
  Document next = testing::Extract("Mwangi flew to Kampala on Friday.", Date(2024, 6, 1));
  CHECK(next.local_entities.empty());
  CHECK(WithText(next, "Mwangi") == nullptr);
  // A name ends before a day or month word; five capitalised words are too many to read.
  Document dated = testing::Extract("Ugandan President Grace Okello Monday said trade would grow.",
                                    Date(2024, 6, 1));
  REQUIRE(dated.local_entities.size() == 1);
  CHECK(dated.local_entities[0].id == "grace-okello");
  Document long_name = testing::Extract(
      "Ugandan President Grace Akello Okot Obura Lamwaka said trade would grow.", Date(2024, 6, 1));
  CHECK(long_name.local_entities.empty());
  // Accents are dropped from the id; the name keeps them.
  Document accented =
      testing::Extract("Peruvian Defence Minister José Núñez Peña resigned.", Date(2024, 6, 1));
  REQUIRE(accented.local_entities.size() == 1);
  CHECK(accented.local_entities[0].id == "jose-nunez-pena");
  CHECK(accented.local_entities[0].name == "José Núñez Peña");
  // One unknown word after a title is too little to name someone.
  Document single = testing::Extract(
      "Prime Minister Okonjo spoke in Addis Ababa on Monday. Ethiopia will not pay, the prime "
      "minister said.",
      Date(2024, 6, 1));
  CHECK(WithText(single, "prime minister") == nullptr);
  CHECK(single.local_entities.empty());
  // In a title-case headline the capitalised words after a title are no name.
  Document headline = testing::Extract("Foreign Minister Says Talks Will Resume", Date(2024, 6, 1));
  CHECK(headline.local_entities.empty());
  // Known names still resolve, and a title-case headline word is no name.
  Document known = testing::Extract(
      "Kenyan President William Ruto met President Biden.\n\nKenyan President Hosts Somali "
      "Leader",
      Date(2024, 6, 1));
  CHECK(IdAt(known, "Kenyan President William Ruto") == "william-ruto");
  CHECK(IdAt(known, "Kenyan President") == "william-ruto");
  CHECK(known.local_entities.empty());
}

// The document's own entity the mention with `text` names: its id and type, or "(none)".
std::string LocalAt(const Document& doc, std::string_view text) {
  const Mention* m = WithText(doc, text);
  if (m == nullptr || !IsLocalEntity(m->entity)) return "(none)";
  const Entity e = doc.entity(testing::DefaultExtractor().gazetteer(), m->entity);
  return std::string(e.id) + (e.type == EntityType::kPerson ? " person" : " organization");
}

// The id of the mention with `text` and of the country it was named with ("(none)" if
// there is no such mention).
std::string IdAndCountryAt(const Document& doc, std::string_view text) {
  const Mention* m = WithText(doc, text);
  if (m == nullptr) return "(none)";
  return DocIdAt(doc, text) + " of " + IdOf(m->role_of);
}

TEST_CASE("people the gazetteer lacks: a noun for a person before, or an apposition after",
          "[references]") {
  const Date date(2024, 6, 1);
  // A noun for a person right before the name.
  Document noun = testing::Extract(
      "Police detained rights activist Marta Quenum outside the court. Quenum was freed later.",
      date);
  CHECK(LocalAt(noun, "Marta Quenum") == "marta-quenum person");
  CHECK(LocalAt(noun, "Quenum") == "marta-quenum person");
  Document chairman =
      testing::Extract("Committee Chairman Tobias Wren told reporters the vote would wait.", date);
  CHECK(LocalAt(chairman, "Tobias Wren") == "tobias-wren person");
  // Its country: a demonym or possessive just before the noun.
  Document country =
      testing::Extract("Ghanaian transport minister Kofi Adusei-Mensah inspected the port.", date);
  CHECK(IdAndCountryAt(country, "Kofi Adusei-Mensah") == "kofi-adusei-mensah of ghana");
  // An apposition after the name that says what the person is, or "who".
  Document after = testing::Extract(
      "Irma Valdivieso, the ombudsman of Peru, criticised the raid. Tomas Ekberg, a senior "
      "Swedish diplomat, left Minsk. Ana Paula de Sousa, who leads the union, spoke.",
      date);
  CHECK(LocalAt(after, "Irma Valdivieso") == "irma-valdivieso person");
  CHECK(LocalAt(after, "Tomas Ekberg") == "tomas-ekberg person");
  CHECK(LocalAt(after, "Ana Paula de Sousa") == "ana-paula-de-sousa person");
  // A title, then the holder in apposition: the person, with the title's country.
  Document titled = testing::Extract(
      "Malawi's president, Chikondi Banda, met Zambian officials in Lilongwe.", date);
  CHECK(IdAndCountryAt(titled, "Malawi's president, Chikondi Banda") == "chikondi-banda of malawi");
  // No cue, a place, a headline, a name inside a longer capitalised phrase: no one.
  Document none = testing::Extract(
      "Marta Quenum left early. Riders gathered on Kimathi Street, where police waited. "
      "Activist Ana Pereira Lopes Da Costa Neto spoke.\n\nActivist Marta Quenum Leads March",
      date);
  CHECK(none.local_entities.empty());
}

TEST_CASE("an abbreviated rank before a name makes a local person", "[references]") {
  const Date date(2024, 6, 1);
  Document doc = testing::Extract(
      "Troops led by Gen. Tomas Ekberg Varela seized the airport. Col. Irma Valdivieso said "
      "Lt. Ana Quispe was wounded. Sgt. Pepper's band played.",
      date);
  CHECK(LocalAt(doc, "Tomas Ekberg Varela") == "tomas-ekberg-varela person");
  CHECK(LocalAt(doc, "Irma Valdivieso") == "irma-valdivieso person");
  CHECK(LocalAt(doc, "Ana Quispe") == "ana-quispe person");
}

TEST_CASE("a capital inside a longer name: a document names no one, an institution is a place",
          "[references]") {
  const Date date(2024, 6, 1);
  for (const char* text : {"The Foreign Ministry condemned the breach of the Vienna Convention.",
                           "Both sides signed the Paris Agreement in 2016."}) {
    INFO(text);
    Document doc = testing::Extract(text, date);
    CHECK(doc.mentions.empty());
    CHECK(doc.triples.empty());
  }
  Document court = testing::Extract(
      "Imran Khan was arrested by paramilitary forces at the Islamabad High Court.", date);
  CHECK(IdAt(court, "Islamabad") == "pakistan");
  for (const Mention& m : court.mentions) {
    // "paramilitary forces" are Pakistan's (how: agent), where the sentence is set.
    if (testing::IdOf(m.entity) == "pakistan" && m.how != MatchKind::kAgent) {
      CHECK(m.how == MatchKind::kPlace);
    }
  }
  REQUIRE(court.triples.size() == 1);
  CHECK(testing::IdOf(court.triples[0].subject.entity) == "pakistan");
  // A headline's capitalised verb does not make a name.
  Document headline = testing::Extract("Tehran Rejects Claims Over Drones", date);
  CHECK(IdAt(headline, "Tehran") == "iran");
}

TEST_CASE("a description followed by a foreign posting names no office-holder", "[references]") {
  const Date date(2024, 6, 1);
  Document doc = testing::Extract(
      "India summoned Canada's top diplomat in New Delhi. Canada's top diplomat said on "
      "Monday that talks would go on.",
      date);
  int roles = 0;
  for (const Mention& m : doc.mentions) roles += m.how == MatchKind::kRole;
  CHECK(roles == 1);  // the second, at home, is the foreign minister
  REQUIRE(!doc.triples.empty());
  CHECK(testing::IdOf(doc.triples[0].object->entity) == "canada");
}

TEST_CASE("'we' and 'our' in a quotation are the speaker's side", "[references]") {
  const Date date(2024, 6, 1);
  auto we = [&](std::string_view text) {
    std::vector<std::string> out;
    Document doc = testing::Extract(text, date);
    for (const Mention& m : doc.mentions) {
      const std::string_view word = std::string_view(doc.text).substr(m.begin, m.end - m.begin);
      if (word == "we" || word == "We" || word == "our" || word == "Our") {
        out.push_back(testing::IdOf(m.entity));
      }
    }
    return out;
  };
  // A person speaks for the country of their title; a country or organisation for itself.
  CHECK(we("“We will defend our borders,” Kenyan President William Ruto said.") ==
        std::vector<std::string>{"kenya", "kenya"});
  CHECK(we("Chile said: “We are ready to talk.”") == std::vector<std::string>{"chile"});
  CHECK(we("“We will respond,” said ECOWAS.") == std::vector<std::string>{"ecowas"});
  // "he said" after the quotation, with its person named before.
  CHECK(we("Kenyan President William Ruto spoke in Nairobi. “Our doors are open,” he said.") ==
        std::vector<std::string>{"kenya"});
  // No speaker, or a name after the verb that is not its speaker, or no quotation: no one.
  CHECK(we("“We are ready,” he said after meeting William Ruto.").empty());
  CHECK(we("Activists said “we will march again”.").empty());
  // A nationality is no office: an activist speaks for no country.
  CHECK(we("“We will keep marching,” Kenyan activist Marta Quenum said.").empty());
  CHECK(we("We met Chile's envoy in Santiago.").empty());
}

TEST_CASE("a title joined to -elect names no holder; honorifics stay out of local names",
          "[references]") {
  const Date date(2016, 11, 10);
  Document doc = testing::Extract(
      "Muhammadu Buhari met Donald Trump, who will serve as the President-elect of the United "
      "States until January.",
      date);
  for (const Mention& m : doc.mentions) CHECK(m.how != MatchKind::kRole);
  Document local =
      testing::Extract("Kenyan activist Mr John Mwangi spoke. Mwangi later left Nairobi.", date);
  CHECK(LocalAt(local, "Mr John Mwangi") == "john-mwangi person");
  int named = 0;
  for (const Mention& m : local.mentions) {
    named += local.entity(testing::DefaultExtractor().gazetteer(), m.entity).id == "john-mwangi";
  }
  CHECK(named == 2);  // and the surname later
}

TEST_CASE("a leader's government is the leader's country", "[references]") {
  const Date date(2021, 6, 1);
  Document doc = testing::Extract(
      "Protesters marched against Daniel Ortega's government in Managua. Vladimir Putin's "
      "regime criticized Ukraine. Nicolas Maduro met Daniel Ortega.",
      date);
  // The government noun is the country's mention; the leader's name stays the leader's.
  CHECK(IdAt(doc, "government") == "nicaragua");
  CHECK(IdAt(doc, "regime") == "russia");
  CHECK(IdAt(doc, "Daniel Ortega") == "daniel-ortega");
  CHECK(IdAt(doc, "Vladimir Putin") == "vladimir-putin");
  std::set<std::string> triples;
  for (const Triple& t : doc.triples) {
    triples.insert(testing::IdOf(t.subject.entity) + " " + t.plover + " " +
                   (t.object ? testing::IdOf(t.object->entity) : "-"));
  }
  CHECK(triples == std::set<std::string>{"nicaragua PROTEST nicaragua", "russia ACCUSE ukraine",
                                         "nicolas-maduro CONSULT daniel-ortega"});
  // Denying someone something is no denial.
  Document denying =
      testing::Extract("Nicaragua targeted protesters by denying them medical care.", date);
  for (const Triple& t : denying.triples) CHECK(t.plover != "REJECT");
}

TEST_CASE("region adjectives are no demonyms", "[references]") {
  const Date date(2024, 6, 1);
  for (const char* text :
       {"The landlocked South American country held elections.",
        "Latin American leaders met in Bogota.", "The Inter-American Court ruled on Friday."}) {
    INFO(text);
    Document doc = testing::Extract(text, date);
    for (const Mention& m : doc.mentions) CHECK(testing::IdOf(m.entity) != "united-states");
  }
  Document us = testing::Extract("American officials met in Bogota.", date);
  CHECK(IdAt(us, "American") == "united-states");
}

TEST_CASE("the country: the one country its paragraph, or the one before, names", "[references]") {
  const Date date(2024, 6, 1);
  Document one = testing::Extract(
      "Floods hit Malawi in March. The country asked for help, and the landlocked southern "
      "African nation later thanked donors.\n\nThe country has since rebuilt roads.",
      date);
  CHECK(IdAt(one, "The country") == "malawi");
  CHECK(IdAt(one, "the landlocked southern African nation") == "malawi");
  int described = 0;
  for (const Mention& m : one.mentions) described += m.how == MatchKind::kRole;
  CHECK(described == 3);
  // Two countries in the paragraph, or none in it and the one before: no one.
  Document two = testing::Extract(
      "Ghana and Togo signed a trade deal. The country will export cocoa.\n\nRain fell."
      "\n\nThe country is calm.",
      date);
  for (const Mention& m : two.mentions) CHECK(m.how != MatchKind::kRole);
  // "a country" is no description of one.
  Document indefinite = testing::Extract("Chile said a country had offered help.", date);
  for (const Mention& m : indefinite.mentions) CHECK(m.how != MatchKind::kRole);
  // Islands and kingdoms are described so too.
  Document island = testing::Extract(
      "Storms hit Fiji on Sunday. Police evacuated villages across the island.\n\nJordan "
      "closed its border. The kingdom later reopened it.",
      date);
  CHECK(IdAt(island, "the island") == "fiji");
  CHECK(IdAt(island, "The kingdom") == "jordan");
}

TEST_CASE("an organisation's description: the one of its kind the document has named",
          "[references]") {
  const Date date(2024, 6, 1);
  // Listed by id ("bloc"), or by the head word of its name as written ("agency", "panel").
  Document bloc = testing::Extract(
      "Leaders of the Southern African Development Community met in Harare on Friday. The "
      "regional bloc urged calm in Mozambique, and the 16-member bloc's envoys will visit.",
      date);
  CHECK(IdAt(bloc, "The regional bloc") == "southern-african-development-community");
  CHECK(IdAt(bloc, "the 16-member bloc") == "southern-african-development-community");
  Document agency = testing::Extract(
      "The Border Inspection Service seized the cargo at dawn. The agency said the trucks "
      "carried fuel. A panel of the Peruvian Senate asked why; the Ethics Committee met and "
      "the committee called the minister.",
      date);
  CHECK(DocIdAt(agency, "The agency") == DocIdAt(agency, "Border Inspection Service"));
  CHECK(DocIdAt(agency, "the committee") == DocIdAt(agency, "Ethics Committee"));
  // An armed group by its type; the description's possessive is kept.
  Document group = testing::Extract(
      "Al-Shabaab fighters attacked a base near Kismayo. The militant group's radio claimed "
      "the raid.",
      date);
  CHECK(IdAt(group, "The militant group") == "al-shabaab");
  const Mention* possessive = WithText(group, "The militant group");
  REQUIRE(possessive != nullptr);
  CHECK(possessive->possessive);
}

TEST_CASE("an organisation's description stays unresolved when the text is not sure",
          "[references]") {
  const Date date(2024, 6, 1);
  auto described = [](const Document& doc) {
    int n = 0;
    for (const Mention& m : doc.mentions) {
      n += m.how == MatchKind::kRole && m.type != EntityType::kPerson &&
           m.type != EntityType::kCountry;
    }
    return n;
  };
  // Two blocs named: which one "the bloc" is, the text does not say.
  CHECK(described(testing::Extract(
            "ASEAN and the European Union opened trade talks. The bloc said tariffs would fall.",
            date)) == 0);
  // The noun modifies another ("the party leader") or heads a phrase of its own ("the
  // credibility of the bloc" is no bloc, "the alliance of farmers" no alliance).
  CHECK(described(testing::Extract(
            "NATO met in Vilnius. The Ennahdha Party held a rally. The party leader spoke, and "
            "the alliance of farmers marched.",
            date)) == 0);
  CHECK(IdAt(testing::Extract("NATO met in Vilnius. Turkey questioned the credibility of the "
                              "alliance.",
                              date),
             "the credibility of the alliance") == "(none)");
  // Nothing of the kind named before: a description never reaches forward.
  CHECK(described(testing::Extract("The bloc will meet in Lusaka. ECOWAS sent observers.", date)) ==
        0);
  // Named too long ago: many paragraphs later, "the agency" may be any agency.
  std::string far = "The Border Inspection Service seized the cargo.\n\n";
  for (int i = 0; i < 8; ++i) far += "Rain fell on the hills again.\n\n";
  far += "The agency said the roads were closed.";
  CHECK(described(testing::Extract(far, date)) == 0);
  // A modifier the description does not list makes another kind; "that" is no article.
  CHECK(described(testing::Extract(
            "Al-Shabaab fighters attacked a base. Amnesty International condemned the raid. "
            "The rights group said nine died, and a state news agency said that militia "
            "fighters fled.",
            date)) == 0);
  // Only a hyphen joins a compound: "rights/aid" is two words no armed group is described by.
  CHECK(described(testing::Extract(
            "Al-Shabaab fighters attacked a base. The rights/aid group said nine died.", date)) ==
        0);
  // After an unnamed one of the kind, "the court" may be that one.
  CHECK(described(testing::Extract("The ICC issued a warrant. Later a court in Lahore jailed "
                                   "the minister, and the court said he lied.",
                                   date)) == 0);
  // A name that is itself a description's mention ("the Alliance" is NATO's) stays one
  // mention.
  Document alliance =
      testing::Extract("AUKUS leaders met in Canberra. The Alliance condemned the strike.", date);
  CHECK(described(alliance) == 0);
  CHECK(IdAt(alliance, "The Alliance") == "nato");
}

TEST_CASE("an organisation's head word may come from any of its names", "[references]") {
  // "BRX" is the name; "Beacon Relief Agency", an alias, gives the head word.
  ExtractorConfig config;
  config.sources.push_back(
      {"user.tsv", "ORGANIZATION\tbeacon-relief\tname=BRX\taliases=Beacon Relief Agency\n"});
  absl::StatusOr<Extractor> ex = Extractor::Create(config);
  REQUIRE(ex.ok());
  absl::StatusOr<Document> doc =
      ex->Extract("BRX trucks reached Goma on Monday. The agency said more would follow.");
  REQUIRE(doc.ok());
  const Mention* agency = WithText(*doc, "The agency");
  REQUIRE(agency != nullptr);
  CHECK(std::string(doc->entity(ex->gazetteer(), agency->entity).id) == "beacon-relief");
}

TEST_CASE("organisations the gazetteer lacks: initials, or a noun that ends a name",
          "[references]") {
  const Date date(2024, 6, 1);
  Document initials = testing::Extract(
      "The Movement for Democratic Renewal (MDR) rejected the result. The MDR said it would "
      "appeal, and the Northern Farmers Association backed it.",
      date);
  CHECK(LocalAt(initials, "Movement for Democratic Renewal") ==
        "movement-for-democratic-renewal organization");
  CHECK(LocalAt(initials, "MDR") == "movement-for-democratic-renewal organization");
  CHECK(LocalAt(initials, "Northern Farmers Association") ==
        "northern-farmers-association organization");
  // A longer name ending in an earlier one names the same organisation, by the longer name.
  Document longer = testing::Extract(
      "Chile and Peru set up a Joint Border Commission. The first meeting of the Chile-Peru "
      "Joint Border Commission was held in Lima.",
      date);
  const Mention* first = WithText(longer, "Joint Border Commission");
  const Mention* second = WithText(longer, "Chile-Peru Joint Border Commission");
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(first->entity == second->entity);
  CHECK(LocalAt(longer, "Joint Border Commission") ==
        "chile-peru-joint-border-commission organization");
  // Initials after the name of a thing, known initials, a name the gazetteer has: no new
  // organisation; initials given to a known name name it.
  Document things = testing::Extract(
      "Ethiopia filled the Upper Blue Nile Dam (UBND) again. The Economic Community of West "
      "African States (ECOWAS) met, and Tehreek-e-Insaf (TI) protested.",
      date);
  CHECK(things.local_entities.empty());
  CHECK(IdAt(things, "TI") == "pakistan-tehreek-e-insaf");
}

TEST_CASE("undated documents: the named office-holders narrow the date", "[references]") {
  Document hafez = Undated(
      "Syrian President Hafez al-Assad received U.S. President Bill Clinton in Damascus.\n"
      "The Syrian president spoke for an hour.");
  CHECK(hafez.date_source == DateSource::kInferred);
  CHECK(IdAt(hafez, "Syrian President Hafez al-Assad") == "hafez-al-assad");
  CHECK(IdAt(hafez, "Syrian president") == "hafez-al-assad");
  CHECK(hafez.date_range.from >= Date(1993, 1, 20));
  CHECK(hafez.date_range.to <= Date(2000, 6, 10));
  Document raisi = Undated(
      "Ebrahim Raisi met Alexander Lukashenko in Tehran.\nThe Iranian president thanked him.");
  CHECK(raisi.date_source == DateSource::kInferred);
  CHECK(IdAt(raisi, "Iranian president") == "ebrahim-raisi");
}

TEST_CASE("no date anywhere: an office that changed hands stays unresolved", "[references]") {
  Document doc = Undated("The Iranian president and the French president spoke by phone.");
  CHECK(doc.date_source == DateSource::kNone);
  CHECK(WithText(doc, "Iranian president") == nullptr);
  CHECK(WithText(doc, "French president") == nullptr);
}

TEST_CASE("dates come from the dateline, then the text", "[references]") {
  std::string padding(700, ' ');
  Document text = Undated("Officials met." + padding + "The deal was signed on July 15, 2022.");
  CHECK(text.date_source == DateSource::kText);
  CHECK(text.date == Date(2022, 7, 15));
  Document dateline = Undated("KAMPALA, 3 Sept. 2019 - Ministers met.");
  CHECK(dateline.date_source == DateSource::kDateline);
  CHECK(dateline.date == Date(2019, 9, 3));
  Document invalid = Undated("Nothing happened on February 30, 2021.");
  CHECK(invalid.date_source != DateSource::kText);
}

TEST_CASE("capitals named as places are marked, metonyms are not", "[references]") {
  Document doc = testing::Extract(
      "NAIROBI, Kenya - Police dispersed crowds in central Nairobi. Nairobi rejected the "
      "report. Aid reached the Afghan capital, Kabul, and talks in Doha resumed.");
  std::vector<std::string> places, capitals;
  for (const Mention& m : doc.mentions) {
    std::string text(std::string_view(doc.text).substr(m.begin, m.end - m.begin));
    if (m.how == MatchKind::kPlace) places.push_back(text);
    if (m.how == MatchKind::kCapital) capitals.push_back(text);
  }
  CHECK(places == std::vector<std::string>{"NAIROBI", "Nairobi", "Kabul", "Doha"});
  CHECK(capitals == std::vector<std::string>{"Nairobi"});
}

TEST_CASE("cities locate agents but never speak for the country", "[references]") {
  Document doc = testing::Extract("Police in Karachi arrested protesters. Lahore said nothing.");
  const Mention* karachi = WithText(doc, "Karachi");
  REQUIRE(karachi != nullptr);
  CHECK(IdOf(karachi->entity) == "pakistan");
  CHECK(karachi->how == MatchKind::kPlace);
  const Triple* arrest = testing::FindTriple(doc, "pakistan", "arrested", "pakistan");
  REQUIRE(arrest != nullptr);
  CHECK(arrest->subject.sector == Sector::kCop);
  for (const Triple& t : doc.triples) CHECK(t.predicate != "denied");
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("persons stay persons: interim titles and 'of' offices", "[references]") {
  Document doc = testing::Extract(
      "Libya's acting Prime Minister Abdul Hamid Dbeibah met the Prime Minister of Pakistan "
      "Shehbaz Sharif. The President of the European Commission, Ursula von der Leyen, "
      "joined them.",
      Date(2024, 3, 1));
  const Mention* dbeibah = WithText(doc, "Libya's acting Prime Minister Abdul Hamid Dbeibah");
  REQUIRE(dbeibah != nullptr);
  CHECK(IdOf(dbeibah->role_of) == "libya");
  CHECK(IdAt(doc, "Prime Minister of Pakistan Shehbaz Sharif") == "shehbaz-sharif");
  const Mention* office = WithText(doc, "President of the European Commission");
  REQUIRE(office != nullptr);
  CHECK(IdOf(office->entity) == "ursula-von-der-leyen");
  CHECK(IdOf(office->role_of) == "european-commission");
  // The country after "of" decides, not the story's other countries.
  Document of = testing::Extract(
      "Kenyan President William Ruto spoke.\nThe president of Ghana replied.", Date(2024, 3, 1));
  CHECK(IdAt(of, "president of Ghana") == "nana-akufo-addo");
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("a past holder's description names no one", "[references]") {
  Document doc = testing::Extract(
      "Former Pakistan Prime Minister Nawaz Sharif returned. The former Iranian president "
      "stayed home, and then the Kenyan president left. Ex-Prime Minister of Japan spoke.",
      Date(2023, 10, 21));
  CHECK(IdAt(doc, "Pakistan Prime Minister Nawaz Sharif") == "nawaz-sharif");
  CHECK(WithText(doc, "Iranian president") == nullptr);
  CHECK(IdAt(doc, "Kenyan president") == "william-ruto");
  CHECK(WithText(doc, "Prime Minister of Japan") == nullptr);
}

TEST_CASE("a title several people hold names the one person the document named with it",
          "[references]") {
  const Date date(2025, 4, 1);
  Document envoy = testing::Extract(
      "US envoy Steve Witkoff landed in Muscat on Friday. The envoy met Omani officials.", date);
  CHECK(IdAt(envoy, "envoy") == "steve-witkoff");
  Document ambassador = testing::Extract(
      "Ghana summoned Togo's ambassador, Kodjo Amegee. The ambassador was handed a protest note.",
      date);
  CHECK(DocIdAt(ambassador, "ambassador") == "kodjo-amegee");
  // Two named, or none: no one ("the spokesman" is not the ambassador).
  Document two = testing::Extract(
      "Ghana summoned Togo's ambassador, Kodjo Amegee, and Benin's ambassador, Rene Houngbo. "
      "The ambassador left first. The spokesman said nothing.",
      date);
  CHECK(WithText(two, "ambassador") == nullptr);
  CHECK(WithText(two, "spokesman") == nullptr);
}

TEST_CASE("a past holder's description names the past holder the document named", "[references]") {
  const Date date(2023, 10, 21);
  // Named with a past marker and the title: "the former premier" is that person, and the
  // office is not theirs now ("the premier" is the holder on the date).
  Document titled = testing::Extract(
      "Former prime minister Imran Khan appeared in court in Rawalpindi. The premier said "
      "the law would take its course. The former premier denied every charge.",
      date);
  const Mention* present = WithText(titled, "premier");
  REQUIRE(present != nullptr);
  CHECK(IdOf(present->entity) == "anwaar-ul-haq-kakar");
  CHECK_FALSE(present->past);
  std::vector<std::string> former;
  for (const Mention& m : titled.mentions) {
    if (m.how == MatchKind::kRole && m.past) former.push_back(IdOf(m.entity));
  }
  CHECK(former == std::vector<std::string>{"imran-khan"});
  // Named without a title: the one person named who held the office before the date.
  Document named = testing::Extract(
      "Nawaz Sharif flew back to Lahore on Saturday. The former prime minister thanked his "
      "supporters.",
      date);
  CHECK(IdAt(named, "prime minister") == "nawaz-sharif");
  // Two such persons named, or the office of another country: no one.
  Document two = testing::Extract(
      "Nawaz Sharif and Imran Khan spoke on Saturday. The former prime minister left.", date);
  CHECK(WithText(two, "prime minister") == nullptr);
  Document other = testing::Extract(
      "Nawaz Sharif flew to Tokyo. The former Japanese prime minister greeted him.", date);
  CHECK(WithText(other, "Japanese prime minister") == nullptr);
  // "The ex-premier" too; not without "the", nor with the holder in apposition after it.
  Document ex = testing::Extract(
      "Nawaz Sharif flew back to Lahore. The ex-premier thanked his supporters.", date);
  CHECK(IdAt(ex, "premier") == "nawaz-sharif");
  Document loose = testing::Extract(
      "Nawaz Sharif flew back to Lahore. Another former prime minister stayed away, and the "
      "former prime minister, Imran Khan, stayed in jail.",
      date);
  for (const Mention& m : loose.mentions) {
    if (m.how == MatchKind::kRole) CHECK(IdOf(m.entity) != "nawaz-sharif");
  }
  // A role modifier keeps a present holder's description: "the outgoing president".
  Document outgoing = testing::Extract(
      "Chile held a runoff on Sunday. The outgoing president congratulated the winner.",
      Date(2021, 12, 20));
  CHECK(IdAt(outgoing, "president") == "sebastian-pinera");
  // Mentions as JSON Lines say which are past holders.
  const std::string json = MentionsToJsonLines(titled, testing::DefaultExtractor(), "doc");
  CHECK(json.find("\"text\":\"premier\"") != std::string::npos);
  CHECK(json.find("\"past\":true") != std::string::npos);
  CHECK(json.find("\"past\":false") != std::string::npos);
}

TEST_CASE("a one-word alias of someone out of office needs the full name first", "[references]") {
  // Someone else's name, a street, a namesake: not the retired leader. The minister is the
  // document's own person.
  Document doc = testing::Extract(
      "Health minister Sonia Castro met riders on Moi Avenue. Mubarak Street was closed.",
      Date(2024, 6, 1));
  for (const Mention& m : doc.mentions) {
    CHECK((m.type != EntityType::kPerson || IsLocalEntity(m.entity)));
  }
  CHECK(DocIdAt(doc, "Sonia Castro") == "sonia-castro");
  // Named in full first, the short form is theirs.
  Document named = testing::Extract(
      "Hosni Mubarak ruled Egypt for three decades. Mubarak resigned in 2011.", Date(2024, 6, 1));
  const Mention* later = WithText(named, "Mubarak");
  REQUIRE(later != nullptr);
  CHECK(IdOf(later->entity) == "hosni-mubarak");
  // After another given name, the one-word alias is someone else's, even undated; a name
  // the person has ("Tayyip Erdogan") and a title-case headline's verb ("Meets") are no
  // other given names.
  Document other = Undated(
      "Police in Tunis detained Karim Ghannouchi on Monday. Crowds cheered Carlos Castro in "
      "Havana.");
  for (const Mention& m : other.mentions) CHECK(m.type != EntityType::kPerson);
  Document own = Undated("Leaders gathered. Later, Tayyip Erdogan spoke.\n\nErdogan Meets Putin");
  CHECK(IdAt(own, "Tayyip Erdogan") == "recep-tayyip-erdogan");
  CHECK(IdAt(own, "Putin") == "vladimir-putin");
  // A spelling of their given name is theirs; a name of several words before the alias is
  // no given name (and reading it leaves the sentence's candidates intact).
  Document spelled = Undated(
      "Kyiv said Vladimir Zelensky met Erdogan. Officials told Voice of America Putin would "
      "visit.");
  CHECK(IdAt(spelled, "Zelensky") == "volodymyr-zelensky");
  CHECK(IdAt(spelled, "Putin") == "vladimir-putin");
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("a caption's 'X (R), apposition, meets Y' gives the pair", "[references]") {
  Document doc = testing::Extract(
      "Emir Tamim bin Hamad Al Thani (R), the ruler of Qatar, meets French President Emmanuel "
      "Macron at the Elysee Palace in Paris. REUTERS/Photographer Name\n"
      "Crown Prince Mohammed bin Salman (L), deputy prime minister of Saudi Arabia, greets "
      "Turkish President Recep Tayyip Erdogan.",
      Date(2024, 5, 2));
  CHECK(testing::FindTriple(doc, "tamim-bin-hamad-al-thani", "met", "emmanuel-macron") != nullptr);
  for (const Triple& t : doc.triples) {
    CHECK(IdOf(t.subject.entity) != "saudi-arabia");
    CHECK(IdOf(t.subject.entity) != "qatar");
  }
  const Mention* office = WithText(doc, "prime minister of Saudi Arabia");
  REQUIRE(office != nullptr);
  CHECK(IdOf(office->entity) == "mohammed-bin-salman");
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("pronouns by agreement and role", "[references]") {
  // "his country": the person's country, one mention.
  Document doc = testing::Extract(
      "Zelensky said his country would keep fighting. Erdogan told reporters his nation "
      "wanted calm.",
      Date(2024, 5, 2));
  CHECK(IdAt(doc, "his country") == "ukraine");
  CHECK(IdAt(doc, "his nation") == "turkey");
  // "his government", "her administration": the country the person serves, which acts.
  Document government = testing::Extract(
      "William Ruto said his government would send aid to Sudan. Javier Milei said his "
      "administration would recall its ambassador from Spain.",
      Date(2024, 5, 2));
  CHECK(IdAt(government, "his government") == "kenya");
  CHECK(IdAt(government, "his administration") == "argentina");
  CHECK(testing::FindTriple(government, "kenya", "supplied-aid-to", "sudan") != nullptr);
  CHECK(testing::FindTriple(government, "william-ruto", "supplied-aid-to", "sudan") == nullptr);
  CHECK(testing::FindTriple(government, "argentina", "recalled-ambassador-from", "spain") !=
        nullptr);
  // After a noun's "that", the nearest mention, passing over the claimant.
  Document charges = testing::Extract(
      "Canada imposed sanctions on Iran over claims that it shipped missiles to Russia. "
      "Belgrade rejected Kosovo's accusation that it armed militants.",
      Date(2024, 5, 2));
  std::vector<std::string> its;
  for (const Mention& m : charges.mentions) {
    if (m.how == MatchKind::kPronoun) its.push_back(IdOf(m.entity));
  }
  CHECK(its == std::vector<std::string>{"iran", "serbia"});
  // After a report verb's "that", the subject; "it" never names a person, "he" never a
  // country.
  Document said = testing::Extract(
      "Iran told the IAEA chief that it would allow inspections. Kenya said Ruto hoped he "
      "could visit.",
      Date(2024, 5, 2));
  std::vector<std::string> pronouns;
  for (const Mention& m : said.mentions) {
    if (m.how == MatchKind::kPronoun) pronouns.push_back(IdOf(m.entity));
  }
  CHECK(pronouns == std::vector<std::string>{"iran", "william-ruto"});
  // "its" before a title or agent noun names the owner; a city named as a place is no
  // antecedent ("confirmed it" is not Kabul).
  Document owner = testing::Extract(
      "Spain withdrew its ambassador from Argentina. India said its team had arrived in Kabul, "
      "and its foreign ministry confirmed it.",
      Date(2024, 5, 2));
  std::vector<std::string> owners;
  for (const Mention& m : owner.mentions) {
    if (m.how == MatchKind::kPronoun) owners.push_back(IdOf(m.entity));
  }
  CHECK(owners == std::vector<std::string>{"spain", "india", "india", "india"});
  CHECK(testing::FindTriple(owner, "spain", "recalled-ambassador-from", "argentina") != nullptr);
  // A subject pronoun whose paragraph names no one outside its quotation: the first person
  // named, not as a possessor, in the latest sentence before that names one.
  Document speaker = testing::Extract(
      "Kenyan President William Ruto's visit came after Yoweri Museveni called for calm.\n\n"
      "\"We need dialogue,\" he said.\n\nHe added that talks would resume.",
      Date(2024, 5, 2));
  std::vector<std::string> speakers;
  for (const Mention& m : speaker.mentions) {
    if (m.how == MatchKind::kPronoun && m.type == EntityType::kPerson) {
      speakers.push_back(IdOf(m.entity));
    }
  }
  CHECK(speakers == std::vector<std::string>{"yoweri-museveni", "yoweri-museveni"});
  // Too far back, after a paragraph about someone unnamed, or after a sentence naming two
  // persons: nobody.
  for (const char* text :
       {"Yoweri Museveni called for calm.\n\nRain fell.\n\nHe left.",
        "Yoweri Museveni met Paul Kagame in Kampala.\n\nA senior Kenyan official said Nairobi "
        "was watching.\n\nHe accused Rwanda of stalling.",
        "Yoweri Museveni met Paul Kagame.\n\n\"We agreed,\" he said."}) {
    Document doc = testing::Extract(text, Date(2024, 5, 2));
    INFO(text);
    for (const Mention& m : doc.mentions)
      CHECK((m.type != EntityType::kPerson || m.how != MatchKind::kPronoun));
  }
  // A pronoun's word that begins a name is the name's ("She Okitundu said"), no pronoun.
  Document name = testing::Extract(
      "Congo's foreign minister Leonard She Okitundu met Paul Kagame. She Okitundu said the "
      "talks went well.",
      Date(2000, 6, 1));
  for (const Mention& m : name.mentions) CHECK(m.how != MatchKind::kPronoun);
  CHECK(IdAt(name, "She Okitundu") == "leonard-she-okitundu");
  // A possessive after "because" takes the nearest mention, not the subject.
  Document because = testing::Extract(
      "Ethiopia criticised Egypt because its president met Somali leaders in Cairo.",
      Date(2024, 5, 2));
  CHECK(IdAt(because, "its") == "egypt");
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST_CASE("short forms after a full name, never stolen from another person", "[references]") {
  Document doc = testing::Extract(
      "North Korean leader Kim Jong Un received a delegation. Kim praised the visitors. "
      "Saudi Crown Prince Mohammed bin Salman called Emir Tamim bin Hamad Al Thani, and "
      "Tamim thanked Mohammed.",
      Date(2024, 5, 2));
  CHECK(IdAt(doc, "Kim") == "kim-jong-un");
  CHECK(IdAt(doc, "Tamim") == "tamim-bin-hamad-al-thani");
  CHECK(IdAt(doc, "Mohammed") == "mohammed-bin-salman");
  // Two people whose names share the word: it names neither.
  Document two = testing::Extract("Kim Jong Un met his sister Kim Yo Jong. Kim later spoke.",
                                  Date(2024, 5, 2));
  CHECK(WithText(two, "Kim") == nullptr);
  // Before the full name, the short form names no one.
  Document early = testing::Extract("Kim spoke. Kim Jong Un listened.", Date(2024, 5, 2));
  CHECK(WithText(early, "Kim") == nullptr);
}

TEST_CASE("an impersonal or cleft 'it' refers to no one", "[references]") {
  Document doc = Undated(
      "Kenya and Uganda met in Arusha. It was agreed to meet again in May, Kenya said.\n\n"
      "Ghana hosted the talks. It is not clear whether Togo will attend.\n\n"
      "Peru recalled its envoy. It was Chile that had to apologise, Peru said.\n\n"
      "Fiji said on Monday it was ready to talk.");
  std::vector<std::string> its;
  for (const Mention& m : doc.mentions) {
    if (std::string_view(doc.text).substr(m.begin, m.end - m.begin) == "it" ||
        std::string_view(doc.text).substr(m.begin, m.end - m.begin) == "It") {
      its.push_back(IdOf(m.entity));
    }
  }
  // Only the last "it" is a referring pronoun (Fiji is ready to talk).
  CHECK(its == std::vector<std::string>{"fiji"});
}

TEST_CASE("a demonym inside a longer proper name names no country", "[references]") {
  Document dam = Undated("Egypt protested over the Grand Ethiopian Renaissance Dam on Monday.");
  CHECK(WithText(dam, "Ethiopian") == nullptr);
  Document prize = Undated("She won the Royal Norwegian Order of Merit last year.");
  CHECK(WithText(prize, "Norwegian") == nullptr);
  // The sentence's first word is capitalised by position: the demonym is the country's.
  Document agent = Undated("The Somali Government recalled its ambassador.");
  CHECK(IdAt(agent, "Somali") == "somalia");
  Document title = Undated("On Monday Kenyan President William Ruto spoke.");
  CHECK(IdAt(title, "Kenyan President William Ruto") == "william-ruto");
  // A headline in title case is no proper name.
  Document headline = Undated("Police Arrest Ethiopian Activists In Capital");
  CHECK(IdAt(headline, "Ethiopian") == "ethiopia");
}

TEST_CASE("a capital after a place noun and 'of', or after a place and a slash, is a place",
          "[references]") {
  Document doc = Undated(
      "Police detained dozens on the streets of Nairobi.\n\n"
      "A dissident was held on the outskirts of Caracas.\n\n"
      "Lagos/Accra, 3 May 2024 (AFP) - Leaders met.\n\n"
      "Nairobi said the talks would resume.");
  for (std::string_view place : {"Nairobi", "Caracas", "Accra"}) {
    const Mention* m = WithText(doc, place);
    REQUIRE(m != nullptr);
    CHECK(m->how == MatchKind::kPlace);
  }
  // The capital speaking for its government stays a capital.
  int capitals = 0;
  for (const Mention& m : doc.mentions) capitals += m.how == MatchKind::kCapital;
  CHECK(capitals == 1);
}

TEST_CASE("plural demonyms come from the gazetteer's 'X(s)' items", "[references]") {
  Document doc = Undated("Kenyans and Swiss voters protested in Geneva.");
  const Mention* kenyans = WithText(doc, "Kenyans");
  REQUIRE(kenyans != nullptr);
  CHECK(kenyans->plural);
  const Mention* swiss = WithText(doc, "Swiss");
  REQUIRE(swiss != nullptr);
  CHECK_FALSE(swiss->plural);
}

TEST_CASE("a pronoun outside quotations takes no antecedent quoted", "[references]") {
  Document same = testing::Extract(
      "Kenyan President William Ruto spoke on Monday. \"Yoweri Museveni has been a good "
      "neighbour,\" he said.",
      Date(2024, 6, 1));
  CHECK(IdAt(same, "he") == "william-ruto");
  // A new paragraph: the quoted name is still no antecedent, and nothing else is near.
  Document next = testing::Extract(
      "Kenyan President William Ruto spoke on Monday.\n\n"
      "\u201cPaul Kagame knows our position,\u201d he said.",
      Date(2024, 6, 1));
  CHECK(IdAt(next, "he") != "paul-kagame");
  // A pronoun inside a quotation may still refer to someone named outside it.
  Document inside = testing::Extract(
      "William Ruto met Yoweri Museveni on Monday. \u201cHe is a friend,\u201d Ruto said.",
      Date(2024, 6, 1));
  CHECK(IdAt(inside, "He") == "yoweri-museveni");
}

// Each agent mention of `text` as "phrase id SECTOR".
std::set<std::string> AgentMentions(std::string_view text) {
  Document doc = testing::Extract(text, Date(2024, 6, 1));
  std::set<std::string> out;
  for (const Mention& m : doc.mentions) {
    if (m.how != MatchKind::kAgent) continue;
    out.insert(std::string(std::string_view(doc.text).substr(m.begin, m.end - m.begin)) + " " +
               testing::IdOf(m.entity) + " " + std::string(SectorName(m.sector)));
  }
  return out;
}

TEST_CASE("agent phrases whose country only the context gives are mentions (how: agent)",
          "[references]") {
  using Set = std::set<std::string>;
  // Where the story is set (a dateline and a city named again), in a sentence naming no
  // place of its own.
  CHECK(AgentMentions("NAIROBI, June 4 - Crowds gathered in Nairobi on Tuesday. Police held "
                      "30 demonstrators.") ==
        Set{"Police kenya COP", "30 demonstrators kenya CVL"});
  // A place after a link. An earlier owner of the same noun lends it its country for
  // events ("The ministry said" is India's), not for a mention: too often wrong.
  CHECK(AgentMentions("India's foreign ministry sent aid. The ministry said more would follow.")
            .empty());
  CHECK(AgentMentions("Soldiers surrounded the government in Niamey.") ==
        Set{"the government niger GOV"});
  // A link to another agent is no place: "the ministry" lends its earlier owner.
  CHECK(AgentMentions("Kenya's foreign ministry sent aid to Uganda. Officials of the ministry "
                      "said more would follow.")
            .empty());
  // A country named in the phrase already has its mention; an organisation's judges are
  // no country's; a noun modifier, a hyphenated word or a capitalised name part is no phrase.
  CHECK(AgentMentions("Turkish police detained Rwanda's ambassador.").empty());
  CHECK(AgentMentions("Judges at the International Criminal Court in The Hague met.").empty());
  CHECK(AgentMentions("KAMPALA - A military coup was foiled at anti-government rallies.").empty());
  CHECK(AgentMentions("KAMPALA - The Prime Minister spoke at the High Court.").empty());
}

}  // namespace
}  // namespace attache
