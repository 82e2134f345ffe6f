# Verbs with no event of their own, known to the structure stage so that it sees their
# clauses: "Algeria announced the decision, accusing Morocco of ..." (the participle's
# subject is the subject of "announced"). Their forms are generated like every verb's.
verbs say tell announce add note stress insist claim assert explain report confirm post
verbs write declare emphasize emphasise state describe reveal disclose mention quote cite
verbs argue suggest indicate show believe think know see hope expect want wish fear recommend advocate
verbs consider decide choose plan intend aim seek try attempt continue begin start stop
verbs remain become seem appear look feel keep leave come go arrive return travel fly
verbs move run lead head chair join take make give get put set bring hold open close
verbs repeat reiterate issue voice intensify escalate deliver lodge file send
verbs end finish launch hold follow mark face need use include involve concern affect
verbs raise lower increase reduce cut boost expand extend cover mark lose win gain
verbs spend pay cost buy sell trade export import produce build develop create form
verbs establish set help allow enable let cause prompt spark trigger fuel lead result
verbs name see view regard deem find prove
verbs share discuss address tackle handle manage review examine study assess evaluate
verbs prepare organize organise arrange schedule host attend participate address speak
verbs talk respond reply answer ask wonder question learn hear read watch listen
verbs receive obtain acquire secure ensure guarantee protect defend preserve maintain
verbs improve strengthen weaken deepen broaden restore resume renew revive relaunch
verbs change shift turn transform replace remove change reform adopt approve pass vote
verbs elect appoint nominate name sworn swear resign step retire replace succeed
verbs die kill injure wound survive escape flee hide live stay remain settle
verbs happen occur take place unfold emerge arise erupt break spread grow rise fall drop
verbs worry warn threaten welcome praise criticize criticise condemn blame
verbs postpone derail stall thwart obstruct delay
