# Core event frames (meet, visit, expel, attack, sanction, ...) shared by every category file;
# written from the CAMEO and PLOVER codebooks' definitions. Format: docs/lexicon.md.
verb expel O -> expelled cameo=166
verb meet O -> met cameo=040 symmetric
verb meet with:O -> met cameo=040 symmetric
# One person attacking another named person is a verbal attack (111 criticize): leaders do
# not fight in person; "Putin attacked Ukraine" stays the use of force.
verb attack O -> criticized cameo=111 subject=person object=person
noun attack on|against:O -> criticized cameo=111 subject=person object=person
verb attack O -> attacked cameo=190 places
verb attack on|against:O -> attacked cameo=190
noun attack on|against:O -> attacked cameo=190
verb strike deal with:O -> agreed-with cameo=030 symmetric
verb strike O -> attacked cameo=190 places
noun strike on|against:O -> attacked cameo=190
verb sanction O -> sanctioned cameo=163
noun sanction on|against:O -> sanctioned cameo=163
verb supply O -> supplied cameo=072
verb release O -> released cameo=0841
verb refuse to release O -> refused-to-release cameo=1243
verb sign agreement with:O -> signed-agreement-with cameo=057 symmetric
verb sign trade agreement with:O -> signed-agreement-with cameo=057 symmetric
verb hold talks with:O -> held-talks-with cameo=046 symmetric
noun talk with|between:O -> held-talks-with cameo=046 symmetric
verb impose sanctions on|against:O -> sanctioned cameo=163
verb withdraw troops from:O -> withdrew-troops-from cameo=087
verb urge O -> urged cameo=020 control=object
verb visit O -> visited cameo=042
verb tour O -> visited cameo=042
noun visit to:O -> visited cameo=042
verb send help to:O -> sent-aid-to cameo=073
verb send relief to:O -> sent-aid-to cameo=073
verb send relief goods to:O -> sent-aid-to cameo=073
verb send aid to:O -> sent-aid-to cameo=070
verb send assistance to:O -> sent-aid-to cameo=070
verb send humanitarian aid to:O -> sent-aid-to cameo=073
verb send humanitarian assistance to:O -> sent-aid-to cameo=073
verb dispatch relief goods to|for:O -> sent-aid-to cameo=073
verb dispatch aid to:O -> sent-aid-to cameo=070
verb speak by phone with:O -> held-call-with cameo=041 symmetric
verb speak by telephone with:O -> held-call-with cameo=041 symmetric
verb speak on phone with:O -> held-call-with cameo=041 symmetric
verb hold phone call with:O -> held-call-with cameo=041 symmetric
verb hold phone talks with:O -> held-call-with cameo=041 symmetric
verb sign declaration with:O -> signed-agreement-with cameo=057 symmetric
verb ink declaration with:O -> signed-agreement-with cameo=057 symmetric
verb sign joint declaration with:O -> signed-agreement-with cameo=057 symmetric
verb adopt declaration with:O -> signed-agreement-with cameo=057 symmetric
verb dissolve O -> dissolved cameo=172
verb suspend parliament -> suspended-parliament cameo=172
verb launch strikes on|against:O -> attacked cameo=190
verb launch missile strikes on|against:O -> attacked cameo=195
verb carry out strikes on|against:O -> attacked cameo=190
verb carry out air strikes on|against:O -> attacked cameo=195
verb carry out airstrikes on|against:O -> attacked cameo=195
verb propose sanctions on|against:O -> sanctioned cameo=163 mode=planned
verb hold news conference with:O -> met cameo=040 symmetric
verb hold press conference with:O -> met cameo=040 symmetric
verb tell news conference with:O -> met cameo=040 symmetric
verb tell press conference with:O -> met cameo=040 symmetric
verb address news conference with:O -> met cameo=040 symmetric
verb address press conference with:O -> met cameo=040 symmetric
verb hold joint news conference with:O -> met cameo=040 symmetric
verb hold joint press conference with:O -> met cameo=040 symmetric
verb tell joint news conference with:O -> met cameo=040 symmetric
verb tell joint press conference with:O -> met cameo=040 symmetric
verb hold joint news conference -> met cameo=040 pair
verb hold joint press conference -> met cameo=040 pair
verb give joint news conference -> met cameo=040 pair
verb give joint press conference -> met cameo=040 pair
