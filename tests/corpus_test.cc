// Tests over the shared real-news corpus (../shared/corpus). Their runner (corpus_main.cc)
// reports them skipped when it is absent.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "test_util.h"

namespace attache {
namespace {

std::optional<std::string> ReadCorpusFile(const std::string& name) {
  std::ifstream in(std::string(ATTACHE_SHARED_CORPUS) + "/" + name, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Expectation {
  const char* file;
  Date date;
  std::vector<const char*> entities;
};

TEST_CASE("every corpus article yields its leaders and countries", "[corpus]") {
  const std::vector<Expectation> expectations = {
      {"asharq-khamenei-lukashenko-2023.txt",
       Date(2023, 3, 13),
       {"ali-khamenei", "alexander-lukashenko", "ebrahim-raisi", "vladimir-putin", "iran",
        "belarus", "russia", "united-states", "ukraine", "china", "cambodia", "uganda"}},
      {"daily8-belarus-iran-2025.txt",
       Date(2025, 8, 20),
       {"alexander-lukashenko", "masoud-pezeshkian", "donald-trump", "benjamin-netanyahu",
        "faisal-bin-farhan", "vladimir-putin", "belarus", "iran", "russia", "united-states",
        "international-criminal-court", "belta", "bahrain", "qatar", "united-arab-emirates"}},
      {"featured-belarus-iran-2025.txt",
       Date(2025, 8, 20),
       {"masoud-pezeshkian", "alexander-lukashenko", "vladimir-putin", "iran", "belarus", "russia",
        "ukraine", "united-states", "eurasian-economic-union", "brics", "france", "germany",
        "united-kingdom", "european-union"}},
      {"dev/aljazeera-philippines-china-2023.txt",
       Date(2023, 8, 7),
       {"ferdinand-marcos-jr", "philippines", "china", "jonathan-malaya"}},
      {"dev/almonitor-syria-arab-league-2023.txt",
       Date(2023, 5, 19),
       {"bashar-al-assad", "tamim-bin-hamad-al-thani", "syria", "qatar", "saudi-arabia",
        "arab-league", "jordan", "egypt"}},
      {"dev/attentiontotheunseen-hungary-eu-summit-2023.txt",
       Date(2023, 12, 15),
       {"viktor-orban", "kaja-kallas", "mark-rutte", "hungary", "ukraine", "european-union"}},
      {"dev/euractiv-serbia-kosovo-2020.txt",
       Date(2020, 9, 7),
       {"aleksandar-vucic", "avdullah-hoti", "donald-trump", "robert-o-brien", "richard-grenell",
        "ana-brnabic", "serbia", "kosovo", "united-states"}},
      {"dev/france24-mali-wagner-2021.txt",
       Date(2021, 12, 25),
       {"mali", "russia", "wagner-group", "abdoulaye-maiga", "canada", "germany", "france",
        "united-kingdom"}},
      {"dev/infobalkans-venezuela-guyana-2023.txt",
       Date(2023, 12, 15),
       {"nicolas-maduro", "irfaan-ali", "ralph-gonsalves", "luiz-inacio-lula-da-silva", "venezuela",
        "guyana", "brazil", "international-court-of-justice"}},
      {"dev/kathmandupost-pakistan-india-2025.txt",
       Date(2025, 7, 30),
       {"amit-shah", "pakistan", "india"}},
      {"dev/pressreader-japan-southkorea-2023.txt",
       Date(2023, 3, 18),
       {"fumio-kishida", "yoon-suk-yeol", "japan", "south-korea", "world-trade-organization"}},
      {"dev/shine-houthis-redsea-2024.txt",
       Date(2024, 2, 6),
       {"houthis", "yahya-sarea", "yemen", "united-states", "united-kingdom",
        "us-central-command"}},
      {"dev/timesofisrael-gaza-egypt-qatar-2023.txt",
       Date(2023, 11, 10),
       {"abdel-fattah-el-sisi", "tamim-bin-hamad-al-thani", "ismail-haniyeh", "abbas-kamel",
        "egypt", "qatar", "israel", "hamas"}},
      {"dev/tv360nigeria-uae-rsf-sudan-2025.txt",
       Date(2025, 5, 6),
       {"united-arab-emirates", "sudan", "rapid-support-forces", "salem-aljaberi",
        "amnesty-international", "china", "iran", "human-rights-watch"}},
      {"dev/yahoo-mexico-summit-americas-2022.txt",
       Date(2022, 6, 6),
       {"andres-manuel-lopez-obrador", "marcelo-ebrard", "xiomara-castro", "mexico",
        "united-states", "cuba", "nicaragua", "venezuela", "summit-of-the-americas"}},
  };
  for (const Expectation& e : expectations) {
    std::optional<std::string> text = ReadCorpusFile(e.file);
    INFO(e.file);
    REQUIRE(text.has_value());
    Document doc = testing::Extract(*text, e.date);
    std::vector<std::string> ids = testing::MentionIds(doc);
    std::set<std::string> found(ids.begin(), ids.end());
    for (const char* id : e.entities) {
      INFO(id);
      CHECK(found.count(id) == 1);
    }
  }
}

}  // namespace
}  // namespace attache
