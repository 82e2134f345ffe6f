# Aid sent, given or pledged: each aid noun with each verb of transfer (fact) and of
# pledging (planned, CAMEO 033x), to or for the recipient ("Norway promised
# $40,000 in emergency relief for Fiji", "Chile flew tents to Peru"), where
# events-cooperate-aid-retreat-request.lex lacks the pair. Its more specific entries
# (military aid, humanitarian aid) are tried first: longer phrases before shorter ones.

# 070 / 033
verb fly|donate|rush aid to|for:O -> sent-aid-to cameo=070
verb send|deliver|provide|ship|dispatch|airlift|give|extend|airdrop aid for:O -> sent-aid-to cameo=070
verb promise|offer aid for:O -> pledged-aid-to cameo=033 mode=planned
verb deliver|ship|dispatch|airlift|fly|donate|rush|airdrop assistance to|for:O -> sent-aid-to cameo=070
verb send|provide|give|extend assistance for:O -> sent-aid-to cameo=070
verb promise|offer assistance for:O -> pledged-aid-to cameo=033 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop help to|for:O -> sent-aid-to cameo=070
verb send help for:O -> sent-aid-to cameo=070
verb promise help to|for:O -> pledged-aid-to cameo=033 mode=planned
verb offer help for:O -> pledged-aid-to cameo=033 mode=planned
# 071 / 0331
verb send|deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop funds to|for:O -> sent-economic-aid-to cameo=071
verb promise|offer funds to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb send|deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop funding to|for:O -> sent-economic-aid-to cameo=071
verb promise|offer funding to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb send|deliver|ship|dispatch|airlift|fly|donate|give|rush|airdrop loans to|for:O -> sent-economic-aid-to cameo=071
verb provide|extend loans for:O -> sent-economic-aid-to cameo=071
verb promise|offer loans for:O -> pledged-aid-to cameo=0331 mode=planned
verb send|deliver|ship|dispatch|airlift|fly|donate|rush|airdrop loan to|for:O -> sent-economic-aid-to cameo=071
verb provide|give|extend loan for:O -> sent-economic-aid-to cameo=071
verb promise loan to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb offer loan for:O -> pledged-aid-to cameo=0331 mode=planned
verb send|deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop grants to|for:O -> sent-economic-aid-to cameo=071
verb pledge|promise|offer grants to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb send|deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop grant to|for:O -> sent-economic-aid-to cameo=071
verb pledge|promise|offer grant to|for:O -> pledged-aid-to cameo=0331 mode=planned
# 073 / 0333
verb ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop relief to|for:O -> sent-humanitarian-aid-to cameo=073
verb send|deliver|provide relief for:O -> sent-humanitarian-aid-to cameo=073
verb promise|offer relief to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb provide|dispatch|donate|give|extend|rush|airdrop supplies to|for:O -> sent-humanitarian-aid-to cameo=073
verb send|deliver|ship|airlift|fly supplies for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer supplies to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop medicines to|for:O -> sent-humanitarian-aid-to cameo=073
verb send medicines for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer medicines to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop medicine to|for:O -> sent-humanitarian-aid-to cameo=073
verb send medicine for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer medicine to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop tents to|for:O -> sent-humanitarian-aid-to cameo=073
verb send tents for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer tents to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb send|deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop blankets to|for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer blankets to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|give|extend|rush|airdrop vaccines to|for:O -> sent-humanitarian-aid-to cameo=073
verb send|donate vaccines for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer vaccines to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb send|deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop vaccine doses to|for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer vaccine doses to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop food aid to|for:O -> sent-humanitarian-aid-to cameo=073
verb send food aid for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer food aid to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|airlift|fly|donate|give|extend|rush|airdrop rescue teams to|for:O -> sent-humanitarian-aid-to cameo=073
verb send|dispatch rescue teams for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer rescue teams to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop rescue workers to|for:O -> sent-humanitarian-aid-to cameo=073
verb send rescue workers for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer rescue workers to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop rescuers to|for:O -> sent-humanitarian-aid-to cameo=073
verb send rescuers for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer rescuers to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop medical teams to|for:O -> sent-humanitarian-aid-to cameo=073
verb send medical teams for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer medical teams to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop doctors to|for:O -> sent-humanitarian-aid-to cameo=073
verb send doctors for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer doctors to|for:O -> pledged-aid-to cameo=0333 mode=planned
verb deliver|provide|ship|dispatch|airlift|fly|donate|give|extend|rush|airdrop aid workers to|for:O -> sent-humanitarian-aid-to cameo=073
verb send aid workers for:O -> sent-humanitarian-aid-to cameo=073
verb pledge|promise|offer aid workers to|for:O -> pledged-aid-to cameo=0333 mode=planned

# Sums of money given or pledged to someone ("provided $500 million to Manila", "pledged
# 2 billion euros to Cairo"): economic aid (the number and currency are a quantity).
verb send|provide|give|grant|donate|disburse|allocate|extend million to|for:O -> sent-economic-aid-to cameo=071
verb send|provide|give|grant|donate|disburse|allocate|extend billion to|for:O -> sent-economic-aid-to cameo=071
verb pledge|promise|offer million to|for:O -> pledged-aid-to cameo=0331 mode=planned
verb pledge|promise|offer billion to|for:O -> pledged-aid-to cameo=0331 mode=planned
