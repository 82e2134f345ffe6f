# Event triggers for the PLOVER categories COERCE (CAMEO 17x, 191, 192) and ASSAULT (18x, 175,
# 19x, 20x), split from events-sanction-mobilize.lex (whose header explains the coding
# choices; its irregular verbs serve these frames too). Written from the CAMEO and PLOVER
# codebooks' definitions. Format: docs/lexicon.md.

# ---- COERCE
# 170 coerce (not otherwise specified).
verb coerce O -> coerced cameo=170
verb use coercion against:O -> coerced cameo=170
noun coercion against|of:O -> coerced cameo=170
noun economic coercion against|of:O -> coerced cameo=170
# 171 seize or damage property; 1711 confiscate property; 1712 destroy property (ASSAULT in
# the PLOVER codebook).
verb seize O -> seized cameo=171
# A police raid on premises ("raided the Mexican embassy"): the premises' owner is coerced.
verb raid O -> raided cameo=171
verb search O -> raided cameo=171 object=organization|country
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
# 173 arrest, detain, or charge with legal action. agentless=: a passive naming no agent
# ("two journalists were arrested in Harare") is done by the police (or courts) of where it
# happens.
verb handcuff O -> arrested cameo=173 agentless=cop
verb arrest O -> arrested cameo=173 agentless=cop
verb detain O -> arrested cameo=173 agentless=cop
verb apprehend O -> arrested cameo=173 agentless=cop
verb nab O -> arrested cameo=173 agentless=cop
verb round up O -> arrested cameo=173
verb jail O -> jailed cameo=173 agentless=jud
verb imprison O -> jailed cameo=173 agentless=jud
verb incarcerate O -> jailed cameo=173 agentless=jud
verb sentence O -> jailed cameo=173 agentless=jud
verb lock up O -> jailed cameo=173
verb indict O -> charged cameo=173 agentless=jud
verb charge O -> charged cameo=173 agentless=jud
verb disperse O -> dispersed cameo=175 agentless=cop
verb prosecute O -> charged cameo=173 agentless=jud
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
verb deport O -> deported cameo=174 agentless=gov
verb banish O -> deported cameo=174
verb exile O -> deported cameo=174
verb forcibly return O -> deported cameo=174
noun deportation of:O -> deported cameo=174
noun deportations of:O -> deported cameo=174
noun forced return of:O -> deported cameo=174
noun banishment of:O -> deported cameo=174
# 191 impose blockade, restrict movement (COERCE in the PLOVER codebook).
verb blockade O -> blockaded cameo=191 plover=COERCE places
verb impose blockade on|against:O -> blockaded cameo=191 plover=COERCE
verb impose naval blockade on|against:O -> blockaded cameo=191 plover=COERCE
verb enforce blockade on|against|of:O -> blockaded cameo=191 plover=COERCE
verb tighten blockade on|of:O -> blockaded cameo=191 plover=COERCE
verb besiege O -> blockaded cameo=191 plover=COERCE places
verb lay siege to:O -> blockaded cameo=191 plover=COERCE
verb encircle O -> blockaded cameo=191 plover=COERCE places
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
verb occupy O -> occupied cameo=192 plover=COERCE places
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
verb clash with:O -> clashed-with cameo=190 symmetric
noun clash with|between:O -> clashed-with cameo=190 symmetric
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
verb invade O -> invaded cameo=192 plover=ASSAULT places
noun invasion of|into:O -> invaded cameo=192 plover=ASSAULT
noun full-scale invasion of:O -> invaded cameo=192 plover=ASSAULT
verb send troops across border into:O -> invaded cameo=192 plover=ASSAULT
# 193 fight with small arms and light weapons.
verb open fire on|at|into:O -> opened-fire-on cameo=193
verb fire shots at:O -> opened-fire-on cameo=193
verb fire on|at|into:O -> opened-fire-on cameo=193
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
verb shell O -> shelled cameo=194 places
verb bombard O -> shelled cameo=194 places
verb pound O -> shelled cameo=194 places
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
verb bomb O -> bombed cameo=195 places
verb bomb targets in:O -> bombed cameo=195
verb bomb positions in:O -> bombed cameo=195
verb strike targets in:O -> attacked cameo=190
verb strike positions in:O -> attacked cameo=190
verb hit targets in:O -> attacked cameo=190
verb hit positions in:O -> attacked cameo=190
verb attack targets in:O -> attacked cameo=190
verb attack positions in:O -> attacked cameo=190
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
verb strafe O -> launched-air-strikes-on cameo=195 places
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
