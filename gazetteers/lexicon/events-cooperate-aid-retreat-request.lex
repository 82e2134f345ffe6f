# Event triggers for the PLOVER categories COOPERATE (CAMEO 06x), AID (07x),
# RETREAT (084-087) and REQUEST (02x appeals and 10x demands).
# Written from the CAMEO and PLOVER codebooks' definitions (the code labels only; no
# examples or other coders' dictionaries were used).
# PLOVER categories come from the CAMEO prefix table (plover.lex) unless said otherwise.
# Frames with a prepositional slot search to the right for that preposition's object,
# so each entry carries a word that ties the preposition to the event ("sanctions on",
# "aid to"), never a bare verb + preposition where other objects could intervene.

# ---- irregular forms of verbs used below (duplicates of irregular.lex are harmless)
irregular airdrop airdropped airdropped
irregular admit admitted admitted
irregular readmit readmitted readmitted
irregular permit permitted permitted
irregular transfer transferred transferred
irregular submit submitted submitted
irregular equip equipped equipped
irregular patrol patrolled patrolled
irregular unfreeze unfroze unfrozen
irregular funnel funneled,funnelled funneled,funnelled gerund=funneling,funnelling
irregular channel channeled,channelled channeled,channelled gerund=channeling,channelling
irregular free freed freed gerund=freeing
irregular guarantee guaranteed guaranteed gerund=guaranteeing
irregular beseech besought,beseeched besought,beseeched
irregular lend lent lent
irregular sell sold sold
irregular buy bought bought
irregular send sent sent
irregular give gave given
irregular seek sought sought
irregular withdraw withdrew withdrawn
irregular draw drew drawn
irregular lay laid laid
irregular fall fell fallen
irregular fight fought fought
irregular hold held held
irregular take took taken
irregular set set set gerund=setting
irregular cut cut cut gerund=cutting
irregular let let let gerund=letting
irregular write wrote written
irregular forgive forgave forgiven
irregular swear swore sworn
irregular undertake undertook undertaken

# ---- COOPERATE
# 060 engage in material cooperation (general)
verb cooperate with:O -> cooperated-with cameo=060 symmetric
verb collaborate with:O -> cooperated-with cameo=060 symmetric
verb coordinate closely with:O -> cooperated-with cameo=060 symmetric
verb work closely with:O -> cooperated-with cameo=060 symmetric
verb work together with:O -> cooperated-with cameo=060 symmetric
verb join forces with:O -> cooperated-with cameo=060 symmetric
verb team up with:O -> cooperated-with cameo=060 symmetric
verb partner with:O -> cooperated-with cameo=060 symmetric
verb pool resources with:O -> cooperated-with cameo=060 symmetric
verb expand cooperation with:O -> cooperated-with cameo=060 symmetric
verb deepen cooperation with:O -> cooperated-with cameo=060 symmetric
verb boost cooperation with:O -> cooperated-with cameo=060 symmetric
verb strengthen cooperation with:O -> cooperated-with cameo=060 symmetric
verb enhance cooperation with:O -> cooperated-with cameo=060 symmetric
verb increase cooperation with:O -> cooperated-with cameo=060 symmetric
verb step up cooperation with:O -> cooperated-with cameo=060 symmetric
verb resume cooperation with:O -> cooperated-with cameo=060 symmetric
verb restore cooperation with:O -> cooperated-with cameo=060 symmetric
verb intensify cooperation with:O -> cooperated-with cameo=060 symmetric
verb launch joint project with:O -> cooperated-with cameo=060 symmetric
verb launch joint projects with:O -> cooperated-with cameo=060 symmetric
noun cooperation with|between:O -> cooperated-with cameo=060 symmetric
noun collaboration with|between:O -> cooperated-with cameo=060 symmetric
noun coordination with|between:O -> cooperated-with cameo=060 symmetric

# 061 cooperate economically: trade, investment, energy and commodity supply
verb cooperate economically with:O -> cooperated-economically-with cameo=061 symmetric
verb expand trade with:O -> traded-with cameo=061 symmetric
verb boost trade with:O -> traded-with cameo=061 symmetric
verb increase trade with:O -> traded-with cameo=061 symmetric
verb deepen trade with:O -> traded-with cameo=061 symmetric
verb resume trade with:O -> traded-with cameo=061 symmetric
verb restore trade with:O -> traded-with cameo=061 symmetric
verb normalize trade with:O -> traded-with cameo=061 symmetric
verb normalise trade with:O -> traded-with cameo=061 symmetric
verb do business with:O -> traded-with cameo=061 symmetric
verb deepen economic ties with:O -> cooperated-economically-with cameo=061 symmetric
verb strengthen economic ties with:O -> cooperated-economically-with cameo=061 symmetric
verb expand economic ties with:O -> cooperated-economically-with cameo=061 symmetric
verb boost economic ties with:O -> cooperated-economically-with cameo=061 symmetric
verb expand economic cooperation with:O -> cooperated-economically-with cameo=061 symmetric
verb deepen economic cooperation with:O -> cooperated-economically-with cameo=061 symmetric
verb boost economic cooperation with:O -> cooperated-economically-with cameo=061 symmetric
verb strengthen economic cooperation with:O -> cooperated-economically-with cameo=061 symmetric
verb invest in:O -> invested-in cameo=061
noun investment in:O -> invested-in cameo=061
noun investments in:O -> invested-in cameo=061
verb open markets to:O -> opened-markets-to cameo=061
verb open market to:O -> opened-markets-to cameo=061
verb grant market access to:O -> opened-markets-to cameo=061
verb grant trade preferences to:O -> opened-markets-to cameo=061
verb supply gas to:O -> supplied-energy-to cameo=061
verb supply oil to:O -> supplied-energy-to cameo=061
verb supply electricity to:O -> supplied-energy-to cameo=061
verb supply energy to:O -> supplied-energy-to cameo=061
verb export gas to:O -> supplied-energy-to cameo=061
verb export oil to:O -> supplied-energy-to cameo=061
verb export electricity to:O -> supplied-energy-to cameo=061
verb sell oil to:O -> supplied-energy-to cameo=061
verb sell gas to:O -> supplied-energy-to cameo=061
verb ship oil to:O -> supplied-energy-to cameo=061
verb ship gas to:O -> supplied-energy-to cameo=061
verb pipe gas to:O -> supplied-energy-to cameo=061
verb export grain to:O -> traded-with cameo=061
verb export wheat to:O -> traded-with cameo=061
verb ship grain to:O -> traded-with cameo=061
verb buy oil from:O -> bought-energy-from cameo=061
verb buy gas from:O -> bought-energy-from cameo=061
verb buy electricity from:O -> bought-energy-from cameo=061
verb purchase oil from:O -> bought-energy-from cameo=061
verb purchase gas from:O -> bought-energy-from cameo=061
verb import oil from:O -> bought-energy-from cameo=061
verb import gas from:O -> bought-energy-from cameo=061
verb import electricity from:O -> bought-energy-from cameo=061
verb import grain from:O -> traded-with cameo=061
verb import wheat from:O -> traded-with cameo=061
verb buy grain from:O -> traded-with cameo=061
verb buy wheat from:O -> traded-with cameo=061

# 062 cooperate militarily: joint exercises and patrols, arms purchases, basing, fighting
# side by side
verb cooperate militarily with:O -> cooperated-militarily-with cameo=062 symmetric
verb hold exercises with:O -> held-military-exercises-with cameo=062 symmetric
verb hold drills with:O -> held-military-exercises-with cameo=062 symmetric
verb hold war games with:O -> held-military-exercises-with cameo=062 symmetric
verb conduct exercises with:O -> held-military-exercises-with cameo=062 symmetric
verb conduct drills with:O -> held-military-exercises-with cameo=062 symmetric
verb stage exercises with:O -> held-military-exercises-with cameo=062 symmetric
verb stage drills with:O -> held-military-exercises-with cameo=062 symmetric
verb carry out exercises with:O -> held-military-exercises-with cameo=062 symmetric
verb carry out drills with:O -> held-military-exercises-with cameo=062 symmetric
verb take part in exercises with:O -> held-military-exercises-with cameo=062 symmetric
verb join exercises with:O -> held-military-exercises-with cameo=062 symmetric
noun exercise with|between:O -> held-military-exercises-with cameo=062 symmetric
noun drill with|between:O -> held-military-exercises-with cameo=062 symmetric
noun war games with|between:O -> held-military-exercises-with cameo=062 symmetric
verb conduct joint patrols with:O -> cooperated-militarily-with cameo=062 symmetric
verb patrol jointly with:O -> cooperated-militarily-with cameo=062 symmetric
noun joint patrols with|between:O -> cooperated-militarily-with cameo=062 symmetric
verb fight alongside:O -> fought-alongside cameo=062 symmetric
verb deepen military ties with:O -> cooperated-militarily-with cameo=062 symmetric
verb strengthen military ties with:O -> cooperated-militarily-with cameo=062 symmetric
verb expand military ties with:O -> cooperated-militarily-with cameo=062 symmetric
verb deepen defence ties with:O -> cooperated-militarily-with cameo=062 symmetric
verb deepen defense ties with:O -> cooperated-militarily-with cameo=062 symmetric
verb strengthen defence ties with:O -> cooperated-militarily-with cameo=062 symmetric
verb strengthen defense ties with:O -> cooperated-militarily-with cameo=062 symmetric
verb expand military cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb deepen military cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb boost military cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb strengthen military cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb expand defence cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb expand defense cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb deepen defence cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb deepen defense cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
verb strengthen security cooperation with:O -> cooperated-militarily-with cameo=062 symmetric
noun military cooperation with|between:O -> cooperated-militarily-with cameo=062 symmetric
verb buy weapons from:O -> bought-arms-from cameo=062
verb buy arms from:O -> bought-arms-from cameo=062
verb buy missiles from:O -> bought-arms-from cameo=062
verb buy drones from:O -> bought-arms-from cameo=062
verb buy jets from:O -> bought-arms-from cameo=062
verb buy ammunition from:O -> bought-arms-from cameo=062
verb purchase weapons from:O -> bought-arms-from cameo=062
verb purchase arms from:O -> bought-arms-from cameo=062
verb purchase missiles from:O -> bought-arms-from cameo=062
verb purchase drones from:O -> bought-arms-from cameo=062
verb purchase jets from:O -> bought-arms-from cameo=062
verb acquire weapons from:O -> bought-arms-from cameo=062
verb acquire drones from:O -> bought-arms-from cameo=062
verb import weapons from:O -> bought-arms-from cameo=062
verb import arms from:O -> bought-arms-from cameo=062
verb grant basing rights to:O -> granted-basing-rights-to cameo=062
verb give basing rights to:O -> granted-basing-rights-to cameo=062
verb share military technology with:O -> cooperated-militarily-with cameo=062
verb share defence technology with:O -> cooperated-militarily-with cameo=062
verb share defense technology with:O -> cooperated-militarily-with cameo=062

# 063 engage in judicial cooperation: extradition, handing over suspects, legal assistance
verb extradite to:O -> extradited-to cameo=063
verb hand over suspect to:O -> extradited-to cameo=063
verb hand over suspects to:O -> extradited-to cameo=063
verb hand over fugitive to:O -> extradited-to cameo=063
verb cooperate judicially with:O -> cooperated-judicially-with cameo=063 symmetric
verb provide legal assistance to:O -> cooperated-judicially-with cameo=063
verb share evidence with:O -> shared-evidence-with cameo=063
verb hand over evidence to:O -> shared-evidence-with cameo=063

# 064 share intelligence or information
verb share intelligence with:O -> shared-intelligence-with cameo=064
verb share information with:O -> shared-intelligence-with cameo=064
verb share data with:O -> shared-intelligence-with cameo=064
verb pass intelligence to:O -> shared-intelligence-with cameo=064
verb pass information to:O -> shared-intelligence-with cameo=064
verb provide intelligence to:O -> shared-intelligence-with cameo=064
verb give intelligence to:O -> shared-intelligence-with cameo=064
verb supply intelligence to:O -> shared-intelligence-with cameo=064
verb hand intelligence to:O -> shared-intelligence-with cameo=064
verb exchange intelligence with:O -> shared-intelligence-with cameo=064 symmetric
verb exchange information with:O -> shared-intelligence-with cameo=064 symmetric
verb swap intelligence with:O -> shared-intelligence-with cameo=064 symmetric
verb tip off O -> shared-intelligence-with cameo=064
noun intelligence sharing with|between:O -> shared-intelligence-with cameo=064 symmetric
noun intelligence cooperation with|between:O -> shared-intelligence-with cameo=064 symmetric
noun intelligence exchange with|between:O -> shared-intelligence-with cameo=064 symmetric

# ---- AID
# 070 provide aid (general)
verb send aid to:O -> sent-aid-to cameo=070
verb provide aid to:O -> sent-aid-to cameo=070
verb deliver aid to:O -> sent-aid-to cameo=070
verb give aid to:O -> sent-aid-to cameo=070
verb ship aid to:O -> sent-aid-to cameo=070
verb airlift aid to:O -> sent-aid-to cameo=070
verb extend aid to:O -> sent-aid-to cameo=070
verb approve aid for:O -> sent-aid-to cameo=070
verb approve aid to:O -> sent-aid-to cameo=070
verb send assistance to:O -> sent-aid-to cameo=070
verb provide assistance to:O -> sent-aid-to cameo=070
verb give assistance to:O -> sent-aid-to cameo=070
verb extend assistance to:O -> sent-aid-to cameo=070
verb render assistance to:O -> sent-aid-to cameo=070
verb donate to:O -> sent-aid-to cameo=070
verb assist O -> assisted cameo=070
verb come to aid of:O -> assisted cameo=070
verb come to assistance of:O -> assisted cameo=070
verb offer aid to:O -> offered-aid-to cameo=070 mode=planned
verb offer assistance to:O -> offered-aid-to cameo=070 mode=planned
verb pledge aid to:O -> pledged-aid-to cameo=070 mode=planned
verb pledge aid for:O -> pledged-aid-to cameo=070 mode=planned
verb pledge assistance to:O -> pledged-aid-to cameo=070 mode=planned
verb promise aid to:O -> pledged-aid-to cameo=070 mode=planned
verb promise assistance to:O -> pledged-aid-to cameo=070 mode=planned
noun aid to|for:O -> sent-aid-to cameo=070
# The receiving side's verbs: "Morocco accepted aid from Spain" (Spain acts).
verb receive aid from:O -> sent-aid-to cameo=070 reverse
verb receive assistance from:O -> sent-aid-to cameo=070 reverse
verb accept aid from:O -> sent-aid-to cameo=070 reverse
verb accept assistance from:O -> sent-aid-to cameo=070 reverse
verb get aid from:O -> sent-aid-to cameo=070 reverse
verb welcome aid from:O -> sent-aid-to cameo=070 reverse
verb receive funds from:O -> sent-aid-to cameo=070 reverse
verb receive funding from:O -> sent-aid-to cameo=070 reverse
verb receive loan from:O -> sent-economic-aid-to cameo=071 reverse
verb receive loans from:O -> sent-economic-aid-to cameo=071 reverse
verb secure loan from:O -> sent-economic-aid-to cameo=071 reverse
verb receive humanitarian aid from:O -> sent-humanitarian-aid-to cameo=073 reverse
verb receive humanitarian assistance from:O -> sent-humanitarian-aid-to cameo=073 reverse
verb accept humanitarian aid from:O -> sent-humanitarian-aid-to cameo=073 reverse
verb receive relief supplies from:O -> sent-humanitarian-aid-to cameo=073 reverse
verb receive supplies from:O -> sent-humanitarian-aid-to cameo=073 reverse
verb accept rescue teams from:O -> sent-humanitarian-aid-to cameo=073 reverse
verb accept offers of aid from:O -> sent-aid-to cameo=070 reverse
verb accept offer of aid from:O -> sent-aid-to cameo=070 reverse
verb accept offers of help from:O -> sent-aid-to cameo=070 reverse
verb accept help from:O -> sent-aid-to cameo=070 reverse
verb receive vaccines from:O -> sent-humanitarian-aid-to cameo=073 reverse
noun humanitarian aid to|for:O -> sent-humanitarian-aid-to cameo=073
noun humanitarian assistance to|for:O -> sent-humanitarian-aid-to cameo=073
noun relief supplies to|for:O -> sent-humanitarian-aid-to cameo=073
noun assistance to|for:O -> sent-aid-to cameo=070
noun aid package for|to:O -> sent-aid-to cameo=070
noun donation to:O -> sent-aid-to cameo=070
noun pledge of aid to|for:O -> pledged-aid-to cameo=070 mode=planned

# 071 provide economic aid: loans, grants, bailouts, budget support, debt relief
verb provide economic aid to:O -> sent-economic-aid-to cameo=071
verb provide financial aid to:O -> sent-economic-aid-to cameo=071
verb provide financial assistance to:O -> sent-economic-aid-to cameo=071
verb provide economic assistance to:O -> sent-economic-aid-to cameo=071
verb provide budget support to:O -> sent-economic-aid-to cameo=071
verb send economic aid to:O -> sent-economic-aid-to cameo=071
verb send financial aid to:O -> sent-economic-aid-to cameo=071
verb give financial aid to:O -> sent-economic-aid-to cameo=071
verb give money to:O -> sent-economic-aid-to cameo=071
verb send money to:O -> sent-economic-aid-to cameo=071
verb donate money to:O -> sent-economic-aid-to cameo=071
verb transfer funds to:O -> sent-economic-aid-to cameo=071
verb disburse funds to:O -> sent-economic-aid-to cameo=071
verb disburse loan to:O -> lent-to cameo=071
verb release funds to|for:O -> sent-economic-aid-to cameo=071
verb fund O -> funded cameo=071
verb finance O -> funded cameo=071
verb bankroll O -> funded cameo=071
verb subsidize O -> funded cameo=071
verb subsidise O -> funded cameo=071
verb bail out O -> bailed-out cameo=071
verb lend to:O -> lent-to cameo=071
verb lend money to:O -> lent-to cameo=071
verb grant loan to:O -> lent-to cameo=071
verb grant loans to:O -> lent-to cameo=071
verb extend loan to:O -> lent-to cameo=071
verb extend loans to:O -> lent-to cameo=071
verb extend credit to:O -> lent-to cameo=071
verb extend credit line to:O -> lent-to cameo=071
verb give loan to:O -> lent-to cameo=071
verb provide loan to:O -> lent-to cameo=071
verb provide loans to:O -> lent-to cameo=071
verb approve loan for:O -> lent-to cameo=071
verb approve loan to:O -> lent-to cameo=071
verb approve bailout for:O -> bailed-out cameo=071
verb forgive debt of:O -> forgave-debt-of cameo=071
verb write off debt of:O -> forgave-debt-of cameo=071
verb cancel debt of:O -> forgave-debt-of cameo=071
verb grant debt relief to:O -> forgave-debt-of cameo=071
verb offer loan to:O -> offered-aid-to cameo=071 mode=planned
verb pledge money to:O -> pledged-aid-to cameo=071 mode=planned
verb pledge funds to:O -> pledged-aid-to cameo=071 mode=planned
verb pledge funds for:O -> pledged-aid-to cameo=071 mode=planned
noun loan to|for:O -> lent-to cameo=071
noun credit line to|for:O -> lent-to cameo=071
noun line of credit to|for:O -> lent-to cameo=071
noun bailout of|for:O -> bailed-out cameo=071
noun funding for|to:O -> funded cameo=071
noun financing of|for:O -> funded cameo=071
noun debt relief for|to:O -> forgave-debt-of cameo=071
noun grant to:O -> sent-economic-aid-to cameo=071

# 072 provide military aid: arms, equipment, training, advisers
verb arm O -> armed cameo=072
verb equip O -> armed cameo=072
verb rearm O -> armed cameo=072
verb train troops of:O -> trained-forces-of cameo=072
verb provide military aid to:O -> sent-military-aid-to cameo=072
verb send military aid to:O -> sent-military-aid-to cameo=072
verb give military aid to:O -> sent-military-aid-to cameo=072
verb deliver military aid to:O -> sent-military-aid-to cameo=072
verb approve military aid for:O -> sent-military-aid-to cameo=072
verb approve military aid to:O -> sent-military-aid-to cameo=072
verb provide military assistance to:O -> sent-military-aid-to cameo=072
verb send military assistance to:O -> sent-military-aid-to cameo=072
verb send military advisers to:O -> sent-military-aid-to cameo=072
verb send military advisors to:O -> sent-military-aid-to cameo=072
verb send military instructors to:O -> sent-military-aid-to cameo=072
verb pledge military aid to:O -> pledged-aid-to cameo=072 mode=planned
verb promise military aid to:O -> pledged-aid-to cameo=072 mode=planned
verb supply weapons to:O -> sent-arms-to cameo=072
verb supply arms to:O -> sent-arms-to cameo=072
verb supply missiles to:O -> sent-arms-to cameo=072
verb supply drones to:O -> sent-arms-to cameo=072
verb supply ammunition to:O -> sent-arms-to cameo=072
verb supply munitions to:O -> sent-arms-to cameo=072
verb supply tanks to:O -> sent-arms-to cameo=072
verb supply jets to:O -> sent-arms-to cameo=072
verb send weapons to:O -> sent-arms-to cameo=072
verb send arms to:O -> sent-arms-to cameo=072
verb send ammunition to:O -> sent-arms-to cameo=072
verb send munitions to:O -> sent-arms-to cameo=072
verb send military equipment to:O -> sent-arms-to cameo=072
verb deliver weapons to:O -> sent-arms-to cameo=072
verb deliver arms to:O -> sent-arms-to cameo=072
verb deliver missiles to:O -> sent-arms-to cameo=072
verb deliver drones to:O -> sent-arms-to cameo=072
verb deliver ammunition to:O -> sent-arms-to cameo=072
verb deliver tanks to:O -> sent-arms-to cameo=072
verb deliver jets to:O -> sent-arms-to cameo=072
verb provide weapons to:O -> sent-arms-to cameo=072
verb provide arms to:O -> sent-arms-to cameo=072
verb provide missiles to:O -> sent-arms-to cameo=072
verb provide drones to:O -> sent-arms-to cameo=072
verb provide ammunition to:O -> sent-arms-to cameo=072
verb ship weapons to:O -> sent-arms-to cameo=072
verb ship arms to:O -> sent-arms-to cameo=072
verb ship missiles to:O -> sent-arms-to cameo=072
verb ship drones to:O -> sent-arms-to cameo=072
verb ship ammunition to:O -> sent-arms-to cameo=072
verb transfer weapons to:O -> sent-arms-to cameo=072
verb transfer arms to:O -> sent-arms-to cameo=072
verb transfer missiles to:O -> sent-arms-to cameo=072
verb transfer drones to:O -> sent-arms-to cameo=072
verb give weapons to:O -> sent-arms-to cameo=072
verb give arms to:O -> sent-arms-to cameo=072
verb donate weapons to:O -> sent-arms-to cameo=072
verb donate tanks to:O -> sent-arms-to cameo=072
verb smuggle weapons to:O -> sent-arms-to cameo=072
verb smuggle arms to:O -> sent-arms-to cameo=072
verb funnel weapons to:O -> sent-arms-to cameo=072
verb funnel arms to:O -> sent-arms-to cameo=072
verb channel weapons to:O -> sent-arms-to cameo=072
verb channel arms to:O -> sent-arms-to cameo=072
verb export weapons to:O -> sold-arms-to cameo=072
verb export arms to:O -> sold-arms-to cameo=072
verb export missiles to:O -> sold-arms-to cameo=072
verb export drones to:O -> sold-arms-to cameo=072
verb sell weapons to:O -> sold-arms-to cameo=072
verb sell arms to:O -> sold-arms-to cameo=072
verb sell missiles to:O -> sold-arms-to cameo=072
verb sell drones to:O -> sold-arms-to cameo=072
verb sell jets to:O -> sold-arms-to cameo=072
verb sell tanks to:O -> sold-arms-to cameo=072
verb sell ammunition to:O -> sold-arms-to cameo=072
verb approve arms sale to:O -> sold-arms-to cameo=072
verb approve arms sales to:O -> sold-arms-to cameo=072
verb approve sale of weapons to:O -> sold-arms-to cameo=072
verb approve sale of missiles to:O -> sold-arms-to cameo=072
verb approve sale of jets to:O -> sold-arms-to cameo=072
noun military aid to|for:O -> sent-military-aid-to cameo=072
noun military assistance to|for:O -> sent-military-aid-to cameo=072
noun arms sale to:O -> sold-arms-to cameo=072
noun arms sales to:O -> sold-arms-to cameo=072
noun arms deliveries to:O -> sent-arms-to cameo=072
noun arms shipments to:O -> sent-arms-to cameo=072
noun arms supplies to:O -> sent-arms-to cameo=072
noun weapons deliveries to:O -> sent-arms-to cameo=072
noun weapons shipments to:O -> sent-arms-to cameo=072
noun weapons supplies to:O -> sent-arms-to cameo=072
noun delivery of weapons to:O -> sent-arms-to cameo=072
noun shipment of weapons to:O -> sent-arms-to cameo=072
noun shipment of arms to:O -> sent-arms-to cameo=072
noun supply of weapons to:O -> sent-arms-to cameo=072
noun supply of arms to:O -> sent-arms-to cameo=072
noun sale of weapons to:O -> sold-arms-to cameo=072
noun sale of arms to:O -> sold-arms-to cameo=072
noun sale of helicopters to:O -> sold-arms-to cameo=072
noun sale of jets to:O -> sold-arms-to cameo=072
noun sale of warplanes to:O -> sold-arms-to cameo=072
noun sale of aircraft to:O -> sold-arms-to cameo=072
noun sale of drones to:O -> sold-arms-to cameo=072
noun sale of missiles to:O -> sold-arms-to cameo=072
noun sale of tanks to:O -> sold-arms-to cameo=072
noun sale of submarines to:O -> sold-arms-to cameo=072
noun sale of warships to:O -> sold-arms-to cameo=072
noun sale of frigates to:O -> sold-arms-to cameo=072
noun sale of ammunition to:O -> sold-arms-to cameo=072
noun sale of military equipment to:O -> sold-arms-to cameo=072
noun delivery of helicopters to:O -> sent-arms-to cameo=072
noun delivery of jets to:O -> sent-arms-to cameo=072
noun delivery of missiles to:O -> sent-arms-to cameo=072
noun delivery of air defence systems to:O -> sent-arms-to cameo=072
noun delivery of air defense systems to:O -> sent-arms-to cameo=072
noun delivery of military equipment to:O -> sent-arms-to cameo=072
# The receiving side's verbs: "Nigeria received helicopters from the US" (the US acts).
verb receive weapons from:O -> sent-arms-to cameo=072 reverse
verb receive arms from:O -> sent-arms-to cameo=072 reverse
verb receive military aid from:O -> sent-military-aid-to cameo=072 reverse
verb receive military assistance from:O -> sent-military-aid-to cameo=072 reverse
noun transfer of weapons to:O -> sent-arms-to cameo=072
noun transfer of arms to:O -> sent-arms-to cameo=072

# 073 provide humanitarian aid: relief, food, medicine, rescue teams
verb send humanitarian aid to:O -> sent-humanitarian-aid-to cameo=073
verb provide humanitarian aid to:O -> sent-humanitarian-aid-to cameo=073
verb deliver humanitarian aid to:O -> sent-humanitarian-aid-to cameo=073
verb give humanitarian aid to:O -> sent-humanitarian-aid-to cameo=073
verb ship humanitarian aid to:O -> sent-humanitarian-aid-to cameo=073
verb airlift humanitarian aid to:O -> sent-humanitarian-aid-to cameo=073
verb send humanitarian assistance to:O -> sent-humanitarian-aid-to cameo=073
verb provide humanitarian assistance to:O -> sent-humanitarian-aid-to cameo=073
verb send relief to:O -> sent-humanitarian-aid-to cameo=073
verb send relief supplies to:O -> sent-humanitarian-aid-to cameo=073
verb send supplies to:O -> sent-humanitarian-aid-to cameo=073
verb deliver supplies to:O -> sent-humanitarian-aid-to cameo=073
verb fly supplies to:O -> sent-humanitarian-aid-to cameo=073
verb airlift supplies to:O -> sent-humanitarian-aid-to cameo=073
verb ship supplies to:O -> sent-humanitarian-aid-to cameo=073
verb send relief material to:O -> sent-humanitarian-aid-to cameo=073
verb send relief materials to:O -> sent-humanitarian-aid-to cameo=073
verb send tents to:O -> sent-humanitarian-aid-to cameo=073
verb send water to:O -> sent-humanitarian-aid-to cameo=073
verb deliver relief to:O -> sent-humanitarian-aid-to cameo=073
verb provide relief to:O -> sent-humanitarian-aid-to cameo=073
verb send food aid to:O -> sent-humanitarian-aid-to cameo=073
verb send food to:O -> sent-humanitarian-aid-to cameo=073
verb deliver food to:O -> sent-humanitarian-aid-to cameo=073
verb ship food to:O -> sent-humanitarian-aid-to cameo=073
verb send medicine to:O -> sent-humanitarian-aid-to cameo=073
verb send medicines to:O -> sent-humanitarian-aid-to cameo=073
verb send medical supplies to:O -> sent-humanitarian-aid-to cameo=073
verb deliver medical supplies to:O -> sent-humanitarian-aid-to cameo=073
verb send vaccines to:O -> sent-humanitarian-aid-to cameo=073
verb donate vaccines to:O -> sent-humanitarian-aid-to cameo=073
verb send doctors to:O -> sent-humanitarian-aid-to cameo=073
verb send medical teams to:O -> sent-humanitarian-aid-to cameo=073
verb send rescue teams to:O -> sent-humanitarian-aid-to cameo=073
verb send rescue team to:O -> sent-humanitarian-aid-to cameo=073
verb send search and rescue teams to:O -> sent-humanitarian-aid-to cameo=073
verb send search and rescue team to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch search and rescue teams to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch search and rescue team to:O -> sent-humanitarian-aid-to cameo=073
verb deploy search and rescue teams to:O -> sent-humanitarian-aid-to cameo=073
verb deploy rescue teams to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch rescue team to:O -> sent-humanitarian-aid-to cameo=073
verb send aid workers to:O -> sent-humanitarian-aid-to cameo=073
verb send relief workers to:O -> sent-humanitarian-aid-to cameo=073
verb send medical personnel to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch relief goods to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch relief supplies to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch humanitarian aid to:O -> sent-humanitarian-aid-to cameo=073
verb send field hospital to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch field hospital to:O -> sent-humanitarian-aid-to cameo=073
verb send rescuers to:O -> sent-humanitarian-aid-to cameo=073
verb send rescue workers to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch rescue teams to:O -> sent-humanitarian-aid-to cameo=073
verb dispatch aid to:O -> sent-humanitarian-aid-to cameo=073
verb airdrop aid to|into|over:O -> sent-humanitarian-aid-to cameo=073
verb airdrop food to|into|over:O -> sent-humanitarian-aid-to cameo=073
verb pledge humanitarian aid to|for:O -> pledged-aid-to cameo=073 mode=planned
verb offer humanitarian aid to:O -> offered-aid-to cameo=073 mode=planned
noun airlift to:O -> sent-humanitarian-aid-to cameo=073
noun airdrop over|into:O -> sent-humanitarian-aid-to cameo=073

# 074 provide military protection or peacekeeping
verb send peacekeepers to:O -> sent-peacekeepers-to cameo=074
# Troops sent to another country (at its request: the rules' supplied-troops-to; the
# frame reads the passive, "Russian troops were sent to Kazakhstan").
verb send troops to:O -> sent-troops-to cameo=074
verb deploy peacekeepers to|in:O -> sent-peacekeepers-to cameo=074
verb contribute peacekeepers to:O -> sent-peacekeepers-to cameo=074
verb provide peacekeepers to|for:O -> sent-peacekeepers-to cameo=074
verb send peacekeeping troops to:O -> sent-peacekeepers-to cameo=074
verb deploy peacekeeping troops to|in:O -> sent-peacekeepers-to cameo=074
verb send peacekeeping force to:O -> sent-peacekeepers-to cameo=074
verb deploy peacekeeping force to|in:O -> sent-peacekeepers-to cameo=074
verb send peacekeeping forces to:O -> sent-peacekeepers-to cameo=074
verb deploy peacekeeping forces to|in:O -> sent-peacekeepers-to cameo=074
verb send stabilisation force to:O -> sent-peacekeepers-to cameo=074
verb send stabilization force to:O -> sent-peacekeepers-to cameo=074
verb lead peacekeeping mission in|to:O -> sent-peacekeepers-to cameo=074
verb lead security mission in|to:O -> sent-peacekeepers-to cameo=074
verb provide protection to|for:O -> protected cameo=074
verb extend protection to:O -> protected cameo=074
verb extend nuclear umbrella to|over:O -> protected cameo=074
verb extend security umbrella to|over:O -> protected cameo=074
verb provide security guarantees to|for:O -> protected cameo=074 mode=planned
verb give security guarantees to:O -> protected cameo=074 mode=planned
verb extend security guarantees to:O -> protected cameo=074 mode=planned
verb offer security guarantees to:O -> protected cameo=074 mode=planned
verb offer protection to:O -> protected cameo=074 mode=planned
verb pledge to defend O -> protected cameo=074 mode=planned
verb vow to defend O -> protected cameo=074 mode=planned
verb promise to defend O -> protected cameo=074 mode=planned
noun peacekeeper in|to:O -> sent-peacekeepers-to cameo=074
noun peacekeeping mission in|to:O -> sent-peacekeepers-to cameo=074
noun peacekeeping force in|to:O -> sent-peacekeepers-to cameo=074
noun peacekeeping troops in|to:O -> sent-peacekeepers-to cameo=074
noun security guarantee for|to:O -> protected cameo=074 mode=planned
noun security guarantees for|to:O -> protected cameo=074 mode=planned

# 075 grant asylum (and take in refugees)
verb grant asylum to:O -> granted-asylum-to cameo=075
verb give asylum to:O -> granted-asylum-to cameo=075
verb offer asylum to:O -> granted-asylum-to cameo=075 mode=planned
verb provide asylum to:O -> granted-asylum-to cameo=075
verb grant refuge to:O -> granted-asylum-to cameo=075
verb give refuge to:O -> granted-asylum-to cameo=075
verb offer refuge to:O -> granted-asylum-to cameo=075 mode=planned
verb give sanctuary to:O -> granted-asylum-to cameo=075
verb provide sanctuary to:O -> granted-asylum-to cameo=075
verb offer sanctuary to:O -> granted-asylum-to cameo=075 mode=planned
verb take in refugees from:O -> took-in-refugees-from cameo=075
verb accept refugees from:O -> took-in-refugees-from cameo=075
verb admit refugees from:O -> took-in-refugees-from cameo=075
verb resettle refugees from:O -> took-in-refugees-from cameo=075
verb host refugees from:O -> took-in-refugees-from cameo=075
noun asylum to:O -> granted-asylum-to cameo=075

# ---- RETREAT
# 0841 return, release persons (the seed file has `verb release O`)
verb free O -> released cameo=0841
verb set free O -> released cameo=0841
verb repatriate prisoners to:O -> released cameo=0841
verb return prisoners to:O -> released cameo=0841
verb return children to:O -> released cameo=0841
verb exchange prisoners with:O -> exchanged-prisoners-with cameo=0841 symmetric
verb swap prisoners with:O -> exchanged-prisoners-with cameo=0841 symmetric
verb trade prisoners with:O -> exchanged-prisoners-with cameo=0841 symmetric
verb exchange detainees with:O -> exchanged-prisoners-with cameo=0841 symmetric
verb swap detainees with:O -> exchanged-prisoners-with cameo=0841 symmetric
verb exchange hostages with:O -> exchanged-prisoners-with cameo=0841 symmetric
verb carry out prisoner swap with:O -> exchanged-prisoners-with cameo=0841 symmetric
verb carry out prisoner exchange with:O -> exchanged-prisoners-with cameo=0841 symmetric
noun release of:O -> released cameo=0841
noun prisoner swap with|between:O -> exchanged-prisoners-with cameo=0841 symmetric
noun prisoner exchange with|between:O -> exchanged-prisoners-with cameo=0841 symmetric
noun prisoner swaps with|between:O -> exchanged-prisoners-with cameo=0841 symmetric
noun prisoner exchanges with|between:O -> exchanged-prisoners-with cameo=0841 symmetric

# 0842 return, release property
verb return territory to:O -> returned-property-to cameo=0842
verb return land to:O -> returned-property-to cameo=0842
verb return artefacts to:O -> returned-property-to cameo=0842
verb return artifacts to:O -> returned-property-to cameo=0842
verb return treasures to:O -> returned-property-to cameo=0842
verb return vessel to:O -> returned-property-to cameo=0842
verb return ship to:O -> returned-property-to cameo=0842
verb return tanker to:O -> returned-property-to cameo=0842
verb return remains to:O -> returned-property-to cameo=0842
verb return bodies to:O -> returned-property-to cameo=0842
verb repatriate artefacts to:O -> returned-property-to cameo=0842
verb repatriate artifacts to:O -> returned-property-to cameo=0842
verb repatriate remains to:O -> returned-property-to cameo=0842
verb hand back territory to:O -> returned-property-to cameo=0842
verb hand back control to:O -> returned-property-to cameo=0842
verb restitute artefacts to:O -> returned-property-to cameo=0842
noun return of artefacts to:O -> returned-property-to cameo=0842
noun return of artifacts to:O -> returned-property-to cameo=0842
noun return of territory to:O -> returned-property-to cameo=0842

# 085 ease economic sanctions, boycott, embargo
verb lift sanctions on|against:O -> lifted-sanctions-on cameo=085
verb ease sanctions on|against:O -> lifted-sanctions-on cameo=085
verb relax sanctions on|against:O -> lifted-sanctions-on cameo=085
verb loosen sanctions on|against:O -> lifted-sanctions-on cameo=085
verb suspend sanctions on|against:O -> lifted-sanctions-on cameo=085
verb remove sanctions on|against:O -> lifted-sanctions-on cameo=085
verb scrap sanctions on|against:O -> lifted-sanctions-on cameo=085
verb drop sanctions on|against:O -> lifted-sanctions-on cameo=085
verb waive sanctions on|against:O -> lifted-sanctions-on cameo=085
verb end sanctions on|against:O -> lifted-sanctions-on cameo=085
verb roll back sanctions on|against:O -> lifted-sanctions-on cameo=085
verb unwind sanctions on|against:O -> lifted-sanctions-on cameo=085
verb lift embargo on|against:O -> lifted-sanctions-on cameo=085
verb ease embargo on|against:O -> lifted-sanctions-on cameo=085
verb end embargo on|against:O -> lifted-sanctions-on cameo=085
verb relax embargo on|against:O -> lifted-sanctions-on cameo=085
verb suspend embargo on|against:O -> lifted-sanctions-on cameo=085
verb lift boycott of|on|against:O -> lifted-sanctions-on cameo=085
verb end boycott of|on|against:O -> lifted-sanctions-on cameo=085
verb lift ban on imports from:O -> lifted-sanctions-on cameo=085
verb lift import ban on:O -> lifted-sanctions-on cameo=085
verb grant sanctions relief to:O -> lifted-sanctions-on cameo=085
verb provide sanctions relief to:O -> lifted-sanctions-on cameo=085
verb give sanctions relief to:O -> lifted-sanctions-on cameo=085
verb offer sanctions relief to:O -> lifted-sanctions-on cameo=085 mode=planned
verb grant sanctions waiver to:O -> lifted-sanctions-on cameo=085
verb grant waiver to:O -> lifted-sanctions-on cameo=085
verb unfreeze O -> unfroze-assets-of cameo=085
verb unfreeze assets of:O -> unfroze-assets-of cameo=085
verb unblock funds of|for:O -> unfroze-assets-of cameo=085
verb release frozen assets of|to:O -> unfroze-assets-of cameo=085
verb release frozen funds of|to:O -> unfroze-assets-of cameo=085
noun lifting of sanctions on|against:O -> lifted-sanctions-on cameo=085
noun easing of sanctions on|against:O -> lifted-sanctions-on cameo=085
noun lifting of embargo on|against:O -> lifted-sanctions-on cameo=085
noun sanctions relief for|to:O -> lifted-sanctions-on cameo=085
noun unfreezing of assets of:O -> unfroze-assets-of cameo=085

# 086 allow international involvement: 0861 peacekeepers, 0862 inspectors,
# 0863 humanitarian access
verb allow observers from:O -> allowed-observers-from cameo=086
verb accept observers from:O -> allowed-observers-from cameo=086
verb admit observers from:O -> allowed-observers-from cameo=086
verb welcome observers from:O -> allowed-observers-from cameo=086
verb invite observers from:O -> allowed-observers-from cameo=086
verb allow monitors from:O -> allowed-observers-from cameo=086
verb accept monitors from:O -> allowed-observers-from cameo=086
verb admit monitors from:O -> allowed-observers-from cameo=086
verb allow investigators from:O -> allowed-observers-from cameo=086
verb admit investigators from:O -> allowed-observers-from cameo=086
verb accept peacekeepers from:O -> accepted-peacekeepers-from cameo=0861
verb welcome peacekeepers from:O -> accepted-peacekeepers-from cameo=0861
verb allow peacekeepers from:O -> accepted-peacekeepers-from cameo=0861
verb accept deployment of:O -> accepted-peacekeepers-from cameo=0861
verb allow deployment of:O -> accepted-peacekeepers-from cameo=0861
verb consent to deployment of:O -> accepted-peacekeepers-from cameo=0861
verb allow inspectors from:O -> allowed-inspectors-from cameo=0862
verb admit inspectors from:O -> allowed-inspectors-from cameo=0862
verb readmit inspectors from:O -> allowed-inspectors-from cameo=0862
verb accept inspectors from:O -> allowed-inspectors-from cameo=0862
verb welcome inspectors from:O -> allowed-inspectors-from cameo=0862
verb receive inspectors from:O -> allowed-inspectors-from cameo=0862
verb let inspectors from:O -> allowed-inspectors-from cameo=0862
verb allow inspections by:O -> allowed-inspectors-from cameo=0862
verb accept inspections by:O -> allowed-inspectors-from cameo=0862
verb permit inspections by:O -> allowed-inspectors-from cameo=0862
verb allow aid into:O -> allowed-aid-into cameo=0863
verb let aid into:O -> allowed-aid-into cameo=0863
verb allow aid to enter:O -> allowed-aid-into cameo=0863
verb allow aid to reach:O -> allowed-aid-into cameo=0863
verb allow aid convoys into:O -> allowed-aid-into cameo=0863
verb allow aid deliveries to|into:O -> allowed-aid-into cameo=0863
verb allow aid trucks into:O -> allowed-aid-into cameo=0863
verb allow humanitarian access to:O -> allowed-aid-into cameo=0863
verb grant humanitarian access to:O -> allowed-aid-into cameo=0863
verb give humanitarian access to:O -> allowed-aid-into cameo=0863
verb open humanitarian corridor to|into|from:O -> allowed-aid-into cameo=0863
verb open humanitarian corridors to|into|from:O -> allowed-aid-into cameo=0863
verb reopen crossing into|to|with:O -> allowed-aid-into cameo=0863
verb open crossing into|to|with:O -> allowed-aid-into cameo=0863
verb reopen crossings into|to|with:O -> allowed-aid-into cameo=0863
noun humanitarian access to:O -> allowed-aid-into cameo=0863
noun humanitarian corridor to|into|from:O -> allowed-aid-into cameo=0863

# 087 de-escalate military engagement (the seed file has `verb withdraw troops from:O`)
verb withdraw forces from:O -> withdrew-troops-from cameo=087
verb withdraw soldiers from:O -> withdrew-troops-from cameo=087
verb withdraw troops out of:O -> withdrew-troops-from cameo=087
verb pull troops out of:O -> withdrew-troops-from cameo=087
verb pull troops from:O -> withdrew-troops-from cameo=087
verb pull forces out of:O -> withdrew-troops-from cameo=087
verb pull forces from:O -> withdrew-troops-from cameo=087
verb pull out troops from:O -> withdrew-troops-from cameo=087
verb pull out forces from:O -> withdrew-troops-from cameo=087
verb pull back troops from:O -> withdrew-troops-from cameo=087
verb pull back forces from:O -> withdrew-troops-from cameo=087
verb recall troops from:O -> withdrew-troops-from cameo=087
verb evacuate troops from:O -> withdrew-troops-from cameo=087
verb bring home troops from:O -> withdrew-troops-from cameo=087
verb draw down troops in|from:O -> withdrew-troops-from cameo=087
verb draw down forces in|from:O -> withdrew-troops-from cameo=087
verb reduce troops in:O -> withdrew-troops-from cameo=087
verb cut troops in:O -> withdrew-troops-from cameo=087
verb reduce military presence in:O -> withdrew-troops-from cameo=087
verb scale back military presence in:O -> withdrew-troops-from cameo=087
verb end military presence in:O -> withdrew-troops-from cameo=087
verb end occupation of:O -> withdrew-troops-from cameo=087
verb end military operations in|against:O -> halted-attacks-on cameo=087
verb halt military operations in|against:O -> halted-attacks-on cameo=087
verb halt offensive against|on|in:O -> halted-attacks-on cameo=087
verb suspend offensive against|on|in:O -> halted-attacks-on cameo=087
verb halt attacks on|against:O -> halted-attacks-on cameo=087
verb stop attacks on|against:O -> halted-attacks-on cameo=087
verb suspend attacks on|against:O -> halted-attacks-on cameo=087
verb cease attacks on|against:O -> halted-attacks-on cameo=087
verb pause attacks on|against:O -> halted-attacks-on cameo=087
verb halt strikes on|against:O -> halted-attacks-on cameo=087
verb suspend strikes on|against:O -> halted-attacks-on cameo=087
verb pause strikes on|against:O -> halted-attacks-on cameo=087
verb stop strikes on|against:O -> halted-attacks-on cameo=087
verb halt airstrikes on|against:O -> halted-attacks-on cameo=087
verb suspend airstrikes on|against:O -> halted-attacks-on cameo=087
verb stop bombing O -> halted-attacks-on cameo=087
verb halt bombing of:O -> halted-attacks-on cameo=087
verb stop shelling O -> halted-attacks-on cameo=087
verb halt shelling of:O -> halted-attacks-on cameo=087
noun troop withdrawal from:O -> withdrew-troops-from cameo=087
noun withdrawal of troops from:O -> withdrew-troops-from cameo=087
noun withdrawal of forces from:O -> withdrew-troops-from cameo=087
noun pullout of troops from:O -> withdrew-troops-from cameo=087
noun drawdown in|from:O -> withdrew-troops-from cameo=087
# 0871 declare truce, ceasefire. A ceasefire agreed between two parties is an agreement
# (plover=AGREE, as docs/annotation.md defines it); one declared alone is a retreat.
verb declare ceasefire in|with:O -> declared-ceasefire-with cameo=0871
verb declare truce in|with:O -> declared-ceasefire-with cameo=0871
verb announce ceasefire in|with:O -> declared-ceasefire-with cameo=0871
verb announce truce in|with:O -> declared-ceasefire-with cameo=0871
verb agree ceasefire with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb agree truce with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb agree to ceasefire with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb agree to truce with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb reach ceasefire with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb reach truce with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb sign ceasefire with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb sign truce with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb sign armistice with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb extend ceasefire with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb extend truce with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
verb observe ceasefire with:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
noun ceasefire with|between:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
noun truce with|between:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
noun armistice with|between:O -> agreed-ceasefire-with cameo=0871 symmetric plover=AGREE
# 0872 ease military blockade
verb lift blockade of|on|against:O -> lifted-blockade-on cameo=0872
verb ease blockade of|on|against:O -> lifted-blockade-on cameo=0872
verb end blockade of|on|against:O -> lifted-blockade-on cameo=0872
verb relax blockade of|on|against:O -> lifted-blockade-on cameo=0872
verb lift siege of|on:O -> lifted-blockade-on cameo=0872
verb ease siege of|on:O -> lifted-blockade-on cameo=0872
verb end siege of|on:O -> lifted-blockade-on cameo=0872
verb reopen border with:O -> lifted-blockade-on cameo=0872
verb reopen borders with:O -> lifted-blockade-on cameo=0872
verb reopen ports to:O -> lifted-blockade-on cameo=0872
noun lifting of blockade of|on|against:O -> lifted-blockade-on cameo=0872
noun lifting of siege of|on:O -> lifted-blockade-on cameo=0872
# 0873 demobilize armed forces
verb demobilize -> demobilized cameo=0873
verb demobilise -> demobilized cameo=0873
verb disband militia -> demobilized cameo=0873
verb disband militias -> demobilized cameo=0873
verb lay down arms -> demobilized cameo=0873
verb lay down weapons -> demobilized cameo=0873
verb surrender weapons to:O -> demobilized cameo=0873
verb hand in weapons to:O -> demobilized cameo=0873
# 0874 retreat or surrender militarily (a bare `surrender to:O` also catches people
# surrendering to the police, so only military phrasings are listed)
verb order retreat from:O -> retreated-from cameo=0874
verb announce retreat from:O -> retreated-from cameo=0874
verb surrender city to:O -> surrendered-to cameo=0874
verb surrender positions to:O -> surrendered-to cameo=0874
verb surrender territory to:O -> surrendered-to cameo=0874
verb surrender unconditionally to:O -> surrendered-to cameo=0874
noun unconditional surrender to:O -> surrendered-to cameo=0874

# ---- REQUEST
# 020 make an appeal or request (general). The seed file has `verb urge O`.
verb call on O -> urged cameo=020 control=object
verb call upon O -> urged cameo=020 control=object
noun call on|upon:O -> urged cameo=020
verb urge upon O -> urged cameo=020 control=object
verb implore O -> urged cameo=020 control=object
verb exhort O -> urged cameo=020 control=object
verb beseech O -> urged cameo=020 control=object
verb entreat O -> urged cameo=020 control=object
verb beg O -> urged cameo=020 control=object
verb press O -> urged cameo=020 control=object
verb pressure O -> urged cameo=020 control=object
verb pressurise O -> urged cameo=020 control=object
verb pressurize O -> urged cameo=020 control=object
verb lobby O -> urged cameo=020 control=object
verb petition O -> urged cameo=020 control=object
verb plead with:O -> urged cameo=020 control=object
verb appeal to:O -> appealed-to cameo=020 control=object
verb make appeal to:O -> appealed-to cameo=020
verb issue appeal to:O -> appealed-to cameo=020
verb launch appeal to:O -> appealed-to cameo=020
verb ask O -> asked cameo=020 control=object
verb request O -> asked cameo=020 control=object
verb invite O -> invited cameo=020 control=object
verb urge that O -> urged cameo=020
verb ask that O -> asked cameo=020
verb request that O -> asked cameo=020
verb call for O -> called-for cameo=020 control=object
verb seek assurances from:O -> asked cameo=020
verb seek guarantees from:O -> asked cameo=020
verb seek clarification from:O -> asked cameo=020
verb seek explanation from:O -> asked cameo=020
verb request clarification from:O -> asked cameo=020
verb request explanation from:O -> asked cameo=020
verb ask for clarification from:O -> asked cameo=020
verb ask for explanation from:O -> asked cameo=020
noun appeal to:O -> appealed-to cameo=020
noun plea to:O -> appealed-to cameo=020
noun request to:O -> asked cameo=020
noun petition to:O -> appealed-to cameo=020

# 021 appeal for material cooperation (0211 economic, 0212 military, 0213 judicial,
# 0214 intelligence)
verb seek cooperation from|with:O -> asked-for-cooperation-from cameo=021
verb request cooperation from:O -> asked-for-cooperation-from cameo=021
verb ask for cooperation from:O -> asked-for-cooperation-from cameo=021
verb seek investment from:O -> asked-for-investment-from cameo=0211
verb seek investments from:O -> asked-for-investment-from cameo=0211
verb court investment from:O -> asked-for-investment-from cameo=0211
verb court investors from:O -> asked-for-investment-from cameo=0211
verb seek economic cooperation with|from:O -> asked-for-investment-from cameo=0211
verb seek military cooperation with|from:O -> asked-for-military-cooperation-from cameo=0212
verb seek defence cooperation with|from:O -> asked-for-military-cooperation-from cameo=0212
verb seek defense cooperation with|from:O -> asked-for-military-cooperation-from cameo=0212
verb seek extradition from:O -> asked-for-extradition-from cameo=0213
verb request extradition from:O -> asked-for-extradition-from cameo=0213
verb ask for extradition from:O -> asked-for-extradition-from cameo=0213
verb file extradition request with:O -> asked-for-extradition-from cameo=0213
verb submit extradition request to:O -> asked-for-extradition-from cameo=0213
verb send extradition request to:O -> asked-for-extradition-from cameo=0213
verb seek legal assistance from:O -> asked-for-extradition-from cameo=0213
verb request intelligence from:O -> asked-for-intelligence-from cameo=0214
verb seek intelligence from:O -> asked-for-intelligence-from cameo=0214
verb request information from:O -> asked-for-intelligence-from cameo=0214
verb seek information from:O -> asked-for-intelligence-from cameo=0214
verb ask for information from:O -> asked-for-intelligence-from cameo=0214

# 022 appeal for diplomatic cooperation (such as policy support)
verb seek support from:O -> asked-for-support-from cameo=022
verb seek support of:O -> asked-for-support-from cameo=022
verb request support from:O -> asked-for-support-from cameo=022
verb ask for support from:O -> asked-for-support-from cameo=022
verb appeal for support from:O -> asked-for-support-from cameo=022
verb seek backing from:O -> asked-for-support-from cameo=022
verb seek backing of:O -> asked-for-support-from cameo=022
verb seek recognition from:O -> asked-for-support-from cameo=022
verb seek endorsement from:O -> asked-for-support-from cameo=022
verb seek endorsement of:O -> asked-for-support-from cameo=022
verb lobby for support from:O -> asked-for-support-from cameo=022

# 023 appeal for aid (0231 economic, 0232 military, 0233 humanitarian, 0234 protection)
verb seek aid from:O -> asked-for-aid-from cameo=023
verb seek help from:O -> asked-for-aid-from cameo=023
verb seek assistance from:O -> asked-for-aid-from cameo=023
verb request aid from:O -> asked-for-aid-from cameo=023
verb request help from:O -> asked-for-aid-from cameo=023
verb request assistance from:O -> asked-for-aid-from cameo=023
verb ask for aid from:O -> asked-for-aid-from cameo=023
verb ask for help from:O -> asked-for-aid-from cameo=023
verb ask for assistance from:O -> asked-for-aid-from cameo=023
verb appeal for aid from:O -> asked-for-aid-from cameo=023
verb appeal for help from:O -> asked-for-aid-from cameo=023
verb appeal for assistance from:O -> asked-for-aid-from cameo=023
verb plead for aid from:O -> asked-for-aid-from cameo=023
verb plead for help from:O -> asked-for-aid-from cameo=023
noun request for aid from:O -> asked-for-aid-from cameo=023
noun request for assistance from:O -> asked-for-aid-from cameo=023
noun request for help from:O -> asked-for-aid-from cameo=023
noun appeal for aid to|from:O -> asked-for-aid-from cameo=023
noun appeal for help to|from:O -> asked-for-aid-from cameo=023
verb seek loan from:O -> asked-for-economic-aid-from cameo=0231
verb seek loans from:O -> asked-for-economic-aid-from cameo=0231
verb request loan from:O -> asked-for-economic-aid-from cameo=0231
verb ask for loan from:O -> asked-for-economic-aid-from cameo=0231
verb apply for loan from:O -> asked-for-economic-aid-from cameo=0231
verb seek bailout from:O -> asked-for-economic-aid-from cameo=0231
verb request bailout from:O -> asked-for-economic-aid-from cameo=0231
verb seek financial aid from:O -> asked-for-economic-aid-from cameo=0231
verb seek financial assistance from:O -> asked-for-economic-aid-from cameo=0231
verb request financial aid from:O -> asked-for-economic-aid-from cameo=0231
verb request financial assistance from:O -> asked-for-economic-aid-from cameo=0231
verb seek economic aid from:O -> asked-for-economic-aid-from cameo=0231
verb seek funding from:O -> asked-for-economic-aid-from cameo=0231
verb seek funds from:O -> asked-for-economic-aid-from cameo=0231
verb seek debt relief from:O -> asked-for-economic-aid-from cameo=0231
noun request for loan from:O -> asked-for-economic-aid-from cameo=0231
verb seek weapons from:O -> asked-for-military-aid-from cameo=0232
verb seek arms from:O -> asked-for-military-aid-from cameo=0232
verb request weapons from:O -> asked-for-military-aid-from cameo=0232
verb request arms from:O -> asked-for-military-aid-from cameo=0232
verb ask for weapons from:O -> asked-for-military-aid-from cameo=0232
verb ask for arms from:O -> asked-for-military-aid-from cameo=0232
verb plead for weapons from:O -> asked-for-military-aid-from cameo=0232
verb appeal for weapons from:O -> asked-for-military-aid-from cameo=0232
verb seek military aid from:O -> asked-for-military-aid-from cameo=0232
verb seek military assistance from:O -> asked-for-military-aid-from cameo=0232
verb request military aid from:O -> asked-for-military-aid-from cameo=0232
verb request military assistance from:O -> asked-for-military-aid-from cameo=0232
verb ask for military aid from:O -> asked-for-military-aid-from cameo=0232
verb seek air defences from:O -> asked-for-military-aid-from cameo=0232
verb seek air defenses from:O -> asked-for-military-aid-from cameo=0232
verb request missiles from:O -> asked-for-military-aid-from cameo=0232
verb request jets from:O -> asked-for-military-aid-from cameo=0232
verb request tanks from:O -> asked-for-military-aid-from cameo=0232
noun request for weapons from:O -> asked-for-military-aid-from cameo=0232
verb seek humanitarian aid from:O -> asked-for-humanitarian-aid-from cameo=0233
verb seek humanitarian assistance from:O -> asked-for-humanitarian-aid-from cameo=0233
verb request humanitarian aid from:O -> asked-for-humanitarian-aid-from cameo=0233
verb request humanitarian assistance from:O -> asked-for-humanitarian-aid-from cameo=0233
verb appeal for humanitarian aid from:O -> asked-for-humanitarian-aid-from cameo=0233
verb request food aid from:O -> asked-for-humanitarian-aid-from cameo=0233
verb seek food aid from:O -> asked-for-humanitarian-aid-from cameo=0233
verb request rescue teams from:O -> asked-for-humanitarian-aid-from cameo=0233
verb seek peacekeepers from:O -> asked-for-protection-from cameo=0234
verb request peacekeepers from:O -> asked-for-protection-from cameo=0234
verb ask for peacekeepers from:O -> asked-for-protection-from cameo=0234
verb request peacekeeping troops from:O -> asked-for-protection-from cameo=0234
verb seek security guarantees from:O -> asked-for-protection-from cameo=0234
verb request security guarantees from:O -> asked-for-protection-from cameo=0234
verb ask for security guarantees from:O -> asked-for-protection-from cameo=0234
verb request military protection from:O -> asked-for-protection-from cameo=0234
verb seek military protection from:O -> asked-for-protection-from cameo=0234

# 024 appeal for political reform (0241 leadership change, 0244 institutions, regime)
verb call for reforms in:O -> called-for-reform-in cameo=024
verb call for reform in:O -> called-for-reform-in cameo=024
verb urge reforms in:O -> called-for-reform-in cameo=024
verb call for elections in:O -> called-for-reform-in cameo=024
verb call for democracy in:O -> called-for-reform-in cameo=024
verb call for democratic transition in:O -> called-for-reform-in cameo=024
verb call for resignation of:O -> called-for-resignation-of cameo=0241
verb call for ouster of:O -> called-for-resignation-of cameo=0241
verb call for impeachment of:O -> called-for-resignation-of cameo=0241
verb call for dismissal of:O -> called-for-resignation-of cameo=0241
verb urge resignation of:O -> called-for-resignation-of cameo=0241
verb press for resignation of:O -> called-for-resignation-of cameo=0241
verb push for ouster of:O -> called-for-resignation-of cameo=0241
noun call for resignation of:O -> called-for-resignation-of cameo=0241
verb call for regime change in:O -> called-for-regime-change-in cameo=0244
verb urge regime change in:O -> called-for-regime-change-in cameo=0244
verb push for regime change in:O -> called-for-regime-change-in cameo=0244

# 025 appeal for target to yield (0253 release, 0254 sanctions relief, 0255 access,
# 0256 de-escalation)
verb call for release of hostages held by:O -> called-for-release-by cameo=0253
verb call for release of prisoners held by:O -> called-for-release-by cameo=0253
verb call for release of detainees held by:O -> called-for-release-by cameo=0253
verb call for release of people held by:O -> called-for-release-by cameo=0253
verb urge release of hostages held by:O -> called-for-release-by cameo=0253
verb urge release of prisoners held by:O -> called-for-release-by cameo=0253
verb urge release of detainees held by:O -> called-for-release-by cameo=0253
verb press for release of hostages held by:O -> called-for-release-by cameo=0253
verb seek release of hostages held by:O -> called-for-release-by cameo=0253
verb seek release of prisoners held by:O -> called-for-release-by cameo=0253
verb seek sanctions relief from:O -> asked-for-sanctions-relief-from cameo=0254
verb request sanctions relief from:O -> asked-for-sanctions-relief-from cameo=0254
verb ask for sanctions relief from:O -> asked-for-sanctions-relief-from cameo=0254
verb call for humanitarian access to:O -> called-for-access-to cameo=0255
verb urge humanitarian access to:O -> called-for-access-to cameo=0255
verb call for access to:O -> called-for-access-to cameo=025
verb seek access to:O -> called-for-access-to cameo=025
verb request access to:O -> called-for-access-to cameo=025
verb ask for access to:O -> called-for-access-to cameo=025
verb call for withdrawal of:O -> called-for-withdrawal-of cameo=0256
verb call for pullout of:O -> called-for-withdrawal-of cameo=0256
verb urge withdrawal of:O -> called-for-withdrawal-of cameo=0256
verb press for withdrawal of:O -> called-for-withdrawal-of cameo=0256
verb push for withdrawal of:O -> called-for-withdrawal-of cameo=0256
verb seek withdrawal of:O -> called-for-withdrawal-of cameo=0256
verb call for ceasefire in:O -> called-for-ceasefire-in cameo=0256
verb call for truce in:O -> called-for-ceasefire-in cameo=0256
verb call for calm in:O -> called-for-calm-in cameo=0256
verb call for de-escalation in:O -> called-for-ceasefire-in cameo=0256
verb call for end to fighting in:O -> called-for-ceasefire-in cameo=0256
verb call for halt to fighting in:O -> called-for-ceasefire-in cameo=0256
verb urge ceasefire in:O -> called-for-ceasefire-in cameo=0256
verb push for ceasefire in:O -> called-for-ceasefire-in cameo=0256
verb press for ceasefire in:O -> called-for-ceasefire-in cameo=0256
verb appeal for ceasefire in:O -> called-for-ceasefire-in cameo=0256
verb urge restraint on:O -> urged-restraint-on cameo=0256
noun call for withdrawal of:O -> called-for-withdrawal-of cameo=0256
noun call for ceasefire in:O -> called-for-ceasefire-in cameo=0256

# 026 appeal to others to meet or negotiate; 028 appeal to engage or accept mediation
verb call for talks with:O -> called-for-talks-with cameo=026
verb call for negotiations with:O -> called-for-talks-with cameo=026
verb call for dialogue with:O -> called-for-talks-with cameo=026
verb call for meeting with:O -> called-for-talks-with cameo=026
verb call for summit with:O -> called-for-talks-with cameo=026
verb seek talks with:O -> called-for-talks-with cameo=026
verb seek meeting with:O -> called-for-talks-with cameo=026
verb seek dialogue with:O -> called-for-talks-with cameo=026
verb request meeting with:O -> called-for-talks-with cameo=026
verb request talks with:O -> called-for-talks-with cameo=026
verb ask for meeting with:O -> called-for-talks-with cameo=026
verb ask for talks with:O -> called-for-talks-with cameo=026
verb push for talks with:O -> called-for-talks-with cameo=026
verb press for talks with:O -> called-for-talks-with cameo=026
verb request mediation by|from|of:O -> asked-for-mediation-by cameo=028
verb seek mediation by|from|of:O -> asked-for-mediation-by cameo=028
verb ask for mediation by|from|of:O -> asked-for-mediation-by cameo=028
verb call for mediation by|from|of:O -> asked-for-mediation-by cameo=028
verb appeal for mediation by|from|of:O -> asked-for-mediation-by cameo=028

# 100 demand (general)
verb demand O -> demanded cameo=100
verb demand that O -> demanded cameo=100
verb demand apology from:O -> demanded cameo=100
verb demand explanation from:O -> demanded cameo=100
verb demand answers from:O -> demanded cameo=100
verb demand assurances from:O -> demanded cameo=100
verb demand guarantees from:O -> demanded cameo=100
verb demand compensation from:O -> demanded cameo=100
verb demand reparations from:O -> demanded cameo=100
verb make demands of|on:O -> demanded cameo=100
verb issue demands to:O -> demanded cameo=100
verb present demands to:O -> demanded cameo=100
noun demand on:O -> demanded cameo=100
noun demands on:O -> demanded cameo=100
# 101 demand material cooperation (1011 economic, 1013 judicial, 1014 intelligence)
verb demand cooperation from:O -> demanded-cooperation-from cameo=101
verb demand market access from:O -> demanded-cooperation-from cameo=1011
verb demand trade concessions from:O -> demanded-cooperation-from cameo=1011
verb demand extradition from:O -> demanded-extradition-from cameo=1013
verb demand information from:O -> demanded-information-from cameo=1014
verb demand intelligence from:O -> demanded-information-from cameo=1014
# 102 demand diplomatic cooperation
verb demand support from:O -> demanded-support-from cameo=102
verb demand backing from:O -> demanded-support-from cameo=102
# 103 demand aid (1031 economic, 1032 military, 1034 protection)
verb demand aid from:O -> demanded-aid-from cameo=103
verb demand assistance from:O -> demanded-aid-from cameo=103
verb demand help from:O -> demanded-aid-from cameo=103
verb demand money from:O -> demanded-economic-aid-from cameo=1031
verb demand funding from:O -> demanded-economic-aid-from cameo=1031
verb demand funds from:O -> demanded-economic-aid-from cameo=1031
verb demand weapons from:O -> demanded-military-aid-from cameo=1032
verb demand arms from:O -> demanded-military-aid-from cameo=1032
verb demand military aid from:O -> demanded-military-aid-from cameo=1032
verb demand security guarantees from:O -> demanded-protection-from cameo=1034
# 104 demand political reform (1041 leadership change, 1044 institutions, regime)
verb demand reforms in|from:O -> demanded-reform-in cameo=104
verb demand reform in|from:O -> demanded-reform-in cameo=104
verb demand elections in:O -> demanded-reform-in cameo=104
verb demand resignation of:O -> demanded-resignation-of cameo=1041
verb demand ouster of:O -> demanded-resignation-of cameo=1041
verb demand impeachment of:O -> demanded-resignation-of cameo=1041
verb demand dismissal of:O -> demanded-resignation-of cameo=1041
noun demand for resignation of:O -> demanded-resignation-of cameo=1041
verb demand regime change in:O -> demanded-regime-change-in cameo=1044
# 105 demand that target yields (1053 release, 1054 sanctions, 1055 access,
# 1056 de-escalation)
verb demand release of hostages held by:O -> demanded-release-by cameo=1053
verb demand release of prisoners held by:O -> demanded-release-by cameo=1053
verb demand release of detainees held by:O -> demanded-release-by cameo=1053
verb demand release of people held by:O -> demanded-release-by cameo=1053
verb demand sanctions relief from:O -> demanded-sanctions-relief-from cameo=1054
verb demand humanitarian access to:O -> demanded-access-to cameo=1055
verb demand access to:O -> demanded-access-to cameo=105
verb demand withdrawal of:O -> demanded-withdrawal-of cameo=1056
verb demand pullout of:O -> demanded-withdrawal-of cameo=1056
verb demand ceasefire in:O -> demanded-ceasefire-in cameo=1056
verb demand truce in:O -> demanded-ceasefire-in cameo=1056
verb demand halt to fighting in:O -> demanded-ceasefire-in cameo=1056
verb demand end to fighting in:O -> demanded-ceasefire-in cameo=1056
noun demand for withdrawal of:O -> demanded-withdrawal-of cameo=1056
noun demand for ceasefire in:O -> demanded-ceasefire-in cameo=1056
# 106 demand meeting, negotiation; 108 demand mediation
verb demand talks with:O -> demanded-talks-with cameo=106
verb demand meeting with:O -> demanded-talks-with cameo=106
verb demand negotiations with:O -> demanded-talks-with cameo=106
verb demand dialogue with:O -> demanded-talks-with cameo=106
verb demand mediation by|from|of:O -> demanded-mediation-by cameo=108
