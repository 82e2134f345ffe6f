# Event triggers for the PLOVER categories AGREE (CAMEO 03x, 057), CONSULT (04x),
# SUPPORT (05x) and CONCEDE (080-083), written from the CAMEO and PLOVER codebooks'
# definitions. Frames of one lemma are tried in file order and the first that matches wins,
# so the more specific phrase of a lemma comes before the more general one.
#
# Forms the regular spelling rules get wrong (final-syllable stress doubles the consonant).
irregular confer conferred conferred
irregular extol extolled extolled
irregular readmit readmitted readmitted
irregular unban unbanned unbanned
irregular marshal marshaled,marshalled marshaled,marshalled gerund=marshaling,marshalling
irregular commit committed committed
irregular forgive forgave forgiven
irregular hold held held
irregular meet met met
irregular sit sat sat gerund=sitting
irregular speak spoke spoken
irregular pay paid paid
irregular make made made
irregular take took taken
irregular strike struck struck,stricken
irregular throw threw thrown
irregular stand stood stood
irregular give gave given
irregular fly flew flown third=flies
irregular lend lent lent
irregular send sent sent
irregular seek sought sought
irregular have had had third=has gerund=having
irregular begin began begun gerund=beginning
irregular rebuild rebuilt rebuilt
irregular withdraw withdrew withdrawn
irregular travel traveled,travelled traveled,travelled gerund=traveling,travelling
irregular transfer transferred transferred

# ---- AGREE
# 030 express intent to cooperate (the pledge itself is the event: mode=planned)
verb pledge to strengthen military ties with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb pledge to deepen military ties with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb pledge military cooperation with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb pledge defence cooperation with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb pledge defense cooperation with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb pledge security cooperation with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb pledge to hold joint exercises with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb pledge economic cooperation with:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge to boost trade with:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge to expand trade with:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge to increase trade with:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge to deepen economic ties with:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge to invest in:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge investment in:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge investments in:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb pledge judicial cooperation with:O -> pledged-judicial-cooperation-with cameo=0313 mode=planned
verb pledge legal assistance to:O -> pledged-judicial-cooperation-with cameo=0313 mode=planned
verb offer legal assistance to:O -> pledged-judicial-cooperation-with cameo=0313 mode=planned
verb offer judicial cooperation to:O -> pledged-judicial-cooperation-with cameo=0313 mode=planned
verb promise to extradite suspects to:O -> pledged-judicial-cooperation-with cameo=0313 mode=planned
verb pledge to share intelligence with:O -> pledged-intelligence-sharing-with cameo=0314 mode=planned
verb pledge intelligence cooperation with:O -> pledged-intelligence-sharing-with cameo=0314 mode=planned
verb pledge to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
# Two parties agreeing to act: the agreement is the event ("Peru and Chile agreed to reopen
# the border"); the act agreed on is its own event, planned. One party alone gives nothing.
verb agree to -> agreed-to cameo=030 pair
verb pledge to work with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge cooperation with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge closer ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to strengthen ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to strengthen relations with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to deepen ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to deepen relations with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to boost ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to expand ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to enhance ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb pledge to improve relations with:O -> pledged-cooperation-with cameo=030 mode=planned
verb vow to strengthen military ties with:O -> pledged-military-cooperation-with cameo=0312 mode=planned
verb vow to boost trade with:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb vow to invest in:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb vow to share intelligence with:O -> pledged-intelligence-sharing-with cameo=0314 mode=planned
verb vow to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
verb vow to work with:O -> pledged-cooperation-with cameo=030 mode=planned
verb vow to strengthen ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb vow to deepen ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb vow to boost ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb vow to improve relations with:O -> pledged-cooperation-with cameo=030 mode=planned
verb promise to increase trade with:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb promise to invest in:O -> pledged-economic-cooperation-with cameo=0311 mode=planned
verb promise to share intelligence with:O -> pledged-intelligence-sharing-with cameo=0314 mode=planned
verb promise to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
verb promise to work with:O -> pledged-cooperation-with cameo=030 mode=planned
verb promise cooperation with:O -> pledged-cooperation-with cameo=030 mode=planned
verb promise to strengthen ties with:O -> pledged-cooperation-with cameo=030 mode=planned
verb commit to working with:O -> pledged-cooperation-with cameo=030 mode=planned
verb commit to cooperating with:O -> pledged-cooperation-with cameo=030 mode=planned
verb express willingness to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
verb express willingness to work with:O -> pledged-cooperation-with cameo=030 mode=planned
verb express readiness to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
verb express readiness to work with:O -> pledged-cooperation-with cameo=030 mode=planned
verb express desire to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
verb express interest in cooperating with:O -> pledged-cooperation-with cameo=030 mode=planned
verb signal willingness to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
verb signal readiness to cooperate with:O -> pledged-cooperation-with cameo=030 mode=planned
# 032 express intent to engage in diplomatic cooperation (policy support)
verb pledge support for|to:O -> pledged-support-for cameo=032 mode=planned
verb pledge its support for|to:O -> pledged-support-for cameo=032 mode=planned
verb pledge backing for|to:O -> pledged-support-for cameo=032 mode=planned
verb pledge solidarity with:O -> pledged-support-for cameo=032 mode=planned
verb pledge to support O -> pledged-support-for cameo=032 mode=planned
verb pledge to back O -> pledged-support-for cameo=032 mode=planned
verb pledge to stand by:O -> pledged-support-for cameo=032 mode=planned
verb vow support for|to:O -> pledged-support-for cameo=032 mode=planned
verb vow to support O -> pledged-support-for cameo=032 mode=planned
verb vow to back O -> pledged-support-for cameo=032 mode=planned
verb vow to stand by:O -> pledged-support-for cameo=032 mode=planned
verb vow to stand with:O -> pledged-support-for cameo=032 mode=planned
verb promise support for|to:O -> pledged-support-for cameo=032 mode=planned
verb promise to support O -> pledged-support-for cameo=032 mode=planned
verb promise to back O -> pledged-support-for cameo=032 mode=planned
verb offer diplomatic support to:O -> pledged-support-for cameo=032 mode=planned
verb offer political support to:O -> pledged-support-for cameo=032 mode=planned
verb offer support to|for:O -> pledged-support-for cameo=032 mode=planned
# 033 express intent to provide material aid (0331 economic, 0332 military,
# 0333 humanitarian, 0334 protection or peacekeeping)
verb pledge military aid to|for:O -> pledged-aid-to cameo=0332 mode=planned
verb pledge military assistance to|for:O -> pledged-aid-to cameo=0332 mode=planned
verb pledge weapons to|for:O -> pledged-aid-to cameo=0332 mode=planned
verb pledge arms to|for:O -> pledged-aid-to cameo=0332 mode=planned
verb pledge to supply weapons to:O -> pledged-aid-to cameo=0332 mode=planned
verb pledge to supply arms to:O -> pledged-aid-to cameo=0332 mode=planned
verb pledge to send weapons to:O -> pledged-aid-to cameo=0332 mode=planned
verb pledge humanitarian aid to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb pledge humanitarian assistance to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb pledge relief to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb pledge economic aid to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge economic assistance to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge financial aid to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge financial assistance to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge financial support to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge loans to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge loan to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge funding to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge funds to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge troops to|for:O -> pledged-troops-to cameo=0334 mode=planned
verb pledge peacekeepers to|for:O -> pledged-troops-to cameo=0334 mode=planned
verb pledge to send troops to:O -> pledged-troops-to cameo=0334 mode=planned
verb pledge to send peacekeepers to:O -> pledged-troops-to cameo=0334 mode=planned
verb pledge to defend O -> pledged-protection-to cameo=0334 mode=planned
verb pledge to protect O -> pledged-protection-to cameo=0334 mode=planned
verb pledge aid to|for:O -> pledged-aid-to cameo=033 mode=planned
verb pledge assistance to|for:O -> pledged-aid-to cameo=033 mode=planned
verb pledge help to|for:O -> pledged-aid-to cameo=033 mode=planned
verb promise military aid to:O -> pledged-aid-to cameo=0332 mode=planned
verb promise weapons to:O -> pledged-aid-to cameo=0332 mode=planned
verb promise arms to:O -> pledged-aid-to cameo=0332 mode=planned
verb promise to supply weapons to:O -> pledged-aid-to cameo=0332 mode=planned
verb promise to send weapons to:O -> pledged-aid-to cameo=0332 mode=planned
verb promise humanitarian aid to:O -> pledged-aid-to cameo=0333 mode=planned
verb promise economic aid to:O -> pledged-aid-to cameo=0331 mode=planned
verb promise financial assistance to:O -> pledged-aid-to cameo=0331 mode=planned
verb promise loans to:O -> pledged-aid-to cameo=0331 mode=planned
verb promise troops to:O -> pledged-troops-to cameo=0334 mode=planned
verb promise to send troops to:O -> pledged-troops-to cameo=0334 mode=planned
verb promise to defend O -> pledged-protection-to cameo=0334 mode=planned
verb promise to protect O -> pledged-protection-to cameo=0334 mode=planned
verb promise aid to:O -> pledged-aid-to cameo=033 mode=planned
verb promise assistance to:O -> pledged-aid-to cameo=033 mode=planned
verb vow to defend O -> pledged-protection-to cameo=0334 mode=planned
verb vow to protect O -> pledged-protection-to cameo=0334 mode=planned
verb offer military aid to:O -> pledged-aid-to cameo=0332 mode=planned
verb offer military assistance to:O -> pledged-aid-to cameo=0332 mode=planned
verb offer weapons to:O -> pledged-aid-to cameo=0332 mode=planned
verb offer humanitarian aid to:O -> pledged-aid-to cameo=0333 mode=planned
verb offer humanitarian assistance to:O -> pledged-aid-to cameo=0333 mode=planned
verb offer economic aid to:O -> pledged-aid-to cameo=0331 mode=planned
verb offer financial assistance to:O -> pledged-aid-to cameo=0331 mode=planned
verb offer financial aid to:O -> pledged-aid-to cameo=0331 mode=planned
verb offer loans to:O -> pledged-aid-to cameo=0331 mode=planned
verb offer loan to:O -> pledged-aid-to cameo=0331 mode=planned
verb offer debt relief to:O -> pledged-aid-to cameo=0331 mode=planned
verb offer troops to:O -> pledged-troops-to cameo=0334 mode=planned
verb offer peacekeepers to:O -> pledged-troops-to cameo=0334 mode=planned
verb offer to send troops to:O -> pledged-troops-to cameo=0334 mode=planned
verb offer to send peacekeepers to:O -> pledged-troops-to cameo=0334 mode=planned
verb offer protection to:O -> pledged-protection-to cameo=0334 mode=planned
verb offer aid to:O -> pledged-aid-to cameo=033 mode=planned
verb offer assistance to:O -> pledged-aid-to cameo=033 mode=planned
verb offer help to:O -> pledged-aid-to cameo=033 mode=planned
noun pledge of military aid to|for:O -> pledged-aid-to cameo=0332 mode=planned
noun pledge of aid to|for:O -> pledged-aid-to cameo=033 mode=planned
noun pledge of assistance to|for:O -> pledged-aid-to cameo=033 mode=planned
noun pledge of support for|to:O -> pledged-support-for cameo=032 mode=planned
noun offer of aid to:O -> pledged-aid-to cameo=033 mode=planned
noun offer of assistance to:O -> pledged-aid-to cameo=033 mode=planned
noun offer of help to:O -> pledged-aid-to cameo=033 mode=planned
noun aid pledge to|for:O -> pledged-aid-to cameo=033 mode=planned
# 034 express intent to bring political reform (one-place: the pledge is to the public)
verb pledge reforms -> pledged-reform cameo=034 mode=planned
verb promise reforms -> pledged-reform cameo=034 mode=planned
verb promise to hold elections -> pledged-reform cameo=0344 mode=planned
verb pledge to hold elections -> pledged-reform cameo=0344 mode=planned
verb offer to step down -> offered-to-step-down cameo=0341 mode=planned
verb offer to resign -> offered-to-step-down cameo=0341 mode=planned
# 035 express intent to yield (0351 administrative sanctions, 0353 release,
# 0354 economic sanctions, 0356 de-escalate militarily)
verb offer to lift restrictions on:O -> offered-to-ease-restrictions-on cameo=0351 mode=planned
verb offer to ease restrictions on:O -> offered-to-ease-restrictions-on cameo=0351 mode=planned
verb promise to lift restrictions on:O -> offered-to-ease-restrictions-on cameo=0351 mode=planned
verb promise to ease restrictions on:O -> offered-to-ease-restrictions-on cameo=0351 mode=planned
verb offer amnesty to:O -> offered-to-ease-restrictions-on cameo=0351 mode=planned
verb promise amnesty to:O -> offered-to-ease-restrictions-on cameo=0351 mode=planned
verb offer to release O -> offered-to-release cameo=0353 mode=planned
verb offer to free O -> offered-to-release cameo=0353 mode=planned
verb promise to release O -> offered-to-release cameo=0353 mode=planned
verb promise to free O -> offered-to-release cameo=0353 mode=planned
verb pledge to release O -> offered-to-release cameo=0353 mode=planned
verb pledge to free O -> offered-to-release cameo=0353 mode=planned
verb offer to lift sanctions on|against:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb offer to ease sanctions on|against:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb promise to lift sanctions on|against:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb promise to ease sanctions on|against:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb pledge to lift sanctions on|against:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb pledge to ease sanctions on|against:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb offer to lift embargo on|against:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb offer sanctions relief to:O -> offered-to-lift-sanctions-on cameo=0354 mode=planned
verb offer to withdraw troops from:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb offer to withdraw forces from:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb offer to pull troops out of:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb promise to withdraw troops from:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb promise to withdraw forces from:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb pledge to withdraw troops from:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb pledge to withdraw forces from:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb pledge to pull troops out of:O -> pledged-to-withdraw-from cameo=0356 mode=planned
verb offer ceasefire to:O -> offered-ceasefire-to cameo=0356 mode=planned
verb offer truce to:O -> offered-ceasefire-to cameo=0356 mode=planned
verb propose ceasefire to|with:O -> offered-ceasefire-to cameo=0356 mode=planned
verb propose truce to|with:O -> offered-ceasefire-to cameo=0356 mode=planned
verb offer concessions to:O -> offered-concessions-to cameo=035 mode=planned
verb offer concession to:O -> offered-concessions-to cameo=035 mode=planned
noun offer of ceasefire to:O -> offered-ceasefire-to cameo=0356 mode=planned
noun offer of truce to:O -> offered-ceasefire-to cameo=0356 mode=planned
# 036 express intent to meet or negotiate
verb offer talks to|with:O -> offered-to-meet cameo=036 mode=planned
verb offer negotiations to|with:O -> offered-to-meet cameo=036 mode=planned
verb offer dialogue to|with:O -> offered-to-meet cameo=036 mode=planned
verb offer to negotiate with:O -> offered-to-meet cameo=036 mode=planned
verb offer to hold talks with:O -> offered-to-meet cameo=036 mode=planned
verb offer to talk to|with:O -> offered-to-meet cameo=036 mode=planned
verb offer to meet with:O -> offered-to-meet cameo=036 mode=planned
verb offer to meet O -> offered-to-meet cameo=036 mode=planned
verb propose talks with|to:O -> offered-to-meet cameo=036 mode=planned
verb propose negotiations with|to:O -> offered-to-meet cameo=036 mode=planned
verb propose dialogue with|to:O -> offered-to-meet cameo=036 mode=planned
verb propose meeting with:O -> offered-to-meet cameo=036 mode=planned
verb propose summit with:O -> offered-to-meet cameo=036 mode=planned
verb seek talks with:O -> offered-to-meet cameo=036 mode=planned
verb seek negotiations with:O -> offered-to-meet cameo=036 mode=planned
verb seek dialogue with:O -> offered-to-meet cameo=036 mode=planned
verb seek meeting with:O -> offered-to-meet cameo=036 mode=planned
verb express willingness to negotiate with:O -> offered-to-meet cameo=036 mode=planned
verb express willingness to talk to|with:O -> offered-to-meet cameo=036 mode=planned
verb express willingness to meet O -> offered-to-meet cameo=036 mode=planned
verb express readiness to negotiate with:O -> offered-to-meet cameo=036 mode=planned
verb express readiness to talk to|with:O -> offered-to-meet cameo=036 mode=planned
verb express readiness for talks with:O -> offered-to-meet cameo=036 mode=planned
verb signal willingness to negotiate with:O -> offered-to-meet cameo=036 mode=planned
verb signal willingness to talk to|with:O -> offered-to-meet cameo=036 mode=planned
verb signal readiness to negotiate with:O -> offered-to-meet cameo=036 mode=planned
verb signal readiness for talks with:O -> offered-to-meet cameo=036 mode=planned
verb pledge to resume talks with:O -> offered-to-meet cameo=036 mode=planned
verb vow to resume talks with:O -> offered-to-meet cameo=036 mode=planned
verb invite O -> invited cameo=036 control=object
verb extend invitation to:O -> invited cameo=036
verb send invitation to:O -> invited cameo=036
verb issue invitation to:O -> invited cameo=036
verb accept invitation from|of:O -> accepted-invitation-from cameo=036
verb accept offer of talks from|by:O -> accepted-invitation-from cameo=036
noun invitation to:O -> invited cameo=036
noun offer of talks to|with:O -> offered-to-meet cameo=036 mode=planned
noun proposal for talks with:O -> offered-to-meet cameo=036 mode=planned
# 037 express intent to settle dispute
verb offer to settle dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb offer to resolve dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb offer to resolve differences with:O -> offered-to-settle-with cameo=037 mode=planned
verb pledge to settle dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb pledge to resolve dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb pledge to resolve differences with:O -> offered-to-settle-with cameo=037 mode=planned
verb vow to resolve dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb seek to settle dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb seek to resolve dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb seek to resolve differences with:O -> offered-to-settle-with cameo=037 mode=planned
verb express willingness to settle dispute with:O -> offered-to-settle-with cameo=037 mode=planned
verb offer peace to:O -> offered-to-settle-with cameo=037 mode=planned
verb offer peace plan to:O -> offered-to-settle-with cameo=037 mode=planned
verb offer compromise to:O -> offered-to-settle-with cameo=037 mode=planned
verb propose peace plan to:O -> offered-to-settle-with cameo=037 mode=planned
verb propose compromise to:O -> offered-to-settle-with cameo=037 mode=planned
verb propose settlement to|with:O -> offered-to-settle-with cameo=037 mode=planned
verb extend olive branch to:O -> offered-to-settle-with cameo=037 mode=planned
verb offer olive branch to:O -> offered-to-settle-with cameo=037 mode=planned
verb hold out olive branch to:O -> offered-to-settle-with cameo=037 mode=planned
# 038 express intent to accept mediation
verb accept mediation by|of|from:O -> accepted-mediation-of cameo=038
verb accept offer of mediation from|by:O -> accepted-mediation-of cameo=038
verb accept offer to mediate from|by:O -> accepted-mediation-of cameo=038
verb accept good offices of:O -> accepted-mediation-of cameo=038
verb welcome mediation by|of|from:O -> accepted-mediation-of cameo=038
verb welcome offer of mediation from|by:O -> accepted-mediation-of cameo=038
# 039 express intent to mediate
verb offer to mediate between|in:O -> offered-to-mediate cameo=039 mode=planned
verb offer mediation between|to:O -> offered-to-mediate cameo=039 mode=planned
verb offer to broker talks between:O -> offered-to-mediate cameo=039 mode=planned
verb offer to broker peace between:O -> offered-to-mediate cameo=039 mode=planned
verb offer to broker deal between:O -> offered-to-mediate cameo=039 mode=planned
verb offer to broker ceasefire between:O -> offered-to-mediate cameo=039 mode=planned
verb offer to facilitate talks between:O -> offered-to-mediate cameo=039 mode=planned
verb offer to host talks between:O -> offered-to-mediate cameo=039 mode=planned
verb offer to act as mediator between:O -> offered-to-mediate cameo=039 mode=planned
verb offer good offices to:O -> offered-to-mediate cameo=039 mode=planned
verb offer its good offices to:O -> offered-to-mediate cameo=039 mode=planned
verb propose to mediate between:O -> offered-to-mediate cameo=039 mode=planned
verb volunteer to mediate between:O -> offered-to-mediate cameo=039 mode=planned
verb pledge to mediate between:O -> offered-to-mediate cameo=039 mode=planned
verb express willingness to mediate between:O -> offered-to-mediate cameo=039 mode=planned
verb express readiness to mediate between:O -> offered-to-mediate cameo=039 mode=planned
noun mediation offer to:O -> offered-to-mediate cameo=039 mode=planned
noun offer of mediation to|between:O -> offered-to-mediate cameo=039 mode=planned
# 057 sign formal agreement (PLOVER table: AGREE)
verb sign trade deal with:O -> signed-agreement-with cameo=057 symmetric
verb sign trade pact with:O -> signed-agreement-with cameo=057 symmetric
verb sign trade accord with:O -> signed-agreement-with cameo=057 symmetric
verb sign free trade agreement with:O -> signed-agreement-with cameo=057 symmetric
verb sign free trade deal with:O -> signed-agreement-with cameo=057 symmetric
verb sign arms deal with:O -> signed-agreement-with cameo=057 symmetric
verb conclude trade deal with:O -> signed-agreement-with cameo=057 symmetric
verb conclude trade agreement with:O -> signed-agreement-with cameo=057 symmetric
verb ink trade deal with:O -> signed-agreement-with cameo=057 symmetric
verb seal trade deal with:O -> signed-agreement-with cameo=057 symmetric
verb sign agreements with:O -> signed-agreement-with cameo=057 symmetric
verb sign deal with:O -> signed-agreement-with cameo=057 symmetric
verb sign deals with:O -> signed-agreement-with cameo=057 symmetric
verb sign accord with:O -> signed-agreement-with cameo=057 symmetric
verb sign accords with:O -> signed-agreement-with cameo=057 symmetric
verb sign pact with:O -> signed-agreement-with cameo=057 symmetric
verb sign pacts with:O -> signed-agreement-with cameo=057 symmetric
verb sign treaty with:O -> signed-agreement-with cameo=057 symmetric
verb sign treaties with:O -> signed-agreement-with cameo=057 symmetric
verb sign memorandum with:O -> signed-agreement-with cameo=057 symmetric
verb sign memorandum of understanding with:O -> signed-agreement-with cameo=057 symmetric
verb ink memorandum of understanding with:O -> signed-agreement-with cameo=057 symmetric
verb ink memorandum with:O -> signed-agreement-with cameo=057 symmetric
verb ink mou with:O -> signed-agreement-with cameo=057 symmetric
verb ink treaty with:O -> signed-agreement-with cameo=057 symmetric
verb ink declaration with:O -> signed-agreement-with cameo=057 symmetric
verb sign arrangement with:O -> signed-agreement-with cameo=057 symmetric
verb sign|ink|conclude|seal partnership with:O -> signed-agreement-with cameo=057 symmetric
verb enter into arrangement with:O -> signed-agreement-with cameo=057 symmetric
verb conclude arrangement with:O -> signed-agreement-with cameo=057 symmetric
verb reach arrangement with:O -> reached-agreement-with cameo=057 symmetric
verb sign roadmap with:O -> signed-agreement-with cameo=057 symmetric
verb sign framework agreement with:O -> signed-agreement-with cameo=057 symmetric
# Each agreement word with each verb that makes one ("Kazakhstan and Azerbaijan concluded a
# protocol", "sealed two deals with Ghana").
verb sign protocols with:O -> signed-agreement-with cameo=057 symmetric
verb sign charter with:O -> signed-agreement-with cameo=057 symmetric
verb conclude agreements with:O -> signed-agreement-with cameo=057 symmetric
verb conclude deals with:O -> signed-agreement-with cameo=057 symmetric
verb conclude pacts with:O -> signed-agreement-with cameo=057 symmetric
verb conclude treaties with:O -> signed-agreement-with cameo=057 symmetric
verb conclude accords with:O -> signed-agreement-with cameo=057 symmetric
verb conclude protocol with:O -> signed-agreement-with cameo=057 symmetric
verb conclude protocols with:O -> signed-agreement-with cameo=057 symmetric
verb conclude memorandum with:O -> signed-agreement-with cameo=057 symmetric
verb conclude memoranda with:O -> signed-agreement-with cameo=057 symmetric
verb conclude mou with:O -> signed-agreement-with cameo=057 symmetric
verb conclude convention with:O -> signed-agreement-with cameo=057 symmetric
verb conclude charter with:O -> signed-agreement-with cameo=057 symmetric
verb conclude roadmap with:O -> signed-agreement-with cameo=057 symmetric
verb conclude declaration with:O -> signed-agreement-with cameo=057 symmetric
verb ink agreements with:O -> signed-agreement-with cameo=057 symmetric
verb ink deals with:O -> signed-agreement-with cameo=057 symmetric
verb ink pacts with:O -> signed-agreement-with cameo=057 symmetric
verb ink treaties with:O -> signed-agreement-with cameo=057 symmetric
verb ink accords with:O -> signed-agreement-with cameo=057 symmetric
verb ink protocol with:O -> signed-agreement-with cameo=057 symmetric
verb ink protocols with:O -> signed-agreement-with cameo=057 symmetric
verb ink memoranda with:O -> signed-agreement-with cameo=057 symmetric
verb ink convention with:O -> signed-agreement-with cameo=057 symmetric
verb ink charter with:O -> signed-agreement-with cameo=057 symmetric
verb ink roadmap with:O -> signed-agreement-with cameo=057 symmetric
verb seal agreements with:O -> signed-agreement-with cameo=057 symmetric
verb seal deals with:O -> signed-agreement-with cameo=057 symmetric
verb seal pacts with:O -> signed-agreement-with cameo=057 symmetric
verb seal treaty with:O -> signed-agreement-with cameo=057 symmetric
verb seal treaties with:O -> signed-agreement-with cameo=057 symmetric
verb seal accord with:O -> signed-agreement-with cameo=057 symmetric
verb seal accords with:O -> signed-agreement-with cameo=057 symmetric
verb seal protocol with:O -> signed-agreement-with cameo=057 symmetric
verb seal protocols with:O -> signed-agreement-with cameo=057 symmetric
verb seal memorandum with:O -> signed-agreement-with cameo=057 symmetric
verb seal memoranda with:O -> signed-agreement-with cameo=057 symmetric
verb seal mou with:O -> signed-agreement-with cameo=057 symmetric
verb seal convention with:O -> signed-agreement-with cameo=057 symmetric
verb seal charter with:O -> signed-agreement-with cameo=057 symmetric
verb seal roadmap with:O -> signed-agreement-with cameo=057 symmetric
verb seal declaration with:O -> signed-agreement-with cameo=057 symmetric
verb finalize agreements with:O -> signed-agreement-with cameo=057 symmetric
verb finalize deals with:O -> signed-agreement-with cameo=057 symmetric
verb finalize pact with:O -> signed-agreement-with cameo=057 symmetric
verb finalize pacts with:O -> signed-agreement-with cameo=057 symmetric
verb finalize treaty with:O -> signed-agreement-with cameo=057 symmetric
verb finalize treaties with:O -> signed-agreement-with cameo=057 symmetric
verb finalize accord with:O -> signed-agreement-with cameo=057 symmetric
verb finalize accords with:O -> signed-agreement-with cameo=057 symmetric
verb finalize protocol with:O -> signed-agreement-with cameo=057 symmetric
verb finalize protocols with:O -> signed-agreement-with cameo=057 symmetric
verb finalize memorandum with:O -> signed-agreement-with cameo=057 symmetric
verb finalize memoranda with:O -> signed-agreement-with cameo=057 symmetric
verb finalize mou with:O -> signed-agreement-with cameo=057 symmetric
verb finalize convention with:O -> signed-agreement-with cameo=057 symmetric
verb finalize charter with:O -> signed-agreement-with cameo=057 symmetric
verb finalize roadmap with:O -> signed-agreement-with cameo=057 symmetric
verb finalize declaration with:O -> signed-agreement-with cameo=057 symmetric
verb finalise agreements with:O -> signed-agreement-with cameo=057 symmetric
verb finalise deals with:O -> signed-agreement-with cameo=057 symmetric
verb finalise pact with:O -> signed-agreement-with cameo=057 symmetric
verb finalise pacts with:O -> signed-agreement-with cameo=057 symmetric
verb finalise treaty with:O -> signed-agreement-with cameo=057 symmetric
verb finalise treaties with:O -> signed-agreement-with cameo=057 symmetric
verb finalise accord with:O -> signed-agreement-with cameo=057 symmetric
verb finalise accords with:O -> signed-agreement-with cameo=057 symmetric
verb finalise protocol with:O -> signed-agreement-with cameo=057 symmetric
verb finalise protocols with:O -> signed-agreement-with cameo=057 symmetric
verb finalise memorandum with:O -> signed-agreement-with cameo=057 symmetric
verb finalise memoranda with:O -> signed-agreement-with cameo=057 symmetric
verb finalise mou with:O -> signed-agreement-with cameo=057 symmetric
verb finalise convention with:O -> signed-agreement-with cameo=057 symmetric
verb finalise charter with:O -> signed-agreement-with cameo=057 symmetric
verb finalise roadmap with:O -> signed-agreement-with cameo=057 symmetric
verb finalise declaration with:O -> signed-agreement-with cameo=057 symmetric
verb strike agreements with:O -> reached-agreement-with cameo=057 symmetric
verb strike deals with:O -> reached-agreement-with cameo=057 symmetric
verb strike treaty with:O -> reached-agreement-with cameo=057 symmetric
verb strike protocol with:O -> reached-agreement-with cameo=057 symmetric
verb strike memorandum with:O -> reached-agreement-with cameo=057 symmetric
verb strike mou with:O -> reached-agreement-with cameo=057 symmetric
verb strike roadmap with:O -> reached-agreement-with cameo=057 symmetric
verb reach agreements with:O -> reached-agreement-with cameo=057 symmetric
verb reach deals with:O -> reached-agreement-with cameo=057 symmetric
verb reach pact with:O -> reached-agreement-with cameo=057 symmetric
verb reach treaty with:O -> reached-agreement-with cameo=057 symmetric
verb reach protocol with:O -> reached-agreement-with cameo=057 symmetric
verb reach memorandum with:O -> reached-agreement-with cameo=057 symmetric
verb reach mou with:O -> reached-agreement-with cameo=057 symmetric
verb reach roadmap with:O -> reached-agreement-with cameo=057 symmetric
verb clinch agreements with:O -> reached-agreement-with cameo=057 symmetric
verb clinch deals with:O -> reached-agreement-with cameo=057 symmetric
verb clinch pact with:O -> reached-agreement-with cameo=057 symmetric
verb clinch treaty with:O -> reached-agreement-with cameo=057 symmetric
verb clinch accord with:O -> reached-agreement-with cameo=057 symmetric
verb clinch protocol with:O -> reached-agreement-with cameo=057 symmetric
verb clinch memorandum with:O -> reached-agreement-with cameo=057 symmetric
verb clinch mou with:O -> reached-agreement-with cameo=057 symmetric
verb clinch roadmap with:O -> reached-agreement-with cameo=057 symmetric
verb agree deals with:O -> reached-agreement-with cameo=057 symmetric
verb agree pact with:O -> reached-agreement-with cameo=057 symmetric
verb agree treaty with:O -> reached-agreement-with cameo=057 symmetric
verb agree accord with:O -> reached-agreement-with cameo=057 symmetric
verb agree protocol with:O -> reached-agreement-with cameo=057 symmetric
verb agree memorandum with:O -> reached-agreement-with cameo=057 symmetric
verb agree mou with:O -> reached-agreement-with cameo=057 symmetric
verb agree roadmap with:O -> reached-agreement-with cameo=057 symmetric
noun protocol with|between:O -> signed-agreement-with cameo=057 symmetric
noun memorandum with|between:O -> signed-agreement-with cameo=057 symmetric
noun mou with|between:O -> signed-agreement-with cameo=057 symmetric
noun convention with|between:O -> signed-agreement-with cameo=057 symmetric
# An agreement named as a thing: "the security pact between Solomon Islands and China",
# "Kenya's deal with Uganda". Its parties are a possessor, an actor before it or the pair
# after "between"; "talks on a deal with Iran" (no party before it) gives nothing.
noun agreement with|between:O -> signed-agreement-with cameo=057 symmetric
noun deal with|between:O -> signed-agreement-with cameo=057 symmetric
noun pact with|between:O -> signed-agreement-with cameo=057 symmetric
noun treaty with|between:O -> signed-agreement-with cameo=057 symmetric
noun accord with|between:O -> signed-agreement-with cameo=057 symmetric
noun arrangement with|between:O -> signed-agreement-with cameo=057 symmetric
noun memorandum of understanding with|between:O -> signed-agreement-with cameo=057 symmetric
verb sign memoranda with:O -> signed-agreement-with cameo=057 symmetric
verb sign mou with:O -> signed-agreement-with cameo=057 symmetric
verb sign mous with:O -> signed-agreement-with cameo=057 symmetric
verb sign protocol with:O -> signed-agreement-with cameo=057 symmetric
verb sign convention with:O -> signed-agreement-with cameo=057 symmetric
verb sign declaration with:O -> signed-agreement-with cameo=057 symmetric
verb sign ceasefire with:O -> signed-agreement-with cameo=057 symmetric
verb sign truce with:O -> signed-agreement-with cameo=057 symmetric
verb sign armistice with:O -> signed-agreement-with cameo=057 symmetric
verb conclude agreement with:O -> signed-agreement-with cameo=057 symmetric
verb conclude deal with:O -> signed-agreement-with cameo=057 symmetric
verb conclude treaty with:O -> signed-agreement-with cameo=057 symmetric
verb conclude accord with:O -> signed-agreement-with cameo=057 symmetric
verb conclude pact with:O -> signed-agreement-with cameo=057 symmetric
verb ink deal with:O -> signed-agreement-with cameo=057 symmetric
verb ink agreement with:O -> signed-agreement-with cameo=057 symmetric
verb ink pact with:O -> signed-agreement-with cameo=057 symmetric
verb ink accord with:O -> signed-agreement-with cameo=057 symmetric
verb seal deal with:O -> signed-agreement-with cameo=057 symmetric
verb seal agreement with:O -> signed-agreement-with cameo=057 symmetric
verb seal pact with:O -> signed-agreement-with cameo=057 symmetric
verb ratify treaty with:O -> signed-agreement-with cameo=057 symmetric
verb ratify agreement with:O -> signed-agreement-with cameo=057 symmetric
verb ratify deal with:O -> signed-agreement-with cameo=057 symmetric
verb enter into agreement with:O -> signed-agreement-with cameo=057 symmetric
verb enter into pact with:O -> signed-agreement-with cameo=057 symmetric
verb reach trade deal with:O -> reached-agreement-with cameo=057 symmetric
verb reach trade agreement with:O -> reached-agreement-with cameo=057 symmetric
verb reach agreement with:O -> reached-agreement-with cameo=057 symmetric
verb reach deal with:O -> reached-agreement-with cameo=057 symmetric
verb reach accord with:O -> reached-agreement-with cameo=057 symmetric
verb reach ceasefire with:O -> reached-agreement-with cameo=057 symmetric
verb reach truce with:O -> reached-agreement-with cameo=057 symmetric
verb reach settlement with:O -> reached-agreement-with cameo=057 symmetric
verb strike trade deal with:O -> reached-agreement-with cameo=057 symmetric
verb strike agreement with:O -> reached-agreement-with cameo=057 symmetric
verb strike accord with:O -> reached-agreement-with cameo=057 symmetric
verb strike pact with:O -> reached-agreement-with cameo=057 symmetric
verb strike bargain with:O -> reached-agreement-with cameo=057 symmetric
verb clinch trade deal with:O -> reached-agreement-with cameo=057 symmetric
verb clinch deal with:O -> reached-agreement-with cameo=057 symmetric
verb clinch agreement with:O -> reached-agreement-with cameo=057 symmetric
verb finalize deal with:O -> reached-agreement-with cameo=057 symmetric
verb finalize agreement with:O -> reached-agreement-with cameo=057 symmetric
verb finalise deal with:O -> reached-agreement-with cameo=057 symmetric
verb finalise agreement with:O -> reached-agreement-with cameo=057 symmetric
verb hammer out deal with:O -> reached-agreement-with cameo=057 symmetric
verb hammer out agreement with:O -> reached-agreement-with cameo=057 symmetric
verb forge pact with:O -> reached-agreement-with cameo=057 symmetric
verb forge agreement with:O -> reached-agreement-with cameo=057 symmetric
verb agree trade deal with:O -> reached-agreement-with cameo=057 symmetric
verb agree deal with:O -> reached-agreement-with cameo=057 symmetric
verb agree ceasefire with:O -> reached-agreement-with cameo=057 symmetric
verb agree truce with:O -> reached-agreement-with cameo=057 symmetric
verb agree on deal with:O -> reached-agreement-with cameo=057 symmetric
verb agree on ceasefire with:O -> reached-agreement-with cameo=057 symmetric
verb agree on truce with:O -> reached-agreement-with cameo=057 symmetric
# 030 reached an understanding: intent, not a signed agreement
verb reach understanding with:O -> agreed-with cameo=030 symmetric

# ---- CONSULT
# 041 discuss by telephone (before the general "speak"/"talk"/"hold" frames)
verb phone O -> held-call-with cameo=041 symmetric
verb telephone O -> held-call-with cameo=041 symmetric
verb hold phone call with:O -> held-call-with cameo=041 symmetric
verb hold phone calls with:O -> held-call-with cameo=041 symmetric
verb hold telephone call with:O -> held-call-with cameo=041 symmetric
verb hold phone conversation with:O -> held-call-with cameo=041 symmetric
verb hold telephone conversation with:O -> held-call-with cameo=041 symmetric
verb hold phone talks with:O -> held-call-with cameo=041 symmetric
verb hold telephone talks with:O -> held-call-with cameo=041 symmetric
verb hold video call with:O -> held-call-with cameo=041 symmetric
verb hold videoconference with:O -> held-call-with cameo=041 symmetric
verb hold video conference with:O -> held-call-with cameo=041 symmetric
verb hold call with:O -> held-call-with cameo=041 symmetric
verb have phone call with:O -> held-call-with cameo=041 symmetric
verb have telephone call with:O -> held-call-with cameo=041 symmetric
verb have phone conversation with:O -> held-call-with cameo=041 symmetric
verb have telephone conversation with:O -> held-call-with cameo=041 symmetric
verb have video call with:O -> held-call-with cameo=041 symmetric
verb have call with:O -> held-call-with cameo=041 symmetric
verb make phone call to:O -> held-call-with cameo=041
verb make telephone call to:O -> held-call-with cameo=041
verb make call to:O -> held-call-with cameo=041
verb place phone call to:O -> held-call-with cameo=041
verb place call to:O -> held-call-with cameo=041
verb receive phone call from:O -> held-call-with cameo=041
verb receive telephone call from:O -> held-call-with cameo=041
verb receive call from:O -> held-call-with cameo=041
verb speak by phone with|to:O -> held-call-with cameo=041 symmetric
verb speak by telephone with|to:O -> held-call-with cameo=041 symmetric
verb speak on phone with|to:O -> held-call-with cameo=041 symmetric
verb speak on telephone with|to:O -> held-call-with cameo=041 symmetric
verb speak over phone with|to:O -> held-call-with cameo=041 symmetric
verb talk by phone with|to:O -> held-call-with cameo=041 symmetric
verb talk by telephone with|to:O -> held-call-with cameo=041 symmetric
verb talk on phone with|to:O -> held-call-with cameo=041 symmetric
noun phone call with|between:O -> held-call-with cameo=041 symmetric
noun phone calls with|between:O -> held-call-with cameo=041 symmetric
noun telephone call with|between:O -> held-call-with cameo=041 symmetric
noun telephone calls with|between:O -> held-call-with cameo=041 symmetric
noun phone conversation with|between:O -> held-call-with cameo=041 symmetric
noun telephone conversation with|between:O -> held-call-with cameo=041 symmetric
noun phone talks with|between:O -> held-call-with cameo=041 symmetric
noun telephone talks with|between:O -> held-call-with cameo=041 symmetric
noun video call with|between:O -> held-call-with cameo=041 symmetric
noun videoconference with|between:O -> held-call-with cameo=041 symmetric
# 044 meet at a 'third' location (sideline meetings at summits elsewhere)
verb hold sideline meeting with:O -> met-on-sidelines-with cameo=044 symmetric
verb hold sidelines meeting with:O -> met-on-sidelines-with cameo=044 symmetric
verb hold sideline meetings with:O -> met-on-sidelines-with cameo=044 symmetric
noun sideline meeting with|between:O -> met-on-sidelines-with cameo=044 symmetric
noun sidelines meeting with|between:O -> met-on-sidelines-with cameo=044 symmetric
# 040 consult: meet, confer, discuss
verb hold meeting with:O -> met cameo=040 symmetric
verb hold meetings with:O -> met cameo=040 symmetric
verb hold summit with:O -> met cameo=040 symmetric
verb hold consultations with:O -> consulted cameo=040 symmetric
verb hold discussions with:O -> consulted cameo=040 symmetric
verb hold round of talks with:O -> held-talks-with cameo=046 symmetric
verb hold negotiations with:O -> held-talks-with cameo=046 symmetric
verb hold dialogue with:O -> held-talks-with cameo=046 symmetric
verb have meeting with:O -> met cameo=040 symmetric
verb have talks with:O -> held-talks-with cameo=046 symmetric
verb have talk with:O -> held-talks-with cameo=046 symmetric
verb hold talk with:O -> held-talks-with cameo=046 symmetric
verb have conversation with:O -> consulted cameo=040 symmetric
verb hold conversation with:O -> consulted cameo=040 symmetric
verb have discussion with:O -> consulted cameo=040 symmetric
verb hold discussion with:O -> consulted cameo=040 symmetric
verb have consultations with:O -> consulted cameo=040 symmetric
verb have meetings with:O -> met cameo=040 symmetric
verb have discussions with:O -> consulted cameo=040 symmetric
verb sit down with:O -> met cameo=040 symmetric
verb huddle with:O -> met cameo=040 symmetric
verb confer with:O -> consulted cameo=040 symmetric
verb consult with:O -> consulted cameo=040 symmetric
verb consult O -> consulted cameo=040 symmetric
verb discuss with:O -> consulted cameo=040 symmetric
verb exchange views with:O -> consulted cameo=040 symmetric
verb brief O -> briefed cameo=040
noun meeting with|between:O -> met cameo=040 symmetric
noun summit with|between:O -> met cameo=040 symmetric
noun audience with:O -> met cameo=040 symmetric
noun consultation with|between:O -> consulted cameo=040 symmetric
noun discussion with|between:O -> consulted cameo=040 symmetric
# 042 make a visit
verb pay state visit to:O -> visited cameo=042
verb pay visit to:O -> visited cameo=042
verb pay visits to:O -> visited cameo=042
verb make state visit to:O -> visited cameo=042
verb make visit to:O -> visited cameo=042
verb make trip to:O -> visited cameo=042
verb take trip to:O -> visited cameo=042
verb embark on state visit to:O -> visited cameo=042
verb embark on visit to:O -> visited cameo=042
verb embark on trip to:O -> visited cameo=042
verb embark on tour of:O -> visited cameo=042
verb begin state visit to:O -> visited cameo=042
verb begin visit to:O -> visited cameo=042
verb begin his visit to:O -> visited cameo=042
verb begin her visit to:O -> visited cameo=042
verb start visit to:O -> visited cameo=042
verb conclude visit to:O -> visited cameo=042
verb conclude his visit to:O -> visited cameo=042
verb conclude her visit to:O -> visited cameo=042
verb wrap up visit to:O -> visited cameo=042
verb wrap up his visit to:O -> visited cameo=042
verb end visit to:O -> visited cameo=042
verb end his visit to:O -> visited cameo=042
verb end her visit to:O -> visited cameo=042
verb travel to:O -> visited cameo=042
verb fly to:O -> visited cameo=042
verb arrive in:O -> visited cameo=042
verb land in:O -> visited cameo=042
noun trip to:O -> visited cameo=042
noun arrival in:O -> visited cameo=042
noun stopover in:O -> visited cameo=042
# 043 host a visit
verb host talks between:O -> hosted cameo=043
verb host visit by|from:O -> hosted cameo=043
verb host delegation from:O -> hosted cameo=043
verb host O -> hosted cameo=043
verb receive visit from:O -> hosted cameo=043
verb receive delegation from:O -> hosted cameo=043
verb receive envoy from:O -> hosted cameo=043
# "Putin received Erdogan in Sochi": a person received is a visitor hosted.
verb receive O -> hosted cameo=043 object=person
verb play host to:O -> hosted cameo=043
verb roll out red carpet for:O -> hosted cameo=043
# 045 engage in mediation
verb mediate between:O -> mediated cameo=045
verb mediate with:O -> mediated cameo=045
verb broker between:O -> mediated cameo=045
# "talks between X and Y were mediated by Z": the passive needs a direct-object frame
verb mediate O -> mediated cameo=045 parties
verb broker O -> mediated cameo=045 parties
verb facilitate talks between:O -> mediated cameo=045
verb facilitate dialogue between:O -> mediated cameo=045
verb facilitate negotiations between:O -> mediated cameo=045
verb facilitate exchange between:O -> mediated cameo=045
verb act as mediator between:O -> mediated cameo=045
verb act as intermediary between:O -> mediated cameo=045
verb serve as mediator between:O -> mediated cameo=045
verb serve as intermediary between:O -> mediated cameo=045
verb shuttle between:O -> mediated cameo=045
verb convene talks between:O -> mediated cameo=045
verb oversee talks between:O -> mediated cameo=045
verb sponsor talks between:O -> mediated cameo=045
noun mediation between|with:O -> mediated cameo=045
# 046 engage in negotiation
verb negotiate with:O -> held-talks-with cameo=046 symmetric
verb open talks with:O -> held-talks-with cameo=046 symmetric
verb open negotiations with:O -> held-talks-with cameo=046 symmetric
verb open dialogue with:O -> held-talks-with cameo=046 symmetric
verb begin talks with:O -> held-talks-with cameo=046 symmetric
verb begin negotiations with:O -> held-talks-with cameo=046 symmetric
verb start talks with:O -> held-talks-with cameo=046 symmetric
verb start negotiations with:O -> held-talks-with cameo=046 symmetric
verb launch talks with:O -> held-talks-with cameo=046 symmetric
verb launch negotiations with:O -> held-talks-with cameo=046 symmetric
verb launch dialogue with:O -> held-talks-with cameo=046 symmetric
verb resume talks with:O -> held-talks-with cameo=046 symmetric
verb resume negotiations with:O -> held-talks-with cameo=046 symmetric
verb resume dialogue with:O -> held-talks-with cameo=046 symmetric
verb restart talks with:O -> held-talks-with cameo=046 symmetric
verb reopen talks with:O -> held-talks-with cameo=046 symmetric
verb renew talks with:O -> held-talks-with cameo=046 symmetric
verb continue talks with:O -> held-talks-with cameo=046 symmetric
verb continue negotiations with:O -> held-talks-with cameo=046 symmetric
verb conduct talks with:O -> held-talks-with cameo=046 symmetric
verb conduct negotiations with:O -> held-talks-with cameo=046 symmetric
verb engage in talks with:O -> held-talks-with cameo=046 symmetric
verb engage in negotiations with:O -> held-talks-with cameo=046 symmetric
verb engage in dialogue with:O -> held-talks-with cameo=046 symmetric
verb enter talks with:O -> held-talks-with cameo=046 symmetric
verb enter into talks with:O -> held-talks-with cameo=046 symmetric
verb enter negotiations with:O -> held-talks-with cameo=046 symmetric
verb enter into negotiations with:O -> held-talks-with cameo=046 symmetric
verb bargain with:O -> held-talks-with cameo=046 symmetric
noun negotiation with|between:O -> held-talks-with cameo=046 symmetric
noun dialogue with|between:O -> held-talks-with cameo=046 symmetric
noun round of talks with|between:O -> held-talks-with cameo=046 symmetric
noun round of negotiations with|between:O -> held-talks-with cameo=046 symmetric

# ---- SUPPORT
# 050 engage in diplomatic cooperation
verb strengthen ties with:O -> improved-ties-with cameo=050 symmetric
verb strengthen relations with:O -> improved-ties-with cameo=050 symmetric
verb strengthen cooperation with:O -> improved-ties-with cameo=050 symmetric
verb deepen ties with:O -> improved-ties-with cameo=050 symmetric
verb deepen relations with:O -> improved-ties-with cameo=050 symmetric
verb deepen cooperation with:O -> improved-ties-with cameo=050 symmetric
verb boost ties with:O -> improved-ties-with cameo=050 symmetric
verb boost relations with:O -> improved-ties-with cameo=050 symmetric
verb improve ties with:O -> improved-ties-with cameo=050 symmetric
verb improve relations with:O -> improved-ties-with cameo=050 symmetric
verb enhance ties with:O -> improved-ties-with cameo=050 symmetric
verb enhance relations with:O -> improved-ties-with cameo=050 symmetric
verb expand ties with:O -> improved-ties-with cameo=050 symmetric
verb upgrade ties with:O -> improved-ties-with cameo=050 symmetric
verb upgrade relations with:O -> improved-ties-with cameo=050 symmetric
verb cement ties with:O -> improved-ties-with cameo=050 symmetric
verb bolster ties with:O -> improved-ties-with cameo=050 symmetric
verb mend ties with:O -> improved-ties-with cameo=050 symmetric
verb mend relations with:O -> improved-ties-with cameo=050 symmetric
verb mend fences with:O -> improved-ties-with cameo=050 symmetric
verb repair ties with:O -> improved-ties-with cameo=050 symmetric
verb repair relations with:O -> improved-ties-with cameo=050 symmetric
verb rebuild ties with:O -> improved-ties-with cameo=050 symmetric
verb rebuild relations with:O -> improved-ties-with cameo=050 symmetric
verb revive ties with:O -> improved-ties-with cameo=050 symmetric
verb reset relations with:O -> improved-ties-with cameo=050 symmetric
verb normalize ties with:O -> improved-ties-with cameo=050 symmetric
verb normalize relations with:O -> improved-ties-with cameo=050 symmetric
verb normalise ties with:O -> improved-ties-with cameo=050 symmetric
verb normalise relations with:O -> improved-ties-with cameo=050 symmetric
verb forge ties with:O -> improved-ties-with cameo=050 symmetric
verb forge alliance with:O -> allied-with cameo=050 symmetric
verb form alliance with:O -> allied-with cameo=050 symmetric
verb ally with:O -> allied-with cameo=050 symmetric
verb join forces with:O -> allied-with cameo=050 symmetric
verb open embassy in:O -> opened-embassy-in cameo=050
verb reopen embassy in:O -> opened-embassy-in cameo=050
verb return ambassador to:O -> appointed-ambassador-to cameo=050
verb appoint ambassador to:O -> appointed-ambassador-to cameo=050
verb name ambassador to:O -> appointed-ambassador-to cameo=050
verb reconcile with:O -> reconciled-with cameo=050 symmetric
verb bury hatchet with:O -> reconciled-with cameo=050 symmetric
noun rapprochement with|between:O -> improved-ties-with cameo=050 symmetric
noun normalization of relations with|between:O -> improved-ties-with cameo=050 symmetric
noun normalization of ties with|between:O -> improved-ties-with cameo=050 symmetric
noun normalisation of relations with|between:O -> improved-ties-with cameo=050 symmetric
noun reconciliation with|between:O -> reconciled-with cameo=050 symmetric
# 051 praise or endorse (also congratulate, thank, welcome)
verb praise O -> praised cameo=051
# Calling someone something good ("called Kenya a reliable partner"): the
# positive_evaluation words of gazetteers/rules/structure.rules.
verb call O -> praised cameo=051 complement=positive
verb describe O -> praised cameo=051 complement=positive
verb hail O -> praised cameo=051
verb commend O -> praised cameo=051
verb laud O -> praised cameo=051
verb applaud O -> praised cameo=051
verb salute O -> praised cameo=051
verb compliment O -> praised cameo=051
verb extol O -> praised cameo=051
verb acclaim O -> praised cameo=051
verb pay tribute to:O -> praised cameo=051
verb heap praise on:O -> praised cameo=051
verb shower praise on:O -> praised cameo=051
verb lavish praise on:O -> praised cameo=051
verb sing praises of:O -> praised cameo=051
verb speak highly of:O -> praised cameo=051
verb speak warmly of:O -> praised cameo=051
verb express admiration for:O -> praised cameo=051
verb express appreciation to|for:O -> praised cameo=051
verb voice appreciation for:O -> praised cameo=051
verb congratulate O -> congratulated cameo=051
verb send congratulations to:O -> congratulated cameo=051
verb extend congratulations to:O -> congratulated cameo=051
verb offer congratulations to:O -> congratulated cameo=051
verb convey congratulations to:O -> congratulated cameo=051
verb send congratulatory message to:O -> congratulated cameo=051
verb send congratulatory messages to:O -> congratulated cameo=051
verb send message of congratulations to:O -> congratulated cameo=051
verb send best wishes to:O -> congratulated cameo=051
verb convey best wishes to:O -> congratulated cameo=051
verb extend best wishes to:O -> congratulated cameo=051
verb send greetings to:O -> congratulated cameo=051
verb convey greetings to:O -> congratulated cameo=051
verb send condolences to:O -> expressed-solidarity-with cameo=051
verb convey condolences to:O -> expressed-solidarity-with cameo=051
verb offer condolences to:O -> expressed-solidarity-with cameo=051
verb extend condolences to:O -> expressed-solidarity-with cameo=051
verb express condolences to:O -> expressed-solidarity-with cameo=051
verb thank O -> thanked cameo=051
verb express gratitude to:O -> thanked cameo=051
verb express thanks to:O -> thanked cameo=051
verb extend thanks to:O -> thanked cameo=051
verb convey gratitude to:O -> thanked cameo=051
verb voice gratitude to:O -> thanked cameo=051
# A person welcomed is a visitor received (043); anything else welcomed is praised (051).
verb welcome O -> hosted cameo=043 object=person
verb welcome O -> welcomed cameo=051
verb support bid by|of:O -> supports cameo=051
verb support candidacy of:O -> supports cameo=051
verb support O -> supports cameo=051
# "The US support for Ukraine" is read as a verb group; no verb use takes "support for".
verb support for:O -> supports cameo=051
verb endorse candidacy of:O -> supports cameo=051
verb endorse bid by|of:O -> supports cameo=051
verb endorse O -> supports cameo=051
verb back O -> supports cameo=051
verb throw weight behind:O -> supports cameo=051
verb throw its weight behind:O -> supports cameo=051
verb throw his weight behind:O -> supports cameo=051
verb throw their weight behind:O -> supports cameo=051
verb voice support for:O -> supports cameo=051
verb voice its support for:O -> supports cameo=051
verb express support for:O -> supports cameo=051
verb express its support for:O -> supports cameo=051
verb express his support for:O -> supports cameo=051
verb reaffirm support for:O -> supports cameo=051
verb reaffirm its support for:O -> supports cameo=051
verb reiterate support for:O -> supports cameo=051
verb reiterate its support for:O -> supports cameo=051
verb declare support for:O -> supports cameo=051
verb declare its support for:O -> supports cameo=051
verb show support for:O -> supports cameo=051
verb lend support to:O -> supports cameo=051
verb lend its support to:O -> supports cameo=051
verb give backing to:O -> supports cameo=051
verb express solidarity with:O -> expressed-solidarity-with cameo=051
verb express its solidarity with:O -> expressed-solidarity-with cameo=051
verb voice solidarity with:O -> expressed-solidarity-with cameo=051
verb stand in solidarity with:O -> expressed-solidarity-with cameo=051
noun praise for:O -> praised cameo=051
noun tribute to:O -> praised cameo=051
noun congratulation to:O -> congratulated cameo=051
# The receiving side: "Ruto received congratulations from Museveni" (Museveni acts).
verb receive congratulations from:O -> congratulated cameo=051 reverse
verb receive congratulatory message from:O -> congratulated cameo=051 reverse
verb receive congratulatory messages from:O -> congratulated cameo=051 reverse
verb receive congratulatory call from:O -> congratulated cameo=051 reverse
verb receive congratulatory calls from:O -> congratulated cameo=051 reverse
verb receive message of congratulations from:O -> congratulated cameo=051 reverse
verb receive messages of congratulations from:O -> congratulated cameo=051 reverse
verb receive praise from:O -> praised cameo=051 reverse
verb win praise from:O -> praised cameo=051 reverse
verb draw praise from:O -> praised cameo=051 reverse
verb earn praise from:O -> praised cameo=051 reverse
verb receive support from:O -> supports cameo=051 reverse
verb win support from:O -> supports cameo=051 reverse
verb receive backing from:O -> supports cameo=051 reverse
verb win backing from:O -> supports cameo=051 reverse
verb receive condolences from:O -> expressed-solidarity-with cameo=051 reverse
noun congratulatory message to:O -> congratulated cameo=051
noun gratitude to:O -> thanked cameo=051
noun endorsement of:O -> supports cameo=051
noun support for:O -> supports cameo=051
noun backing for|of:O -> supports cameo=051
noun solidarity with:O -> expressed-solidarity-with cameo=051
# 052 defend verbally
verb defend right of:O -> defended cameo=052
verb defend decision by|of:O -> defended cameo=052
verb defend O -> defended cameo=052
verb come to defense of:O -> defended cameo=052
verb come to defence of:O -> defended cameo=052
verb speak out in defense of:O -> defended cameo=052
verb speak out in defence of:O -> defended cameo=052
verb speak up for:O -> defended cameo=052
verb stand up for:O -> defended cameo=052
verb stand by:O -> defended cameo=052
verb stand with:O -> defended cameo=052
verb stand shoulder to shoulder with:O -> defended cameo=052
verb side with:O -> sided-with cameo=052
verb vouch for:O -> defended cameo=052
noun defense of:O -> defended cameo=052
noun defence of:O -> defended cameo=052
# 053 rally support on behalf of
verb rally support for|behind:O -> rallied-support-for cameo=053
verb rally behind|around:O -> rallied-support-for cameo=053
verb drum up support for:O -> rallied-support-for cameo=053
verb mobilize support for:O -> rallied-support-for cameo=053
verb mobilise support for:O -> rallied-support-for cameo=053
verb garner support for:O -> rallied-support-for cameo=053
verb build support for:O -> rallied-support-for cameo=053
verb gather support for:O -> rallied-support-for cameo=053
verb marshal support for:O -> rallied-support-for cameo=053
verb whip up support for:O -> rallied-support-for cameo=053
verb galvanize support for:O -> rallied-support-for cameo=053
verb galvanise support for:O -> rallied-support-for cameo=053
verb canvass support for:O -> rallied-support-for cameo=053
verb enlist support for:O -> rallied-support-for cameo=053
verb solicit support for:O -> rallied-support-for cameo=053
verb lobby on behalf of:O -> rallied-support-for cameo=053
verb lobby for:O -> rallied-support-for cameo=053
verb campaign on behalf of:O -> rallied-support-for cameo=053
verb campaign for:O -> rallied-support-for cameo=053
verb champion cause of:O -> rallied-support-for cameo=053
# 054 grant diplomatic recognition (also establish or restore diplomatic relations)
# "recognized the efforts of Somalia" is praise, not recognition
verb recognize efforts of|by:O -> praised cameo=051
verb recognize role of:O -> praised cameo=051
verb recognise efforts of|by:O -> praised cameo=051
verb recognise role of:O -> praised cameo=051
verb recognize independence of:O -> recognised cameo=054
verb recognize sovereignty of:O -> recognised cameo=054
verb recognize O -> recognised cameo=054
verb recognise independence of:O -> recognised cameo=054
verb recognise sovereignty of:O -> recognised cameo=054
verb recognise O -> recognised cameo=054
verb grant recognition to:O -> recognised cameo=054
verb extend recognition to:O -> recognised cameo=054
verb accord recognition to:O -> recognised cameo=054
verb establish diplomatic relations with:O -> established-relations-with cameo=054 symmetric
verb establish diplomatic ties with:O -> established-relations-with cameo=054 symmetric
verb establish relations with:O -> established-relations-with cameo=054 symmetric
verb establish ties with:O -> established-relations-with cameo=054 symmetric
verb restore diplomatic relations with:O -> established-relations-with cameo=054 symmetric
verb restore diplomatic ties with:O -> established-relations-with cameo=054 symmetric
verb restore relations with:O -> established-relations-with cameo=054 symmetric
verb restore ties with:O -> established-relations-with cameo=054 symmetric
verb resume diplomatic relations with:O -> established-relations-with cameo=054 symmetric
verb resume diplomatic ties with:O -> established-relations-with cameo=054 symmetric
verb open diplomatic relations with:O -> established-relations-with cameo=054 symmetric
noun recognition of:O -> recognised cameo=054
noun establishment of diplomatic relations with|between:O -> established-relations-with cameo=054 symmetric
noun restoration of diplomatic relations with|between:O -> established-relations-with cameo=054 symmetric
noun restoration of ties with|between:O -> established-relations-with cameo=054 symmetric
# 055 apologise
verb apologize to:O -> apologised-to cameo=055
verb apologise to:O -> apologised-to cameo=055
verb issue apology to:O -> apologised-to cameo=055
verb offer apology to:O -> apologised-to cameo=055
verb extend apology to:O -> apologised-to cameo=055
verb make apology to:O -> apologised-to cameo=055
verb tender apology to:O -> apologised-to cameo=055
verb send apology to:O -> apologised-to cameo=055
verb say sorry to:O -> apologised-to cameo=055
verb express regret to:O -> apologised-to cameo=055
noun apology to:O -> apologised-to cameo=055
# 056 forgive
verb forgive O -> forgave cameo=056
verb absolve O -> forgave cameo=056
verb accept apology from|of:O -> forgave cameo=056
verb accept apologies from|of:O -> forgave cameo=056
verb grant forgiveness to:O -> forgave cameo=056

# ---- CONCEDE
# 083 accede to demands (for political reform, policy change); before the general 080 frames
verb accede to demands of|from|by:O -> acceded-to-demands-of cameo=083
verb accede to demand of|from|by:O -> acceded-to-demands-of cameo=083
verb accede to request of|from|by:O -> acceded-to-demands-of cameo=083
verb accede to requests of|from|by:O -> acceded-to-demands-of cameo=083
verb meet demands of|from|by:O -> acceded-to-demands-of cameo=083
verb meet demand of|from|by:O -> acceded-to-demands-of cameo=083
verb give in to demands of|from|by:O -> acceded-to-demands-of cameo=083
verb yield to demands of|from|by:O -> acceded-to-demands-of cameo=083
verb bow to demands of|from|by:O -> acceded-to-demands-of cameo=083
verb cave in to demands of|from|by:O -> acceded-to-demands-of cameo=083
verb cave to demands of|from|by:O -> acceded-to-demands-of cameo=083
verb comply with demands of|from|by:O -> acceded-to-demands-of cameo=083
verb concede to demands of|from|by:O -> acceded-to-demands-of cameo=083
verb accept demands of|from|by:O -> acceded-to-demands-of cameo=083
verb grant demands of|from|by:O -> acceded-to-demands-of cameo=083
verb heed demands of|from|by:O -> acceded-to-demands-of cameo=083
# 0831 accede to demands for change in leadership; 0834 change in institutions, regime
verb hand over power to:O -> handed-power-to cameo=0831
verb hand power to:O -> handed-power-to cameo=0831
verb cede power to:O -> handed-power-to cameo=0831
verb transfer power to:O -> handed-power-to cameo=0831
verb relinquish power to:O -> handed-power-to cameo=0831
verb surrender power to:O -> handed-power-to cameo=0831
noun handover of power to:O -> handed-power-to cameo=0831
noun transfer of power to:O -> handed-power-to cameo=0831
verb grant autonomy to:O -> granted-autonomy-to cameo=0834
verb grant independence to:O -> granted-autonomy-to cameo=0834
# 080 yield
verb yield to pressure from|by:O -> yielded-to cameo=080
verb yield to:O -> yielded-to cameo=080
verb give in to pressure from|by:O -> yielded-to cameo=080
verb give in to:O -> yielded-to cameo=080
verb give way to:O -> yielded-to cameo=080
verb cave in to pressure from|by:O -> yielded-to cameo=080
verb cave in to:O -> yielded-to cameo=080
verb cave to pressure from|by:O -> yielded-to cameo=080
verb cave to:O -> yielded-to cameo=080
verb bow to pressure from|by:O -> yielded-to cameo=080
verb bow to:O -> yielded-to cameo=080
verb succumb to pressure from|by:O -> yielded-to cameo=080
verb succumb to:O -> yielded-to cameo=080
verb capitulate to:O -> yielded-to cameo=080
verb acquiesce to|in:O -> yielded-to cameo=080
verb concede defeat to:O -> conceded-defeat-to cameo=080
verb concede victory to:O -> conceded-defeat-to cameo=080
verb concede to:O -> yielded-to cameo=080
verb comply with:O -> yielded-to cameo=080
verb heed calls from|by:O -> yielded-to cameo=080
verb heed O -> yielded-to cameo=080
verb accept terms from|by:O -> yielded-to cameo=080
verb accept conditions from|by:O -> yielded-to cameo=080
verb accept ultimatum from|by:O -> yielded-to cameo=080
verb make concessions to:O -> made-concessions-to cameo=080
verb make concession to:O -> made-concessions-to cameo=080
verb grant concessions to:O -> made-concessions-to cameo=080
verb drop objection to:O -> dropped-objection-to cameo=080
verb drop objections to:O -> dropped-objection-to cameo=080
verb drop its objection to:O -> dropped-objection-to cameo=080
verb drop its objections to:O -> dropped-objection-to cameo=080
verb drop opposition to:O -> dropped-objection-to cameo=080
verb drop its opposition to:O -> dropped-objection-to cameo=080
verb withdraw objection to:O -> dropped-objection-to cameo=080
verb withdraw its objection to:O -> dropped-objection-to cameo=080
verb withdraw its objections to:O -> dropped-objection-to cameo=080
verb end opposition to:O -> dropped-objection-to cameo=080
verb end its opposition to:O -> dropped-objection-to cameo=080
verb abandon opposition to:O -> dropped-objection-to cameo=080
verb abandon its opposition to:O -> dropped-objection-to cameo=080
verb lift veto on|against:O -> dropped-objection-to cameo=080
verb lift its veto on|against:O -> dropped-objection-to cameo=080
verb relent -> yielded cameo=080
verb climb down -> yielded cameo=080
noun concession to:O -> made-concessions-to cameo=080
# 081 ease administrative sanctions (0811 restrictions on freedoms, 0812 bans on parties)
verb lift travel restrictions on|against:O -> eased-restrictions-on cameo=081
verb ease travel restrictions on|against:O -> eased-restrictions-on cameo=081
verb lift travel ban on|against:O -> eased-restrictions-on cameo=081
verb lift visa ban on|against:O -> eased-restrictions-on cameo=081
verb lift entry ban on|against:O -> eased-restrictions-on cameo=081
verb lift visa restrictions on|for:O -> eased-restrictions-on cameo=081
verb ease visa restrictions on|for:O -> eased-restrictions-on cameo=081
verb ease visa requirements for:O -> eased-restrictions-on cameo=081
verb waive visa requirements for:O -> eased-restrictions-on cameo=081
verb scrap visa requirements for:O -> eased-restrictions-on cameo=081
verb lift restrictions on|against:O -> eased-restrictions-on cameo=081
verb ease restrictions on|against:O -> eased-restrictions-on cameo=081
verb relax restrictions on|against:O -> eased-restrictions-on cameo=081
verb loosen restrictions on|against:O -> eased-restrictions-on cameo=081
verb remove restrictions on|against:O -> eased-restrictions-on cameo=081
verb lift suspension of|on:O -> lifted-suspension-of cameo=081
verb end suspension of:O -> lifted-suspension-of cameo=081
verb reinstate O -> lifted-suspension-of cameo=081
verb readmit O -> lifted-suspension-of cameo=081
verb delist O -> eased-restrictions-on cameo=081
verb grant amnesty to:O -> granted-amnesty-to cameo=081
verb extend amnesty to:O -> granted-amnesty-to cameo=081
verb unban O -> unbanned cameo=0812
verb restore internet access -> eased-restrictions cameo=0811
noun easing of restrictions on:O -> eased-restrictions-on cameo=081
# 082 ease political dissent (opposition or protesters stand down)
verb call off protests against:O -> called-off-protests-against cameo=082
verb call off protest against:O -> called-off-protests-against cameo=082
verb call off demonstrations against:O -> called-off-protests-against cameo=082
verb call off march against:O -> called-off-protests-against cameo=082
verb call off strike against:O -> called-off-protests-against cameo=082
verb suspend protests against:O -> called-off-protests-against cameo=082
verb end protests against:O -> called-off-protests-against cameo=082
verb halt protests against:O -> called-off-protests-against cameo=082
verb call off protests -> called-off-protests cameo=082
verb suspend protests -> called-off-protests cameo=082
verb end hunger strike -> called-off-protests cameo=082

# ---- CONSULT (general frames of "speak" and "talk", after their phone and SUPPORT phrases)
verb speak with:O -> consulted cameo=040 symmetric
verb talk with:O -> consulted cameo=040 symmetric
