# Event triggers for the PLOVER categories ACCUSE (CAMEO 09x investigate, 11x disapprove),
# REJECT (12x, and denials of an accusation), THREATEN (13x) and PROTEST (14x).
# Written from the CAMEO and PLOVER codebooks' definitions.
# Within one lemma, longer phrases are tried first; among phrases of the same length the
# first listed that finds its roles wins, so the direct-object frame of a verb comes before
# its prepositional ones.

# ---- irregular forms used below (duplicates of irregular.lex are harmless)
irregular tear tore torn
irregular cast cast cast
irregular level leveled,levelled leveled,levelled
irregular rebut rebutted rebutted gerund=rebutting
irregular veto vetoed vetoed third=vetoes
irregular admit admitted admitted gerund=admitting
irregular expel expelled expelled gerund=expelling
irregular hit hit hit gerund=hitting
irregular speak spoke spoken
irregular stand stood stood
irregular take took taken
irregular bring brought brought
irregular give gave given
irregular send sent sent
irregular make made made
irregular go went gone third=goes
irregular break broke broken
irregular hold held held
irregular set set set gerund=setting
irregular leave left left
irregular withdraw withdrew withdrawn
irregular withhold withheld withheld

# ---- ACCUSE: 090-094 investigate
verb investigate O -> investigated cameo=090
verb probe into:O -> investigated cameo=090
verb look into O -> investigated cameo=090
verb subpoena O -> investigated cameo=090
verb launch investigation into|of:O -> investigated cameo=090
verb open investigation into|of:O -> investigated cameo=090
verb order investigation into|of:O -> investigated cameo=090
verb begin investigation into|of:O -> investigated cameo=090
verb start investigation into|of:O -> investigated cameo=090
verb conduct investigation into|of:O -> investigated cameo=090
verb announce investigation into|of:O -> investigated cameo=090
verb launch probe into|of:O -> investigated cameo=090
verb open probe into|of:O -> investigated cameo=090
verb order probe into|of:O -> investigated cameo=090
verb launch inquiry into|of:O -> investigated cameo=090
verb open inquiry into|of:O -> investigated cameo=090
verb order inquiry into|of:O -> investigated cameo=090
verb set up inquiry into:O -> investigated cameo=090
verb set up commission of inquiry into:O -> investigated cameo=090
noun investigation into|of:O -> investigated cameo=090
noun probe into|of:O -> investigated cameo=090
noun inquiry into|of:O -> investigated cameo=090
# 091 crime, corruption
verb launch criminal investigation into|against:O -> investigated cameo=091
verb open criminal investigation into|against:O -> investigated cameo=091
verb launch criminal probe into|against:O -> investigated cameo=091
verb open criminal probe into|against:O -> investigated cameo=091
verb open criminal case against:O -> investigated cameo=091
verb launch corruption investigation into|against:O -> investigated cameo=091
verb open corruption investigation into|against:O -> investigated cameo=091
verb launch corruption probe into|against:O -> investigated cameo=091
verb open corruption probe into|against:O -> investigated cameo=091
verb open corruption case against:O -> investigated cameo=091
verb launch fraud investigation into|against:O -> investigated cameo=091
verb launch fraud probe into|against:O -> investigated cameo=091
verb launch bribery investigation into|against:O -> investigated cameo=091
verb launch bribery probe into|against:O -> investigated cameo=091
verb investigate corruption by:O -> investigated cameo=091
verb probe corruption by:O -> investigated cameo=091
verb investigate fraud by:O -> investigated cameo=091
# 092 human rights abuses
verb investigate abuses by:O -> investigated cameo=092
verb investigate rights abuses by:O -> investigated cameo=092
verb investigate human rights abuses by:O -> investigated cameo=092
verb investigate human rights violations by:O -> investigated cameo=092
verb investigate torture by:O -> investigated cameo=092
verb probe abuses by:O -> investigated cameo=092
verb probe rights abuses by:O -> investigated cameo=092
verb document abuses by:O -> investigated cameo=092
verb document rights abuses by:O -> investigated cameo=092
verb document human rights abuses by:O -> investigated cameo=092
verb document human rights violations by:O -> investigated cameo=092
verb launch investigation into abuses by:O -> investigated cameo=092
verb launch investigation into rights abuses by:O -> investigated cameo=092
verb open investigation into abuses by:O -> investigated cameo=092
noun investigation into abuses by:O -> investigated cameo=092
noun investigation into rights abuses by:O -> investigated cameo=092
noun investigation into human rights abuses by:O -> investigated cameo=092
# 093 military action
verb investigate airstrike by:O -> investigated cameo=093
verb investigate airstrikes by:O -> investigated cameo=093
verb investigate strike by:O -> investigated cameo=093
verb investigate strikes by:O -> investigated cameo=093
verb investigate attack by:O -> investigated cameo=093
verb investigate shelling by:O -> investigated cameo=093
verb investigate incursion by:O -> investigated cameo=093
verb investigate killing by:O -> investigated cameo=093
verb investigate killings by:O -> investigated cameo=093
verb investigate use of force by:O -> investigated cameo=093
verb probe airstrike by:O -> investigated cameo=093
verb probe attack by:O -> investigated cameo=093
verb launch investigation into airstrike by:O -> investigated cameo=093
verb launch investigation into killings by:O -> investigated cameo=093
noun investigation into airstrike by:O -> investigated cameo=093
noun investigation into killings by:O -> investigated cameo=093
# 094 war crimes
verb investigate war crimes by:O -> investigated cameo=094
verb investigate alleged war crimes by:O -> investigated cameo=094
verb investigate atrocities by:O -> investigated cameo=094
verb investigate genocide by:O -> investigated cameo=094
verb investigate crimes against humanity by:O -> investigated cameo=094
verb probe war crimes by:O -> investigated cameo=094
verb document war crimes by:O -> investigated cameo=094
verb document atrocities by:O -> investigated cameo=094
verb launch war crimes investigation into|against:O -> investigated cameo=094
verb open war crimes investigation into|against:O -> investigated cameo=094
verb launch war crimes probe into|against:O -> investigated cameo=094
verb open war crimes probe into|against:O -> investigated cameo=094
verb launch investigation into war crimes by:O -> investigated cameo=094
verb open investigation into war crimes by:O -> investigated cameo=094
noun investigation into war crimes by:O -> investigated cameo=094
noun investigation into alleged war crimes by:O -> investigated cameo=094

# ---- ACCUSE: 110 disapprove
verb disapprove of:O -> disapproved-of cameo=110
# "US concerns over China": a third-person form after an actor is read as a verb
verb concern over|about:O -> disapproved-of cameo=110
verb object to O -> disapproved-of cameo=110
verb oppose O -> disapproved-of cameo=110
verb frown on O -> disapproved-of cameo=110
verb frown upon O -> disapproved-of cameo=110
verb take issue with:O -> disapproved-of cameo=110
verb express concern over|about|at:O -> disapproved-of cameo=110
verb voice concern over|about|at:O -> disapproved-of cameo=110
verb express concerns over|about|at:O -> disapproved-of cameo=110
verb voice concerns over|about|at:O -> disapproved-of cameo=110
verb express its concern over|about|at:O -> disapproved-of cameo=110
verb voice its concern over|about|at:O -> disapproved-of cameo=110
verb express its opposition to:O -> disapproved-of cameo=110
verb raise concerns about|over:O -> disapproved-of cameo=110
verb raise concerns with:O -> disapproved-of cameo=110
verb express disapproval of:O -> disapproved-of cameo=110
verb voice disapproval of:O -> disapproved-of cameo=110
verb express opposition to:O -> disapproved-of cameo=110
verb voice opposition to:O -> disapproved-of cameo=110
verb register opposition to:O -> disapproved-of cameo=110
verb express reservations about|over:O -> disapproved-of cameo=110
verb voice reservations about|over:O -> disapproved-of cameo=110
verb express dismay at|over:O -> disapproved-of cameo=110
verb voice dismay at|over:O -> disapproved-of cameo=110
verb express displeasure with|at|over:O -> disapproved-of cameo=110
verb voice displeasure with|at|over:O -> disapproved-of cameo=110
verb express disappointment with|at|over:O -> disapproved-of cameo=110
verb voice disappointment with|at|over:O -> disapproved-of cameo=110
verb express frustration with|at|over:O -> disapproved-of cameo=110
verb voice frustration with|at|over:O -> disapproved-of cameo=110
verb express alarm at|over:O -> disapproved-of cameo=110
verb voice alarm at|over:O -> disapproved-of cameo=110
verb express anger at|over:O -> disapproved-of cameo=110
verb voice anger at|over:O -> disapproved-of cameo=110
noun disapproval of:O -> disapproved-of cameo=110
noun objection to:O -> disapproved-of cameo=110
noun concern over|about:O -> disapproved-of cameo=110
noun misgiving about|over:O -> disapproved-of cameo=110

# ---- ACCUSE: 111 criticise, denounce, condemn
verb condemn attack by:O -> condemned cameo=111
verb condemn attacks by:O -> condemned cameo=111
verb condemn O -> condemned cameo=111
verb denounce O -> condemned cameo=111
verb decry O -> condemned cameo=111
verb deplore O -> condemned cameo=111
verb censure O -> condemned cameo=111
verb excoriate O -> condemned cameo=111
verb criticize O -> criticized cameo=111
# Calling someone, or what they said or did, something bad ("called Milei's remarks
# unacceptable", "described the envoy as a liar"): the negative_evaluation words of
# gazetteers/rules/structure.rules.
verb call O -> criticized cameo=111 complement=negative
verb describe O -> criticized cameo=111 complement=negative
verb label O -> criticized cameo=111 complement=negative
verb brand O -> criticized cameo=111 complement=negative
verb term O -> criticized cameo=111 complement=negative
verb dub O -> criticized cameo=111 complement=negative
# The criticised side: "Kenya drew criticism from Uganda" (Uganda acts).
verb draw criticism from:O -> criticized cameo=111 reverse
verb face criticism from:O -> criticized cameo=111 reverse
verb receive criticism from:O -> criticized cameo=111 reverse
verb draw condemnation from:O -> condemned cameo=111 reverse
verb face condemnation from:O -> condemned cameo=111 reverse
verb draw rebuke from:O -> criticized cameo=111 reverse
verb draw rebukes from:O -> criticized cameo=111 reverse
verb come under fire from:O -> criticized cameo=111 reverse
verb come under criticism from:O -> criticized cameo=111 reverse
verb criticise O -> criticized cameo=111
verb rebuke O -> criticized cameo=111
verb reprimand O -> criticized cameo=111
verb chide O -> criticized cameo=111
verb chastise O -> criticized cameo=111
verb castigate O -> criticized cameo=111
verb lambast O -> criticized cameo=111
verb lambaste O -> criticized cameo=111
verb slam O -> criticized cameo=111
verb blast O -> criticized cameo=111
verb berate O -> criticized cameo=111
verb scold O -> criticized cameo=111
verb admonish O -> criticized cameo=111
verb upbraid O -> criticized cameo=111
verb vilify O -> criticized cameo=111
verb assail O -> criticized cameo=111
verb pillory O -> criticized cameo=111
verb fault O -> criticized cameo=111
verb deride O -> criticized cameo=111
verb ridicule O -> criticized cameo=111
verb mock O -> criticized cameo=111
verb disparage O -> criticized cameo=111
verb denigrate O -> criticized cameo=111
verb insult O -> criticized cameo=111
verb call out O -> criticized cameo=111
verb hit out at O -> criticized cameo=111
verb lash out at O -> criticized cameo=111
verb take aim at O -> criticized cameo=111
verb round on O -> criticized cameo=111
verb rail against:O -> criticized cameo=111
verb inveigh against:O -> criticized cameo=111
verb fulminate against:O -> criticized cameo=111
verb speak out against:O -> criticized cameo=111
verb tear into O -> criticized cameo=111
verb come down hard on O -> criticized cameo=111
verb issue condemnation of:O -> condemned cameo=111
verb issue its condemnation of:O -> condemned cameo=111
verb express its condemnation of:O -> condemned cameo=111
verb express condemnation of:O -> condemned cameo=111
verb voice condemnation of:O -> condemned cameo=111
verb express outrage at|over:O -> condemned cameo=111
verb voice outrage at|over:O -> condemned cameo=111
verb express indignation at|over:O -> condemned cameo=111
verb voice criticism of:O -> criticized cameo=111
verb express criticism of:O -> criticized cameo=111
verb level criticism at|against:O -> criticized cameo=111
verb direct criticism at:O -> criticized cameo=111
verb launch broadside against|at:O -> criticized cameo=111
verb launch tirade against:O -> criticized cameo=111
verb launch verbal attack on|against:O -> criticized cameo=111
noun condemnation of:O -> condemned cameo=111
noun denunciation of:O -> condemned cameo=111
noun censure of:O -> condemned cameo=111
noun criticism of:O -> criticized cameo=111
noun rebuke of|to:O -> criticized cameo=111
noun reprimand of|to:O -> criticized cameo=111
noun tirade against:O -> criticized cameo=111
noun broadside against|at:O -> criticized cameo=111
noun diatribe against:O -> criticized cameo=111
noun verbal attack on|against:O -> criticized cameo=111

# ---- ACCUSE: 112 accuse (1121 crime, corruption; 1122 human rights; 1123 aggression;
# 1124 war crimes; 1125 espionage, treason)
verb accuse O -> accused cameo=112
verb blame O -> accused cameo=112
verb blame on:O -> accused cameo=112
verb implicate O -> accused cameo=112
verb scapegoat O -> accused cameo=112
verb point finger at:O -> accused cameo=112
verb level accusations against|at:O -> accused cameo=112
verb level allegations against|at:O -> accused cameo=112
verb level charges against|at:O -> accused cameo=112
verb make accusations against:O -> accused cameo=112
verb make allegations against:O -> accused cameo=112
verb hurl accusations at|against:O -> accused cameo=112
verb repeat accusations against:O -> accused cameo=112
verb trade accusations with:O -> accused cameo=112 symmetric
verb exchange accusations with:O -> accused cameo=112 symmetric
verb trade blame with:O -> accused cameo=112 symmetric
noun accusation against:O -> accused cameo=112
noun allegation against:O -> accused cameo=112
verb level corruption charges against:O -> accused cameo=1121
verb level corruption allegations against:O -> accused cameo=1121
verb make corruption allegations against:O -> accused cameo=1121
verb level fraud charges against:O -> accused cameo=1121
verb condemn human rights abuses by:O -> accused cameo=1122
verb condemn rights abuses by:O -> accused cameo=1122
verb condemn abuses by:O -> accused cameo=1122
verb condemn human rights violations by:O -> accused cameo=1122
verb condemn crackdown by:O -> accused cameo=1122
verb denounce human rights abuses by:O -> accused cameo=1122
verb denounce rights abuses by:O -> accused cameo=1122
verb denounce abuses by:O -> accused cameo=1122
verb denounce crackdown by:O -> accused cameo=1122
verb decry abuses by:O -> accused cameo=1122
verb decry crackdown by:O -> accused cameo=1122
verb condemn aggression by|of:O -> accused cameo=1123
verb denounce aggression by|of:O -> accused cameo=1123
verb condemn incursion by:O -> accused cameo=1123
verb condemn incursions by:O -> accused cameo=1123
verb condemn provocations by:O -> accused cameo=1123
verb denounce provocations by:O -> accused cameo=1123
verb condemn war crimes by:O -> accused cameo=1124
verb denounce war crimes by:O -> accused cameo=1124
verb condemn atrocities by:O -> accused cameo=1124
verb denounce atrocities by:O -> accused cameo=1124
verb condemn massacre by:O -> accused cameo=1124
verb level war crimes accusations against:O -> accused cameo=1124
verb level genocide accusations against:O -> accused cameo=1124
verb level espionage charges against:O -> accused cameo=1125
verb level spying accusations against:O -> accused cameo=1125
verb level spying allegations against:O -> accused cameo=1125
verb make spying allegations against:O -> accused cameo=1125

# ---- ACCUSE: 113 rally opposition against
verb rally opposition against|to:O -> rallied-opposition-against cameo=113
verb rally support against:O -> rallied-opposition-against cameo=113
verb rally allies against:O -> rallied-opposition-against cameo=113
verb rally countries against:O -> rallied-opposition-against cameo=113
verb rally nations against:O -> rallied-opposition-against cameo=113
verb rally world against:O -> rallied-opposition-against cameo=113
verb mobilize opposition against|to:O -> rallied-opposition-against cameo=113
verb mobilise opposition against|to:O -> rallied-opposition-against cameo=113
verb build coalition against:O -> rallied-opposition-against cameo=113
verb form coalition against:O -> rallied-opposition-against cameo=113
verb forge coalition against:O -> rallied-opposition-against cameo=113
verb forge alliance against:O -> rallied-opposition-against cameo=113
verb form alliance against:O -> rallied-opposition-against cameo=113
verb lobby against:O -> rallied-opposition-against cameo=113
verb gang up on O -> rallied-opposition-against cameo=113
verb isolate O -> rallied-opposition-against cameo=113

# ---- ACCUSE: 114 complain officially
verb complain about:O -> complained-to cameo=114
verb lodge complaint against:O -> complained-to cameo=114
verb lodge complaint with:O -> complained-to cameo=114
verb lodge formal complaint against|with:O -> complained-to cameo=114
verb send complaint to:O -> complained-to cameo=114
verb submit complaint to|against:O -> complained-to cameo=114
noun complaint against:O -> complained-to cameo=114
verb lodge protest with|against:O -> lodged-protest-with cameo=114
verb file protest with|against:O -> lodged-protest-with cameo=114
verb register protest with:O -> lodged-protest-with cameo=114
verb lodge its protest with:O -> lodged-protest-with cameo=114
verb lodge their protest with:O -> lodged-protest-with cameo=114
verb deliver protest note to:O -> lodged-protest-with cameo=114
verb hand protest note to:O -> lodged-protest-with cameo=114
verb send protest note to:O -> lodged-protest-with cameo=114
verb issue protest note to:O -> lodged-protest-with cameo=114
verb deliver note of protest to:O -> lodged-protest-with cameo=114
verb hand note of protest to:O -> lodged-protest-with cameo=114
verb send note of protest to:O -> lodged-protest-with cameo=114
verb deliver protest to:O -> lodged-protest-with cameo=114
verb deliver demarche to:O -> lodged-protest-with cameo=114
verb issue demarche to:O -> lodged-protest-with cameo=114
noun protest note to:O -> lodged-protest-with cameo=114
noun protest to:O -> lodged-protest-with cameo=114
# "Japan protested to China": a complaint made to a government, not a demonstration.
verb protest to:O -> lodged-protest-with cameo=114
verb summon O -> summoned-envoy-of cameo=114

# ---- ACCUSE: 115 bring lawsuit against
verb sue O -> filed-case-against cameo=115
verb file lawsuit against:O -> filed-case-against cameo=115
verb file suit against:O -> filed-case-against cameo=115
verb file case against:O -> filed-case-against cameo=115
verb file complaint against:O -> filed-case-against cameo=115
verb file claim against:O -> filed-case-against cameo=115
verb file genocide case against:O -> filed-case-against cameo=115
verb bring case against:O -> filed-case-against cameo=115
verb bring lawsuit against:O -> filed-case-against cameo=115
verb bring suit against:O -> filed-case-against cameo=115
verb bring genocide case against:O -> filed-case-against cameo=115
verb lodge case against:O -> filed-case-against cameo=115
verb launch lawsuit against:O -> filed-case-against cameo=115
verb launch legal action against:O -> filed-case-against cameo=115
verb take legal action against:O -> filed-case-against cameo=115
verb launch legal proceedings against:O -> filed-case-against cameo=115
verb institute proceedings against:O -> filed-case-against cameo=115
verb initiate proceedings against:O -> filed-case-against cameo=115
verb launch proceedings against:O -> filed-case-against cameo=115
verb start proceedings against:O -> filed-case-against cameo=115
noun lawsuit against:O -> filed-case-against cameo=115
noun suit against:O -> filed-case-against cameo=115
noun legal action against:O -> filed-case-against cameo=115
noun legal case against:O -> filed-case-against cameo=115
noun genocide case against:O -> filed-case-against cameo=115
noun proceeding against:O -> filed-case-against cameo=115

# ---- ACCUSE: 116 find guilty or liable
verb convict O -> convicted cameo=116
verb sentence O -> convicted cameo=116
verb rule against O -> ruled-against cameo=116
verb find against O -> ruled-against cameo=116
verb issue ruling against:O -> ruled-against cameo=116
verb deliver verdict against:O -> ruled-against cameo=116
noun conviction of:O -> convicted cameo=116
noun sentencing of:O -> convicted cameo=116
noun verdict against:O -> ruled-against cameo=116
noun ruling against:O -> ruled-against cameo=116
noun judgment against:O -> ruled-against cameo=116
noun judgement against:O -> ruled-against cameo=116

# ---- REJECT: 120 reject
verb reject O -> rejected cameo=120
verb rebuff O -> rejected cameo=120
verb spurn O -> rejected cameo=120
verb snub O -> rejected cameo=120
verb repudiate O -> rejected cameo=120
verb refuse O -> rejected cameo=120
verb decline O -> rejected cameo=120
verb turn down O -> rejected cameo=120
verb brush aside O -> rejected cameo=120
verb brush off O -> rejected cameo=120
verb say no to:O -> rejected cameo=120
verb vote against:O -> rejected cameo=120
verb reject demands by|from:O -> rejected cameo=120
verb reject demand by|from:O -> rejected cameo=120
verb reject calls by|from:O -> rejected cameo=120
verb reject request by|from:O -> rejected cameo=120
verb reject appeal by|from:O -> rejected cameo=120
verb reject offer by|from:O -> rejected cameo=120
verb reject proposal by|from:O -> rejected cameo=120
verb reject plan by|from:O -> rejected cameo=120
verb rebuff demands by|from:O -> rejected cameo=120
verb rebuff offer by|from:O -> rejected cameo=120
verb turn down request by|from:O -> rejected cameo=120
verb turn down offer by|from:O -> rejected cameo=120
noun rejection of:O -> rejected cameo=120
noun rebuff of|to:O -> rejected cameo=120
noun snub of|to:O -> rejected cameo=120

# ---- REJECT: denials of an accusation (CAMEO 016 deny responsibility; 01 has no PLOVER prefix)
verb deny accusations by|from|of:O -> denied cameo=016 plover=REJECT
verb deny allegations by|from|of:O -> denied cameo=016 plover=REJECT
verb deny claims by|from|of:O -> denied cameo=016 plover=REJECT
verb deny charges by|from:O -> denied cameo=016 plover=REJECT
verb reject accusations by|from|of:O -> denied cameo=016 plover=REJECT
verb reject allegations by|from|of:O -> denied cameo=016 plover=REJECT
verb reject claims by|from|of:O -> denied cameo=016 plover=REJECT
verb dismiss accusations by|from|of:O -> denied cameo=016 plover=REJECT
verb dismiss allegations by|from|of:O -> denied cameo=016 plover=REJECT
verb dismiss claims by|from|of:O -> denied cameo=016 plover=REJECT
verb refute accusations by|from|of:O -> denied cameo=016 plover=REJECT
verb refute allegations by|from|of:O -> denied cameo=016 plover=REJECT
verb refute claims by|from|of:O -> denied cameo=016 plover=REJECT
verb rebut accusations by|from|of:O -> denied cameo=016 plover=REJECT
verb rebut claims by|from|of:O -> denied cameo=016 plover=REJECT
verb dispute claims by|from|of:O -> denied cameo=016 plover=REJECT
verb refute O -> denied cameo=016 plover=REJECT
verb rebut O -> denied cameo=016 plover=REJECT

# ---- REJECT: 121 material cooperation (1211 economic, 1212 military, 1213 judicial,
# 1214 intelligence)
verb refuse to cooperate with:O -> refused-cooperation-with cameo=121
verb decline to cooperate with:O -> refused-cooperation-with cameo=121
verb reject cooperation with:O -> refused-cooperation-with cameo=121
verb refuse cooperation with:O -> refused-cooperation-with cameo=121
verb suspend cooperation with:O -> refused-cooperation-with cameo=121
verb refuse to work with:O -> refused-cooperation-with cameo=121
verb refuse to trade with:O -> refused-cooperation-with cameo=1211
verb refuse to do business with:O -> refused-cooperation-with cameo=1211
verb reject trade deal with:O -> refused-cooperation-with cameo=1211
verb reject economic cooperation with:O -> refused-cooperation-with cameo=1211
verb reject investment from:O -> refused-cooperation-with cameo=1211
verb reject military cooperation with:O -> refused-cooperation-with cameo=1212
verb refuse military cooperation with:O -> refused-cooperation-with cameo=1212
verb refuse to join military exercises with:O -> refused-cooperation-with cameo=1212
verb refuse to extradite to:O -> refused-cooperation-with cameo=1213
verb decline to extradite to:O -> refused-cooperation-with cameo=1213
verb reject extradition request from|by:O -> refused-cooperation-with cameo=1213
verb turn down extradition request from|by:O -> refused-cooperation-with cameo=1213
verb refuse extradition request from|by:O -> refused-cooperation-with cameo=1213
verb reject request for extradition from|by:O -> refused-cooperation-with cameo=1213
verb refuse to share intelligence with:O -> refused-cooperation-with cameo=1214
verb refuse to share information with:O -> refused-cooperation-with cameo=1214
verb stop sharing intelligence with:O -> refused-cooperation-with cameo=1214

# ---- REJECT: 122 requests for material aid (1221 economic, 1222 military,
# 1223 humanitarian, 1224 protection, peacekeeping)
verb reject request for aid from|by:O -> refused-aid-to cameo=122
verb reject aid request from|by:O -> refused-aid-to cameo=122
verb reject request for assistance from|by:O -> refused-aid-to cameo=122
verb turn down request for aid from|by:O -> refused-aid-to cameo=122
verb refuse to send aid to:O -> refused-aid-to cameo=122
verb refuse to provide aid to:O -> refused-aid-to cameo=122
verb refuse aid to:O -> refused-aid-to cameo=122
verb refuse to lend to:O -> refused-aid-to cameo=1221
verb refuse loan to:O -> refused-aid-to cameo=1221
verb refuse loans to:O -> refused-aid-to cameo=1221
verb refuse debt relief to|for:O -> refused-aid-to cameo=1221
verb reject bailout for|of:O -> refused-aid-to cameo=1221
verb refuse to bail out O -> refused-aid-to cameo=1221
verb reject request for loan from|by:O -> refused-aid-to cameo=1221
verb refuse to send weapons to:O -> refused-aid-to cameo=1222
verb refuse to supply weapons to:O -> refused-aid-to cameo=1222
verb refuse to supply arms to:O -> refused-aid-to cameo=1222
verb refuse to send arms to:O -> refused-aid-to cameo=1222
verb refuse to send tanks to:O -> refused-aid-to cameo=1222
verb refuse to provide weapons to:O -> refused-aid-to cameo=1222
verb reject request for weapons from|by:O -> refused-aid-to cameo=1222
verb reject request for arms from|by:O -> refused-aid-to cameo=1222
verb refuse to send troops to:O -> refused-aid-to cameo=1222
verb refuse to send food to:O -> refused-aid-to cameo=1223
verb refuse humanitarian aid to:O -> refused-aid-to cameo=1223
verb refuse to send humanitarian aid to:O -> refused-aid-to cameo=1223
verb refuse to send peacekeepers to:O -> refused-aid-to cameo=1224
verb refuse to deploy peacekeepers to|in:O -> refused-aid-to cameo=1224
verb reject request for peacekeepers from|by:O -> refused-aid-to cameo=1224
verb reject request for protection from|by:O -> refused-aid-to cameo=1224

# ---- REJECT: 123 demands for political reform (1231 leadership, 1232 policy, 1233 rights,
# 1234 institutions)
verb reject demands for reform by|from:O -> rejected-reform-demands-of cameo=123
verb reject calls for reform by|from:O -> rejected-reform-demands-of cameo=123
verb reject demands for reforms by|from:O -> rejected-reform-demands-of cameo=123
verb reject calls for reforms by|from:O -> rejected-reform-demands-of cameo=123
verb reject reform demands by|from:O -> rejected-reform-demands-of cameo=123
verb reject calls to resign by|from:O -> rejected-reform-demands-of cameo=1231
verb reject calls for resignation by|from:O -> rejected-reform-demands-of cameo=1231
verb reject demands to resign by|from:O -> rejected-reform-demands-of cameo=1231
verb reject calls to step down by|from:O -> rejected-reform-demands-of cameo=1231
verb refuse to step down -> refused-to-resign cameo=1231
verb refuse to resign -> refused-to-resign cameo=1231
verb reject calls for policy change by|from:O -> rejected-reform-demands-of cameo=1232
verb reject demands for elections by|from:O -> rejected-reform-demands-of cameo=1234
verb reject calls for elections by|from:O -> rejected-reform-demands-of cameo=1234
verb reject demands for autonomy by|from:O -> rejected-reform-demands-of cameo=1234
verb reject demands for independence by|from:O -> rejected-reform-demands-of cameo=1234

# ---- REJECT: 124 decline to yield (1241 administrative sanctions, 1243 release,
# 1244 economic sanctions, 1245 international involvement, 1246 de-escalation)
verb refuse to back down to:O -> refused-to-yield-to cameo=124
verb refuse to back down -> refused-to-yield cameo=124
verb refuse to yield to:O -> refused-to-yield-to cameo=124
verb refuse to bow to:O -> refused-to-yield-to cameo=124
verb refuse to bow to pressure from:O -> refused-to-yield-to cameo=124
verb refuse to give in to:O -> refused-to-yield-to cameo=124
verb refuse to cave to:O -> refused-to-yield-to cameo=124
verb refuse to budge -> refused-to-yield cameo=124
verb resist pressure from:O -> refused-to-yield-to cameo=124
verb defy pressure from:O -> refused-to-yield-to cameo=124
verb stand firm against:O -> refused-to-yield-to cameo=124
verb hold firm against:O -> refused-to-yield-to cameo=124
verb stand up to O -> refused-to-yield-to cameo=124
verb refuse to lift ban on:O -> refused-to-ease-restrictions-on cameo=1241
verb refuse to lift restrictions on:O -> refused-to-ease-restrictions-on cameo=1241
verb refuse to ease restrictions on:O -> refused-to-ease-restrictions-on cameo=1241
verb refuse to free O -> refused-to-release cameo=1243
verb decline to release O -> refused-to-release cameo=1243
verb refuse to hand over O -> refused-to-release cameo=1243
verb refuse to return O -> refused-to-release cameo=1243
verb refuse to lift sanctions on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb refuse to ease sanctions on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb decline to lift sanctions on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb rule out lifting sanctions on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb rule out easing sanctions on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb keep sanctions on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb maintain sanctions on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb refuse to lift embargo on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb maintain embargo on|against:O -> refused-to-lift-sanctions-on cameo=1244
verb deny access to:O -> denied-access-to cameo=1245
verb refuse access to:O -> denied-access-to cameo=1245
verb deny entry to:O -> denied-access-to cameo=1245
verb refuse entry to:O -> denied-access-to cameo=1245
verb refuse to admit O -> denied-access-to cameo=1245
verb refuse to allow inspectors from:O -> denied-access-to cameo=1245
verb refuse to let in O -> denied-access-to cameo=1245
verb refuse to withdraw troops from:O -> refused-to-withdraw-from cameo=1246
verb refuse to withdraw forces from:O -> refused-to-withdraw-from cameo=1246
verb refuse to withdraw its troops from:O -> refused-to-withdraw-from cameo=1246
verb refuse to withdraw its forces from:O -> refused-to-withdraw-from cameo=1246
verb refuse to pull its troops out of:O -> refused-to-withdraw-from cameo=1246
verb refuse to withdraw from:O -> refused-to-withdraw-from cameo=1246
verb refuse to pull out of:O -> refused-to-withdraw-from cameo=1246
verb refuse to pull troops out of:O -> refused-to-withdraw-from cameo=1246
verb refuse to end blockade of|on:O -> refused-to-withdraw-from cameo=1246
verb refuse to lift blockade of|on:O -> refused-to-withdraw-from cameo=1246
verb refuse to halt offensive against|in:O -> refused-to-withdraw-from cameo=1246
verb refuse to stop attacks on|against:O -> refused-to-withdraw-from cameo=1246
verb reject ceasefire with:O -> refused-to-withdraw-from cameo=1246
verb reject truce with:O -> refused-to-withdraw-from cameo=1246
verb reject calls for ceasefire by|from:O -> refused-to-withdraw-from cameo=1246

# ---- REJECT: 125 proposals to meet or negotiate
verb refuse to meet O -> refused-talks-with cameo=125
verb refuse to meet with:O -> refused-talks-with cameo=125
verb decline to meet O -> refused-talks-with cameo=125
verb decline to meet with:O -> refused-talks-with cameo=125
verb refuse to negotiate with:O -> refused-talks-with cameo=125
verb decline to negotiate with:O -> refused-talks-with cameo=125
verb refuse to talk to|with:O -> refused-talks-with cameo=125
verb refuse to hold talks with:O -> refused-talks-with cameo=125
verb refuse to engage with:O -> refused-talks-with cameo=125
verb refuse to sit down with:O -> refused-talks-with cameo=125
verb refuse dialogue with:O -> refused-talks-with cameo=125
verb refuse talks with:O -> refused-talks-with cameo=125
verb reject talks with:O -> refused-talks-with cameo=125
verb reject peace talks with:O -> refused-talks-with cameo=125
verb reject negotiations with:O -> refused-talks-with cameo=125
verb reject dialogue with:O -> refused-talks-with cameo=125
verb reject offer of talks from|by:O -> refused-talks-with cameo=125
verb reject invitation from|by:O -> refused-talks-with cameo=125
verb decline invitation from|by:O -> refused-talks-with cameo=125
verb turn down invitation from|by:O -> refused-talks-with cameo=125
verb rule out talks with:O -> refused-talks-with cameo=125
verb rule out negotiations with:O -> refused-talks-with cameo=125
verb rule out dialogue with:O -> refused-talks-with cameo=125
verb boycott talks with:O -> refused-talks-with cameo=125
verb snub talks with:O -> refused-talks-with cameo=125

# ---- REJECT: 126 mediation
verb reject mediation efforts by|of|from:O -> rejected-mediation-by cameo=126
verb reject mediation offer from|by:O -> rejected-mediation-by cameo=126
verb reject mediation by|of|from:O -> rejected-mediation-by cameo=126
verb rebuff mediation by|of|from:O -> rejected-mediation-by cameo=126
verb refuse mediation by|of|from:O -> rejected-mediation-by cameo=126
verb turn down mediation offer from|by:O -> rejected-mediation-by cameo=126
verb reject offer to mediate from|by:O -> rejected-mediation-by cameo=126
verb reject offer of mediation from|by:O -> rejected-mediation-by cameo=126

# ---- REJECT: 127 plan or agreement to settle a dispute
verb reject peace plan by|from|of:O -> rejected-agreement-with cameo=127
verb reject peace proposal by|from|of:O -> rejected-agreement-with cameo=127
verb reject ceasefire proposal by|from|of:O -> rejected-agreement-with cameo=127
verb reject peace deal with:O -> rejected-agreement-with cameo=127
verb reject agreement with:O -> rejected-agreement-with cameo=127
verb reject deal with:O -> rejected-agreement-with cameo=127
verb reject accord with:O -> rejected-agreement-with cameo=127
verb reject treaty with:O -> rejected-agreement-with cameo=127
verb refuse to sign agreement with:O -> rejected-agreement-with cameo=127
verb refuse to sign deal with:O -> rejected-agreement-with cameo=127
verb refuse to sign peace deal with:O -> rejected-agreement-with cameo=127
verb tear up agreement with:O -> rejected-agreement-with cameo=127
verb tear up deal with:O -> rejected-agreement-with cameo=127
verb scrap agreement with:O -> rejected-agreement-with cameo=127
verb scrap deal with:O -> rejected-agreement-with cameo=127
verb scrap accord with:O -> rejected-agreement-with cameo=127
verb tear up accord with:O -> rejected-agreement-with cameo=127
verb scrap accords with:O -> rejected-agreement-with cameo=127
verb tear up accords with:O -> rejected-agreement-with cameo=127
verb scrap treaty with:O -> rejected-agreement-with cameo=127
verb tear up treaty with:O -> rejected-agreement-with cameo=127
verb scrap treaties with:O -> rejected-agreement-with cameo=127
verb tear up treaties with:O -> rejected-agreement-with cameo=127
verb scrap pact with:O -> rejected-agreement-with cameo=127
verb tear up pact with:O -> rejected-agreement-with cameo=127
verb scrap pacts with:O -> rejected-agreement-with cameo=127
verb tear up pacts with:O -> rejected-agreement-with cameo=127
verb scrap agreements with:O -> rejected-agreement-with cameo=127
verb tear up agreements with:O -> rejected-agreement-with cameo=127
verb scrap deals with:O -> rejected-agreement-with cameo=127
verb tear up deals with:O -> rejected-agreement-with cameo=127
verb renounce treaty with:O -> rejected-agreement-with cameo=127
verb renounce agreement with:O -> rejected-agreement-with cameo=127
verb repudiate agreement with:O -> rejected-agreement-with cameo=127
verb repudiate treaty with:O -> rejected-agreement-with cameo=127
verb renege on agreement with:O -> rejected-agreement-with cameo=127
verb renege on deal with:O -> rejected-agreement-with cameo=127

# ---- REJECT: 128 defy norms, law
verb defy O -> defied cameo=128
verb flout O -> defied cameo=128
verb violate O -> defied cameo=128
verb disregard O -> defied cameo=128
verb defy warnings from|by:O -> defied cameo=128
verb defy calls from|by:O -> defied cameo=128
verb defy demands from|by:O -> defied cameo=128
verb defy sanctions by|from:O -> defied cameo=128
verb ignore warnings from|by:O -> defied cameo=128
verb ignore demands from|by:O -> defied cameo=128
verb ignore calls from|by:O -> defied cameo=128
verb ignore ruling by|of:O -> defied cameo=128
verb flout resolutions by|of:O -> defied cameo=128
verb flout sanctions by|from:O -> defied cameo=128
noun defiance of:O -> defied cameo=128
noun violation of:O -> defied cameo=128
noun breach of:O -> defied cameo=128

# ---- REJECT: 129 veto
verb veto O -> vetoed cameo=129
# "a Russian veto of ...": read as a verb after an actor
verb veto of:O -> vetoed cameo=129
verb veto resolution by|from:O -> vetoed cameo=129
verb veto bid by:O -> vetoed cameo=129
verb use veto against|on:O -> vetoed cameo=129
verb wield veto against|on:O -> vetoed cameo=129
verb cast veto against|on:O -> vetoed cameo=129
verb exercise veto against|on:O -> vetoed cameo=129
verb use its veto against|on:O -> vetoed cameo=129
verb cast its veto against|on:O -> vetoed cameo=129
verb wield its veto against|on:O -> vetoed cameo=129
noun veto of:O -> vetoed cameo=129

# ---- THREATEN: 130 threaten, warn
verb threaten O -> threatened cameo=130
verb threaten to punish O -> threatened cameo=130
verb threaten consequences for:O -> threatened cameo=130
# Retaliation promised is a threat ("vowed to retaliate against the EU"); retaliation done
# is coded by what was done.
verb vow|threaten|promise|pledge to retaliate against:O -> threatened cameo=130
verb vow|threaten|promise retaliation against:O -> threatened cameo=130
verb warn of retaliation against:O -> threatened cameo=130
verb threaten serious consequences for:O -> threatened cameo=130
# A warning of unnamed action against someone ("warned of further action against Myanmar's
# generals", "warns of consequences for Belgrade").
verb warn of action against|on:O -> threatened cameo=130
verb warn of consequences for|against:O -> threatened cameo=130
verb warn of measures against|on:O -> threatened cameo=130
verb warn of steps against:O -> threatened cameo=130
verb threaten action against|on:O -> threatened cameo=130
verb threaten measures against|on:O -> threatened cameo=130
noun warning of action against|on:O -> threatened cameo=130
noun warning of consequences for|against:O -> threatened cameo=130
noun threat of action against|on:O -> threatened cameo=130
verb warn O -> warned cameo=130 control=object
verb caution O -> warned cameo=130 control=object
verb intimidate O -> threatened cameo=130
verb blackmail O -> threatened cameo=130
verb issue warning to:O -> warned cameo=130
verb issue warnings to:O -> warned cameo=130
verb send warning to:O -> warned cameo=130
verb deliver warning to:O -> warned cameo=130
verb give warning to:O -> warned cameo=130
verb issue threat to|against:O -> threatened cameo=130
verb issue threats to|against:O -> threatened cameo=130
verb make threat against|to:O -> threatened cameo=130
verb make threats against|to:O -> threatened cameo=130
verb level threats against|at:O -> threatened cameo=130
verb hurl threats at|against:O -> threatened cameo=130
verb renew threats against:O -> threatened cameo=130
verb step up threats against:O -> threatened cameo=130
verb escalate threats against:O -> threatened cameo=130
noun threat against|to:O -> threatened cameo=130
noun warning to:O -> warned cameo=130

# ---- THREATEN: 131 non-force (1311 cut aid, 1312 boycott, embargo, sanctions,
# 1313 reduce or break relations)
verb threaten to veto O -> threatened-veto-of cameo=131
verb threaten veto of:O -> threatened-veto-of cameo=131
verb threaten to cut aid to:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to cut off aid to:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to suspend aid to:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to halt aid to:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to withhold aid from|to:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to cut funding to|for:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to cut off funding to|for:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to stop arms deliveries to:O -> threatened-to-cut-aid-to cameo=1311
verb threaten to impose sanctions on|against:O -> threatened-sanctions-against cameo=1312
verb threaten to slap sanctions on:O -> threatened-sanctions-against cameo=1312
verb threaten sanctions against|on:O -> threatened-sanctions-against cameo=1312
verb threaten to sanction O -> threatened-sanctions-against cameo=1312
verb threaten tariffs on|against:O -> threatened-sanctions-against cameo=1312
verb threaten to impose tariffs on|against:O -> threatened-sanctions-against cameo=1312
verb threaten embargo on|against:O -> threatened-sanctions-against cameo=1312
verb threaten to impose embargo on|against:O -> threatened-sanctions-against cameo=1312
verb threaten to boycott O -> threatened-sanctions-against cameo=1312
verb threaten boycott of:O -> threatened-sanctions-against cameo=1312
verb warn of sanctions against|on:O -> threatened-sanctions-against cameo=1312
noun threat of sanctions against|on:O -> threatened-sanctions-against cameo=1312
verb threaten to cut ties with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to sever ties with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to break off relations with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to break off ties with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to sever relations with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to cut relations with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to downgrade relations with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to downgrade ties with:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to recall ambassador from:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to recall its ambassador from:O -> threatened-to-cut-ties-with cameo=1313
verb threaten to review relations with:O -> threatened-to-cut-ties-with cameo=1313

# ---- THREATEN: 132 administrative sanctions (1322 ban parties, 1323 curfew,
# 1324 state of emergency, martial law)
verb threaten to arrest O -> threatened-to-arrest cameo=132
verb threaten to prosecute O -> threatened-to-arrest cameo=132
verb threaten to deport O -> threatened-to-arrest cameo=132
verb threaten to jail O -> threatened-to-arrest cameo=132
verb threaten to ban O -> threatened-to-ban cameo=1322
verb threaten to outlaw O -> threatened-to-ban cameo=1322
verb threaten to dissolve O -> threatened-to-ban cameo=1322
verb threaten to impose curfew -> threatened-curfew cameo=1323
verb threaten to impose martial law -> threatened-emergency-rule cameo=1324
verb threaten to declare martial law -> threatened-emergency-rule cameo=1324
verb threaten to declare state of emergency -> threatened-emergency-rule cameo=1324
verb threaten to impose state of emergency -> threatened-emergency-rule cameo=1324

# ---- THREATEN: 133 political dissent, protest
verb threaten protests against:O -> threatened-protests-against cameo=133
verb threaten to protest against:O -> threatened-protests-against cameo=133
verb threaten demonstrations against:O -> threatened-protests-against cameo=133
verb threaten to take to streets against:O -> threatened-protests-against cameo=133
verb threaten to take to the streets -> threatened-protests cameo=133
verb threaten to go on strike -> threatened-protests cameo=133
verb threaten general strike -> threatened-protests cameo=133
verb threaten to boycott elections -> threatened-protests cameo=133
verb threaten to boycott election -> threatened-protests cameo=133

# ---- THREATEN: 134 halt negotiations, 135 halt mediation
verb threaten to pull out of talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to walk out of talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to quit talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to suspend talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to end talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to abandon talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to break off talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to halt talks with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to suspend negotiations with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to halt negotiations with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to break off negotiations with:O -> threatened-to-quit-talks-with cameo=134
verb threaten to end mediation between|with:O -> threatened-to-end-mediation-with cameo=135
verb threaten to suspend mediation between|with:O -> threatened-to-end-mediation-with cameo=135
verb threaten to abandon mediation between|with:O -> threatened-to-end-mediation-with cameo=135
verb threaten to halt mediation between|with:O -> threatened-to-end-mediation-with cameo=135
verb threaten to quit mediation between|with:O -> threatened-to-end-mediation-with cameo=135
verb threaten to withdraw as mediator between|in:O -> threatened-to-end-mediation-with cameo=135

# ---- THREATEN: 136 expel or withdraw international involvement
verb threaten to expel O -> threatened-to-expel cameo=136
verb threaten to kick out O -> threatened-to-expel cameo=136
verb threaten expulsion of:O -> threatened-to-expel cameo=136
verb threaten to withdraw troops from:O -> threatened-to-withdraw-from cameo=136
verb threaten to withdraw peacekeepers from:O -> threatened-to-withdraw-from cameo=136
verb threaten to withdraw its troops from:O -> threatened-to-withdraw-from cameo=136
verb threaten to withdraw its peacekeepers from:O -> threatened-to-withdraw-from cameo=136
verb threaten to pull its troops out of:O -> threatened-to-withdraw-from cameo=136
verb threaten to withdraw from:O -> threatened-to-withdraw-from cameo=136
verb threaten to pull out of:O -> threatened-to-withdraw-from cameo=136
verb threaten to pull troops out of:O -> threatened-to-withdraw-from cameo=136
verb threaten to quit O -> threatened-to-withdraw-from cameo=136
verb threaten to leave O -> threatened-to-withdraw-from cameo=136

# ---- THREATEN: 137 violent repression
verb threaten crackdown on|against:O -> threatened-crackdown-on cameo=137
verb threaten to crack down on:O -> threatened-crackdown-on cameo=137
verb threaten to crush O -> threatened-crackdown-on cameo=137
verb warn of crackdown on|against:O -> threatened-crackdown-on cameo=137
verb threaten to deploy army against:O -> threatened-crackdown-on cameo=137
verb threaten to open fire on:O -> threatened-crackdown-on cameo=137

# ---- THREATEN: 138 military force (1381 blockade, 1382 occupation, 1384 conventional
# attack, 1385 weapons of mass destruction)
verb threaten military action against:O -> threatened-force-against cameo=138
verb threaten military force against:O -> threatened-force-against cameo=138
verb threaten force against:O -> threatened-force-against cameo=138
verb threaten to use force against:O -> threatened-force-against cameo=138
verb threaten to use military force against:O -> threatened-force-against cameo=138
verb threaten war with|against|on:O -> threatened-force-against cameo=138
verb threaten to wage war on|against:O -> threatened-force-against cameo=138
verb threaten to go to war with|against:O -> threatened-force-against cameo=138
verb threaten retaliation against|on:O -> threatened-force-against cameo=138
verb threaten to retaliate against:O -> threatened-force-against cameo=138
verb threaten reprisals against:O -> threatened-force-against cameo=138
verb threaten military response to|against:O -> threatened-force-against cameo=138
verb vow retaliation against:O -> threatened-force-against cameo=138
verb vow to retaliate against:O -> threatened-force-against cameo=138
verb vow revenge against|on:O -> threatened-force-against cameo=138
verb vow to avenge attack by:O -> threatened-force-against cameo=138
verb promise retaliation against:O -> threatened-force-against cameo=138
verb warn of retaliation against:O -> threatened-force-against cameo=138
verb warn of military action against:O -> threatened-force-against cameo=138
noun threat of force against:O -> threatened-force-against cameo=138
noun threat of military action against:O -> threatened-force-against cameo=138
noun threat of retaliation against:O -> threatened-force-against cameo=138
verb threaten blockade of|on|against:O -> threatened-blockade-of cameo=1381
verb threaten to blockade O -> threatened-blockade-of cameo=1381
verb threaten to impose blockade on:O -> threatened-blockade-of cameo=1381
verb threaten naval blockade of|on:O -> threatened-blockade-of cameo=1381
verb threaten to close airspace to:O -> threatened-blockade-of cameo=1381
verb threaten to close its airspace to:O -> threatened-blockade-of cameo=1381
verb threaten to annex O -> threatened-to-occupy cameo=1382
verb threaten annexation of:O -> threatened-to-occupy cameo=1382
verb threaten to occupy O -> threatened-to-occupy cameo=1382
verb threaten to seize O -> threatened-to-occupy cameo=1382
verb threaten to take over O -> threatened-to-occupy cameo=1382
verb threaten to invade O -> threatened-to-attack cameo=1384
verb threaten invasion of:O -> threatened-to-attack cameo=1384
verb threaten to attack O -> threatened-to-attack cameo=1384
verb threaten attack on|against:O -> threatened-to-attack cameo=1384
verb threaten attacks on|against:O -> threatened-to-attack cameo=1384
verb threaten to strike O -> threatened-to-attack cameo=1384
verb threaten strikes on|against:O -> threatened-to-attack cameo=1384
verb threaten military strikes on|against:O -> threatened-to-attack cameo=1384
verb threaten to bomb O -> threatened-to-attack cameo=1384
verb threaten to shell O -> threatened-to-attack cameo=1384
verb threaten to destroy O -> threatened-to-attack cameo=1384
verb threaten to wipe out O -> threatened-to-attack cameo=1384
verb threaten to use nuclear weapons against|on:O -> threatened-nuclear-attack-on cameo=1385
verb threaten nuclear strike on|against:O -> threatened-nuclear-attack-on cameo=1385
verb threaten nuclear attack on|against:O -> threatened-nuclear-attack-on cameo=1385
verb threaten nuclear war with|against|on:O -> threatened-nuclear-attack-on cameo=1385
verb threaten to use chemical weapons against|on:O -> threatened-nuclear-attack-on cameo=1385

# ---- THREATEN: 139 ultimatum
verb issue ultimatum to:O -> issued-ultimatum-to cameo=139
verb give ultimatum to:O -> issued-ultimatum-to cameo=139
verb deliver ultimatum to:O -> issued-ultimatum-to cameo=139
verb send ultimatum to:O -> issued-ultimatum-to cameo=139
verb present ultimatum to:O -> issued-ultimatum-to cameo=139
verb set deadline for:O -> issued-ultimatum-to cameo=139
verb impose deadline on:O -> issued-ultimatum-to cameo=139
noun ultimatum to:O -> issued-ultimatum-to cameo=139

# ---- PROTEST: 140 political dissent, 141 demonstrate or rally
verb protest against:O -> protested-against cameo=140
verb protest O -> protested-against cameo=140
verb demonstrate against:O -> protested-against cameo=141
verb demonstrate outside:O -> protested-against cameo=141
verb protest outside:O -> protested-against cameo=141
verb rally against:O -> protested-against cameo=141
verb rally outside:O -> protested-against cameo=141
verb march against:O -> protested-against cameo=141
verb picket O -> protested-against cameo=141
verb chant slogans against:O -> protested-against cameo=141
verb stage protest against|outside:O -> protested-against cameo=141
verb stage protests against|outside:O -> protested-against cameo=141
verb stage rally against|outside:O -> protested-against cameo=141
verb stage demonstration against|outside:O -> protested-against cameo=141
verb stage demonstrations against|outside:O -> protested-against cameo=141
verb hold protest against|outside:O -> protested-against cameo=141
verb hold protests against|outside:O -> protested-against cameo=141
verb hold rally against|outside:O -> protested-against cameo=141
verb hold demonstration against|outside:O -> protested-against cameo=141
verb organize protest against|outside:O -> protested-against cameo=141
verb organise protest against|outside:O -> protested-against cameo=141
verb organize protests against|outside:O -> protested-against cameo=141
verb organise protests against|outside:O -> protested-against cameo=141
verb take to streets against:O -> protested-against cameo=141
verb form human chain outside|around:O -> protested-against cameo=141
noun protest against|outside:O -> protested-against cameo=141 domestic
noun demonstration against|outside:O -> protested-against cameo=141 domestic
noun rally against|outside:O -> protested-against cameo=141 domestic
noun march against:O -> protested-against cameo=141 domestic
noun picket outside:O -> protested-against cameo=141
# Domestic protest with no target named: the protesters' own government ("Kenyan students
# protested on Tuesday"); a crowd noun with no actor is the people of where it happens
# ("protests in Havana", "riots across the country"): see `domestic` in docs/lexicon.md.
verb protest -> protested-against cameo=141 domestic
verb demonstrate -> protested-against cameo=141 domestic
noun protest -> protested-against cameo=141 domestic
noun demonstration -> protested-against cameo=141 domestic

# ---- PROTEST: 142 hunger strike
verb go on hunger strike against:O -> went-on-hunger-strike cameo=142
verb go on hunger strike -> went-on-hunger-strike cameo=142
verb begin hunger strike against:O -> went-on-hunger-strike cameo=142
verb begin hunger strike -> went-on-hunger-strike cameo=142
verb start hunger strike against:O -> went-on-hunger-strike cameo=142
verb start hunger strike -> went-on-hunger-strike cameo=142
verb launch hunger strike against:O -> went-on-hunger-strike cameo=142
verb launch hunger strike -> went-on-hunger-strike cameo=142
verb stage hunger strike against|outside:O -> went-on-hunger-strike cameo=142
verb stage hunger strike -> went-on-hunger-strike cameo=142
verb declare hunger strike -> went-on-hunger-strike cameo=142

# ---- PROTEST: 143 strike or boycott
verb boycott goods from:O -> boycotted cameo=143
verb boycott products from:O -> boycotted cameo=143
verb boycott elections -> boycotted cameo=143
verb boycott election -> boycotted cameo=143
verb boycott O -> boycotted cameo=143
# "the US boycott of ...": read as a verb after an actor
verb boycott of:O -> boycotted cameo=143
verb call for boycott of:O -> boycotted cameo=143
verb launch boycott of|against:O -> boycotted cameo=143
verb organize boycott of|against:O -> boycotted cameo=143
verb organise boycott of|against:O -> boycotted cameo=143
noun boycott of|against:O -> boycotted cameo=143
verb go on strike against:O -> went-on-strike cameo=143
verb go on strike -> went-on-strike cameo=143
verb call general strike against:O -> went-on-strike cameo=143
verb stage general strike against:O -> went-on-strike cameo=143
verb hold general strike against:O -> went-on-strike cameo=143
verb walk off job -> went-on-strike cameo=143

# ---- PROTEST: 144 obstruct passage, block
verb block entrance to:O -> blocked cameo=144
verb block entrance of:O -> blocked cameo=144
verb barricade O -> blocked cameo=144
verb stage sit-in at|outside:O -> blocked cameo=144
verb hold sit-in at|outside:O -> blocked cameo=144
noun sit-in at|outside:O -> blocked cameo=144
verb block convoys of|from:O -> blocked cameo=144
verb block roads to:O -> blocked cameo=144

# ---- PROTEST: 145 protest violently, riot
verb riot -> rioted-against cameo=145 domestic
noun riot -> rioted-against cameo=145 domestic
verb vandalize O -> rioted-against cameo=145
verb vandalise O -> rioted-against cameo=145
verb pelt O -> rioted-against cameo=145
verb hurl stones at:O -> rioted-against cameo=145
verb throw stones at:O -> rioted-against cameo=145
verb throw rocks at:O -> rioted-against cameo=145
verb hurl petrol bombs at:O -> rioted-against cameo=145
noun riot against|outside:O -> rioted-against cameo=145
