# Core event frames (meet, visit, expel, attack, sanction, ...) shared by every category file;
# written from the CAMEO and PLOVER codebooks' definitions. Format: docs/lexicon.md.
verb expel O -> expelled cameo=166
verb meet O -> met cameo=040 symmetric
verb meet with:O -> met cameo=040 symmetric
verb attack O -> attacked cameo=190
verb attack on|against:O -> attacked cameo=190
noun attack on|against:O -> attacked cameo=190
verb strike deal with:O -> agreed-with cameo=030 symmetric
verb strike O -> attacked cameo=190
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
noun visit to:O -> visited cameo=042
