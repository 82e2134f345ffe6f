# Event triggers for the PLOVER categories SANCTION (CAMEO 16x), MOBILIZE (15x), COERCE (17x,
# 191, 192) and ASSAULT (18x, 175, 19x, 20x). Written from the CAMEO and PLOVER codebooks'
# definitions (code meanings only; no example sentences or other coders' dictionaries used).
#
# Notes on categories: the prefix table maps 17 -> COERCE and 19 -> ASSAULT; following the
# PLOVER codebook, 175 (violent repression) and 1712 (destroy property) say plover=ASSAULT,
# and 191 (blockade, restrict movement) and 192 (occupy territory) say plover=COERCE.
# Invasion keeps the default rules' predicate `invaded` (192, ASSAULT) so the two merge.
# Military attacks that the default rules also read as `attacked` either reuse `attacked` or
# give a more specific predicate with the same PLOVER category (the frame's match is kept).

# Forms the spelling rules would get wrong.
irregular kidnap kidnapped kidnapped gerund=kidnapping
irregular blow blew blown
irregular expel expelled expelled
irregular patrol patrolled patrolled
irregular cancel canceled,cancelled canceled,cancelled gerund=canceling,cancelling
irregular shoot shot shot
irregular withdraw withdrew withdrawn
irregular withhold withheld withheld
irregular freeze froze frozen
irregular break broke broken
irregular cut cut cut gerund=cutting
irregular fight fought fought
irregular wage waged waged
irregular take took taken
irregular hold held held
irregular lay laid laid
irregular set set set gerund=setting
irregular shut shut shut gerund=shutting
irregular send sent sent
irregular bring brought brought
irregular strike struck struck,stricken
irregular beat beat beaten
irregular quit quit quit gerund=quitting
irregular fly flew flown third=flies
irregular overrun overran overrun gerund=overrunning
irregular outlaw outlawed outlawed
irregular slap slapped slapped gerund=slapping
irregular ban banned banned gerund=banning
irregular bar barred barred gerund=barring
irregular nab nabbed nabbed gerund=nabbing
irregular stab stabbed stabbed gerund=stabbing
irregular gun gunned gunned gerund=gunning
irregular scrap scrapped scrapped gerund=scrapping

# ---- SANCTION
# 160 reduce relations (not otherwise specified): freezes of ties, cooperation, contacts.
verb freeze ties with:O -> reduced-relations-with cameo=160
verb freeze relations with:O -> reduced-relations-with cameo=160
verb freeze contacts with:O -> reduced-relations-with cameo=160
verb freeze cooperation with:O -> reduced-relations-with cameo=160
verb suspend cooperation with:O -> reduced-relations-with cameo=160
verb halt cooperation with:O -> reduced-relations-with cameo=160
verb end cooperation with:O -> reduced-relations-with cameo=160
verb suspend contacts with:O -> reduced-relations-with cameo=160
verb cut contacts with:O -> reduced-relations-with cameo=160
verb scale back ties with:O -> reduced-relations-with cameo=160
verb scale back relations with:O -> reduced-relations-with cameo=160
verb scale back cooperation with:O -> reduced-relations-with cameo=160
verb reduce ties with:O -> reduced-relations-with cameo=160
verb distance itself from:O -> reduced-relations-with cameo=160
verb suspend membership of:O -> reduced-relations-with cameo=160
noun suspension of cooperation with:O -> reduced-relations-with cameo=160
noun freeze in relations with:O -> reduced-relations-with cameo=160
noun freeze in ties with:O -> reduced-relations-with cameo=160
verb cancel visit to:O -> reduced-relations-with cameo=160
verb call off visit to:O -> reduced-relations-with cameo=160
# 161 reduce or break diplomatic relations; recall or withdraw an ambassador; close an embassy.
verb cut ties with:O -> cut-ties-with cameo=161
verb cut diplomatic ties with:O -> cut-ties-with cameo=161
verb cut relations with:O -> cut-ties-with cameo=161
verb cut diplomatic relations with:O -> cut-ties-with cameo=161
verb cut off relations with:O -> cut-ties-with cameo=161
verb cut off ties with:O -> cut-ties-with cameo=161
verb cut off diplomatic relations with:O -> cut-ties-with cameo=161
verb sever ties with:O -> cut-ties-with cameo=161
verb sever relations with:O -> cut-ties-with cameo=161
verb sever diplomatic ties with:O -> cut-ties-with cameo=161
verb sever diplomatic relations with:O -> cut-ties-with cameo=161
verb break ties with:O -> cut-ties-with cameo=161
verb break relations with:O -> cut-ties-with cameo=161
verb break diplomatic relations with:O -> cut-ties-with cameo=161
verb break off relations with:O -> cut-ties-with cameo=161
verb break off ties with:O -> cut-ties-with cameo=161
verb break off diplomatic relations with:O -> cut-ties-with cameo=161
verb end diplomatic relations with:O -> cut-ties-with cameo=161
verb end diplomatic ties with:O -> cut-ties-with cameo=161
verb rupture relations with:O -> cut-ties-with cameo=161
verb rupture diplomatic relations with:O -> cut-ties-with cameo=161
verb suspend diplomatic relations with:O -> cut-ties-with cameo=161
verb suspend relations with:O -> cut-ties-with cameo=161
verb suspend ties with:O -> cut-ties-with cameo=161
verb suspend diplomatic ties with:O -> cut-ties-with cameo=161
verb downgrade ties with:O -> downgraded-ties-with cameo=161
verb downgrade relations with:O -> downgraded-ties-with cameo=161
verb downgrade diplomatic relations with:O -> downgraded-ties-with cameo=161
verb downgrade diplomatic ties with:O -> downgraded-ties-with cameo=161
verb downgrade diplomatic representation in:O -> downgraded-ties-with cameo=161
noun severance of ties with:O -> cut-ties-with cameo=161
noun severance of relations with:O -> cut-ties-with cameo=161
noun severing of ties with:O -> cut-ties-with cameo=161
noun rupture of relations with:O -> cut-ties-with cameo=161
noun rupture in relations with:O -> cut-ties-with cameo=161
noun break in relations with:O -> cut-ties-with cameo=161
noun downgrade of relations with:O -> downgraded-ties-with cameo=161
noun downgrading of relations with:O -> downgraded-ties-with cameo=161
noun downgrading of ties with:O -> downgraded-ties-with cameo=161
verb recall ambassador from:O -> recalled-ambassador-from cameo=161
verb recall ambassador to:O -> recalled-ambassador-from cameo=161
verb recall ambassador in:O -> recalled-ambassador-from cameo=161
verb recall ambassadors from:O -> recalled-ambassador-from cameo=161
verb recall ambassadors to:O -> recalled-ambassador-from cameo=161
verb recall envoy from:O -> recalled-ambassador-from cameo=161
verb recall envoy to:O -> recalled-ambassador-from cameo=161
verb recall envoy in:O -> recalled-ambassador-from cameo=161
verb recall envoys from:O -> recalled-ambassador-from cameo=161
verb recall envoys to:O -> recalled-ambassador-from cameo=161
verb recall diplomats from:O -> recalled-ambassador-from cameo=161
verb recall diplomats in:O -> recalled-ambassador-from cameo=161
verb withdraw ambassador from:O -> recalled-ambassador-from cameo=161
verb withdraw ambassador to:O -> recalled-ambassador-from cameo=161
verb withdraw envoy from:O -> recalled-ambassador-from cameo=161
verb withdraw envoy to:O -> recalled-ambassador-from cameo=161
verb pull ambassador from:O -> recalled-ambassador-from cameo=161
verb pull envoy from:O -> recalled-ambassador-from cameo=161
# A possessive pronoun ("its") between the head and a phrase word is read as a mention and
# stops the match, so the commonest phrases are also written with it.
verb withdraw its ambassador from:O -> recalled-ambassador-from cameo=161
verb pull its ambassador from:O -> recalled-ambassador-from cameo=161
noun recall of ambassador from:O -> recalled-ambassador-from cameo=161
noun recall of ambassador to:O -> recalled-ambassador-from cameo=161
noun recall of envoy from:O -> recalled-ambassador-from cameo=161
noun withdrawal of ambassador from:O -> recalled-ambassador-from cameo=161
verb close embassy in:O -> closed-embassy-in cameo=161
verb close embassies in:O -> closed-embassy-in cameo=161
verb close consulate in:O -> closed-embassy-in cameo=161
verb shut embassy in:O -> closed-embassy-in cameo=161
verb shut down embassy in:O -> closed-embassy-in cameo=161
verb shutter embassy in:O -> closed-embassy-in cameo=161
verb close its embassy in:O -> closed-embassy-in cameo=161
verb close its embassies in:O -> closed-embassy-in cameo=161
verb close its consulate in:O -> closed-embassy-in cameo=161
verb shut its embassy in:O -> closed-embassy-in cameo=161
verb shut down its embassy in:O -> closed-embassy-in cameo=161
verb suspend operations of its embassy in:O -> closed-embassy-in cameo=161
verb suspend operations of embassy in:O -> closed-embassy-in cameo=161
verb suspend embassy operations in:O -> closed-embassy-in cameo=161
noun closure of embassy in:O -> closed-embassy-in cameo=161
noun closing of embassy in:O -> closed-embassy-in cameo=161
noun closure of its embassy in:O -> closed-embassy-in cameo=161
# 162 reduce or stop aid (1621 economic, 1622 military, 1623 humanitarian).
verb cut aid to:O -> cut-aid-to cameo=162
verb cut off aid to:O -> cut-aid-to cameo=162
verb suspend aid to:O -> cut-aid-to cameo=162
verb suspend aid for:O -> cut-aid-to cameo=162
verb halt aid to:O -> cut-aid-to cameo=162
verb freeze aid to:O -> cut-aid-to cameo=162
verb freeze aid for:O -> cut-aid-to cameo=162
verb stop aid to:O -> cut-aid-to cameo=162
verb end aid to:O -> cut-aid-to cameo=162
verb slash aid to:O -> cut-aid-to cameo=162
verb reduce aid to:O -> cut-aid-to cameo=162
verb withhold aid from:O -> cut-aid-to cameo=162
verb withhold aid to:O -> cut-aid-to cameo=162
verb suspend assistance to:O -> cut-aid-to cameo=162
verb halt assistance to:O -> cut-aid-to cameo=162
verb cut assistance to:O -> cut-aid-to cameo=162
verb freeze assistance to:O -> cut-aid-to cameo=162
verb withhold assistance from:O -> cut-aid-to cameo=162
verb suspend development aid to:O -> cut-aid-to cameo=1621
verb suspend economic aid to:O -> cut-aid-to cameo=1621
verb suspend financial aid to:O -> cut-aid-to cameo=1621
verb suspend budget support to:O -> cut-aid-to cameo=1621
verb suspend budget support for:O -> cut-aid-to cameo=1621
verb suspend funding to:O -> cut-aid-to cameo=1621
verb suspend funding for:O -> cut-aid-to cameo=1621
verb freeze funding to:O -> cut-aid-to cameo=1621
verb freeze funding for:O -> cut-aid-to cameo=1621
verb cut funding to:O -> cut-aid-to cameo=1621
verb cut funding for:O -> cut-aid-to cameo=1621
verb halt funding to:O -> cut-aid-to cameo=1621
verb halt funding for:O -> cut-aid-to cameo=1621
verb withhold funding from:O -> cut-aid-to cameo=1621
verb withhold funds from:O -> cut-aid-to cameo=1621
verb suspend loans to:O -> cut-aid-to cameo=1621
verb freeze loans to:O -> cut-aid-to cameo=1621
verb suspend disbursements to:O -> cut-aid-to cameo=1621
verb suspend military aid to:O -> cut-aid-to cameo=1622
verb halt military aid to:O -> cut-aid-to cameo=1622
verb freeze military aid to:O -> cut-aid-to cameo=1622
verb cut military aid to:O -> cut-aid-to cameo=1622
verb withhold military aid from:O -> cut-aid-to cameo=1622
verb suspend military assistance to:O -> cut-aid-to cameo=1622
verb halt weapons deliveries to:O -> cut-aid-to cameo=1622
verb halt arms deliveries to:O -> cut-aid-to cameo=1622
verb suspend arms deliveries to:O -> cut-aid-to cameo=1622
verb suspend weapons deliveries to:O -> cut-aid-to cameo=1622
verb halt military cooperation with:O -> cut-aid-to cameo=1622
verb suspend military cooperation with:O -> cut-aid-to cameo=1622
verb suspend humanitarian aid to:O -> cut-aid-to cameo=1623
verb halt humanitarian aid to:O -> cut-aid-to cameo=1623
verb cut humanitarian aid to:O -> cut-aid-to cameo=1623
verb suspend food aid to:O -> cut-aid-to cameo=1623
noun suspension of aid to:O -> cut-aid-to cameo=162
noun suspension of assistance to:O -> cut-aid-to cameo=162
noun suspension of funding to:O -> cut-aid-to cameo=1621
noun suspension of funding for:O -> cut-aid-to cameo=1621
noun suspension of military aid to:O -> cut-aid-to cameo=1622
noun freeze on aid to:O -> cut-aid-to cameo=162
noun freeze of aid to:O -> cut-aid-to cameo=162
noun aid cut to:O -> cut-aid-to cameo=162
noun aid cuts to:O -> cut-aid-to cameo=162
noun aid freeze for:O -> cut-aid-to cameo=162
noun aid suspension to:O -> cut-aid-to cameo=162
noun cut in aid to:O -> cut-aid-to cameo=162
noun halt to aid to:O -> cut-aid-to cameo=162
# 163 impose embargo, boycott or sanctions.
verb slap sanctions on:O -> sanctioned cameo=163
verb slap sanctions against:O -> sanctioned cameo=163
verb levy sanctions on|against:O -> sanctioned cameo=163
verb announce sanctions on|against:O -> sanctioned cameo=163
verb adopt sanctions on|against:O -> sanctioned cameo=163
verb approve sanctions on|against:O -> sanctioned cameo=163
verb extend sanctions on|against:O -> sanctioned cameo=163
verb tighten sanctions on|against:O -> sanctioned cameo=163
verb expand sanctions on|against:O -> sanctioned cameo=163
verb broaden sanctions on|against:O -> sanctioned cameo=163
verb widen sanctions on|against:O -> sanctioned cameo=163
verb toughen sanctions on|against:O -> sanctioned cameo=163
verb intensify sanctions on|against:O -> sanctioned cameo=163
verb step up sanctions on|against:O -> sanctioned cameo=163
verb ramp up sanctions on|against:O -> sanctioned cameo=163
verb renew sanctions on|against:O -> sanctioned cameo=163
verb unveil sanctions on|against:O -> sanctioned cameo=163
verb reimpose sanctions on|against:O -> sanctioned cameo=163
verb reinstate sanctions on|against:O -> sanctioned cameo=163
verb introduce sanctions on|against:O -> sanctioned cameo=163
verb place sanctions on:O -> sanctioned cameo=163
verb put sanctions on:O -> sanctioned cameo=163
verb enforce sanctions on|against:O -> sanctioned cameo=163
verb impose sanction on|against:O -> sanctioned cameo=163
verb impose penalties on|against:O -> sanctioned cameo=163
verb impose embargo on|against:O -> sanctioned cameo=163
verb slap embargo on:O -> sanctioned cameo=163
verb extend embargo on|against:O -> sanctioned cameo=163
verb tighten embargo on|against:O -> sanctioned cameo=163
verb reimpose embargo on|against:O -> sanctioned cameo=163
verb announce embargo on|against:O -> sanctioned cameo=163
verb impose travel ban on|against:O -> sanctioned cameo=163
verb impose asset freeze on|against:O -> sanctioned cameo=163
verb freeze assets of:O -> sanctioned cameo=163
verb freeze assets belonging to:O -> sanctioned cameo=163
verb freeze assets linked to:O -> sanctioned cameo=163
verb freeze reserves of:O -> sanctioned cameo=163
verb blacklist O -> sanctioned cameo=163
noun embargo on|against:O -> sanctioned cameo=163
noun asset freeze on|against:O -> sanctioned cameo=163
noun travel ban on|against:O -> sanctioned cameo=163
noun sanctions package against|on:O -> sanctioned cameo=163
noun freeze on assets of:O -> sanctioned cameo=163
noun blacklisting of:O -> sanctioned cameo=163
verb impose boycott on|against:O -> sanctioned cameo=163
verb declare boycott of:O -> sanctioned cameo=163
verb impose tariffs on:O -> imposed-tariffs-on cameo=163
verb slap tariffs on:O -> imposed-tariffs-on cameo=163
verb levy tariffs on:O -> imposed-tariffs-on cameo=163
verb raise tariffs on:O -> imposed-tariffs-on cameo=163
verb hike tariffs on:O -> imposed-tariffs-on cameo=163
verb announce tariffs on:O -> imposed-tariffs-on cameo=163
verb impose duties on:O -> imposed-tariffs-on cameo=163
verb impose levies on:O -> imposed-tariffs-on cameo=163
noun tariff on|against:O -> imposed-tariffs-on cameo=163
verb ban imports from:O -> restricted-trade-with cameo=163
verb ban imports of:O -> restricted-trade-with cameo=163
verb ban exports to:O -> restricted-trade-with cameo=163
verb halt imports from:O -> restricted-trade-with cameo=163
verb halt exports to:O -> restricted-trade-with cameo=163
verb suspend imports from:O -> restricted-trade-with cameo=163
verb suspend exports to:O -> restricted-trade-with cameo=163
verb stop imports from:O -> restricted-trade-with cameo=163
verb block imports from:O -> restricted-trade-with cameo=163
verb restrict imports from:O -> restricted-trade-with cameo=163
verb restrict exports to:O -> restricted-trade-with cameo=163
verb curb exports to:O -> restricted-trade-with cameo=163
verb halt trade with:O -> restricted-trade-with cameo=163
verb suspend trade with:O -> restricted-trade-with cameo=163
verb cut trade ties with:O -> restricted-trade-with cameo=163
verb cut off trade with:O -> restricted-trade-with cameo=163
verb halt arms sales to:O -> restricted-trade-with cameo=163
verb suspend arms sales to:O -> restricted-trade-with cameo=163
verb halt arms exports to:O -> restricted-trade-with cameo=163
verb suspend arms exports to:O -> restricted-trade-with cameo=163
verb ban arms sales to:O -> restricted-trade-with cameo=163
verb ban arms exports to:O -> restricted-trade-with cameo=163
verb impose export controls on:O -> restricted-trade-with cameo=163
noun import ban on:O -> restricted-trade-with cameo=163
noun import bans on:O -> restricted-trade-with cameo=163
noun export ban on|to:O -> restricted-trade-with cameo=163
noun export bans on|to:O -> restricted-trade-with cameo=163
noun ban on imports from:O -> restricted-trade-with cameo=163
noun ban on imports of:O -> restricted-trade-with cameo=163
noun ban on exports to:O -> restricted-trade-with cameo=163
noun ban on arms sales to:O -> restricted-trade-with cameo=163
noun export controls on|against:O -> restricted-trade-with cameo=163
# 164 halt negotiations.
verb suspend talks with:O -> halted-talks-with cameo=164
verb halt talks with:O -> halted-talks-with cameo=164
verb freeze talks with:O -> halted-talks-with cameo=164
verb abandon talks with:O -> halted-talks-with cameo=164
verb cancel talks with:O -> halted-talks-with cameo=164
verb call off talks with:O -> halted-talks-with cameo=164
verb break off talks with:O -> halted-talks-with cameo=164
verb pull out of talks with:O -> halted-talks-with cameo=164
verb walk out of talks with:O -> halted-talks-with cameo=164
verb withdraw from talks with:O -> halted-talks-with cameo=164
verb quit talks with:O -> halted-talks-with cameo=164
verb suspend negotiations with:O -> halted-talks-with cameo=164
verb halt negotiations with:O -> halted-talks-with cameo=164
verb freeze negotiations with:O -> halted-talks-with cameo=164
verb abandon negotiations with:O -> halted-talks-with cameo=164
verb break off negotiations with:O -> halted-talks-with cameo=164
verb pull out of negotiations with:O -> halted-talks-with cameo=164
verb withdraw from negotiations with:O -> halted-talks-with cameo=164
verb suspend dialogue with:O -> halted-talks-with cameo=164
verb halt dialogue with:O -> halted-talks-with cameo=164
verb freeze dialogue with:O -> halted-talks-with cameo=164
verb cancel meeting with:O -> halted-talks-with cameo=164
verb call off meeting with:O -> halted-talks-with cameo=164
verb cancel summit with:O -> halted-talks-with cameo=164
verb call off summit with:O -> halted-talks-with cameo=164
noun suspension of talks with:O -> halted-talks-with cameo=164
noun suspension of negotiations with:O -> halted-talks-with cameo=164
noun suspension of dialogue with:O -> halted-talks-with cameo=164
noun withdrawal from talks with:O -> halted-talks-with cameo=164
# 165 halt mediation.
verb suspend mediation between:O -> halted-mediation-between cameo=165
verb halt mediation between:O -> halted-mediation-between cameo=165
verb end mediation between:O -> halted-mediation-between cameo=165
verb suspend mediation efforts between:O -> halted-mediation-between cameo=165
verb withdraw from mediation between:O -> halted-mediation-between cameo=165
verb suspend its mediation between:O -> halted-mediation-between cameo=165
verb end its mediation between:O -> halted-mediation-between cameo=165
verb suspend its role as mediator between:O -> halted-mediation-between cameo=165
verb pull out of mediation between:O -> halted-mediation-between cameo=165
verb step down as mediator between:O -> halted-mediation-between cameo=165
verb quit as mediator between:O -> halted-mediation-between cameo=165
verb withdraw as mediator between:O -> halted-mediation-between cameo=165
verb suspend role as mediator between:O -> halted-mediation-between cameo=165
noun suspension of mediation between:O -> halted-mediation-between cameo=165
# 166 expel or withdraw diplomats, peacekeepers (1661), inspectors and observers (1662),
# aid agencies (1663). Plain "expel" is in the default lexicon and rules.
noun expulsion of:O -> expelled cameo=166
verb order out O -> expelled cameo=166
verb kick out O -> expelled cameo=166
verb withdraw diplomats from:O -> withdrew-diplomats-from cameo=166
verb withdraw diplomatic staff from:O -> withdrew-diplomats-from cameo=166
verb pull diplomats from:O -> withdrew-diplomats-from cameo=166
verb evacuate diplomats from:O -> withdrew-diplomats-from cameo=166
verb evacuate embassy in:O -> withdrew-diplomats-from cameo=166
verb evacuate embassy staff from:O -> withdrew-diplomats-from cameo=166
verb reduce embassy staff in:O -> withdrew-diplomats-from cameo=166
verb withdraw peacekeepers from:O -> withdrew-peacekeepers-from cameo=1661
verb withdraw its peacekeepers from:O -> withdrew-peacekeepers-from cameo=1661
verb pull peacekeepers from:O -> withdrew-peacekeepers-from cameo=1661
verb pull peacekeepers out of:O -> withdrew-peacekeepers-from cameo=1661
verb withdraw peacekeeping mission from:O -> withdrew-peacekeepers-from cameo=1661
verb end peacekeeping mission in:O -> withdrew-peacekeepers-from cameo=1661
noun withdrawal of peacekeepers from:O -> withdrew-peacekeepers-from cameo=1661
verb expel peacekeepers from:O -> expelled cameo=1661
verb expel inspectors from:O -> expelled cameo=1662
verb withdraw inspectors from:O -> withdrew-inspectors-from cameo=1662
verb pull inspectors from:O -> withdrew-inspectors-from cameo=1662
verb withdraw observers from:O -> withdrew-inspectors-from cameo=1662
verb pull observers from:O -> withdrew-inspectors-from cameo=1662
verb withdraw monitors from:O -> withdrew-inspectors-from cameo=1662
verb withdraw monitoring mission from:O -> withdrew-inspectors-from cameo=1662
noun withdrawal of inspectors from:O -> withdrew-inspectors-from cameo=1662
noun withdrawal of observers from:O -> withdrew-inspectors-from cameo=1662
verb withdraw aid workers from:O -> withdrew-aid-agencies-from cameo=1663
verb pull aid workers from:O -> withdrew-aid-agencies-from cameo=1663
verb withdraw aid staff from:O -> withdrew-aid-agencies-from cameo=1663
verb suspend aid operations in:O -> withdrew-aid-agencies-from cameo=1663
verb expel aid agencies from:O -> expelled cameo=1663
verb expel aid workers from:O -> expelled cameo=1663

# ---- MOBILIZE
# 150 demonstrate military or police power: drills, patrols, warships, shows of force.
verb hold drills near|around|off:O -> staged-drills-near cameo=150
verb hold military drills near|around|off:O -> staged-drills-near cameo=150
verb stage drills near|around|off:O -> staged-drills-near cameo=150
verb conduct drills near|around|off:O -> staged-drills-near cameo=150
verb launch drills near|around|off:O -> staged-drills-near cameo=150
verb start drills near|around|off:O -> staged-drills-near cameo=150
verb hold exercises near|around|off:O -> staged-drills-near cameo=150
verb stage exercises near|around|off:O -> staged-drills-near cameo=150
verb conduct exercises near|around|off:O -> staged-drills-near cameo=150
verb launch exercises near|around|off:O -> staged-drills-near cameo=150
verb hold war games near|around|off:O -> staged-drills-near cameo=150
verb stage war games near|around|off:O -> staged-drills-near cameo=150
verb conduct war games near|around|off:O -> staged-drills-near cameo=150
verb hold drills on border with:O -> staged-drills-near cameo=150
verb hold exercises on border with:O -> staged-drills-near cameo=150
verb stage drills on border with:O -> staged-drills-near cameo=150
noun drill near|around|off:O -> staged-drills-near cameo=150
noun drills aimed at:O -> staged-drills-near cameo=150
noun exercise near|around|off:O -> staged-drills-near cameo=150
noun war game near|around|off:O -> staged-drills-near cameo=150
noun war games near|around|off:O -> staged-drills-near cameo=150
noun show of force near|against|toward|towards:O -> showed-force-against cameo=150
noun show of strength near|against|toward|towards:O -> showed-force-against cameo=150
verb stage show of force near|against|toward|towards:O -> showed-force-against cameo=150
verb flex muscles against|toward|towards:O -> showed-force-against cameo=150
verb flex military muscle against|toward|towards|near:O -> showed-force-against cameo=150
verb rattle sabres at:O -> showed-force-against cameo=150
verb rattle sabers at:O -> showed-force-against cameo=150
verb send warships near|toward|towards:O -> showed-force-against cameo=150
verb send warship near|toward|towards:O -> showed-force-against cameo=150
verb dispatch warships near|toward|towards:O -> showed-force-against cameo=150
verb deploy warships near|off:O -> showed-force-against cameo=150
verb send aircraft carrier near|toward|towards:O -> showed-force-against cameo=150
verb deploy aircraft carrier near|off:O -> showed-force-against cameo=150
verb send carrier near|toward|towards:O -> showed-force-against cameo=150
verb sail warships near|through|off:O -> showed-force-against cameo=150
verb fly bombers near|over|toward|towards:O -> showed-force-against cameo=150
verb fly warplanes near|over|toward|towards:O -> showed-force-against cameo=150
verb fly fighter jets near|over|toward|towards:O -> showed-force-against cameo=150
verb fly jets near|over|toward|towards:O -> showed-force-against cameo=150
verb send warplanes near|toward|towards|into:O -> showed-force-against cameo=150
verb send jets near|toward|towards|into:O -> showed-force-against cameo=150
verb send bombers near|toward|towards|into:O -> showed-force-against cameo=150
verb patrol near|off|around:O -> patrolled-near cameo=150
verb fly near:O -> patrolled-near cameo=150
verb fly into airspace of:O -> violated-airspace-of cameo=150
verb patrol waters off|near:O -> patrolled-near cameo=150
verb sail near|off:O -> patrolled-near cameo=150
verb violate airspace of:O -> violated-airspace-of cameo=150
verb enter airspace of:O -> violated-airspace-of cameo=150
verb intrude into airspace of:O -> violated-airspace-of cameo=150
noun incursion into airspace of:O -> violated-airspace-of cameo=150
noun violation of airspace of:O -> violated-airspace-of cameo=150
noun patrol near|off|around:O -> patrolled-near cameo=150
# 151 raise police alert status; 152 raise military alert status (one-place: the state does it).
verb put police on alert -> raised-police-alert cameo=151
verb put police on high alert -> raised-police-alert cameo=151
verb place police on alert -> raised-police-alert cameo=151
verb place police on high alert -> raised-police-alert cameo=151
verb put security forces on alert -> raised-police-alert cameo=151
verb put security forces on high alert -> raised-police-alert cameo=151
verb raise terror alert -> raised-police-alert cameo=151
verb raise terrorism alert -> raised-police-alert cameo=151
verb raise security alert -> raised-police-alert cameo=151
verb raise threat level -> raised-police-alert cameo=151
verb heighten security alert -> raised-police-alert cameo=151
verb put troops on alert -> raised-military-alert cameo=152
verb put troops on high alert -> raised-military-alert cameo=152
verb put army on alert -> raised-military-alert cameo=152
verb put army on high alert -> raised-military-alert cameo=152
verb put military on alert -> raised-military-alert cameo=152
verb put military on high alert -> raised-military-alert cameo=152
verb put forces on alert -> raised-military-alert cameo=152
verb put forces on high alert -> raised-military-alert cameo=152
verb put armed forces on alert -> raised-military-alert cameo=152
verb put nuclear forces on alert -> raised-military-alert cameo=152
verb place troops on alert -> raised-military-alert cameo=152
verb place troops on high alert -> raised-military-alert cameo=152
verb place forces on alert -> raised-military-alert cameo=152
verb place army on alert -> raised-military-alert cameo=152
verb place military on alert -> raised-military-alert cameo=152
verb put its troops on alert -> raised-military-alert cameo=152
verb put its troops on high alert -> raised-military-alert cameo=152
verb put its army on alert -> raised-military-alert cameo=152
verb put its army on high alert -> raised-military-alert cameo=152
verb put its military on alert -> raised-military-alert cameo=152
verb put its military on high alert -> raised-military-alert cameo=152
verb put its forces on alert -> raised-military-alert cameo=152
verb put its forces on high alert -> raised-military-alert cameo=152
verb put its armed forces on alert -> raised-military-alert cameo=152
verb put its nuclear forces on alert -> raised-military-alert cameo=152
verb place its troops on alert -> raised-military-alert cameo=152
verb place its forces on alert -> raised-military-alert cameo=152
verb put its police on alert -> raised-police-alert cameo=151
verb put its security forces on alert -> raised-police-alert cameo=151
verb raise military alert -> raised-military-alert cameo=152
verb raise alert level -> raised-military-alert cameo=152
verb raise combat readiness -> raised-military-alert cameo=152
verb raise readiness -> raised-military-alert cameo=152
verb put troops on combat alert -> raised-military-alert cameo=152
verb put army on combat readiness -> raised-military-alert cameo=152
verb put troops on alert along border with:O -> raised-military-alert cameo=152
verb put forces on alert along border with:O -> raised-military-alert cameo=152
# 153 mobilize or increase police power.
verb deploy border guards along:O -> deployed-police-to cameo=153
verb deploy border police along:O -> deployed-police-to cameo=153
verb deploy border guards along border with:O -> deployed-police-to cameo=153
verb deploy border guards to border with:O -> deployed-police-to cameo=153
verb send border guards to border with:O -> deployed-police-to cameo=153
verb deploy police along border with:O -> deployed-police-to cameo=153
verb deploy police to border with:O -> deployed-police-to cameo=153
verb send police to border with:O -> deployed-police-to cameo=153
verb mobilize police -> mobilized-police cameo=153
verb mobilise police -> mobilized-police cameo=153
verb mobilize security forces -> mobilized-police cameo=153
verb mobilise security forces -> mobilized-police cameo=153
verb deploy thousands of police -> mobilized-police cameo=153
verb deploy thousands of police officers -> mobilized-police cameo=153
verb step up police presence -> mobilized-police cameo=153
verb boost police presence -> mobilized-police cameo=153
verb tighten security along border with:O -> deployed-police-to cameo=153
verb reinforce border with:O -> deployed-troops-to cameo=154
verb reinforce border guards on border with:O -> deployed-police-to cameo=153
# 154 mobilize or increase armed forces; deploy or amass troops.
verb deploy troops to|near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb deploy troops to border with:O -> deployed-troops-to cameo=154
verb deploy troops along border with:O -> deployed-troops-to cameo=154
verb deploy troops on border with:O -> deployed-troops-to cameo=154
verb deploy troops near border with:O -> deployed-troops-to cameo=154
verb deploy soldiers to|near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb deploy soldiers to border with:O -> deployed-troops-to cameo=154
verb deploy soldiers along border with:O -> deployed-troops-to cameo=154
verb deploy forces to|near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb deploy forces to border with:O -> deployed-troops-to cameo=154
verb deploy forces along border with:O -> deployed-troops-to cameo=154
verb deploy tanks near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb deploy tanks to border with:O -> deployed-troops-to cameo=154
verb deploy missiles near|along|toward|towards:O -> deployed-troops-to cameo=154
verb deploy missiles on border with:O -> deployed-troops-to cameo=154
verb deploy reinforcements to|near|along|toward|towards:O -> deployed-troops-to cameo=154
verb send troops near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb send troops to border with:O -> deployed-troops-to cameo=154
verb send soldiers near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb send forces near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb send tanks near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb send reinforcements near|along|toward|towards:O -> deployed-troops-to cameo=154
verb dispatch troops near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb dispatch soldiers near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb dispatch forces near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb move troops to|near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb move troops to border with:O -> deployed-troops-to cameo=154
verb move forces to|near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb move tanks to|near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb mass troops near|on|along|at:O -> deployed-troops-to cameo=154
verb mass troops on border with:O -> deployed-troops-to cameo=154
verb mass troops along border with:O -> deployed-troops-to cameo=154
verb mass troops near border with:O -> deployed-troops-to cameo=154
verb mass forces near|on|along|at:O -> deployed-troops-to cameo=154
verb mass forces on border with:O -> deployed-troops-to cameo=154
verb mass forces along border with:O -> deployed-troops-to cameo=154
verb amass troops near|on|along|at:O -> deployed-troops-to cameo=154
verb amass troops on border with:O -> deployed-troops-to cameo=154
verb amass troops along border with:O -> deployed-troops-to cameo=154
verb amass forces near|on|along|at:O -> deployed-troops-to cameo=154
verb amass forces along border with:O -> deployed-troops-to cameo=154
verb build up troops near|on|along:O -> deployed-troops-to cameo=154
verb build up forces near|on|along:O -> deployed-troops-to cameo=154
verb build up troops along border with:O -> deployed-troops-to cameo=154
verb station troops near|along:O -> deployed-troops-to cameo=154
verb station troops along border with:O -> deployed-troops-to cameo=154
verb boost military presence near|along|around:O -> deployed-troops-to cameo=154
verb increase military presence near|along|around:O -> deployed-troops-to cameo=154
verb beef up military presence near|along|around:O -> deployed-troops-to cameo=154
verb step up military presence near|along|around:O -> deployed-troops-to cameo=154
verb boost military presence on border with:O -> deployed-troops-to cameo=154
verb mobilize troops against|near|along:O -> mobilized-against cameo=154
verb mobilise troops against|near|along:O -> mobilized-against cameo=154
verb mobilize forces against|near|along:O -> mobilized-against cameo=154
verb mobilise forces against|near|along:O -> mobilized-against cameo=154
verb mobilize against:O -> mobilized-against cameo=154
verb mobilise against:O -> mobilized-against cameo=154
verb mobilize troops -> mobilized cameo=154
verb mobilise troops -> mobilized cameo=154
verb mobilize reservists -> mobilized cameo=154
verb mobilise reservists -> mobilized cameo=154
verb mobilize reserves -> mobilized cameo=154
verb mobilise reserves -> mobilized cameo=154
verb mobilize army -> mobilized cameo=154
verb mobilise army -> mobilized cameo=154
verb call up reservists -> mobilized cameo=154
verb call up reserves -> mobilized cameo=154
verb call up conscripts -> mobilized cameo=154
verb order mobilization -> mobilized cameo=154
verb order mobilisation -> mobilized cameo=154
verb declare mobilization -> mobilized cameo=154
verb declare mobilisation -> mobilized cameo=154
verb announce mobilization -> mobilized cameo=154
verb announce mobilisation -> mobilized cameo=154
verb mobilize its reserves -> mobilized cameo=154
verb mobilise its reserves -> mobilized cameo=154
verb mobilize its reservists -> mobilized cameo=154
verb mobilise its reservists -> mobilized cameo=154
verb mobilize its troops -> mobilized cameo=154
verb mobilise its troops -> mobilized cameo=154
verb mobilize its army -> mobilized cameo=154
verb mobilise its army -> mobilized cameo=154
verb mobilize its armed forces -> mobilized cameo=154
verb mobilise its armed forces -> mobilized cameo=154
verb mass its troops near|on|along|at:O -> deployed-troops-to cameo=154
verb mass its troops on border with:O -> deployed-troops-to cameo=154
verb deploy its troops to|near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb send its troops near|along|toward|towards|into:O -> deployed-troops-to cameo=154
verb boost its military presence near|along|around:O -> deployed-troops-to cameo=154
verb deploy troops along its border with:O -> deployed-troops-to cameo=154
verb deploy troops to its border with:O -> deployed-troops-to cameo=154
verb deploy troops on its border with:O -> deployed-troops-to cameo=154
verb mass troops along its border with:O -> deployed-troops-to cameo=154
verb mass troops on its border with:O -> deployed-troops-to cameo=154
verb amass troops along its border with:O -> deployed-troops-to cameo=154
verb amass troops on its border with:O -> deployed-troops-to cameo=154
verb send troops to its border with:O -> deployed-troops-to cameo=154
verb move troops to its border with:O -> deployed-troops-to cameo=154
verb reinforce its border with:O -> deployed-troops-to cameo=154
noun troop buildup near|on|along|around:O -> deployed-troops-to cameo=154
noun troop build-up near|on|along|around:O -> deployed-troops-to cameo=154
noun military buildup near|on|along|around:O -> deployed-troops-to cameo=154
noun military build-up near|on|along|around:O -> deployed-troops-to cameo=154
noun buildup of troops near|on|along|around:O -> deployed-troops-to cameo=154
noun build-up of troops near|on|along|around:O -> deployed-troops-to cameo=154
noun buildup of forces near|on|along|around:O -> deployed-troops-to cameo=154
noun troop buildup on border with:O -> deployed-troops-to cameo=154
noun troop buildup along border with:O -> deployed-troops-to cameo=154
noun military buildup on border with:O -> deployed-troops-to cameo=154
noun military buildup along border with:O -> deployed-troops-to cameo=154
noun troop deployment to|near|along:O -> deployed-troops-to cameo=154
noun troop deployments to|near|along:O -> deployed-troops-to cameo=154
noun deployment of troops to|near|along|into:O -> deployed-troops-to cameo=154
noun deployment of forces to|near|along|into:O -> deployed-troops-to cameo=154
noun deployment of soldiers to|near|along|into:O -> deployed-troops-to cameo=154
noun deployment of missiles near|along:O -> deployed-troops-to cameo=154
noun massing of troops near|on|along:O -> deployed-troops-to cameo=154
noun mobilization against:O -> mobilized-against cameo=154
noun mobilisation against:O -> mobilized-against cameo=154

# ---- COERCE
# 170 coerce (not otherwise specified).
verb coerce O -> coerced cameo=170
verb use coercion against:O -> coerced cameo=170
noun coercion against|of:O -> coerced cameo=170
noun economic coercion against|of:O -> coerced cameo=170
# 171 seize or damage property; 1711 confiscate property; 1712 destroy property (ASSAULT in
# the PLOVER codebook).
verb seize O -> seized cameo=171
verb seize assets of:O -> seized cameo=1711
verb seize property of:O -> seized cameo=1711
verb seize property belonging to:O -> seized cameo=1711
noun seizure of:O -> seized cameo=171
noun seizure of assets of:O -> seized cameo=1711
verb impound O -> seized cameo=1711
noun impounding of:O -> seized cameo=1711
verb confiscate O -> confiscated cameo=1711
verb confiscate property of:O -> confiscated cameo=1711
verb confiscate assets of:O -> confiscated cameo=1711
noun confiscation of:O -> confiscated cameo=1711
noun confiscation of assets of:O -> confiscated cameo=1711
verb expropriate O -> confiscated cameo=1711
verb expropriate assets of:O -> confiscated cameo=1711
noun expropriation of:O -> confiscated cameo=1711
verb nationalize assets of:O -> confiscated cameo=1711
verb nationalise assets of:O -> confiscated cameo=1711
verb commandeer O -> seized cameo=1711
verb requisition O -> seized cameo=1711
verb vandalize O -> damaged-property-of cameo=171
verb vandalise O -> damaged-property-of cameo=171
verb ransack O -> damaged-property-of cameo=171
verb loot O -> damaged-property-of cameo=171
noun vandalism of:O -> damaged-property-of cameo=171
noun ransacking of:O -> damaged-property-of cameo=171
verb demolish O -> destroyed-property-of cameo=1712 plover=ASSAULT
verb raze O -> destroyed-property-of cameo=1712 plover=ASSAULT
verb bulldoze O -> destroyed-property-of cameo=1712 plover=ASSAULT
verb torch O -> destroyed-property-of cameo=1712 plover=ASSAULT
verb set fire to:O -> destroyed-property-of cameo=1712 plover=ASSAULT
verb set ablaze O -> destroyed-property-of cameo=1712 plover=ASSAULT
verb burn down O -> destroyed-property-of cameo=1712 plover=ASSAULT
noun demolition of:O -> destroyed-property-of cameo=1712 plover=ASSAULT
noun demolitions of:O -> destroyed-property-of cameo=1712 plover=ASSAULT
noun destruction of:O -> destroyed-property-of cameo=1712 plover=ASSAULT
noun razing of:O -> destroyed-property-of cameo=1712 plover=ASSAULT
# 172 impose administrative sanctions; 1721 restrictions on freedoms of speech and expression;
# 1722 ban political parties or politicians; 1723 curfew; 1724 state of emergency, martial law.
verb impose restrictions on:O -> imposed-restrictions-on cameo=172
verb impose new restrictions on:O -> imposed-restrictions-on cameo=172
verb impose curbs on:O -> imposed-restrictions-on cameo=172
verb place restrictions on:O -> imposed-restrictions-on cameo=172
verb tighten restrictions on:O -> imposed-restrictions-on cameo=172
verb impose visa restrictions on:O -> imposed-restrictions-on cameo=172
verb impose visa bans on:O -> imposed-restrictions-on cameo=172
verb suspend visas for:O -> imposed-restrictions-on cameo=172
verb stop issuing visas to:O -> imposed-restrictions-on cameo=172
verb revoke visas of:O -> imposed-restrictions-on cameo=172
verb revoke visa of:O -> imposed-restrictions-on cameo=172
verb revoke licence of:O -> imposed-restrictions-on cameo=172
verb revoke license of:O -> imposed-restrictions-on cameo=172
verb deny entry to:O -> denied-entry-to cameo=172
verb refuse entry to:O -> denied-entry-to cameo=172
verb bar entry to:O -> denied-entry-to cameo=172
verb ban entry to:O -> denied-entry-to cameo=172
verb bar O -> barred cameo=172
verb ban O -> banned cameo=172
verb impose ban on:O -> banned cameo=172
verb disqualify O -> banned cameo=1722
noun disqualification of:O -> banned cameo=1722
verb outlaw O -> banned cameo=1722
verb proscribe O -> banned cameo=1722
noun proscription of:O -> banned cameo=1722
verb dissolve party -> banned cameo=1722
verb suspend activities of:O -> banned cameo=1722
verb ban activities of:O -> banned cameo=1722
verb freeze activities of:O -> banned cameo=1722
noun banning of:O -> banned cameo=1722
noun ban on activities of:O -> banned cameo=1722
verb censor O -> censored cameo=1721
verb suspend broadcasts of:O -> censored cameo=1721
verb block broadcasts of:O -> censored cameo=1721
verb ban broadcasts of:O -> censored cameo=1721
verb revoke accreditation of:O -> censored cameo=1721
verb revoke press credentials of:O -> censored cameo=1721
verb strip accreditation of:O -> censored cameo=1721
verb shut down offices of:O -> censored cameo=1721
verb close offices of:O -> censored cameo=1721
verb close bureau of:O -> censored cameo=1721
noun censorship of:O -> censored cameo=1721
verb impose curfew on|in:O -> imposed-curfew-on cameo=1723
verb impose curfews on|in:O -> imposed-curfew-on cameo=1723
verb declare curfew in:O -> imposed-curfew-on cameo=1723
verb extend curfew on|in:O -> imposed-curfew-on cameo=1723
verb impose curfew -> imposed-curfew cameo=1723
verb declare curfew -> imposed-curfew cameo=1723
noun curfew on:O -> imposed-curfew-on cameo=1723
verb declare state of emergency in:O -> declared-emergency-in cameo=1724
verb impose state of emergency on|in:O -> declared-emergency-in cameo=1724
verb extend state of emergency in:O -> declared-emergency-in cameo=1724
verb impose martial law on|in:O -> declared-emergency-in cameo=1724
verb declare martial law in:O -> declared-emergency-in cameo=1724
verb impose emergency rule on|in:O -> declared-emergency-in cameo=1724
verb declare emergency rule in:O -> declared-emergency-in cameo=1724
verb declare state of emergency -> declared-emergency cameo=1724
verb impose state of emergency -> declared-emergency cameo=1724
verb extend state of emergency -> declared-emergency cameo=1724
verb declare martial law -> declared-emergency cameo=1724
verb impose martial law -> declared-emergency cameo=1724
verb declare emergency rule -> declared-emergency cameo=1724
verb impose emergency rule -> declared-emergency cameo=1724
# 173 arrest, detain, or charge with legal action.
verb arrest O -> arrested cameo=173
verb detain O -> arrested cameo=173
verb apprehend O -> arrested cameo=173
verb nab O -> arrested cameo=173
verb round up O -> arrested cameo=173
verb jail O -> jailed cameo=173
verb imprison O -> jailed cameo=173
verb incarcerate O -> jailed cameo=173
verb sentence O -> jailed cameo=173
verb lock up O -> jailed cameo=173
verb indict O -> charged cameo=173
verb prosecute O -> charged cameo=173
verb bring charges against:O -> charged cameo=173
verb press charges against:O -> charged cameo=173
verb file charges against:O -> charged cameo=173
verb issue arrest warrant for:O -> charged cameo=173
verb issue warrant for:O -> charged cameo=173
verb issue an arrest warrant for:O -> charged cameo=173
noun arrest of:O -> arrested cameo=173
noun arrests of:O -> arrested cameo=173
noun detention of:O -> arrested cameo=173
noun house arrest of:O -> arrested cameo=173
noun imprisonment of:O -> jailed cameo=173
noun jailing of:O -> jailed cameo=173
noun incarceration of:O -> jailed cameo=173
noun indictment of:O -> charged cameo=173
noun indictment against:O -> charged cameo=173
noun prosecution of:O -> charged cameo=173
noun arrest warrant for|against:O -> charged cameo=173
noun warrant for arrest of:O -> charged cameo=173
# 174 expel or deport individuals.
verb deport O -> deported cameo=174
verb banish O -> deported cameo=174
verb exile O -> deported cameo=174
verb forcibly return O -> deported cameo=174
noun deportation of:O -> deported cameo=174
noun deportations of:O -> deported cameo=174
noun forced return of:O -> deported cameo=174
noun banishment of:O -> deported cameo=174
# 191 impose blockade, restrict movement (COERCE in the PLOVER codebook).
verb blockade O -> blockaded cameo=191 plover=COERCE
verb impose blockade on|against:O -> blockaded cameo=191 plover=COERCE
verb impose naval blockade on|against:O -> blockaded cameo=191 plover=COERCE
verb enforce blockade on|against|of:O -> blockaded cameo=191 plover=COERCE
verb tighten blockade on|of:O -> blockaded cameo=191 plover=COERCE
verb besiege O -> blockaded cameo=191 plover=COERCE
verb lay siege to:O -> blockaded cameo=191 plover=COERCE
verb encircle O -> blockaded cameo=191 plover=COERCE
noun blockade of|on|against:O -> blockaded cameo=191 plover=COERCE
noun siege of:O -> blockaded cameo=191 plover=COERCE
noun encirclement of:O -> blockaded cameo=191 plover=COERCE
verb close border with:O -> closed-border-with cameo=191 plover=COERCE
verb close borders with:O -> closed-border-with cameo=191 plover=COERCE
verb close frontier with:O -> closed-border-with cameo=191 plover=COERCE
verb shut border with:O -> closed-border-with cameo=191 plover=COERCE
verb seal border with:O -> closed-border-with cameo=191 plover=COERCE
verb seal off border with:O -> closed-border-with cameo=191 plover=COERCE
verb close border crossings with:O -> closed-border-with cameo=191 plover=COERCE
verb close crossings with:O -> closed-border-with cameo=191 plover=COERCE
verb close border to:O -> closed-border-with cameo=191 plover=COERCE
verb close airspace to:O -> closed-border-with cameo=191 plover=COERCE
verb shut airspace to:O -> closed-border-with cameo=191 plover=COERCE
verb ban flights from|to:O -> closed-border-with cameo=191 plover=COERCE
verb suspend flights to|from:O -> closed-border-with cameo=191 plover=COERCE
verb close ports to:O -> closed-border-with cameo=191 plover=COERCE
verb close waters to:O -> closed-border-with cameo=191 plover=COERCE
verb close its border with:O -> closed-border-with cameo=191 plover=COERCE
verb close its borders with:O -> closed-border-with cameo=191 plover=COERCE
verb close its frontier with:O -> closed-border-with cameo=191 plover=COERCE
verb shut its border with:O -> closed-border-with cameo=191 plover=COERCE
verb seal its border with:O -> closed-border-with cameo=191 plover=COERCE
verb seal off its border with:O -> closed-border-with cameo=191 plover=COERCE
verb close its border to:O -> closed-border-with cameo=191 plover=COERCE
verb close its borders to:O -> closed-border-with cameo=191 plover=COERCE
verb close its airspace to:O -> closed-border-with cameo=191 plover=COERCE
verb shut its airspace to:O -> closed-border-with cameo=191 plover=COERCE
verb close its ports to:O -> closed-border-with cameo=191 plover=COERCE
verb restrict movement of:O -> restricted-movement-of cameo=191 plover=COERCE
verb restrict movements of:O -> restricted-movement-of cameo=191 plover=COERCE
verb cut off supplies to:O -> blockaded cameo=191 plover=COERCE
verb cut off supply lines to:O -> blockaded cameo=191 plover=COERCE
noun closure of border with:O -> closed-border-with cameo=191 plover=COERCE
noun border closure with:O -> closed-border-with cameo=191 plover=COERCE
noun closure of airspace to:O -> closed-border-with cameo=191 plover=COERCE
noun restrictions on movement of:O -> restricted-movement-of cameo=191 plover=COERCE
# 192 occupy territory (COERCE in the PLOVER codebook).
verb occupy O -> occupied cameo=192 plover=COERCE
verb annex O -> annexed cameo=192 plover=COERCE
verb seize control of:O -> occupied cameo=192 plover=COERCE
verb seize territory from:O -> occupied cameo=192 plover=COERCE
verb capture territory from:O -> occupied cameo=192 plover=COERCE
verb seize land from:O -> occupied cameo=192 plover=COERCE
noun annexation of:O -> annexed cameo=192 plover=COERCE
noun occupation of:O -> occupied cameo=192 plover=COERCE
noun takeover of:O -> occupied cameo=192 plover=COERCE

# ---- ASSAULT
# 175 use tactics of violent repression (ASSAULT in the PLOVER codebook).
verb crack down on:O -> cracked-down-on cameo=175 plover=ASSAULT
verb launch crackdown on|against:O -> cracked-down-on cameo=175 plover=ASSAULT
verb intensify crackdown on|against:O -> cracked-down-on cameo=175 plover=ASSAULT
verb step up crackdown on|against:O -> cracked-down-on cameo=175 plover=ASSAULT
noun crackdown on|against:O -> cracked-down-on cameo=175 plover=ASSAULT
verb repress O -> cracked-down-on cameo=175 plover=ASSAULT
verb suppress O -> cracked-down-on cameo=175 plover=ASSAULT
verb violently suppress O -> cracked-down-on cameo=175 plover=ASSAULT
verb violently disperse O -> cracked-down-on cameo=175 plover=ASSAULT
noun repression of:O -> cracked-down-on cameo=175 plover=ASSAULT
noun suppression of:O -> cracked-down-on cameo=175 plover=ASSAULT
noun violent suppression of:O -> cracked-down-on cameo=175 plover=ASSAULT
verb fire tear gas at:O -> cracked-down-on cameo=175 plover=ASSAULT
verb use tear gas against|on:O -> cracked-down-on cameo=175 plover=ASSAULT
verb fire rubber bullets at:O -> cracked-down-on cameo=175 plover=ASSAULT
verb use water cannon against|on:O -> cracked-down-on cameo=175 plover=ASSAULT
verb use live ammunition against|on:O -> cracked-down-on cameo=175 plover=ASSAULT
verb use excessive force against:O -> cracked-down-on cameo=175 plover=ASSAULT
# 180 use unconventional violence (not otherwise specified): terrorist attacks.
noun terrorist attack on|against:O -> attacked cameo=180
noun terrorist attacks on|against:O -> attacked cameo=180
noun terror attack on|against:O -> attacked cameo=180
noun terror attacks on|against:O -> attacked cameo=180
verb carry out terrorist attack on|against:O -> attacked cameo=180
verb carry out terror attack on|against:O -> attacked cameo=180
noun act of terrorism against:O -> attacked cameo=180
noun acts of terrorism against:O -> attacked cameo=180
# 181 abduct, hijack, take hostage.
verb abduct O -> abducted cameo=181
verb kidnap O -> abducted cameo=181
verb hijack O -> hijacked cameo=181
verb seize hostages from:O -> abducted cameo=181
noun abduction of:O -> abducted cameo=181
noun abductions of:O -> abducted cameo=181
noun kidnapping of:O -> abducted cameo=181
noun kidnappings of:O -> abducted cameo=181
noun hijacking of:O -> abducted cameo=181
noun hostage taking of:O -> abducted cameo=181
# 182 physically assault; 1821 sexually assault; 1822 torture; 1823 kill by physical assault.
verb assault O -> assaulted cameo=182
verb physically assault O -> assaulted cameo=182
verb beat up O -> assaulted cameo=182
verb stab O -> assaulted cameo=182
verb shoot O -> shot cameo=182
verb shoot down O -> attacked cameo=190
verb shoot at:O -> opened-fire-on cameo=193
verb injure O -> assaulted cameo=182
verb wound O -> assaulted cameo=182
verb maim O -> assaulted cameo=182
verb mistreat O -> assaulted cameo=182
verb abuse O -> assaulted cameo=182
noun beating of:O -> assaulted cameo=182
noun beatings of:O -> assaulted cameo=182
noun mistreatment of:O -> assaulted cameo=182
noun abuse of:O -> assaulted cameo=182
noun ill-treatment of:O -> assaulted cameo=182
noun shooting of:O -> shot cameo=182
verb rape O -> sexually-assaulted cameo=1821
verb sexually assault O -> sexually-assaulted cameo=1821
verb sexually abuse O -> sexually-assaulted cameo=1821
noun rape of:O -> sexually-assaulted cameo=1821
noun sexual violence against:O -> sexually-assaulted cameo=1821
noun sexual abuse of:O -> sexually-assaulted cameo=1821
verb torture O -> tortured cameo=1822
noun torture of:O -> tortured cameo=1822
verb kill O -> killed cameo=1823
verb murder O -> killed cameo=1823
verb shoot dead O -> killed cameo=1823
verb gun down O -> killed cameo=1823
verb lynch O -> killed cameo=1823
verb behead O -> killed cameo=1823
verb execute O -> executed cameo=1823
noun killing of:O -> killed cameo=1823
noun killings of:O -> killed cameo=1823
noun murder of:O -> killed cameo=1823
noun murders of:O -> killed cameo=1823
noun lynching of:O -> killed cameo=1823
noun beheading of:O -> killed cameo=1823
noun execution of:O -> executed cameo=1823
noun executions of:O -> executed cameo=1823
noun extrajudicial killing of:O -> killed cameo=1823
noun extrajudicial killings of:O -> killed cameo=1823
# 183 non-military bombing: 1831 suicide, 1832 car, 1833 roadside.
verb blow up O -> bombed cameo=183
verb detonate bomb at|near:O -> bombed cameo=183
verb plant bomb at|near:O -> bombed cameo=183
noun bombing of:O -> bombed cameo=183
noun bomb attack on|against:O -> attacked cameo=183
noun bomb attacks on|against:O -> attacked cameo=183
noun bomb blast at:O -> bombed cameo=183
noun suicide bombing on|against|at:O -> bombed cameo=1831
noun suicide bombings on|against|at:O -> bombed cameo=1831
noun suicide attack on|against|at:O -> attacked cameo=1831
noun suicide attacks on|against|at:O -> attacked cameo=1831
verb carry out suicide bombing against|on|at:O -> bombed cameo=1831
verb carry out suicide attack against|on|at:O -> bombed cameo=1831
noun car bombing of|on|against|at:O -> bombed cameo=1832
noun car bomb attack on|against|at:O -> attacked cameo=1832
noun car bomb at:O -> bombed cameo=1832
noun roadside bomb attack on|against:O -> attacked cameo=1833
noun roadside bombing of|on|against:O -> bombed cameo=1833
noun roadside bomb targeting:O -> bombed cameo=1833
# 184 use as human shield (one-place: the user is the subject).
verb use civilians as human shields -> used-human-shields cameo=184
verb use people as human shields -> used-human-shields cameo=184
verb use hostages as human shields -> used-human-shields cameo=184
verb use residents as human shields -> used-human-shields cameo=184
noun use of human shields -> used-human-shields cameo=184
# 185 attempt to assassinate; 186 assassinate.
verb assassinate O -> assassinated cameo=186
noun assassination of:O -> assassinated cameo=186
noun targeted killing of:O -> assassinated cameo=186
verb attempt to assassinate O -> attempted-to-assassinate cameo=185
verb try to assassinate O -> attempted-to-assassinate cameo=185
verb attempt to kill O -> attempted-to-assassinate cameo=185
verb try to kill O -> attempted-to-assassinate cameo=185
verb plot to assassinate O -> attempted-to-assassinate cameo=185 mode=planned
verb plot to kill O -> attempted-to-assassinate cameo=185 mode=planned
noun assassination attempt on|against:O -> attempted-to-assassinate cameo=185
noun assassination attempts on|against:O -> attempted-to-assassinate cameo=185
noun attempt on life of:O -> attempted-to-assassinate cameo=185
noun assassination plot against:O -> attempted-to-assassinate cameo=185 mode=planned
# 190 use conventional military force.
verb launch attack on|against:O -> attacked cameo=190
verb launch attacks on|against:O -> attacked cameo=190
verb carry out attack on|against:O -> attacked cameo=190
verb carry out attacks on|against:O -> attacked cameo=190
verb mount attack on|against:O -> attacked cameo=190
verb stage attack on|against:O -> attacked cameo=190
verb launch offensive against|on|into:O -> attacked cameo=190
verb launch assault on|against:O -> attacked cameo=190
verb launch raid on|against|into:O -> attacked cameo=190
verb launch raids on|against|into:O -> attacked cameo=190
verb carry out raid on|against|into:O -> attacked cameo=190
verb carry out raids on|against|into:O -> attacked cameo=190
verb launch incursion into:O -> attacked cameo=190
verb launch operation against:O -> attacked cameo=190
verb launch military operation against|in:O -> attacked cameo=190
verb launch ground operation against|in:O -> attacked cameo=190
verb ambush O -> attacked cameo=190
verb assail O -> attacked cameo=190
verb wage war on|against:O -> attacked cameo=190
verb wage war with:O -> attacked cameo=190
verb declare war on|against:O -> declared-war-on cameo=190
verb go to war with|against:O -> attacked cameo=190
verb fight O -> fought cameo=190 symmetric
verb fight against:O -> fought cameo=190 symmetric
verb engage in clashes with:O -> clashed-with cameo=190 symmetric
verb engage in fighting with:O -> clashed-with cameo=190 symmetric
noun clashes with|between:O -> clashed-with cameo=190 symmetric
noun border clash with|between:O -> clashed-with cameo=190 symmetric
noun border clashes with|between:O -> clashed-with cameo=190 symmetric
noun armed clashes with|between:O -> clashed-with cameo=190 symmetric
noun fighting with|between|against:O -> fought cameo=190 symmetric
noun hostilities with|between|against:O -> fought cameo=190 symmetric
noun offensive against|on|into:O -> attacked cameo=190
noun counteroffensive against:O -> attacked cameo=190
noun counter-offensive against:O -> attacked cameo=190
noun raid on|against|into:O -> attacked cameo=190
noun ambush on|against|of:O -> attacked cameo=190
noun military operation against:O -> attacked cameo=190
noun military operations against:O -> attacked cameo=190
noun incursion into:O -> invaded cameo=192 plover=ASSAULT
noun incursions into:O -> invaded cameo=192 plover=ASSAULT
noun aggression against:O -> attacked cameo=190
noun military aggression against:O -> attacked cameo=190
noun war against|on:O -> attacked cameo=190
verb invade O -> invaded cameo=192 plover=ASSAULT
noun invasion of|into:O -> invaded cameo=192 plover=ASSAULT
noun full-scale invasion of:O -> invaded cameo=192 plover=ASSAULT
verb send troops across border into:O -> invaded cameo=192 plover=ASSAULT
# 193 fight with small arms and light weapons.
verb open fire on|at:O -> opened-fire-on cameo=193
verb fire shots at:O -> opened-fire-on cameo=193
verb fire on|at:O -> opened-fire-on cameo=193
verb fire warning shots at:O -> opened-fire-on cameo=193
verb exchange fire with:O -> exchanged-fire-with cameo=193 symmetric
verb exchange gunfire with:O -> exchanged-fire-with cameo=193 symmetric
verb trade fire with:O -> exchanged-fire-with cameo=193 symmetric
verb trade gunfire with:O -> exchanged-fire-with cameo=193 symmetric
verb exchange fire -> exchanged-fire-with cameo=193 symmetric
verb exchange gunfire -> exchanged-fire-with cameo=193 symmetric
noun exchange of fire with|between:O -> exchanged-fire-with cameo=193 symmetric
noun gunfight with|between:O -> exchanged-fire-with cameo=193 symmetric
noun firefight with|between:O -> exchanged-fire-with cameo=193 symmetric
noun gun battle with|between:O -> exchanged-fire-with cameo=193 symmetric
noun gun battles with|between:O -> exchanged-fire-with cameo=193 symmetric
noun skirmish with|between:O -> exchanged-fire-with cameo=193 symmetric
noun gunfire at|on:O -> opened-fire-on cameo=193
noun sniper fire at|on:O -> opened-fire-on cameo=193
# 194 fight with artillery and tanks (also rockets and mortars).
verb shell O -> shelled cameo=194
verb bombard O -> shelled cameo=194
verb pound O -> shelled cameo=194
verb fire artillery at|on|into:O -> shelled cameo=194
verb fire rockets at|on|into|toward|towards:O -> shelled cameo=194
verb fire mortars at|on|into:O -> shelled cameo=194
verb fire shells at|on|into:O -> shelled cameo=194
verb launch rockets at|on|into|toward|towards:O -> shelled cameo=194
verb lob mortars at|on|into:O -> shelled cameo=194
verb lob shells at|on|into:O -> shelled cameo=194
verb exchange artillery fire with:O -> shelled cameo=194 symmetric
verb exchange artillery fire -> shelled cameo=194 symmetric
noun shelling of|on:O -> shelled cameo=194
noun bombardment of|on:O -> shelled cameo=194
noun artillery fire on|at|against:O -> shelled cameo=194
noun artillery strike on|against:O -> attacked cameo=194
noun artillery strikes on|against:O -> attacked cameo=194
noun artillery attack on|against:O -> attacked cameo=194
noun rocket attack on|against:O -> attacked cameo=194
noun rocket attacks on|against:O -> attacked cameo=194
noun rocket fire on|at|into|against:O -> shelled cameo=194
noun mortar attack on|against:O -> attacked cameo=194
noun mortar fire on|at|against:O -> shelled cameo=194
noun tank fire on|at:O -> shelled cameo=194
# 195 employ aerial weapons: air strikes, bombing from the air, missiles and drones.
verb bomb O -> bombed cameo=195
verb carry out air strikes on|against:O -> launched-air-strikes-on cameo=195
verb carry out airstrikes on|against:O -> launched-air-strikes-on cameo=195
verb carry out air strike on|against:O -> launched-air-strikes-on cameo=195
verb carry out airstrike on|against:O -> launched-air-strikes-on cameo=195
verb launch air strikes on|against:O -> launched-air-strikes-on cameo=195
verb launch airstrikes on|against:O -> launched-air-strikes-on cameo=195
verb launch air strike on|against:O -> launched-air-strikes-on cameo=195
verb launch airstrike on|against:O -> launched-air-strikes-on cameo=195
verb conduct air strikes on|against:O -> launched-air-strikes-on cameo=195
verb conduct airstrikes on|against:O -> launched-air-strikes-on cameo=195
verb conduct drone strikes on|against:O -> launched-air-strikes-on cameo=195
verb launch drone strikes on|against:O -> launched-air-strikes-on cameo=195
verb carry out drone strikes on|against:O -> launched-air-strikes-on cameo=195
verb launch missiles at|on|into|toward|towards:O -> launched-air-strikes-on cameo=195
verb fire missiles at|on|into|toward|towards:O -> launched-air-strikes-on cameo=195
verb launch drones at|on|into|toward|towards:O -> launched-air-strikes-on cameo=195
verb send drones into|toward|towards:O -> launched-air-strikes-on cameo=195
verb fire ballistic missiles at|on|into|toward|towards:O -> launched-air-strikes-on cameo=195
verb launch missile strikes on|against:O -> launched-air-strikes-on cameo=195
verb launch missile attack on|against:O -> launched-air-strikes-on cameo=195
verb launch drone attack on|against:O -> launched-air-strikes-on cameo=195
verb strafe O -> launched-air-strikes-on cameo=195
noun air strike on|against:O -> attacked cameo=195
noun air strikes on|against:O -> attacked cameo=195
noun airstrike on|against:O -> launched-air-strikes-on cameo=195
noun air raid on|against:O -> launched-air-strikes-on cameo=195
noun air raids on|against:O -> launched-air-strikes-on cameo=195
noun air attack on|against:O -> attacked cameo=195
noun air attacks on|against:O -> attacked cameo=195
noun aerial bombardment of:O -> launched-air-strikes-on cameo=195
noun aerial bombing of:O -> launched-air-strikes-on cameo=195
noun bombing campaign against|on:O -> launched-air-strikes-on cameo=195
noun drone strike on|against:O -> attacked cameo=195
noun drone strikes on|against:O -> attacked cameo=195
noun drone attack on|against:O -> attacked cameo=195
noun drone attacks on|against:O -> attacked cameo=195
noun missile strike on|against:O -> attacked cameo=195
noun missile strikes on|against:O -> attacked cameo=195
noun missile attack on|against:O -> attacked cameo=195
noun missile attacks on|against:O -> attacked cameo=195
noun missile barrage on|against|at:O -> launched-air-strikes-on cameo=195
# 196 violate ceasefire.
verb violate ceasefire with:O -> violated-ceasefire-with cameo=196
verb violate truce with:O -> violated-ceasefire-with cameo=196
verb violate ceasefire -> violated-ceasefire cameo=196
verb violate truce -> violated-ceasefire cameo=196
verb violate armistice -> violated-ceasefire cameo=196
verb breach ceasefire -> violated-ceasefire cameo=196
verb breach truce -> violated-ceasefire cameo=196
verb break ceasefire -> violated-ceasefire cameo=196
verb break truce -> violated-ceasefire cameo=196
verb breach ceasefire with:O -> violated-ceasefire-with cameo=196
verb break ceasefire with:O -> violated-ceasefire-with cameo=196
noun ceasefire violation -> violated-ceasefire cameo=196
noun violation of ceasefire -> violated-ceasefire cameo=196
noun violation of truce -> violated-ceasefire cameo=196
noun breach of ceasefire -> violated-ceasefire cameo=196
noun breach of truce -> violated-ceasefire cameo=196
# 200 unconventional mass violence; 201 mass expulsion; 202 mass killings; 203 ethnic
# cleansing; 204 weapons of mass destruction (2041 chemical, biological, radiological;
# 2042 nuclear).
verb commit atrocities against:O -> committed-atrocities-against cameo=200
noun atrocities against:O -> committed-atrocities-against cameo=200
noun atrocity against:O -> committed-atrocities-against cameo=200
noun mass expulsion of:O -> expelled-en-masse cameo=201
noun mass expulsions of:O -> expelled-en-masse cameo=201
noun mass deportation of:O -> expelled-en-masse cameo=201
noun mass deportations of:O -> expelled-en-masse cameo=201
verb forcibly displace O -> expelled-en-masse cameo=201
noun forced displacement of:O -> expelled-en-masse cameo=201
verb massacre O -> massacred cameo=202
verb slaughter O -> massacred cameo=202
verb exterminate O -> massacred cameo=202
noun massacre of:O -> massacred cameo=202
noun massacres of:O -> massacred cameo=202
noun slaughter of:O -> massacred cameo=202
noun mass killing of:O -> massacred cameo=202
noun mass killings of:O -> massacred cameo=202
noun mass murder of:O -> massacred cameo=202
noun extermination of:O -> massacred cameo=202
verb carry out massacre of:O -> massacred cameo=202
verb commit massacre against:O -> massacred cameo=202
verb commit genocide against:O -> massacred cameo=202
noun genocide against|of:O -> massacred cameo=202
verb ethnically cleanse O -> ethnically-cleansed cameo=203
noun ethnic cleansing of|against:O -> ethnically-cleansed cameo=203
verb carry out ethnic cleansing of|against:O -> ethnically-cleansed cameo=203
verb use chemical weapons against|on:O -> used-chemical-weapons-against cameo=2041
verb use chemical weapon against|on:O -> used-chemical-weapons-against cameo=2041
verb use poison gas against|on:O -> used-chemical-weapons-against cameo=2041
verb use sarin against|on:O -> used-chemical-weapons-against cameo=2041
verb use biological weapons against|on:O -> used-chemical-weapons-against cameo=2041
noun chemical attack on|against:O -> attacked cameo=2041
noun chemical attacks on|against:O -> attacked cameo=2041
noun chemical weapons attack on|against:O -> attacked cameo=2041
noun gas attack on|against:O -> attacked cameo=2041
noun use of chemical weapons against|on:O -> used-chemical-weapons-against cameo=2041
verb use nuclear weapons against|on:O -> used-nuclear-weapons-against cameo=2042
verb drop nuclear bomb on:O -> used-nuclear-weapons-against cameo=2042
verb drop atomic bomb on:O -> used-nuclear-weapons-against cameo=2042
noun nuclear attack on|against:O -> attacked cameo=2042
noun nuclear strike on|against:O -> attacked cameo=2042
noun use of weapons of mass destruction against:O -> used-wmd-against cameo=204
verb use weapons of mass destruction against:O -> used-wmd-against cameo=204
