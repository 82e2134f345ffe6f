# Verbs whose forms the regular spelling rules (lib/inflect.cc: +s/+es/-ies, +ed/+d/-ied,
# +ing with a dropped e, a doubled final consonant in one-syllable words) do not give:
# irregular verbs, and verbs stressed on a final syllable that double its consonant.
# irregular LEMMA PAST[,PAST] PARTICIPLE[,PARTICIPLE] [third=FORM] [gerund=FORM]
irregular arise arose arisen
irregular be was,were been third=is gerund=being
irregular bear bore borne,born
irregular beat beat beaten
irregular become became become
irregular begin began begun gerund=beginning
irregular bid bid bid gerund=bidding
irregular bind bound bound
irregular break broke broken
irregular bring brought brought
irregular build built built
irregular buy bought bought
irregular catch caught caught
irregular choose chose chosen
irregular come came come
irregular cut cut cut gerund=cutting
irregular deal dealt dealt
irregular do did done third=does
irregular draw drew drawn
irregular drive drove driven
irregular fall fell fallen
irregular feel felt felt
irregular fight fought fought
irregular find found found
irregular flee fled fled
irregular fly flew flown third=flies
irregular forbid forbade forbidden gerund=forbidding
irregular forgive forgave forgiven
irregular freeze froze frozen
irregular get got got,gotten gerund=getting
irregular give gave given
irregular go went gone third=goes
irregular hang hung,hanged hung,hanged
irregular have had had third=has gerund=having
irregular hear heard heard
irregular hide hid hidden
irregular hit hit hit gerund=hitting
irregular hold held held
irregular hurt hurt hurt
irregular keep kept kept
irregular know knew known
irregular lay laid laid
irregular lead led led
irregular leave left left
irregular lend lent lent
irregular let let let gerund=letting
irregular lie lay lain gerund=lying
irregular lose lost lost
irregular make made made
irregular mean meant meant
irregular meet met met
irregular mislead misled misled
irregular overcome overcame overcome
irregular oversee oversaw overseen
irregular overthrow overthrew overthrown
irregular pay paid paid
irregular put put put gerund=putting
irregular quit quit quit gerund=quitting
irregular read read read
irregular rebuild rebuilt rebuilt
irregular ride rode ridden
irregular rise rose risen
irregular run ran run gerund=running
irregular say said said
irregular see saw seen
irregular seek sought sought
irregular sell sold sold
irregular send sent sent
irregular set set set gerund=setting
irregular shake shook shaken
irregular shoot shot shot
irregular shut shut shut gerund=shutting
irregular sit sat sat gerund=sitting
irregular speak spoke spoken
irregular spend spent spent
irregular split split split gerund=splitting
irregular spread spread spread
irregular stand stood stood
irregular steal stole stolen
irregular strike struck struck,stricken
irregular swear swore sworn
irregular take took taken
irregular teach taught taught
irregular tell told told
irregular think thought thought
irregular throw threw thrown
irregular undergo underwent undergone third=undergoes
irregular understand understood understood
irregular undertake undertook undertaken
irregular uphold upheld upheld
irregular upset upset upset gerund=upsetting
irregular wage waged waged
irregular win won won gerund=winning
irregular withdraw withdrew withdrawn
irregular withhold withheld withheld
irregular write wrote written
# Final-syllable stress: the consonant doubles.
irregular abet abetted abetted
irregular acquit acquitted acquitted
irregular admit admitted admitted
irregular commit committed committed
irregular compel compelled compelled
irregular control controlled controlled
irregular deter deterred deterred
irregular dispel dispelled dispelled
irregular embed embedded embedded
irregular equip equipped equipped
irregular expel expelled expelled
irregular incur incurred incurred
irregular occur occurred occurred
irregular omit omitted omitted
irregular patrol patrolled patrolled
irregular permit permitted permitted
irregular prefer preferred preferred
irregular propel propelled propelled
irregular rebel rebelled rebelled
irregular refer referred referred
irregular regret regretted regretted
irregular repel repelled repelled
irregular submit submitted submitted
irregular transfer transferred transferred
irregular transmit transmitted transmitted
# Spellings that differ between American and British English.
irregular cancel canceled,cancelled canceled,cancelled gerund=canceling,cancelling
irregular channel channeled,channelled channeled,channelled gerund=channeling,channelling
irregular fuel fueled,fuelled fueled,fuelled gerund=fueling,fuelling
irregular label labeled,labelled labeled,labelled gerund=labeling,labelling
irregular signal signaled,signalled signaled,signalled gerund=signaling,signalling
irregular travel traveled,travelled traveled,travelled gerund=traveling,travelling
irregular model modeled,modelled modeled,modelled gerund=modeling,modelling
irregular grow grew grown
irregular blow blew blown
irregular show showed shown
irregular sink sank sunk
irregular swim swam swum gerund=swimming
irregular wear wore worn
irregular forsee foresaw foreseen
irregular foresee foresaw foreseen
irregular outgrow outgrew outgrown
irregular slay slew slain
irregular bend bent bent
irregular spin spun spun gerund=spinning
irregular stick stuck stuck
irregular sting stung stung
irregular strive strove,strived striven,strived
irregular tear tore torn
irregular wind wound wound
irregular forgo forwent forgone third=forgoes
irregular overrun overran overrun gerund=overrunning
irregular override overrode overridden
irregular overtake overtook overtaken
irregular undercut undercut undercut gerund=undercutting
irregular withstand withstood withstood
