// The event lexicon, category by category: each sentence (this project's own) gives exactly
// the triples listed, as "subject PLOVER object" (+ " negated").
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "test_util.h"

namespace attache {
namespace {

struct Case {
  const char* text;
  std::vector<std::string> triples;
};

std::set<std::string> Coded(std::string_view text) {
  Document doc = testing::Extract(text, Date(2024, 3, 1));
  // Ids of the document's own entities (names the gazetteer lacks) included.
  auto id = [&](EntityIndex e) {
    return std::string(doc.entity(testing::DefaultExtractor().gazetteer(), e).id);
  };
  std::set<std::string> out;
  for (const Triple& t : doc.triples) {
    out.insert(id(t.subject.entity) + " " + t.plover + " " +
               (t.object ? id(t.object->entity) : "-") +
               (t.polarity == Polarity::kNegated ? " negated" : ""));
  }
  return out;
}

void CheckAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Coded(c.text) == std::set<std::string>(c.triples.begin(), c.triples.end()));
  }
}

TEST_CASE("AGREE: agreements, invitations, offers and acceptances", "[lexicon]") {
  CheckAll({
      // Active.
      {"Armenia and Azerbaijan signed a peace treaty in Washington.", {"armenia AGREE azerbaijan"}},
      {"Turkey signed a defence pact with Azerbaijan.", {"turkey AGREE azerbaijan"}},
      {"Kenya accepted an invitation from China.", {"kenya AGREE china"}},
      {"Ukraine accepted mediation by Turkey.", {"ukraine AGREE turkey"}},
      {"Xi Jinping invited Vladimir Putin to Beijing.", {"xi-jinping AGREE vladimir-putin"}},
      // Two parties agreeing to act (the act itself is planned; reopening is no event here).
      {"Peru and Chile agreed to reopen their shared border.", {"peru AGREE chile"}},
      {"Peru agreed to reopen its border.", {}},
      // Passive.
      {"Vladimir Putin was invited by Xi Jinping.", {"xi-jinping AGREE vladimir-putin"}},
      {"Emmanuel Macron was invited by Kenya.", {"kenya AGREE emmanuel-macron"}},
      // Nominal.
      {"China's invitation to Emmanuel Macron was accepted.", {"china AGREE emmanuel-macron"}},
      {"Ethiopia's offer of talks to Egypt was rejected.", {"ethiopia AGREE egypt"}},
      {"China's pledge of aid to Kenya was welcomed in Nairobi.", {"china AGREE kenya"}},
      {"Qatar's offer of mediation between Israel and Hamas was welcomed.",
       {"qatar AGREE israel", "qatar AGREE hamas"}},
      // Negated.
      {"Kenya did not sign a deal with Ethiopia.", {"kenya AGREE ethiopia negated"}},
      {"Xi Jinping did not invite Joe Biden.", {"xi-jinping AGREE joe-biden negated"}},
      {"Egypt did not accept an invitation from Ethiopia.", {"egypt AGREE ethiopia negated"}},
      // Reported.
      {"Recep Tayyip Erdogan said Turkey had signed a trade deal with Azerbaijan.",
       {"turkey AGREE azerbaijan"}},
      {"Egypt said that Hamas had accepted mediation by Qatar.", {"hamas AGREE qatar"}},
      {"Kenya said that it would accept an invitation from China.", {"kenya AGREE china"}},
  });
}

TEST_CASE("CONSULT: meetings, visits, calls, talks, mediation", "[lexicon]") {
  CheckAll({
      // Active.
      {"Emmanuel Macron met Xi Jinping in Beijing.", {"emmanuel-macron CONSULT xi-jinping"}},
      {"Emmanuel Macron visited Kenya.", {"emmanuel-macron CONSULT kenya"}},
      {"Joe Biden spoke by phone with Xi Jinping.", {"joe-biden CONSULT xi-jinping"}},
      {"Iran negotiated with the United States.", {"iran CONSULT united-states"}},
      {"Qatar mediated between Israel and Hamas.", {"qatar CONSULT israel", "qatar CONSULT hamas"}},
      // Passive.
      {"Kenya was visited by Emmanuel Macron.", {"emmanuel-macron CONSULT kenya"}},
      {"Narendra Modi was hosted by Vladimir Putin.", {"vladimir-putin CONSULT narendra-modi"}},
      {"Olaf Scholz was telephoned by Joe Biden.", {"joe-biden CONSULT olaf-scholz"}},
      // Nominal.
      {"Macron's visit to China ended on Friday.", {"emmanuel-macron CONSULT china"}},
      {"The meeting between Xi Jinping and Joe Biden lasted four hours.",
       {"xi-jinping CONSULT joe-biden"}},
      {"Emmanuel Macron's phone call with Vladimir Putin lasted two hours.",
       {"emmanuel-macron CONSULT vladimir-putin"}},
      // Negated.
      {"Joe Biden did not meet Xi Jinping.", {"joe-biden CONSULT xi-jinping negated"}},
      {"Narendra Modi did not visit Pakistan.", {"narendra-modi CONSULT pakistan negated"}},
      {"Kenya and Ethiopia did not hold talks.", {"kenya CONSULT ethiopia negated"}},
      // Reported.
      {"Turkey said that Recep Tayyip Erdogan would visit Iraq.",
       {"recep-tayyip-erdogan CONSULT iraq"}},
      {"The Kremlin said Vladimir Putin met Xi Jinping in Beijing.",
       {"vladimir-putin CONSULT xi-jinping"}},
      {"Kenya said that Emmanuel Macron had visited Nairobi.", {"emmanuel-macron CONSULT kenya"}},
  });
}

TEST_CASE("SUPPORT: praise, congratulation, recognition, apology, backing", "[lexicon]") {
  CheckAll({
      // Active.
      {"Emmanuel Macron praised Kenya for its leadership.", {"emmanuel-macron SUPPORT kenya"}},
      {"Joe Biden congratulated Narendra Modi on his victory.",
       {"joe-biden SUPPORT narendra-modi"}},
      {"Spain recognized Palestine.", {"spain SUPPORT palestine"}},
      {"Japan apologized to South Korea.", {"japan SUPPORT south-korea"}},
      {"The United States supports Israel.", {"united-states SUPPORT israel"}},
      // Passive.
      {"Narendra Modi was congratulated by Joe Biden.", {"joe-biden SUPPORT narendra-modi"}},
      {"Palestine was recognized by Norway.", {"norway SUPPORT palestine"}},
      {"Recep Tayyip Erdogan was praised by Vladimir Putin.",
       {"vladimir-putin SUPPORT recep-tayyip-erdogan"}},
      // Nominal.
      {"Germany's praise for Kenya surprised observers.", {"germany SUPPORT kenya"}},
      {"France's recognition of Palestine angered Israel.", {"france SUPPORT palestine"}},
      {"The US support for Ukraine continued.", {"united-states SUPPORT ukraine"}},
      // Negated.
      {"Iran did not congratulate Israel.", {"iran SUPPORT israel negated"}},
      {"Emmanuel Macron did not praise Recep Tayyip Erdogan.",
       {"emmanuel-macron SUPPORT recep-tayyip-erdogan negated"}},
      {"Israel was not supported by Spain.", {"spain SUPPORT israel negated"}},
      // Reported.
      {"NATO said that France had praised Ukraine.", {"france SUPPORT ukraine"}},
      {"Kenya said that Uganda had apologized to Kenya.", {"uganda SUPPORT kenya"}},
      {"Emmanuel Macron said France recognized Palestine.", {"france SUPPORT palestine"}},
  });
}

TEST_CASE("CONCEDE: yielding, concessions, lifting suspensions and restrictions", "[lexicon]") {
  CheckAll({
      // Active.
      {"Qatar acceded to demands from Saudi Arabia.", {"qatar CONCEDE saudi-arabia"}},
      {"The African Union lifted the suspension of Mali.", {"african-union CONCEDE mali"}},
      {"Iran bowed to pressure from the United States.", {"iran CONCEDE united-states"}},
      {"Hungary made concessions to the European Union.", {"hungary CONCEDE european-union"}},
      {"Turkey lifted travel restrictions on Russia.", {"turkey CONCEDE russia"}},
      // Passive.
      {"Mali was reinstated by the African Union.", {"african-union CONCEDE mali"}},
      {"Hungary was readmitted by the European Union.", {"european-union CONCEDE hungary"}},
      // Nominal.
      {"Iran's concessions to the United States angered hardliners.",
       {"iran CONCEDE united-states"}},
      {"The African Union's easing of restrictions on Mali was welcomed.",
       {"african-union CONCEDE mali"}},
      // Negated.
      {"Iran did not yield to the United States.", {"iran CONCEDE united-states negated"}},
      {"The African Union did not lift the suspension of Niger.",
       {"african-union CONCEDE niger negated"}},
      {"Niger was not reinstated by ECOWAS.", {"ecowas CONCEDE niger negated"}},
      // Reported.
      {"ECOWAS said that it had lifted the suspension of Niger.", {"ecowas CONCEDE niger"}},
      {"The European Union said that Hungary had made concessions to Ukraine.",
       {"hungary CONCEDE ukraine"}},
      {"Iran said it would not yield to the United States.",
       {"iran CONCEDE united-states negated"}},
  });
}

// Passive: none. The only COOPERATE frame with a direct object is 'tip off O', and
// 'Morocco was tipped off by France.' gives nothing in the snapshot; passives of
// preposition frames ('The suspect was extradited to France by Kenya.') give nothing
// either.
TEST_CASE("COOPERATE: cooperation, arms and oil purchases, drills, intelligence sharing",
          "[lexicon]") {
  CheckAll({
      // Active.
      {"France cooperated with Kenya on counterterrorism.", {"france COOPERATE kenya"}},
      {"India bought missiles from Russia.", {"india COOPERATE russia"}},
      {"Russia held joint naval exercises with China in the Pacific.", {"russia COOPERATE china"}},
      {"France shared intelligence with Morocco about the plot.", {"france COOPERATE morocco"}},
      {"France tipped off Morocco about the plot.", {"france COOPERATE morocco"}},
      {"Kenya extradited the suspect to France.", {"kenya COOPERATE france"}},
      // Nominal.
      {"France's cooperation with Kenya has grown.", {"france COOPERATE kenya"}},
      {"Intelligence sharing between France and Germany improved.", {"france COOPERATE germany"}},
      {"India's purchase of oil from Russia angered the United States.",
       {"india COOPERATE russia"}},
      {"Military drills between Russia and Belarus began on Monday.", {"russia COOPERATE belarus"}},
      // Negated.
      {"Germany did not cooperate with Iran.", {"germany COOPERATE iran negated"}},
      {"Israel did not share intelligence with Turkey.", {"israel COOPERATE turkey negated"}},
      {"Sweden did not extradite the suspect to Turkey.", {"sweden COOPERATE turkey negated"}},
      // Reported.
      {"Kenya said that it had cooperated with France.", {"kenya COOPERATE france"}},
      {"Emmanuel Macron said France would cooperate with India on defence.",
       {"france COOPERATE india"}},
      {"Turkey said it would not extradite the suspect to Sweden.",
       {"turkey COOPERATE sweden negated"}},
  });
}

TEST_CASE("AID: humanitarian, economic and military aid, funding, peacekeepers", "[lexicon]") {
  CheckAll({
      // Active.
      {"Japan sent humanitarian aid to Turkey after the earthquake.", {"japan AID turkey"}},
      {"Germany sent weapons to Ukraine.", {"germany AID ukraine"}},
      {"Iran funds Hezbollah.", {"iran AID hezbollah"}},
      {"The European Union bailed out Greece.", {"european-union AID greece"}},
      {"Kenya deployed peacekeepers to Haiti.", {"kenya AID haiti"}},
      // Passive.
      {"Hezbollah is funded by Iran.", {"iran AID hezbollah"}},
      {"Ukraine was armed by NATO.", {"nato AID ukraine"}},
      {"Kenya was assisted by France after the floods.", {"france AID kenya"}},
      // Nominal.
      {"US military aid to Ukraine has slowed.", {"united-states AID ukraine"}},
      {"Saudi Arabia's loan to Pakistan was extended.", {"saudi-arabia AID pakistan"}},
      {"Qatar's financing of Hamas drew criticism.", {"qatar AID hamas"}},
      // Negated.
      {"Germany did not send aid to Syria.", {"germany AID syria negated"}},
      {"China did not lend money to Kenya.", {"china AID kenya negated"}},
      {"Hamas was not armed by Iran.", {"iran AID hamas negated"}},
      // Reported.
      {"NATO said that Iran had sent drones to Russia.", {"iran AID russia"}},
      {"The United Nations said it had sent aid to Sudan.", {"united-nations AID sudan"}},
      {"Kenya said that it would send peacekeepers to Haiti.", {"kenya AID haiti"}},
  });
}

TEST_CASE("RETREAT: releases, withdrawals, lifted sanctions, halted attacks", "[lexicon]") {
  CheckAll({
      // Active.
      {"Iran freed two French nationals.", {"iran RETREAT france"}},
      {"The European Union lifted sanctions on Iran.", {"european-union RETREAT iran"}},
      {"Russia withdrew troops from Moldova.", {"russia RETREAT moldova"}},
      {"South Korea unfroze Iranian assets.", {"south-korea RETREAT iran"}},
      {"Israel halted attacks on Lebanon.", {"israel RETREAT lebanon"}},
      // Passive.
      {"Two French nationals were freed by Iran.", {"iran RETREAT france"}},
      {"Iranian assets were unfrozen by South Korea.", {"south-korea RETREAT iran"}},
      {"Imran Khan was freed by Pakistan.", {"pakistan RETREAT imran-khan"}},
      // Nominal.
      {"Iran's release of two French nationals surprised analysts.", {"iran RETREAT france"}},
      {"Hamas's release of Israeli hostages was welcomed.", {"hamas RETREAT israel"}},
      {"The US troop withdrawal from Afghanistan was chaotic.",
       {"united-states RETREAT afghanistan"}},
      // Negated.
      {"The United States did not lift sanctions on Cuba.", {"united-states RETREAT cuba negated"}},
      {"Russia did not withdraw troops from Moldova.", {"russia RETREAT moldova negated"}},
      {"The Taliban did not free the American hostage.", {"taliban RETREAT united-states negated"}},
      // Reported.
      {"Hamas said that it had released two Israeli hostages.", {"hamas RETREAT israel"}},
      {"Ukraine said that Russia had withdrawn troops from Moldova.", {"russia RETREAT moldova"}},
      {"Pakistan said that the Taliban had freed a Pakistani diplomat.",
       {"taliban RETREAT pakistan"}},
  });
}

TEST_CASE("REQUEST: appeals, demands, calls on, requests for aid", "[lexicon]") {
  CheckAll({
      // Active.
      {"France called on Iran to release the detainees.", {"france REQUEST iran"}},
      {"Emmanuel Macron urged Benjamin Netanyahu to halt the offensive.",
       {"emmanuel-macron REQUEST benjamin-netanyahu"}},
      {"Pakistan asked the IMF for a loan.", {"pakistan REQUEST imf"}},
      {"Ukraine sought military aid from Germany.", {"ukraine REQUEST germany"}},
      {"China demanded an apology from Japan.", {"china REQUEST japan"}},
      {"Ukraine appealed to NATO for help.", {"ukraine REQUEST nato"}},
      // Passive.
      {"Iran was urged by France to release the detainees.", {"france REQUEST iran"}},
      {"Kenya was urged by NATO to withdraw troops from Somalia.", {"nato REQUEST kenya"}},
      // Nominal.
      {"Ukraine's request for weapons from Germany was approved.", {"ukraine REQUEST germany"}},
      {"Zelensky's appeal to NATO was heard.", {"volodymyr-zelensky REQUEST nato"}},
      {"Ghana renewed its calls on Togo to reopen the border.", {"ghana REQUEST togo"}},
      {"The Arab League issued a call on Israel to halt the strikes.",
       {"arab-league REQUEST israel"}},
      // Negated.
      {"France did not urge Israel to halt the offensive.", {"france REQUEST israel negated"}},
      {"Pakistan did not ask China for a loan.", {"pakistan REQUEST china negated"}},
      {"Kenya was not asked by France to send troops.", {"france REQUEST kenya negated"}},
      // Reported.
      {"Ukraine said that it had asked Germany for weapons.", {"ukraine REQUEST germany"}},
      {"Kenya said that the United States had urged Uganda to respect the ceasefire.",
       {"united-states REQUEST uganda"}},
  });
}

TEST_CASE("ACCUSE: accusations, criticism, condemnation, blame, summoned envoys", "[lexicon]") {
  CheckAll({
      // Active.
      {"Recep Tayyip Erdogan accused Israel of genocide.", {"recep-tayyip-erdogan ACCUSE israel"}},
      {"Emmanuel Macron sharply criticised Turkey over its operations.",
       {"emmanuel-macron ACCUSE turkey"}},
      {"China blamed the United States for the tensions.", {"china ACCUSE united-states"}},
      {"The African Union condemned the Taliban.", {"african-union ACCUSE taliban"}},
      {"Iran summoned the French ambassador on Monday.", {"iran ACCUSE france"}},
      // Passive.
      {"Iran was accused by France of supplying drones.", {"france ACCUSE iran"}},
      {"Russia was denounced by NATO for the annexation.", {"nato ACCUSE russia"}},
      {"Joe Biden was criticized by Xi Jinping.", {"xi-jinping ACCUSE joe-biden"}},
      {"Israel was blamed by Iran for the explosion.", {"iran ACCUSE israel"}},
      // Nominal.
      {"NATO's condemnation of Russia was swift.", {"nato ACCUSE russia"}},
      {"China's criticism of Japan intensified.", {"china ACCUSE japan"}},
      // Negated.
      {"Kenya did not accuse Somalia of interference.", {"kenya ACCUSE somalia negated"}},
      {"France did not condemn Israel.", {"france ACCUSE israel negated"}},
      // Reported.
      {"Joe Biden said that the United States condemned Hamas.", {"united-states ACCUSE hamas"}},
      {"NATO said Russia had criticized Finland.", {"russia ACCUSE finland"}},
      {"Ukraine said that Russia had accused Kyiv of sabotage.", {"russia ACCUSE ukraine"}},
  });
}

TEST_CASE("REJECT: rejections, refusals, vetoes, defiance", "[lexicon]") {
  CheckAll({
      // Active.
      {"Iran rejected France's proposal.", {"iran REJECT france"}},
      {"Vladimir Putin rejected Joe Biden's offer.", {"vladimir-putin REJECT joe-biden"}},
      {"Russia vetoed a United States resolution.", {"russia REJECT united-states"}},
      {"North Korea defied the United Nations.", {"north-korea REJECT united-nations"}},
      {"Israel ruled out talks with Hamas.", {"israel REJECT hamas"}},
      {"Kenya declined an invitation from Russia.", {"kenya REJECT russia"}},
      {"Iran refused to meet Joe Biden.", {"iran REJECT joe-biden"}},
      // Passive.
      {"Ukraine's proposal was rejected by Russia.", {"russia REJECT ukraine"}},
      // Nominal.
      {"Russia's veto of the French resolution angered diplomats.", {"russia REJECT france"}},
      {"Egypt's rejection of Ethiopia's plan was expected.", {"egypt REJECT ethiopia"}},
      // Negated.
      {"Kenya did not reject Somalia's offer.", {"kenya REJECT somalia negated"}},
      {"Israel did not reject Egypt's proposal.", {"israel REJECT egypt negated"}},
      {"Iran did not deny accusations by Israel.", {"iran REJECT israel negated"}},
      // Reported.
      {"Russia said that it had rejected the proposal by Ukraine.", {"russia REJECT ukraine"}},
      {"Hamas said it rejected Israel's offer.", {"hamas REJECT israel"}},
      {"Emmanuel Macron said France rejected Russia's demands.", {"france REJECT russia"}},
  });
}

TEST_CASE("THREATEN: threats, warnings, ultimatums", "[lexicon]") {
  CheckAll({
      // Active.
      {"Turkey threatened Greece.", {"turkey THREATEN greece"}},
      {"Xi Jinping warned Joe Biden.", {"xi-jinping THREATEN joe-biden"}},
      {"China threatened military action against Taiwan.", {"china THREATEN taiwan"}},
      {"Israel issued an ultimatum to Hamas.", {"israel THREATEN hamas"}},
      {"North Korea threatened to attack South Korea.", {"north-korea THREATEN south-korea"}},
      {"The United States threatened to impose sanctions on Iran.",
       {"united-states THREATEN iran"}},
      // Passive.
      {"Greece was threatened by Turkey.", {"turkey THREATEN greece"}},
      {"Joe Biden was warned by Xi Jinping.", {"xi-jinping THREATEN joe-biden"}},
      // Nominal.
      {"Iran's threats against Israel continued.", {"iran THREATEN israel"}},
      {"Israel's warning to Lebanon came after the strike.", {"israel THREATEN lebanon"}},
      {"An ultimatum by Israel to Hamas expired.", {"israel THREATEN hamas"}},
      // Negated.
      {"Turkey did not threaten Greece.", {"turkey THREATEN greece negated"}},
      {"Iran did not issue a warning to Israel.", {"iran THREATEN israel negated"}},
      {"Russia did not threaten to use nuclear weapons against Ukraine.",
       {"russia THREATEN ukraine negated"}},
      // Reported.
      {"Ukraine said that Russia had threatened Moldova.", {"russia THREATEN moldova"}},
      {"NATO said Vladimir Putin threatened Finland.", {"vladimir-putin THREATEN finland"}},
      {"Taiwan said that China had threatened military action against Taiwan.",
       {"china THREATEN taiwan"}},
  });
}

TEST_CASE("PROTEST: demonstrations, rallies, boycotts, strikes", "[lexicon]") {
  CheckAll({
      // Active.
      {"Kenyan protesters rallied against William Ruto.", {"kenya PROTEST william-ruto"}},
      {"Greek farmers protested against the European Union.", {"greece PROTEST european-union"}},
      {"Pakistani students held a rally against India.", {"pakistan PROTEST india"}},
      {"Armenian protesters picketed the Russian embassy.", {"armenia PROTEST russia"}},
      {"China boycotted Japanese goods.", {"china PROTEST japan"}},
      {"Palestinian prisoners went on hunger strike against Israel.", {"palestine PROTEST israel"}},
      {"Argentine workers went on strike.", {"argentina PROTEST -"}},
      // Passive.
      {"The Swedish embassy was picketed by Turkish protesters.", {"turkey PROTEST sweden"}},
      // Nominal.
      {"Iranian protests against France continued.", {"iran PROTEST france"}},
      {"Greek protests against the European Union grew.", {"greece PROTEST european-union"}},
      // Negated.
      {"French farmers did not protest against the European Union.",
       {"france PROTEST european-union negated"}},
      {"Pakistani protesters did not demonstrate against India.",
       {"pakistan PROTEST india negated"}},
      // Reported.
      {"Kenya said that Somali protesters had demonstrated outside the Kenyan embassy.",
       {"somalia PROTEST kenya"}},
      {"Turkey said Turkish demonstrators protested outside the Swedish embassy.",
       {"turkey PROTEST sweden"}},
  });
}

TEST_CASE("SANCTION: sanctions, severed ties, expulsions, aid cuts, halted talks", "[lexicon]") {
  CheckAll({
      // Active.
      {"France recalled its ambassador from Iran on Monday.", {"france SANCTION iran"}},
      {"Bahrain severed diplomatic ties with Iran.", {"bahrain SANCTION iran"}},
      {"The European Union slapped new sanctions on Iran.", {"european-union SANCTION iran"}},
      {"Mali expelled the French ambassador.", {"mali SANCTION france"}},
      {"The United States suspended aid to Uganda.", {"united-states SANCTION uganda"}},
      {"Iran suspended talks with the European Union.", {"iran SANCTION european-union"}},
      // Passive.
      {"Russia was sanctioned by the European Union.", {"european-union SANCTION russia"}},
      {"The French ambassador was expelled by Mali.", {"mali SANCTION france"}},
      {"Russian officials were blacklisted by Canada.", {"canada SANCTION russia"}},
      // Nominal.
      {"The US embargo on Cuba remains in force.", {"united-states SANCTION cuba"}},
      {"The European Union's sanctions on Russia took effect.", {"european-union SANCTION russia"}},
      {"The expulsion of Russian diplomats by Germany angered Moscow.",
       {"germany SANCTION russia"}},
      // Negated.
      {"Canada did not impose sanctions on China.", {"canada SANCTION china negated"}},
      {"Ethiopia did not expel the Sudanese ambassador.", {"ethiopia SANCTION sudan negated"}},
      {"The United States did not sanction Israel.", {"united-states SANCTION israel negated"}},
      // Reported.
      {"Joe Biden said that the United States would impose sanctions on Iran.",
       {"united-states SANCTION iran"}},
      {"Niger said that it had expelled the French ambassador.", {"niger SANCTION france"}},
  });
}

// Passive: none. No MOBILIZE frame has a direct object, and 'Troops were deployed to
// Belarus by Russia.' gives nothing in the snapshot.
TEST_CASE("MOBILIZE: troop deployments, drills, alerts, shows of force", "[lexicon]") {
  CheckAll({
      // Active.
      {"China held military drills around Taiwan.", {"china MOBILIZE taiwan"}},
      {"Russia massed troops on the Ukrainian border.", {"russia MOBILIZE ukraine"}},
      {"Russia flew bombers near Japan.", {"russia MOBILIZE japan"}},
      {"Armenia mobilized its reserves.", {"armenia MOBILIZE -"}},
      // Nominal.
      {"China's drills near Taiwan alarmed Japan.", {"china MOBILIZE taiwan"}},
      {"Russia's troop buildup near Ukraine alarmed NATO.", {"russia MOBILIZE ukraine"}},
      {"The deployment of troops to Niger by Nigeria was debated.", {"nigeria MOBILIZE niger"}},
      // Negated.
      {"Turkey did not deploy troops to Libya.", {"turkey MOBILIZE libya negated"}},
      {"China did not hold drills near Taiwan.", {"china MOBILIZE taiwan negated"}},
      {"Venezuela did not put its troops on high alert.", {"venezuela MOBILIZE - negated"}},
      // Reported.
      {"Taiwan said that China had held military drills around Taiwan.", {"china MOBILIZE taiwan"}},
      {"NATO said Russia massed troops on the Ukrainian border.", {"russia MOBILIZE ukraine"}},
      {"Japan said that China had held drills near Taiwan.", {"china MOBILIZE taiwan"}},
  });
}

TEST_CASE("COERCE: seizures, arrests, deportations, blockades, annexation, borders", "[lexicon]") {
  CheckAll({
      // Active.
      {"Iran seized a British tanker in the Gulf.", {"iran COERCE united-kingdom"}},
      {"Russia arrested an American journalist.", {"russia COERCE united-states"}},
      {"Azerbaijan imposed a blockade on Armenia.", {"azerbaijan COERCE armenia"}},
      {"Russia annexed four Ukrainian regions.", {"russia COERCE ukraine"}},
      {"The United States deported Venezuelan migrants.", {"united-states COERCE venezuela"}},
      {"Pakistan closed its border with Afghanistan.", {"pakistan COERCE afghanistan"}},
      // Passive.
      {"A British tanker was seized by Iran.", {"iran COERCE united-kingdom"}},
      {"An American journalist was arrested by Russia.", {"russia COERCE united-states"}},
      {"Armenia was blockaded by Azerbaijan.", {"azerbaijan COERCE armenia"}},
      // Nominal.
      {"Iran's detention of a French aid worker angered Paris.", {"iran COERCE france"}},
      {"Azerbaijan's blockade of Armenia lasted months.", {"azerbaijan COERCE armenia"}},
      {"Iran's seizure of a British tanker angered London.", {"iran COERCE united-kingdom"}},
      // Negated.
      {"Kenya did not arrest the Somali envoy.", {"kenya COERCE somalia negated"}},
      {"Hungary did not close its border with Serbia.", {"hungary COERCE serbia negated"}},
      {"Cuba was not blockaded by the United States.", {"united-states COERCE cuba negated"}},
      // Reported.
      {"Britain said that Iran had seized a British tanker.", {"iran COERCE united-kingdom"}},
      {"Ukraine said that Russia had annexed Ukrainian territory.", {"russia COERCE ukraine"}},
      {"Russia said it had arrested an American journalist.", {"russia COERCE united-states"}},
  });
}

TEST_CASE("ASSAULT: attacks, invasions, bombing, shelling, killings, abductions", "[lexicon]") {
  CheckAll({
      // Active.
      {"Russia invaded Ukraine in February 2022.", {"russia ASSAULT ukraine"}},
      {"Israel bombed Lebanon.", {"israel ASSAULT lebanon"}},
      {"Hamas abducted Israeli civilians.", {"hamas ASSAULT israel"}},
      {"Russian soldiers killed three Ukrainian civilians.", {"russia ASSAULT ukraine"}},
      {"Syrian troops fired into Turkey overnight.", {"syria ASSAULT turkey"}},
      {"Kenyan police fired into the air.", {}},
      {"The Taliban attacked Pakistani soldiers.", {"taliban ASSAULT pakistan"}},
      // Passive.
      {"Ukrainian civilians were killed by Russian soldiers.", {"russia ASSAULT ukraine"}},
      {"Lebanon was bombed by Israel.", {"israel ASSAULT lebanon"}},
      {"Israeli soldiers were kidnapped by Hezbollah.", {"hezbollah ASSAULT israel"}},
      {"Israel was attacked by Hamas.", {"hamas ASSAULT israel"}},
      // Nominal.
      {"Russia's invasion of Ukraine was condemned.", {"russia ASSAULT ukraine"}},
      {"Russia's shelling of Ukrainian towns continued.", {"russia ASSAULT ukraine"}},
      {"Israeli air strikes on Lebanon continued overnight.", {"israel ASSAULT lebanon"}},
      {"Iran's missile strikes on Pakistan angered Islamabad.", {"iran ASSAULT pakistan"}},
      // One named person attacking another is criticism (ACCUSE); a person attacking a
      // country is still force.
      {"Gustavo Petro attacked Nayib Bukele in a speech.", {"gustavo-petro ACCUSE nayib-bukele"}},
      {"Lula's attacks on Javier Milei were reported.",
       {"luiz-inacio-lula-da-silva ACCUSE javier-milei"}},
      {"Vladimir Putin attacked Ukraine.", {"vladimir-putin ASSAULT ukraine"}},
      // The possessor of the object is no person attacked: force against the convoy.
      {"Paul Kagame attacked William Ruto's convoy.", {"paul-kagame ASSAULT william-ruto"}},
      // Clashes: a symmetric verb and noun.
      {"Eritrean troops clashed with Ethiopian soldiers near the border.",
       {"eritrea ASSAULT ethiopia"}},
      {"A clash between Sudan and Chad left ten dead.", {"sudan ASSAULT chad"}},
      // Negated.
      {"Israel did not bomb Iran.", {"israel ASSAULT iran negated"}},
      {"Hamas did not attack Egypt.", {"hamas ASSAULT egypt negated"}},
      // Reported.
      {"Ukraine said that Russia had shelled Ukrainian towns.", {"russia ASSAULT ukraine"}},
      {"Israel said Hamas attacked Israeli towns.", {"hamas ASSAULT israel"}},
      {"Pakistan said that Iran had launched missile strikes on Pakistan.",
       {"iran ASSAULT pakistan"}},
  });
}

TEST_CASE("everyday news verbs: backing, blasting, touring, charging, dispersing", "[lexicon]") {
  CheckAll({
      {"Mexico backed Honduras in the border dispute.", {"mexico SUPPORT honduras"}},
      {"Chile has not backed Bolivia's claim.", {"chile SUPPORT bolivia negated"}},
      {"Ghana was backed by Nigeria at the summit.", {"nigeria SUPPORT ghana"}},
      {"The delegation came back to Kenya on Monday.", {}},
      {"Venezuela blasted Guyana over the oil licences.", {"venezuela ACCUSE guyana"}},
      {"Emmanuel Macron toured Nigeria last week.", {"emmanuel-macron CONSULT nigeria"}},
      {"Pakistani prosecutors charged Imran Khan with corruption.", {"pakistan COERCE imran-khan"}},
      {"Kenyan police dispersed Ugandan traders at the border.", {"kenya COERCE uganda"}},
      {"Israel struck targets in Syria overnight.", {"israel ASSAULT syria"}},
      {"Ukraine hit positions in Russia with drones.", {"ukraine ASSAULT russia"}},
      {"Saudi Arabia bombed targets in Yemen.", {"saudi-arabia ASSAULT yemen"}},
      {"Emmanuel Macron held a joint news conference with Olaf Scholz in Paris.",
       {"emmanuel-macron CONSULT olaf-scholz"}},
      {"Olaf Scholz told a joint press conference with Emmanuel Macron that talks would go on.",
       {"olaf-scholz CONSULT emmanuel-macron"}},
  });
}

TEST_CASE("the receiving side's verbs: the slot's object acts (reverse frames)", "[lexicon]") {
  CheckAll({
      {"Morocco accepted aid from Spain, Qatar and Britain.",
       {"spain AID morocco", "qatar AID morocco", "united-kingdom AID morocco"}},
      {"Tonga received humanitarian assistance from New Zealand on Friday.",
       {"new-zealand AID tonga"}},
      // A purchase is the buyer's cooperation (COOPERATE), not the seller's aid.
      {"Nigeria bought weapons from Pakistan last year.", {"nigeria COOPERATE pakistan"}},
      {"William Ruto received congratulatory messages from Yoweri Museveni and Paul Kagame.",
       {"yoweri-museveni SUPPORT william-ruto", "paul-kagame SUPPORT william-ruto"}},
      {"Chile won backing from Argentina for its bid.", {"argentina SUPPORT chile"}},
      {"Hungary drew criticism from Poland over the veto.", {"poland ACCUSE hungary"}},
      {"Morocco did not accept aid from Algeria.", {"algeria AID morocco negated"}},
      // Without the giver, nothing.
      {"Morocco accepted aid after the earthquake.", {}},
  });
}

TEST_CASE("quantities before an aid or arms noun are modifiers", "[lexicon]") {
  CheckAll({
      {"India sent 27 tonnes of supplies to Nepal.", {"india AID nepal"}},
      {"Japan announced $12 million in humanitarian assistance for Haiti.", {"japan AID haiti"}},
      {"Canada sent $5 million in aid to Sudan.", {"canada AID sudan"}},
      {"Qatar shipped 40 tonnes of food to Yemen.", {"qatar AID yemen"}},
      // A measure noun without a number, and a list of nouns before the frame's words.
      {"Pakistan dispatched its first batch of rescue teams and relief goods to Nepal.",
       {"pakistan AID nepal"}},
      {"The Israeli army is sending 150 engineers, medics and aid workers to Greece.",
       {"idf AID greece"}},
      {"Chile sent a shipment of vaccines to Peru.", {"chile AID peru"}},
      // A list is of plain words: a name in it ends the phrase.
      {"Chile sent engineers, Peru and aid workers to Bolivia.", {}},
      {"The State Department approved the sale of 12 helicopters to Nigeria.",
       {"us-state-department AID nigeria"}},
      // One event read by a verb frame and a noun inside its words is one triple.
      {"Japan sent relief supplies to Tonga.", {"japan AID tonga"}},
  });
}

TEST_CASE("an event noun in a sentence-opening phrase is the main subject's act", "[lexicon]") {
  CheckAll({
      {"After talks with Kyriakos Mitsotakis, Recep Tayyip Erdogan said the dispute was over.",
       {"recep-tayyip-erdogan CONSULT kyriakos-mitsotakis"}},
      {"During a phone call with Olaf Scholz on Monday, Emmanuel Macron urged Germany to act.",
       {"emmanuel-macron CONSULT olaf-scholz", "emmanuel-macron REQUEST germany"}},
      {"Following a meeting with Kenya, Uganda reopened the border.", {"uganda CONSULT kenya"}},
      // A future event is not asserted; a clause is no opening phrase.
      {"Before talks with Kenya, Uganda reopened the border.", {}},
      {"After talks with Kenya collapsed, Uganda closed the border.", {}},
      // Only a symmetric event: the attack is not the main subject's.
      {"After the attack on Israel, Iran praised Hamas.", {"iran SUPPORT hamas"}},
      // The name inside the phrase is not the main verb's subject.
      {"After talks with Iran, Oman praised Qatar.", {"oman CONSULT iran", "oman SUPPORT qatar"}},
  });
}

TEST_CASE("calling someone something: criticism and praise by the evaluation", "[lexicon]") {
  CheckAll({
      {"Gustavo Petro called Nayib Bukele's remarks “unacceptable” on Monday.",
       {"gustavo-petro ACCUSE nayib-bukele"}},
      {"Venezuela described Guyana as a puppet of foreign oil companies.",
       {"venezuela ACCUSE guyana"}},
      {"Algeria branded Morocco an aggressor.", {"algeria ACCUSE morocco"}},
      {"Recep Tayyip Erdogan called Greece a friend and a partner.",
       {"recep-tayyip-erdogan SUPPORT greece"}},
      {"Japan described Kenya as a reliable partner.", {"japan SUPPORT kenya"}},
      // The possessor of an act is not what is evaluated: who arrested is unsaid.
      {"Imran Khan's party called Imran Khan’s arrest a “kidnapping”.", {}},
      {"Kenya called Uganda's detention of activists illegal.", {}},
      // No evaluation, no event; "called on" is a request.
      {"Emmanuel Macron called Vladimir Putin on Monday.", {}},
      {"Mexico called Ecuador's ambassador to a meeting.", {}},
      {"Chile did not call Peru a threat.", {"chile ACCUSE peru negated"}},
      // An expulsion status after the object: "declared ... persona non grata".
      {"Lithuania declared two Russian diplomats persona non grata.",
       {"lithuania SANCTION russia"}},
      {"Romania declared Russia's ambassador “persona non grata” on Monday.",
       {"romania SANCTION russia"}},
      {"Kenya declared Uganda the winner of the match.", {}},
  });
}

TEST_CASE("a plural demonym is a people whose verb follows", "[lexicon]") {
  CheckAll({
      {"Kenyans protested against the government in Nairobi on Tuesday.", {"kenya PROTEST kenya"}},
      {"Thousands of Georgians marched against the government in Tbilisi.",
       {"georgia PROTEST georgia"}},
      {"Hundreds of Israelis protested outside the Egyptian embassy.", {"israel PROTEST egypt"}},
      // A singular demonym still modifies the noun after it.
      {"The Kenyan protested.", {}},
      {"Israeli strikes hit Gaza.", {}},
  });
}

TEST_CASE("agreements named as things, and where a list of objects ends", "[lexicon]") {
  CheckAll({
      {"The deal between Chile and Peru was signed on Friday.", {"chile AGREE peru"}},
      {"Kenya's pact with Uganda angered Tanzania.", {"kenya AGREE uganda"}},
      {"Chile and Peru inked a memorandum of understanding on trade.", {"chile AGREE peru"}},
      // No party before the noun: nothing.
      {"Talks on a trade deal with China resumed.", {}},
      // "with" two parties: someone else's agreement with both, not theirs with each other.
      {"Egypt rejected any filling without an agreement with Sudan and Ethiopia.", {}},
      // A list ends where its last name starts a clause of its own.
      {"Serbia signed an agreement with the EU and Kosovo refused to comment.",
       {"serbia AGREE european-union"}},
      {"Chile met Peru and Bolivia said nothing.", {"chile CONSULT peru"}},
  });
}

TEST_CASE("one event read twice in neighbouring words is one; a title noun before a name",
          "[lexicon]") {
  CheckAll({
      {"The United States welcomed the ceasefire agreement between Ethiopia and the TPLF.",
       {"ethiopia AGREE tigray-peoples-liberation-front"}},
      {"Chile praised the peace deal between Ethiopia and the TPLF.",
       {"ethiopia AGREE tigray-peoples-liberation-front"}},
      // "President-elect William Ruto" is the person, not an earlier country's president.
      {"Modi praised Sri Lanka's new president. Uhuru Kenyatta conveyed his best wishes to "
       "President-elect William Ruto.",
       {"narendra-modi SUPPORT sri-lanka", "uhuru-kenyatta SUPPORT william-ruto"}},
      {"Uhuru Kenyatta met President-elect William Ruto in Nairobi.",
       {"uhuru-kenyatta CONSULT william-ruto"}},
      {"Yoweri Museveni sent his condolences to Uhuru Kenyatta.",
       {"yoweri-museveni SUPPORT uhuru-kenyatta"}},
  });
}

TEST_CASE("infinitives of purpose after a plain object; comma lists open the sentence",
          "[lexicon]") {
  CheckAll({
      // After a verb that is no request, the infinitive is the subject's purpose.
      {"Yoweri Museveni joined other leaders to congratulate William Ruto.",
       {"yoweri-museveni SUPPORT william-ruto"}},
      {"Chile sent officials to meet Peru's envoy.", {"chile CONSULT peru"}},
      // After a request, its object acts ("urged" gives only the request).
      {"Chile urged Peruvian officials to meet Bolivia.", {"chile REQUEST peru"}},
      // A verb of the object_control_verb class gives its infinitive to its object.
      {"Washington allowed Ukrainian forces to strike Russia.", {"ukraine ASSAULT russia"}},
      // "aides of Khan" are not Khan; "thousands of Kenyans" are Kenyans.
      {"Three aides of Imran Khan met Asim Munir.", {}},
      // A lower-case agent noun before a name is no title of it: the forces are Syria's.
      {"Turkey struck the forces Bashar al-Assad had sent to Idlib.", {"turkey ASSAULT syria"}},
      // Gas supplies are no humanitarian aid.
      {"Russia's gas supplies to Europe fell.", {}},
      // A comma list that does not open the sentence is an apposition, not two subjects.
      {"In a statement by his adviser, Femi Adesina, Muhammadu Buhari congratulated Ghana.",
       {"muhammadu-buhari SUPPORT ghana"}},
      {"India, Pakistan send aid to Afghanistan",
       {"india AID afghanistan", "pakistan AID afghanistan"}},
  });
}

TEST_CASE("a passive without 'by': the owner of the phrase's words acts; police raids",
          "[lexicon]") {
  CheckAll({
      {"Turkish troops were deployed to Libya on Sunday.", {"turkey MOBILIZE libya"}},
      {"Russian troops were sent to Kazakhstan.", {"russia AID kazakhstan"}},
      {"US sanctions were imposed on Syria in 2011.", {"united-states SANCTION syria"}},
      {"Sanctions were imposed on Syria.", {}},
      {"Ecuadorian police raided the Mexican embassy in Quito.", {"ecuador COERCE mexico"}},
      // Premises are anyone's: the place they stand in does not own them.
      {"Ecuadorian police raided the embassy in Quito.", {}},
      {"Investigators raided the party's headquarters in Tunis.", {}},
      {"Protesters marched against the government in Nairobi.", {"kenya PROTEST kenya"}},
  });
}

TEST_CASE("hyphenated words in entries match hyphenated text", "[lexicon]") {
  CheckAll({
      // A hyphenated word after the head: its parts stand together.
      {"Kenyan teachers staged a sit-in outside the embassy of Uganda.", {"kenya PROTEST uganda"}},
      {"Egypt called for de-escalation in Sudan.", {"egypt REQUEST sudan"}},
      {"Russia's troop build-up near Ukraine alarmed Poland.", {"russia MOBILIZE ukraine"}},
      {"China's military build-up around Taiwan worried Japan.", {"china MOBILIZE taiwan"}},
      // A hyphenated noun lemma, singular and plural (on its last part).
      {"Students held a sit-in at the Egyptian embassy in Nairobi.", {"kenya PROTEST egypt"}},
      {"Kenyan students' sit-ins outside the embassy of Uganda continued.",
       {"kenya PROTEST uganda"}},
      {"Israel's build-up of troops near Lebanon continued.", {"israel MOBILIZE lebanon"}},
      {"Israel's build-ups of troops near Lebanon continued.", {"israel MOBILIZE lebanon"}},
      {"Russia's full-scale invasion of Ukraine began in 2022.", {"russia ASSAULT ukraine"}},
      {"Amnesty condemned Iran's ill-treatment of Afghan refugees.",
       {"amnesty-international ACCUSE iran", "iran ASSAULT afghanistan"}},
      {"Ukraine's counter-offensives against Russia stalled.", {"ukraine ASSAULT russia"}},
      // The parts must follow each other: "sit" and "in" apart are no sit-in.
      {"Kenyan teachers staged a sit outside the embassy of Uganda in June.", {}},
      // Spellings without the hyphen are entries of their own and match as before.
      {"Russia's troop buildup near Ukraine alarmed Poland.", {"russia MOBILIZE ukraine"}},
      {"Israel offered a ceasefire to Hamas.", {"israel AGREE hamas"}},
  });
}

TEST_CASE("PROTEST: a crowd's domestic protest, with no actor or target named", "[lexicon]") {
  CheckAll({
      // A crowd noun with no actor: the people of where it happens, against their
      // government.
      {"Protests erupted in Lima on Sunday.", {"peru PROTEST peru"}},
      {"The arrest sparked riots in Dakar.", {"senegal PROTEST senegal"}},
      {"Thousands joined demonstrations in tightly controlled Minsk.", {"belarus PROTEST belarus"}},
      {"Students protested in Quito on Monday.", {"ecuador PROTEST ecuador"}},
      {"Kenyan nurses demonstrated outside a hospital on Friday.", {"kenya PROTEST kenya"}},
      // A target that is an actor is the target.
      {"Protests against Israel spread across Jordan.", {"jordan PROTEST israel"}},
      // Protests already told, a diplomatic protest, a government protesting: none.
      {"Police declared the demonstrations in Bogota illegal.", {}},
      {"The minister praised the handling of the protests in Nairobi.", {}},
      {"Kenya protested on Tuesday.", {}},
      {"Ghana recalled its envoy from Accra in protest.", {}},
      // A sentence naming another country is not set in the story's.
      {"Peru said on Monday that the riots would not harm trade with Chile.", {}},
  });
  Document doc = testing::Extract("Protests erupted in Lima on Sunday.", Date(2024, 3, 1));
  REQUIRE(doc.triples.size() == 1);
  CHECK(doc.triples[0].subject.sector == Sector::kCvl);
  REQUIRE(doc.triples[0].object);
  CHECK(doc.triples[0].object->sector == Sector::kGov);
}

TEST_CASE("COERCE: a passive arrest with no agent is by the police of where it happens",
          "[lexicon]") {
  CheckAll({
      {"Two journalists were arrested in Harare on Monday.", {"zimbabwe COERCE zimbabwe"}},
      {"Dozens of protesters were detained in Yerevan overnight.", {"armenia COERCE armenia"}},
      {"An opposition activist was jailed in Minsk for three years.", {"belarus COERCE belarus"}},
      {"A Kenyan pilot was detained in Kampala.", {"uganda COERCE kenya"}},
      // No place, no story: no one.
      {"The suspect was arrested on Monday.", {}},
      {"Two Britons were arrested, Iran said.", {}},
      // Law enforcement as police; individuals as civilians.
      {"Law enforcement arrested 40 individuals in Tbilisi.", {"georgia COERCE georgia"}},
  });
  // A story set in Cuba: its arrests are Cuba's; "Santiago", a namesake of Chile's capital
  // that the story never ties to Chile, sets nothing.
  Document doc = testing::Extract(
      "HAVANA - Police patrolled Havana after rare protests across Cuba.\n\n"
      "Cuban officials blamed exiles.\n\n"
      "Ten protesters were detained in the city of Santiago on Sunday.",
      Date(2024, 3, 1));
  std::set<std::string> arrests;
  for (const Triple& t : doc.triples) {
    if (t.plover == "COERCE") arrests.insert(testing::IdOf(t.subject.entity));
  }
  CHECK(arrests == std::set<std::string>{"cuba"});
  const Document agentless =
      testing::Extract("Two journalists were arrested in Harare.", Date(2024, 3, 1));
  REQUIRE(agentless.triples.size() == 1);
  CHECK(agentless.triples[0].subject.sector == Sector::kCop);
}

TEST_CASE("AGREE and CONSULT: agreement words with each verb that makes one; 'have' as a verb",
          "[lexicon]") {
  CheckAll({
      {"Kazakhstan and Azerbaijan concluded a protocol on trade.", {"kazakhstan AGREE azerbaijan"}},
      {"Ghana sealed two deals with Togo on Friday.", {"ghana AGREE togo"}},
      {"Peru finalised a memorandum with Ecuador.", {"peru AGREE ecuador"}},
      {"Oman and Qatar clinched a pact on fisheries.", {"oman AGREE qatar"}},
      // "have" as the verb itself, not an auxiliary.
      {"Kenya had talks with Uganda on Monday.", {"kenya CONSULT uganda"}},
      {"Chile has had a conversation with Argentina about the border.",
       {"chile CONSULT argentina"}},
      {"The Cambodian prime minister had a talk with the Thai foreign minister.",
       {"hun-manet CONSULT parnpree-bahiddha-nukara"}},
      // An auxiliary "have" before a participle is no event of its own.
      {"Kenya has held talks with Uganda.", {"kenya CONSULT uganda"}},
      {"Kenya had not visited Uganda.", {"kenya CONSULT uganda negated"}},
  });
}

TEST_CASE("an act named as a verb's object stands for its actor", "[lexicon]") {
  CheckAll({
      {"Ghana welcomed the visit of the Nigerian foreign minister.",
       {"ghana SUPPORT yusuf-tuggar"}},
      {"Ghana praised the decision by Togo to reopen the border.", {"ghana SUPPORT togo"}},
      {"Peru criticised the remarks of the Chilean president.", {"peru ACCUSE gabriel-boric"}},
      {"Kenya condemned the policies of Uganda.", {"kenya ACCUSE uganda"}},
      // "of" names the target of an event noun whose frames take it so: no actor.
      {"Kenya condemned the invasion of Ukraine.", {}},
      {"Kenya welcomed the expulsion of Russian diplomats.", {}},
  });
}

TEST_CASE("the leaders named by a plural title and their countries", "[lexicon]") {
  CheckAll({
      {"The presidents of Kenya and Uganda held talks in Nairobi.", {"kenya CONSULT uganda"}},
      {"The premiers of Peru and Bolivia signed a treaty.", {"peru AGREE bolivia"}},
      {"The foreign ministers of Oman and Qatar met in Doha.", {"oman CONSULT qatar"}},
  });
}

TEST_CASE("SANCTION: an agreement suspended, cancelled or left; its noun states no agreement",
          "[lexicon]") {
  CheckAll({
      {"Hungary suspended its gas deal with Russia.", {"hungary SANCTION russia"}},
      {"Ankara pulled out of the grain agreement with Moscow.", {"turkey SANCTION russia"}},
      {"Niger terminated its military accords with France.", {"niger SANCTION france"}},
      {"Poland walked away from the treaty with Belarus.", {"poland SANCTION belarus"}},
      {"Hungary did not suspend its deal with Russia.", {"hungary SANCTION russia negated"}},
      // Rejected outright.
      {"Togo scrapped its trade pact with Ghana.", {"togo REJECT ghana"}},
      // An agent noun as a noun modifier inside a phrase ("military agreement").
      {"Mali signed a military agreement with Russia.", {"mali AGREE russia"}},
  });
}

TEST_CASE("COERCE: an act done to a possessor is by whoever ordered it; it names no actor",
          "[lexicon]") {
  CheckAll({
      {"Pakistani prosecutors ordered the arrest of Imran Khan.", {"pakistan COERCE imran-khan"}},
      {"Pakistani police ordered Imran Khan's arrest on Tuesday.", {"pakistan COERCE imran-khan"}},
      {"Turkey ordered Vladimir Putin's arrest.", {"turkey COERCE vladimir-putin"}},
      // The act of someone unnamed: no one condemned, welcomed or protested against.
      {"The United States condemned Imran Khan's arrest.", {}},
      {"Kenya welcomed Raila Odinga's release.", {}},
      {"Uganda protested against Raila Odinga's detention.", {}},
      // Titles without a determiner, coordinated before one person's name, are that person.
      {"A court in Islamabad issued an arrest warrant for former prime minister and opposition "
       "leader Imran Khan.",
       {"pakistan COERCE imran-khan"}},
      {"Police in Dhaka detained former premier and opposition leader Khaleda Zia.",
       {"bangladesh COERCE khaleda-zia"}},
      // Not crowds or forces: "protesters and opposition leader X" are two actors.
      {"Kenyan police arrested protesters and opposition leader Raila Odinga.", {}},
      // With an "of" phrase the possessor does it.
      {"Iran's arrest of two French nationals angered Paris.", {"iran COERCE france"}},
      {"Russia's expulsion of the Estonian ambassador angered Tallinn.",
       {"russia SANCTION estonia"}},
  });
}

TEST_CASE("THREATEN: a warning of unnamed action against someone", "[lexicon]") {
  CheckAll({
      {"Brussels warned of consequences for Belgrade on Monday.",
       {"european-union THREATEN serbia"}},
      {"The EU threatened further measures against Minsk.", {"european-union THREATEN belarus"}},
      {"Turkey did not warn of action against Greece.", {"turkey THREATEN greece negated"}},
      {"China's warning of action against Taiwan alarmed Japan.", {"china THREATEN taiwan"}},
      // A name before an agent noun is the agent's country, not a modifier of an event noun
      // ("military" also heads "military operation").
      {"The EU warned of action on Belarus military officers.",
       {"european-union THREATEN belarus"}},
  });
}

TEST_CASE("AID: each aid noun with each verb of sending or pledging, to or for the recipient",
          "[lexicon]") {
  CheckAll({
      {"Chile flew tents to Peru.", {"chile AID peru"}},
      {"Norway donated vaccines to Kenya.", {"norway AID kenya"}},
      {"India rushed rescue teams to Nepal.", {"india AID nepal"}},
      {"Japan did not provide funding for Tonga.", {"japan AID tonga negated"}},
      // Pledges are intents (CAMEO 033x, AGREE), their aid planned.
      {"Qatar offered grants to Sudan.", {"qatar AGREE sudan"}},
      // "US$" is a currency's prefix, no mention of the United States, and part of the
      // quantity between the verb and its noun.
      {"Norway promised US$40,000 in emergency relief for Fiji.", {"norway AGREE fiji"}},
  });
}

TEST_CASE("a reciprocal object: each subject acts on each other one", "[lexicon]") {
  CheckAll({
      {"Armenia and Azerbaijan fired at each other.",
       {"armenia ASSAULT azerbaijan", "azerbaijan ASSAULT armenia"}},
      {"Peru and Ecuador accused each other on Friday.",
       {"peru ACCUSE ecuador", "ecuador ACCUSE peru"}},
      {"India and Pakistan did not criticise one another.",
       {"india ACCUSE pakistan negated", "pakistan ACCUSE india negated"}},
      // A symmetric event is one triple either way.
      {"Peru and Chile met each other in Lima.", {"peru CONSULT chile"}},
      // One subject: no one to act on.
      {"Kenya accused each other.", {}},
      // A frame that needs an evaluation after its object ("called X corrupt") has none.
      {"Joe Biden and Xi Jinping called each other on Monday.", {}},
  });
}

TEST_CASE("a symmetric event in the passive with all its parties as agents", "[lexicon]") {
  CheckAll({
      {"The treaty was signed by Armenia and Azerbaijan.", {"armenia AGREE azerbaijan"}},
      {"The accord had been signed by envoys from Armenia and Azerbaijan.",
       {"armenia AGREE azerbaijan"}},
      {"The treaty was not signed by Armenia and Azerbaijan.",
       {"armenia AGREE azerbaijan negated"}},
      // The parties named earlier, then as a group.
      {"Peru and Chile reached a deal. The accord was signed in Lima by envoys of both countries.",
       {"peru AGREE chile"}},
      // One agent and no other party: no event between two.
      {"The treaty was signed by Armenia.", {}},
  });
}

TEST_CASE("a domestic agent acts where its sentence is set, not for the noun's earlier owner",
          "[lexicon]") {
  CheckAll({
      {"Ugandan police arrested two Kenyan journalists in January. In Nairobi, police "
       "detained two Ugandan activists on Monday.",
       {"uganda COERCE kenya", "kenya COERCE uganda"}},
      // A demonym before a place noun after a location word sets the sentence; an agent
      // noun's place may be named through a place noun's phrase.
      {"Ugandan police arrested two Kenyan journalists. Riot police in the Kenyan capital "
       "detained two Ugandan activists on Monday.",
       {"uganda COERCE kenya", "kenya COERCE uganda"}},
      {"Police in the Russian city of Kazan detained two Ukrainian journalists.",
       {"russia COERCE ukraine"}},
      {"Police in the city of Kazan detained two Ukrainian journalists.",
       {"russia COERCE ukraine"}},
      // Not a domestic agent: the ministry stays India's in a sentence set in Kabul.
      {"India's foreign ministry sent aid to Afghanistan. In Kabul, the ministry sent aid to "
       "Afghan refugees.",
       {"india AID afghanistan"}},
  });
}

TEST_CASE("a denier is the subject of its own clause, not an actor inside a relative clause",
          "[lexicon]") {
  CheckAll({
      {"Uganda, which borders Kenya, denied sending arms to Sudan.",
       {"uganda REJECT -", "uganda AID sudan"}},
      {"Niger, whose army seized power in July, denied the claims.", {"niger REJECT -"}},
      {"Mali, a neighbour of Niger, denied it.", {"mali REJECT -"}},
      {"Chad, which shares a border with Libya, has denied the report.", {"chad REJECT -"}},
      // Adverbs coordinated before the verb, and the denier's own relative clause.
      {"Kenya strongly and categorically denied the claims.", {"kenya REJECT -"}},
      {"Russia, which has denied any role, said the talks failed.", {"russia REJECT -"}},
  });
}

TEST_CASE("a time expression between a frame's words", "[lexicon]") {
  CheckAll({
      {"Peru and Chile agreed on Monday to reopen their shared border.", {"peru AGREE chile"}},
      {"Kenya signed on Friday a trade deal with Uganda.", {"kenya AGREE uganda"}},
      {"Egypt and Sudan agreed earlier this month to hold joint drills.",
       {"egypt AGREE sudan", "egypt COOPERATE sudan"}},
      {"Lula met on Tuesday with Xi Jinping.", {"luiz-inacio-lula-da-silva CONSULT xi-jinping"}},
      // A day's number before its month.
      {"Peru and Chile agreed on 3 March to reopen their shared border.", {"peru AGREE chile"}},
      {"Kenya on 12 June expelled the Ugandan ambassador.", {"kenya SANCTION uganda"}},
      // The number after its month, between the subject and its verb.
      {"Ghana on August 20 recalled its ambassador from Togo.", {"ghana SANCTION togo"}},
      {"The AU had on October 3 imposed sanctions on Niger.", {"african-union SANCTION niger"}},
  });
}

TEST_CASE("an opening participle clause after a time measure is the main subject's", "[lexicon]") {
  CheckAll({
      {"A day after meeting Putin, Kim Jong Un flew home.", {"kim-jong-un CONSULT vladimir-putin"}},
      {"Hours before visiting Kyiv, Olaf Scholz spoke with Zelensky.",
       {"olaf-scholz CONSULT ukraine", "olaf-scholz CONSULT volodymyr-zelensky"}},
      {"Shortly after meeting Modi, Biden left India.", {"joe-biden CONSULT narendra-modi"}},
      {"48 hours after meeting Putin, Kim Jong Un flew home.",
       {"kim-jong-un CONSULT vladimir-putin"}},
      // A clause with its own subject keeps it.
      {"A day after Iran met Russia, Kim Jong Un flew home.", {"iran CONSULT russia"}},
  });
}

TEST_CASE("AID: a supplier named as what its subject is", "[lexicon]") {
  CheckAll({
      {"Germany has been one of the largest suppliers of weapons to Ukraine.",
       {"germany AID ukraine"}},
      {"Russia remains the main supplier of oil to India.", {"russia AID india"}},
      {"Iran, a close partner of Syria, is a leading provider of drones to Russia.",
       {"iran AID russia"}},
      {"Kenya said Iran is not a supplier of drones to Russia.", {"iran AID russia negated"}},
      // A supplier that is no subject's: nothing.
      {"The talks with India's supplier of oil ended.", {}},
  });
}

TEST_CASE("ACCUSE: a protest made to a government; AGREE: a partnership signed", "[lexicon]") {
  CheckAll({
      {"Seoul protested to Tokyo about the textbooks.", {"south-korea ACCUSE japan"}},
      {"Vietnam has protested to China.", {"vietnam ACCUSE china"}},
      {"Thousands protested in Nairobi.", {}},
      {"Kenya inked a partnership with Japan.", {"kenya AGREE japan"}},
      {"Vietnam signed a comprehensive strategic partnership with Australia.",
       {"vietnam AGREE australia"}},
  });
}

TEST_CASE("AID: sums of money given or pledged to someone", "[lexicon]") {
  CheckAll({
      {"Japan will provide $500 million to the Philippines.", {"japan AID philippines"}},
      {"China granted 300 million yuan in aid to Cambodia.", {"china AID cambodia"}},
      {"The EU pledged 2 billion euros to Egypt.", {"european-union AGREE egypt"}},
      // Money for a purpose, or paid: no recipient, no aid.
      {"The US pledged $5 million to rebuild schools in Gaza.", {}},
      {"Iran paid $6 billion to Russia.", {}},
  });
}

TEST_CASE("a preposition ends an object's noun phrase", "[lexicon]") {
  CheckAll({
      // The missile fell into the sea, not into Japan.
      {"North Korea fired a ballistic missile into the sea off Japan.", {}},
      {"Chinese ships fired water cannon at a boat along the coast of Vietnam.", {}},
      {"North Korea fired missiles into Japan.", {"north-korea ASSAULT japan"}},
  });
}

TEST_CASE(
    "CONSULT: a person received or welcomed is a visitor hosted; anything else welcomed "
    "is praised",
    "[lexicon]") {
  CheckAll({
      {"Putin received Erdogan in Sochi.", {"vladimir-putin CONSULT recep-tayyip-erdogan"}},
      {"Erdogan was received by Putin at the airport.",
       {"vladimir-putin CONSULT recep-tayyip-erdogan"}},
      {"Ruto welcomed Xi Jinping to Nairobi on Monday.", {"william-ruto CONSULT xi-jinping"}},
      {"Macron did not receive Modi.", {"emmanuel-macron CONSULT narendra-modi negated"}},
      // A thing received is no visit; a person's act welcomed is praise.
      {"Kenya received a letter from Uganda.", {}},
      {"Kenya welcomed Abiy Ahmed's decision to withdraw troops.", {"kenya SUPPORT abiy-ahmed"}},
      {"The EU welcomed Zelensky's proposal.", {"european-union SUPPORT volodymyr-zelensky"}},
  });
}

TEST_CASE("an event noun proposed is no event held", "[lexicon]") {
  CheckAll({
      {"Kenya called for dialogue between Ethiopia and Egypt.", {}},
      {"Kenya urged talks between Ethiopia and Egypt.", {}},
      {"Ghana pushed for a meeting between Mali and Niger.", {}},
      // Talks welcomed or judged were held.
      {"Kenya welcomed talks between Ethiopia and Egypt.", {"ethiopia CONSULT egypt"}},
      {"Kenya called the talks between Ethiopia and Egypt productive.", {"ethiopia CONSULT egypt"}},
      // Names modifying the noun proposed ("a Russia-Ukraine ceasefire") change nothing.
      {"Kenya urged a Russia-Ukraine ceasefire.", {}},
  });
}

TEST_CASE("a clause a proposal verb asks for states no event", "[lexicon]") {
  CheckAll({
      // The one urged is the clause's subject.
      {"Kenya urged that Uganda withdraw its troops from Somalia.", {"kenya REQUEST uganda"}},
      {"Ghana proposed that Mali and Niger hold talks in Accra.", {}},
      {"Peru demanded Chile return the seized fishing boats.", {}},
      {"Kenya urged that Uganda should withdraw its troops from Somalia.",
       {"kenya REQUEST uganda"}},
      {"Kenya urged that Uganda not attack Somalia.", {"kenya REQUEST uganda"}},
      // A clause of its own after the verb's object is no clause asked for.
      {"Kenya urges calm but Uganda and Rwanda accuse each other of aggression.",
       {"uganda ACCUSE rwanda", "rwanda ACCUSE uganda"}},
      // Told as done, or after another verb, it stands.
      {"Kenya said Uganda withdrew its troops from Somalia.", {"uganda RETREAT somalia"}},
      {"Mali and Niger hold talks in Accra every year.", {"mali CONSULT niger"}},
  });
}

TEST_CASE("an event noun blocked is no event held", "[lexicon]") {
  CheckAll({
      {"Hungary blocked an EU aid package for Ukraine.", {}},
      {"Iran postponed talks with the IAEA.", {}},
      {"Slovakia delayed the EU's sanctions on Belarus.", {}},
      // Approved or welcomed, it stands.
      {"Hungary approved an EU aid package for Ukraine.", {"european-union AID ukraine"}},
      {"Kenya welcomed the Russia-Ukraine ceasefire.", {"russia AGREE ukraine"}},
  });
}

TEST_CASE("an infinitive of purpose after an object or another infinitive", "[lexicon]") {
  CheckAll({
      // The object of a verb that gives no infinitive to its object is no controller.
      {"Kenya allowed Ugandan troops to enter Somalia to fight al-Shabaab.",
       {"uganda ASSAULT al-shabaab"}},
      {"Kenya sent troops to Somalia to fight al-Shabaab.",
       {"kenya AID somalia", "kenya ASSAULT al-shabaab"}},
      {"Chad's army crossed into Sudan to attack Darfur rebels.", {}},
      // Object control stays: the object does what it is pushed or invited to do.
      {"Putin invited Kim Jong Un to visit Moscow.",
       {"vladimir-putin AGREE kim-jong-un", "kim-jong-un CONSULT russia"}},
      {"Kenya pushed Uganda to withdraw its troops from Somalia.", {"uganda RETREAT somalia"}},
      // A report verb's headline clause keeps its subject.
      {"Macron says France to recognise Palestine.", {"france SUPPORT palestine"}},
  });
}

TEST_CASE("THREATEN: retaliation promised", "[lexicon]") {
  CheckAll({
      {"Iran vowed to retaliate against the EU.", {"iran THREATEN european-union"}},
      {"Russia threatened retaliation against Britain.", {"russia THREATEN united-kingdom"}},
      {"China warned of retaliation against Japan.", {"china THREATEN japan"}},
      {"Iran did not vow to retaliate against the EU.", {"iran THREATEN european-union negated"}},
      // Retaliation done is what was done; the word alone says nothing more.
      {"Russia retaliated against the EU.", {}},
  });
}

TEST_CASE("a noun for a person before a name: the person is the argument", "[lexicon]") {
  CheckAll({
      // No determiner before the noun: the name's person, not the noun's implied actor.
      {"Police in Lagos detained rights activist Marta Quenum on Friday.",
       {"nigeria COERCE marta-quenum"}},
      {"Ruto met opposition leader Raila Odinga in Nairobi.",
       {"william-ruto CONSULT raila-odinga"}},
      {"Bolivian soldiers detained union organiser Tomas Quispe in El Alto.",
       {"bolivia COERCE tomas-quispe"}},
      // After a demonym: the person, not the demonym's country.
      {"Iran arrested French researcher Lucie Marchand in Tehran.", {"iran COERCE lucie-marchand"}},
      {"Russia freed American journalist Evan Gershkovich in a prisoner swap.",
       {"russia RETREAT evan-gershkovich"}},
      {"Peru deported Chilean-born lawyer Ana Beltran Soto.", {"peru COERCE ana-beltran-soto"}},
      // A plural noun with a determiner before a name opens a relative clause.
      {"Syrian troops attacked the forces Assad had deployed.", {}},
      // No person named: the demonym's country stays.
      {"Iran arrested a French researcher.", {"iran COERCE france"}},
  });
}

TEST_CASE("an intent noun's infinitive is done by the intent's owner", "[lexicon]") {
  CheckAll({
      {"Kenya's decision to sign a trade pact with China angered Uganda.", {"kenya AGREE china"}},
      {"The plan of Ghana to send troops to Mali was dropped.", {"ghana AID mali"}},
      {"Uganda welcomed Kenya's surprise decision to withdraw troops from Somalia.",
       {"uganda SUPPORT kenya", "kenya RETREAT somalia"}},
      {"Peru's bid to join the pact with Chile failed.", {}},
      // No owner named: no one does it.
      {"Kenya criticised the decision to expel the Ugandan envoy.", {}},
      {"A plan to send troops to Mali was dropped.", {}},
  });
}

TEST_CASE("CONSULT: an event mediated, named by its parties", "[lexicon]") {
  CheckAll({
      {"Qatar mediated an Israel-Hamas truce on Sunday.",
       {"qatar CONSULT israel", "qatar CONSULT hamas", "israel AGREE hamas"}},
      {"Turkey brokered the Russia-Ukraine grain deal.",
       {"turkey CONSULT russia", "turkey CONSULT ukraine", "russia AGREE ukraine"}},
      {"Kenya mediated talks between Sudan and South Sudan.",
       {"kenya CONSULT sudan", "kenya CONSULT south-sudan", "sudan CONSULT south-sudan"}},
      // No parties named: no one mediated with.
      {"Norway brokered a grain deal.", {}},
  });
}

TEST_CASE("ASSAULT: a city attacked stands for its country", "[lexicon]") {
  CheckAll({
      {"Russian forces shelled Kharkiv overnight.", {"russia ASSAULT ukraine"}},
      {"Russian troops shelled the northern city of Kharkiv.", {"russia ASSAULT ukraine"}},
      {"Russia occupied Kherson in 2022.", {"russia COERCE ukraine"}},
      // A city of the attacker's own country is no event between two countries, and a city
      // is no object of verbs that do not take places.
      {"Syrian forces bombed Idlib on Sunday.", {}},
      {"Uganda accused Mombasa of delays.", {}},
  });
}

}  // namespace
}  // namespace attache
